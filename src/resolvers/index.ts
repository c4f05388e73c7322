import type { NonEmptyArray } from 'type-graphql';
import {
  AwardTypeVersionResolver,
  AwardTypeVersionsResolver,
  AwardVersionResolver,
} from './award-type-versions.resolver';
import { AwardDecisionResolver, AwardResolver, AwardRootFields } from './awards.resolver';
import {
  BlocLeadershipResolver,
  BlocLeadershipRootFields,
  BlocMembershipResolver,
  BlocMembershipRootFields,
  EmulationBlocResolver,
  EmulationBlocRootFields,
} from './blocs.resolver';
import { ContestPrizeResolver, ContestResolver, ContestRootFields } from './contests.resolver';
import { ContributionResolver, ContributionRootFields, FundResolver } from './contributions.resolver';
import {
  CriteriaSetResolver,
  CriterionResolver,
  EvaluationResolver,
  EvaluationResultResolver,
  EvaluationRootFields,
  EvaluationScoreResolver,
} from './evaluations.resolver';
import {
  EventResolver,
  EventRootFields,
  MovementOutcomeResolver,
  MovementOutcomeRootFields,
  MovementResolver,
  MovementRootFields,
} from './movements.resolver';
import { PledgeResolver, PledgeRootFields, PledgeSignatoryResolver, PledgeTargetResolver } from './pledges.resolver';
import { NodeResolver } from './node.resolver';
import {
  ProposalDocumentRequirementResolver,
  ProposalDocumentResolver,
  ProposalItemResolver,
  ProposalResolver,
  ProposalRootFields,
  ProposalTransitionResolver,
} from './proposals.resolver';
import {
  AwardDecisionProposalsResolver,
  AwardProposalItemResolver,
  ProposalProcessingTimeResolver,
  UnitProposalsResolver,
} from './proposals-links.resolver';
import { ServiceInfoResolver } from './service-info.resolver';
import { ChangeResolver } from './changes.resolver';
import { WriteResolvers } from './write-resolvers';
import { AuditEventRootFields } from './audit.resolver';
import { ReportResolvers } from './report.resolver';
import { ReportFieldResolvers } from './report-fields.resolver';
import { ReportLinkResolver } from './report-links.resolver';
import { StatisticalFormResolver } from './statistical-forms.resolver';
import { PersonResolver, PersonRootFields, UnitResolver, UnitRootFields } from './organisation.resolver';

export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  // The read side: each type's root fields, then its relation fields.
  UnitRootFields,
  UnitResolver,
  PersonRootFields,
  PersonResolver,
  EmulationBlocRootFields,
  EmulationBlocResolver,
  BlocMembershipRootFields,
  BlocMembershipResolver,
  BlocLeadershipRootFields,
  BlocLeadershipResolver,
  EventRootFields,
  EventResolver,
  MovementRootFields,
  MovementResolver,
  MovementOutcomeRootFields,
  MovementOutcomeResolver,
  FundResolver,
  ...ContributionRootFields,
  ContributionResolver,
  ...PledgeRootFields,
  PledgeResolver,
  PledgeSignatoryResolver,
  PledgeTargetResolver,
  ...ContestRootFields,
  ContestResolver,
  ContestPrizeResolver,
  ...EvaluationRootFields,
  CriteriaSetResolver,
  CriterionResolver,
  EvaluationResolver,
  EvaluationScoreResolver,
  EvaluationResultResolver,
  ...AwardRootFields,
  AwardDecisionResolver,
  AwardResolver,
  AwardTypeVersionsResolver,
  AwardTypeVersionResolver,
  AwardVersionResolver,
  ...ProposalRootFields,
  ProposalResolver,
  ProposalItemResolver,
  ProposalDocumentResolver,
  ProposalTransitionResolver,
  ProposalDocumentRequirementResolver,
  UnitProposalsResolver,
  AwardDecisionProposalsResolver,
  AwardProposalItemResolver,
  ProposalProcessingTimeResolver,
  ChangeResolver,
  ServiceInfoResolver,
  AuditEventRootFields,
  ...ReportResolvers,
  ...ReportFieldResolvers,
  ReportLinkResolver,
  StatisticalFormResolver,
  // The write side.
  ...WriteResolvers,
];
