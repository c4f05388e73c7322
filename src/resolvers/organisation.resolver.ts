/** Units and persons: root fields, and the relations a user walks from them (blocs, leaderships, awards…). */
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Award, AwardType } from '../entities/awards';
import { BlocMembership } from '../entities/blocs';
import { Person, Unit } from '../entities/organisation';
import { AWARDS } from '../schema/awards';
import {
  BLOCS,
  BlocLeadershipConnection,
  BlocMembershipConnection,
  EmulationBlocConnection,
  LEADERSHIPS,
  MEMBERSHIPS,
} from '../schema/blocs';
import { CONTRIBUTIONS } from '../schema/contributions';
import { PERSONS, PersonConnection, UNITS, UnitConnection } from '../schema/organisation';
import type { ListArgs } from '../schema/list-args';
import { OrderDirection, type OrderInput } from '../schema/order';
import { AwardConnection } from '../schema/awards';
import { childListConnection, type ChildRelation } from './connection-result';
import type { RequestContext } from './context';
import { ContributionConnection } from '../schema/contributions';
import { rootFieldsResolver } from './root-fields';
import { PROVINCIAL_FLAG_CODE } from '../services/awards';

type AnyListArgs = ListArgs<object, OrderInput<string>>;

export const UnitRootFields = rootFieldsResolver({
  entity: Unit,
  connection: UnitConnection,
  list: UNITS,
  one: { name: 'unit', description: 'Đơn vị — one unit by its global ID.' },
  many: {
    name: 'units',
    description: 'Danh sách đơn vị — units, by name unless ordered otherwise; searchable without accents.',
  },
});

export const PersonRootFields = rootFieldsResolver({
  entity: Person,
  connection: PersonConnection,
  list: PERSONS,
  one: { name: 'person', description: 'Cá nhân — one person by global ID.' },
  many: {
    name: 'persons',
    description: 'Danh sách cá nhân — persons, by name unless ordered otherwise; searchable without accents.',
  },
});

@ArgsType()
class UnitBlocsArgs extends BLOCS.argsType {
  @Field(() => Int, {
    nullable: true,
    description: 'Năm — blocs the unit belonged to in this year; when omitted, its current blocs.',
  })
  year?: number | null;
}

/** Hồ sơ thành tích: oldest achievement first, so the record reads as a history. */
const HISTORY_ORDER: AnyListArgs['orderBy'] = [{ field: 'ACHIEVEMENT_YEAR', direction: OrderDirection.ASC }];

