import { Args, createUnionType, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Award, AwardDecision, AwardType, AwardTypeVersion, BaseSalary } from '../entities/awards';
import { EmulationBloc } from '../entities/blocs';
import { SubjectType } from '../entities/enums';
import { Movement } from '../entities/movements';
import { Person, Unit } from '../entities/organisation';
import {
  AWARD_DECISIONS,
  AWARD_TYPE_VERSIONS,
  AWARD_TYPES,
  AWARDS,
  AwardConnection,
  AwardDecisionConnection,
  AwardTypeConnection,
  AwardTypeVersionConnection,
  BASE_SALARIES,
  BaseSalaryConnection,
} from '../schema/awards';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import { childListConnection } from './connection-result';
import type { RequestContext } from './context';
import { rootFieldsResolver } from './root-fields';

type AnyListArgs = ListArgs<object, OrderInput<string>>;

export const AwardRootFields = [
  rootFieldsResolver({
    entity: AwardType,
    connection: AwardTypeConnection,
    list: AWARD_TYPES,
    one: {
      name: 'awardType',
      description: 'Danh hiệu, hình thức khen thưởng — one catalogue award type by global ID.',
    },
    many: {
      name: 'awardTypes',
      description:
        'Danh mục danh hiệu, hình thức khen thưởng — the award types with their legal basis and validity, by code.',
    },
  }),
  rootFieldsResolver({
    entity: AwardTypeVersion,
    connection: AwardTypeVersionConnection,
    list: AWARD_TYPE_VERSIONS,
    one: { name: 'awardTypeVersion', description: 'Phiên bản pháp lý — one legal version of an award type by ID.' },
    many: {
      name: 'awardTypeVersions',
      description: 'Phiên bản pháp lý của danh hiệu — the legal versions of all award types, newest first.',
    },
  }),
  rootFieldsResolver({
    entity: BaseSalary,
    connection: BaseSalaryConnection,
    list: BASE_SALARIES,
    one: { name: 'baseSalary', description: 'Lương cơ sở — one base-salary row by global ID.' },
    many: {
      name: 'baseSalaries',
      description: 'Mức lương cơ sở — the base salaries in force over time, newest first.',
    },
  }),
  rootFieldsResolver({
    entity: AwardDecision,
    connection: AwardDecisionConnection,
    list: AWARD_DECISIONS,
    one: { name: 'awardDecision', description: 'Quyết định khen thưởng — one decision by global ID.' },
    many: {
      name: 'awardDecisions',
      description: 'Danh sách quyết định khen thưởng — decisions, newest signing date first.',
    },
  }),
  rootFieldsResolver({
    entity: Award,
    connection: AwardConnection,
    list: AWARDS,
    one: { name: 'award', description: 'Khen thưởng — one award (a recipient line of a decision) by global ID.' },
    many: { name: 'awards', description: 'Danh sách khen thưởng — awards, newest achievement year first.' },
  }),
];

/** A household has no record of its own: it is known by the name on the decision. */
@ObjectType('Household', {
  description: 'Hộ gia đình — a household that received an award, known by the name on the decision.',
})
export class Household {
  @Field({ description: 'Tên hộ — the household as named on the decision.' })
  name!: string;

  constructor(name: string) {
    this.name = name;
  }
}

export const AwardRecipient = createUnionType({
  name: 'AwardRecipient',
  description:
    'Người/đơn vị nhận — who received an award: a unit (tập thể), a person (cá nhân) or a household (hộ gia đình).',
  // Its resolveType is set in build-schema (the class name is the type name).
  types: () => [Unit, Person, Household] as const,
});

/** Who an award (or a dossier's item) names: its unit, its person, or its household, by its subject type. */
export async function recipientOf(
  row: Pick<Award, 'subjectType' | 'recipientUnitId' | 'recipientPersonId' | 'recipientHouseholdName'>,
  ctx: RequestContext,
): Promise<Unit | Person | Household | null> {
  switch (row.subjectType) {
    case SubjectType.COLLECTIVE:
      return ctx.loaders.optional(Unit, row.recipientUnitId);
    case SubjectType.INDIVIDUAL:
      return ctx.loaders.optional(Person, row.recipientPersonId);
    default:
      return row.recipientHouseholdName === null ? null : new Household(row.recipientHouseholdName);
  }
}

@Resolver(() => AwardDecision)
export class AwardDecisionResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị ban hành — the issuing authority.' })
  issuingUnit(@Root() decision: AwardDecision, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, decision.issuingUnitId);
  }

  @FieldResolver(() => Movement, { nullable: true, description: 'Phong trào — the movement it rewards, if one.' })
  movement(@Root() decision: AwardDecision, @Ctx() ctx: RequestContext): Promise<Movement | null> {
    return ctx.loaders.optional(Movement, decision.movementId);
  }

  @FieldResolver(() => AwardConnection, { description: "Khen thưởng — the decision's recipient lines." })
  awards(@Root() decision: AwardDecision, @Args(() => AWARDS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      AwardConnection,
      AWARDS.definition,
      { name: 'AwardDecision.awards', parentKey: 'aw.decisionId' },
      args,
      decision.id,
    );
  }
}

@Resolver(() => Award)
export class AwardResolver {
  @FieldResolver(() => AwardDecision, {
    nullable: true,
    description: 'Quyết định — the decision that conferred it (number, date, issuer).',
  })
  decision(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<AwardDecision | null> {
    return ctx.loaders.optional(AwardDecision, award.decisionId);
  }

  @FieldResolver(() => AwardType, { nullable: true, description: 'Danh hiệu, hình thức — what was conferred.' })
  awardType(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<AwardType | null> {
    return ctx.loaders.optional(AwardType, award.awardTypeId);
  }

  @FieldResolver(() => AwardRecipient, {
    nullable: true,
    description: 'Người/đơn vị nhận — the recipient: a Unit, a Person or a Household.',
  })
  recipient(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Unit | Person | Household | null> {
    return recipientOf(award, ctx);
  }

  @FieldResolver(() => Movement, {
    nullable: true,
    description: 'Phong trào — the movement the achievement belongs to, if one.',
  })
  movement(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Movement | null> {
    return ctx.loaders.optional(Movement, award.movementId);
  }

  @FieldResolver(() => EmulationBloc, {
    nullable: true,
    description: 'Khối — the bloc that proposed it, for bloc awards such as the emulation flag.',
  })
  bloc(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, award.blocId);
  }

  @FieldResolver(() => AwardDecision, {
    nullable: true,
    description: 'Quyết định thu hồi — the decision that revoked it, if revoked.',
  })
  revokedByDecision(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<AwardDecision | null> {
    return ctx.loaders.optional(AwardDecision, award.revokedByDecisionId);
  }
}
