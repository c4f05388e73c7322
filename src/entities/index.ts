import { ApiKey } from './api-key';
import { AuditEvent } from './audit';
import { Award, AwardDecision, AwardType, AwardTypeVersion, BaseSalary } from './awards';
import { BlocLeadership, BlocMembership, EmulationBloc } from './blocs';
import { Contest, ContestPrize } from './contests';
import { Contribution, ContributionKind, Fund } from './contributions';
import { CriteriaSet, Criterion, Evaluation, EvaluationResult, EvaluationScore } from './evaluations';
import { IdempotencyKey } from './idempotency-key';
import { Event, Movement, MovementOutcome } from './movements';
import { Pledge, PledgeSignatory, PledgeTarget } from './pledges';
import { Proposal, ProposalItem, ProposalTransition } from './proposals';
import { ProposalDocument, ProposalDocumentRequirement } from './proposals-documents';
import { Person, Unit } from './organisation';
import { StoredFile } from './stored-file';

export * from './api-key';
export * from './audit';
export * from './awards';
export * from './blocs';
export * from './contests';
export * from './contributions';
export * from './enums';
export * from './evaluations';
export * from './idempotency-key';
export * from './movements';
export * from './pledges';
export * from './proposals';
export * from './proposals-documents';
export * from './organisation';
export * from './stored-file';

export const entities: Function[] = [
  Unit,
  Person,
  EmulationBloc,
  BlocMembership,
  BlocLeadership,
  Movement,
  MovementOutcome,
  Pledge,
  PledgeSignatory,
  PledgeTarget,
  ContributionKind,
  Fund,
  Contribution,
  Contest,
  ContestPrize,
  CriteriaSet,
  Criterion,
  Evaluation,
  EvaluationScore,
  EvaluationResult,
  AwardType,
  AwardTypeVersion,
  BaseSalary,
  AwardDecision,
  Award,
  ProposalDocumentRequirement,
  Proposal,
  ProposalItem,
  ProposalDocument,
  ProposalTransition,
  Event,
  AuditEvent,
  ApiKey,
  IdempotencyKey,
  StoredFile,
];
