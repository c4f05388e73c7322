/** Pledge fulfilment and bloc rankings: on a pledge or a bloc, and at the root by bloc and year. */
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { REPORT_ROLES } from '../auth/caller';
import { EmulationBloc } from '../entities/blocs';
import { Pledge, PledgeTarget } from '../entities/pledges';
import { Unit } from '../entities/organisation';
import type { RankingRow } from '../reports/bloc-ranking';
import { pledgeIdOf, type TargetFulfilment } from '../reports/pledge-fulfilment';
import { SafeIntScalar } from '../schema/aggregate-types';
import { fromGlobalId } from '../core/global-id';
import { DecimalScalar, VndScalar } from '../core/scalars';
import { badUserInput } from '../core/request-errors';
import type { RequestContext } from './context';

@ObjectType('PledgeTargetFulfilment', {
  description:
    'Mức thực hiện chỉ tiêu — one pledge target next to what was achieved: the contributions of the same scope ' +
    '(the bloc as a whole, or the one unit), kind, year and movement.',
})
class PledgeTargetFulfilment {
  targetId!: number;

  @Field(() => Int, { description: 'Số đóng góp — how many contributions count toward the target.' })
  contributionCount!: number;

  @Field(() => SafeIntScalar, {
    nullable: true,
    description: 'Số lượng đạt được — the quantity achieved (null: none stated).',
  })
  achievedQuantity!: number | null;

  @Field(() => VndScalar, {
    nullable: true,
    description: 'Số tiền đạt được — the amount achieved in VND (null: none stated).',
  })
  achievedAmountVnd!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Tỷ lệ số lượng (%) — achieved ÷ target quantity × 100, two decimals rounded half up; ' +
      'null without a target quantity.',
  })
  quantityPercent!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Tỷ lệ số tiền (%) — achieved ÷ target amount × 100, two decimals rounded half up; null without a target amount.',
  })
  amountPercent!: string | null;
}

@ObjectType('BlocRankingEntry', {
  description: "Xếp hạng khối — one unit's place in its bloc's evaluation for a year, with the year before.",
})
class BlocRankingEntry {
  unitId!: number;

  @Field(() => DecimalScalar, { description: 'Tổng điểm — total points.' })
  totalPoints!: string;

  @Field(() => Int, { nullable: true, description: 'Xếp hạng — rank (1 is first).' })
  rank!: number | null;

  @Field(() => Int, { nullable: true, description: 'Số phiếu tán thành — votes for.' })
  votesFor!: number | null;

  @Field(() => Int, { nullable: true, description: 'Số phiếu — votes cast.' })
  votesCast!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Hạng năm trước — the rank the year before (null: not evaluated then).',
  })
  previousRank!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Thay đổi hạng — places gained since the year before (positive: moved up).',
  })
  rankChange!: number | null;
}

function blocIdOf(id: string): number {
  const decoded = fromGlobalId(id);
  if (!decoded || decoded.typeName !== 'EmulationBloc')
    throw badUserInput(`"${id}" is not the ID of an EmulationBloc`, 'blocId');
  return decoded.databaseId;
}

@Resolver(() => PledgeTargetFulfilment)
export class PledgeTargetFulfilmentResolver {
  @FieldResolver(() => PledgeTarget, { description: 'Chỉ tiêu — the target.' })
  async target(@Root() row: TargetFulfilment, @Ctx() ctx: RequestContext): Promise<PledgeTarget | null> {
    return ctx.loaders.byId(PledgeTarget).load(row.targetId);
  }
}

@Resolver(() => BlocRankingEntry)
export class BlocRankingEntryResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị — the unit.' })
  async unit(@Root() row: RankingRow, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.byId(Unit).load(row.unitId);
  }
}

@Resolver(() => Pledge)
export class PledgeFulfilmentResolver {
  @Authorized(...REPORT_ROLES)
  @FieldResolver(() => [PledgeTargetFulfilment], {
    description:
      'Mức thực hiện giao ước — every target next to what was achieved, with percentages ' +
      '(one SQL statement for all pledges of a page).',
  })
  fulfilment(@Root() pledge: Pledge, @Ctx() ctx: RequestContext): Promise<TargetFulfilment[]> {
    return ctx.reports.fulfilment(pledge.id);
  }
}

@Resolver(() => EmulationBloc)
export class BlocRankingResolver {
  @Authorized(...REPORT_ROLES)
  @FieldResolver(() => [BlocRankingEntry], {
    description: "Xếp hạng — the bloc's ranking for a year: points, rank, votes and change from the year before.",
  })
  ranking(
    @Root() bloc: EmulationBloc,
    @Arg('year', () => Int, { description: 'Năm — the year evaluated.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<RankingRow[]> {
    return ctx.reports.ranking(bloc.id, year);
  }
}

@Resolver()
export class ReportRootFields {
  @Authorized(...REPORT_ROLES)
  @Query(() => [PledgeTargetFulfilment], {
    description:
      "Mức thực hiện giao ước — a bloc's pledge for a year, target by target, against what was achieved; " +
      'empty when there is no pledge.',
  })
  async pledgeFulfilment(
    @Arg('blocId', () => ID, { description: 'Khối — the bloc.' }) blocId: string,
    @Arg('year', () => Int, { description: 'Năm giao ước — the year the pledge governs.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<TargetFulfilment[]> {
    const pledgeId = await pledgeIdOf(ctx.dataSource, blocIdOf(blocId), year);
    return pledgeId === null ? [] : ctx.reports.fulfilment(pledgeId);
  }

  @Authorized(...REPORT_ROLES)
  @Query(() => [BlocRankingEntry], {
    description:
      "Xếp hạng khối — a bloc's ranking for a year (points, rank, votes) with the change of rank from the year before.",
  })
  blocRanking(
    @Arg('blocId', () => ID, { description: 'Khối — the bloc.' }) blocId: string,
    @Arg('year', () => Int, { description: 'Năm — the year evaluated.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<RankingRow[]> {
    return ctx.reports.ranking(blocIdOf(blocId), year);
  }
}

export const ReportFieldResolvers: Function[] = [
  PledgeTargetFulfilmentResolver,
  BlocRankingEntryResolver,
  PledgeFulfilmentResolver,
  BlocRankingResolver,
  ReportRootFields,
];
