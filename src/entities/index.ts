import { ApiKey } from './api-key';
import { AuditEvent } from './audit';
import { Award, AwardDecision, AwardType, BaseSalary } from './award';
import { BlocLeadership, BlocMembership, EmulationBloc } from './bloc';
import { Contest, ContestPrize } from './contest';
import { Contribution, ContributionKind, Fund } from './contribution';
import { CriteriaSet, Criterion, Evaluation, EvaluationResult, EvaluationScore } from './evaluation';
import { Event } from './event';
import { IdempotencyKey } from './idempotency-key';
import { Movement, MovementOutcome } from './movement';
import { Pledge, PledgeSignatory, PledgeTarget } from './pledge';
import { Person, Unit } from './unit';

export * from './api-key';
export * from './audit';
export * from './award';
export * from './bloc';
export * from './contest';
export * from './contribution';
export * from './enums';
export * from './evaluation';
export * from './event';
export * from './idempotency-key';
export * from './movement';
export * from './pledge';
export * from './unit';

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
  BaseSalary,
  AwardDecision,
  Award,
  Event,
  AuditEvent,
  ApiKey,
  IdempotencyKey,
];
