/** The writes of blocs, their memberships and their yearly leaderships. */
import { BLOC_RECORDS, LEADERSHIP_RECORDS, MEMBERSHIP_RECORDS } from '../services/blocs';
import { recordMutations } from './record-mutations';

export const BlocMutations: Function[] = [
  ...recordMutations(BLOC_RECORDS, {
    create: 'createEmulationBloc',
    update: 'updateEmulationBloc',
    delete: 'deleteEmulationBloc',
    restore: 'restoreEmulationBloc',
  }),
  ...recordMutations(MEMBERSHIP_RECORDS, {
    create: 'createBlocMembership',
    update: 'updateBlocMembership',
    delete: 'deleteBlocMembership',
    restore: 'restoreBlocMembership',
  }),
  ...recordMutations(LEADERSHIP_RECORDS, {
    create: 'createBlocLeadership',
    update: 'updateBlocLeadership',
    delete: 'deleteBlocLeadership',
    restore: 'restoreBlocLeadership',
  }),
];