@Resolver(() => Unit)
export class UnitResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'Đơn vị cấp trên — the parent unit.' })
  parent(@Root() unit: Unit, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, unit.parentId);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị kế thừa — the unit this one was merged into, if it was.',
  })
  successor(@Root() unit: Unit, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, unit.successorId);
  }

  @FieldResolver(() => UnitConnection, { description: 'Đơn vị trực thuộc — the units directly under this one.' })
  children(@Root() unit: Unit, @Args(() => UNITS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      UnitConnection,
      UNITS.definition,
      { name: 'Unit.children', parentKey: 'u.parentId' },
      args,
      unit.id,
    );
  }

  @FieldResolver(() => PersonConnection, { description: "Cá nhân — the unit's people, by name." })
  persons(@Root() unit: Unit, @Args(() => PERSONS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      PersonConnection,
      PERSONS.definition,
      { name: 'Unit.persons', parentKey: 'p.unitId' },
      args,
      unit.id,
    );
  }

  @FieldResolver(() => ContributionConnection, {
    description: "Đóng góp — the unit's own contributions, newest year first by default.",
  })
  contributions(@Root() unit: Unit, @Args(() => CONTRIBUTIONS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      ContributionConnection,
      CONTRIBUTIONS.definition,
      { name: 'Unit.contributions', parentKey: 'c.unitId' },
      args,
      unit.id,
    );
  }

  @FieldResolver(() => BlocMembershipConnection, {
    description: "Tư cách thành viên — the unit's memberships of blocs, over the years.",
  })
  memberships(@Root() unit: Unit, @Args(() => MEMBERSHIPS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      BlocMembershipConnection,
      MEMBERSHIPS.definition,
      { name: 'Unit.memberships', parentKey: 'bm.unitId' },
      args,
      unit.id,
    );
  }

  // TypeORM adds `m.deletedAt IS NULL` to the join itself: soft-deleted memberships don't count.
  @FieldResolver(() => EmulationBlocConnection, {
    description: 'Khối thi đua — the blocs the unit belongs to in a year (or now).',
  })
  blocs(@Root() unit: Unit, @Args() args: UnitBlocsArgs, @Ctx() ctx: RequestContext) {
    const { year, ...listing } = args;
    return childListConnection(
      ctx,
      EmulationBlocConnection,
      BLOCS.definition,
      {
        name: `Unit.blocs:${year ?? 'current'}`,
        parentKey: 'm.unitId',
        join: (query) =>
          year == null
            ? query.innerJoin(BlocMembership, 'm', 'm.blocId = b.id AND m.toYear IS NULL')
            : query.innerJoin(
                BlocMembership,
                'm',
                'm.blocId = b.id AND m.fromYear <= :memberYear AND (m.toYear IS NULL OR m.toYear >= :memberYear)',
                { memberYear: year },
              ),
      },
      listing,
      unit.id,
    );
  }

  @FieldResolver(() => BlocLeadershipConnection, {
    description: 'Vai trò trưởng, phó khối — the years the unit led or deputised a bloc, newest first.',
  })
  leaderships(@Root() unit: Unit, @Args(() => LEADERSHIPS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      BlocLeadershipConnection,
      LEADERSHIPS.definition,
      { name: 'Unit.leaderships', parentKey: 'bl.unitId' },
      args,
      unit.id,
    );
  }

  @FieldResolver(() => AwardConnection, {
    description: 'Khen thưởng — awards the unit received as a collective, newest achievement year first by default.',
  })
  awards(@Root() unit: Unit, @Args(() => AWARDS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      AwardConnection,
      AWARDS.definition,
      { name: 'Unit.awards', parentKey: 'aw.recipientUnitId' },
      args,
      unit.id,
    );
  }

  @FieldResolver(() => AwardConnection, {
    description:
      "Hồ sơ thành tích — the unit's award history: every award it received, oldest achievement year first, " +
      'revoked ones included and marked; each with its decision (number, date, issuer), award type and achievement ' +
      'year.',
  })
  awardHistory(@Root() unit: Unit, @Args(() => AWARDS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      AwardConnection,
      AWARDS.definition,
      { name: 'Unit.awardHistory', parentKey: 'aw.recipientUnitId' },
      { ...args, orderBy: args.orderBy ?? HISTORY_ORDER },
      unit.id,
    );
  }

  @FieldResolver(() => AwardConnection, {
    description:
      'Cờ thi đua — the provincial emulation flags the unit received, oldest achievement year first (revoked ones ' +
      'included and marked).',
  })
  flags(@Root() unit: Unit, @Args(() => AWARDS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    const relation: ChildRelation<Award> = {
      name: 'Unit.flags',
      parentKey: 'aw.recipientUnitId',
      join: (query) =>
        query.innerJoin(AwardType, 'flag_type', 'flag_type.id = aw.awardTypeId AND flag_type.code = :flagCode', {
          flagCode: PROVINCIAL_FLAG_CODE,
        }),
    };
    return childListConnection(
      ctx,
      AwardConnection,
      AWARDS.definition,
      relation,
      { ...args, orderBy: args.orderBy ?? HISTORY_ORDER },
      unit.id,
    );
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Unit, { nullable: true, description: "Đơn vị — the person's unit." })
  unit(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, person.unitId);
  }

  @FieldResolver(() => AwardConnection, {
    description: 'Khen thưởng — awards the person received, newest achievement year first by default.',
  })
  awards(@Root() person: Person, @Args(() => AWARDS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      AwardConnection,
      AWARDS.definition,
      { name: 'Person.awards', parentKey: 'aw.recipientPersonId' },
      args,
      person.id,
    );
  }

  @FieldResolver(() => AwardConnection, {
    description:
      "Hồ sơ thành tích — the person's award history: every award, oldest achievement year first, revoked ones " +
      'included and marked; each with its decision, award type and achievement year.',
  })
  awardHistory(@Root() person: Person, @Args(() => AWARDS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      AwardConnection,
      AWARDS.definition,
      { name: 'Person.awardHistory', parentKey: 'aw.recipientPersonId' },
      { ...args, orderBy: args.orderBy ?? HISTORY_ORDER },
      person.id,
    );
  }
}
