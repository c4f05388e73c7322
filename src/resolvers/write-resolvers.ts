/** Every mutation resolver: the shared record mutations, then the richer writes of each area. */
import { MAINTAINED_RECORDS } from '../services/records';
import { AwardMutations } from './award.mutations';
import { ContributionBatchMutation } from './contribution.mutations';
import { EvaluationMutations } from './evaluation.mutations';
import { PledgeMutations } from './pledge.mutations';
import { recordMutationsResolvers } from './record-mutations';

export const WriteResolvers: Function[] = [...MAINTAINED_RECORDS.flatMap((spec) => recordMutationsResolvers(spec)), ...PledgeMutations, ...EvaluationMutations, ...AwardMutations, ContributionBatchMutation];
