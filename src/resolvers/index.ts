import type { NonEmptyArray } from 'type-graphql';
import { EmulationBlocResolver } from './bloc.resolver';
import { ContributionResolver } from './contribution.resolver';
import { MovementResolver } from './movement.resolver';
import { NodeResolver } from './node.resolver';
import { ServiceInfoResolver } from './service-info.resolver';
import { ChangeResolver } from './change.resolver';
import { UnitResolver } from './unit.resolver';

export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  UnitResolver,
  EmulationBlocResolver,
  MovementResolver,
  ContributionResolver,
  ChangeResolver,
  ServiceInfoResolver,
];
