/**
 * One declaration per field: in the areas converted to `field.*`, every column an entity maps is
 * declared once next to its property (storage, GraphQL type, description, write/filter/sort), so
 * the object type, inputs, filters and orders derived from the declarations leave none out.
 */
import { Award, AwardDecision, AwardType, BaseSalary } from '../src/entities/awards';
import { Contest, ContestPrize } from '../src/entities/contests';
import { Contribution, ContributionKind, Fund } from '../src/entities/contributions';
import { BlocLeadership, BlocMembership, EmulationBloc } from '../src/entities/blocs';
import { declaredFields } from '../src/entities/field';
import { CriteriaSet, Criterion, Evaluation, EvaluationResult, EvaluationScore } from '../src/entities/evaluations';
import { Event, Movement, MovementOutcome } from '../src/entities/movements';
import { Person, Unit } from '../src/entities/organisation';
import { Pledge, PledgeSignatory, PledgeTarget } from '../src/entities/pledges';
import { describeEachEngine } from './helpers/engines';

/** The areas whose every column is declared with `field.*`; an area joins this list when converted. */
const CONVERTED: Function[] = [
  // organisation
  Unit,
  Person,
  // blocs
  EmulationBloc,
  BlocMembership,
  BlocLeadership,
  // movements
  Movement,
  MovementOutcome,
  Event,
  // contributions
  ContributionKind,
  Fund,
  Contribution,
  // pledges
  Pledge,
  PledgeSignatory,
  PledgeTarget,
  // contests
  Contest,
  ContestPrize,
  // evaluations
  CriteriaSet,
  Criterion,
  Evaluation,
  EvaluationScore,
  EvaluationResult,
  // awards
  AwardType,
  BaseSalary,
  AwardDecision,
  Award,
];

/**
 * Columns every record has (base.ts), and keys the service derives for an index that no user reads or
 * writes: the folded search key, the annual-title key.
 */
const NOT_DECLARED = new Set(['id', 'createdAt', 'updatedAt', 'version', 'deletedAt', 'searchKey', 'annualTitleKey']);

describeEachEngine('entities declare every column once', (ctx) => {
  it('maps no column in a converted area without a field declaration, and declares none twice', () => {
    const problems: string[] = [];
    for (const entity of CONVERTED) {
      const declared = declaredFields(entity).map((d) => d.property);
      const duplicates = declared.filter((p, i) => declared.indexOf(p) !== i);
      if (duplicates.length) problems.push(`${entity.name}: declared twice: ${duplicates.join(', ')}`);
      for (const column of ctx.dataSource.getMetadata(entity).columns) {
        if (!NOT_DECLARED.has(column.propertyName) && !declared.includes(column.propertyName))
          problems.push(`${entity.name}.${column.propertyName}: mapped without a field declaration`);
      }
    }
    expect(problems).toEqual([]);
  });
});
