/** Every mutation resolver, area by area. */
import { AwardMutations } from './awards.mutations';
import { BlocMutations } from './blocs.mutations';
import { ContestMutations } from './contests.mutations';
import { ContributionMutations } from './contributions.mutations';
import { EvaluationMutations } from './evaluations.mutations';
import { MovementMutations } from './movements.mutations';
import { OrganisationMutations } from './organisation.mutations';
import { PledgeMutations } from './pledges.mutations';
import { ProposalMutations } from './proposals.mutations';

export const WriteResolvers: Function[] = [
  ...OrganisationMutations,
  ...BlocMutations,
  ...MovementMutations,
  ...ContributionMutations,
  ...PledgeMutations,
  ...EvaluationMutations,
  ...ContestMutations,
  ...AwardMutations,
  ...ProposalMutations,
];
