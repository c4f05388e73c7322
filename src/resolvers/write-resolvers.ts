/** Every mutation resolver: the shared record mutations, then the richer writes of each area. */
import { MAINTAINED_RECORDS } from '../services/maintained-records';
import { AwardMutations } from './awards.mutations';
import { ContributionBatchMutation } from './contributions.mutations';
import { EvaluationMutations } from './evaluations.mutations';
import { PledgeMutations } from './pledges.mutations';
import { recordMutationsResolvers } from './record-mutations';

export const WriteResolvers: Function[] = [
  ...MAINTAINED_RECORDS.flatMap((spec) => recordMutationsResolvers(spec)),
  ...PledgeMutations,
  ...EvaluationMutations,
  ...AwardMutations,
  ContributionBatchMutation,
];
