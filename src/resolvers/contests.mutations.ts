/** The writes of contests and their prizes. */
import { CONTEST_PRIZE_RECORDS, CONTEST_RECORDS } from '../services/contests';
import { recordMutations } from './record-mutations';

export const ContestMutations: Function[] = [
  ...recordMutations(CONTEST_RECORDS, {
    create: 'createContest',
    update: 'updateContest',
    delete: 'deleteContest',
    restore: 'restoreContest',
  }),
  ...recordMutations(CONTEST_PRIZE_RECORDS, {
    create: 'createContestPrize',
    update: 'updateContestPrize',
    delete: 'deleteContestPrize',
    restore: 'restoreContestPrize',
  }),
];
