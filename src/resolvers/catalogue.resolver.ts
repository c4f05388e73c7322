import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AwardType, BaseSalary } from '../entities/awards';
import { EmulationBloc } from '../entities/blocs';
import { ContributionKind, Fund } from '../entities/contributions';
import { Unit } from '../entities/organisation';
import { AWARD_TYPES, BASE_SALARIES } from '../schema/awards';
import { CONTRIBUTION_KINDS, CONTRIBUTIONS, FUNDS } from '../schema/contributions';
import type { ListArgs } from '../schema/list-args';
import type { OrderInput } from '../schema/order';
import { connectionType } from '../schema/page';
import { childListConnection } from './connection-result';
import type { RequestContext } from './context';
import { ContributionConnection } from './contributions.resolver';
import { rootFieldsResolver } from './root-fields';

type AnyListArgs = ListArgs<object, OrderInput<string>>;

export const ContributionKindConnection = connectionType(ContributionKind, 'ContributionKind', 'loại đóng góp');
export const FundConnection = connectionType(Fund, 'Fund', 'quỹ');
export const AwardTypeConnection = connectionType(AwardType, 'AwardType', 'danh hiệu, hình thức khen thưởng');
export const BaseSalaryConnection = connectionType(BaseSalary, 'BaseSalary', 'mức lương cơ sở');

export const CatalogueRootFields = [
  rootFieldsResolver({
    entity: ContributionKind,
    connection: ContributionKindConnection,
    list: CONTRIBUTION_KINDS,
    one: { name: 'contributionKind', description: 'Loại đóng góp — one catalogue kind by global ID.' },
    many: { name: 'contributionKinds', description: 'Danh mục loại đóng góp — the contribution kinds, by code.' },
  }),
  rootFieldsResolver({
    entity: Fund,
    connection: FundConnection,
    list: FUNDS,
    one: { name: 'fund', description: 'Quỹ — one fund by global ID.' },
    many: { name: 'funds', description: 'Danh sách quỹ — funds, by name; searchable without accents.' },
  }),
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
    entity: BaseSalary,
    connection: BaseSalaryConnection,
    list: BASE_SALARIES,
    one: { name: 'baseSalary', description: 'Lương cơ sở — one base-salary row by global ID.' },
    many: {
      name: 'baseSalaries',
      description: 'Mức lương cơ sở — the base salaries in force over time, newest first.',
    },
  }),
];

@Resolver(() => Fund)
export class FundResolver {
  @FieldResolver(() => EmulationBloc, {
    nullable: true,
    description: 'Khối sở hữu — the owning bloc; null when a unit owns it.',
  })
  ownerBloc(@Root() fund: Fund, @Ctx() ctx: RequestContext): Promise<EmulationBloc | null> {
    return ctx.loaders.optional(EmulationBloc, fund.ownerBlocId);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị sở hữu — the owning unit; null when a bloc owns it.',
  })
  ownerUnit(@Root() fund: Fund, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return ctx.loaders.optional(Unit, fund.ownerUnitId);
  }

  @FieldResolver(() => ContributionConnection, { description: 'Đóng góp — contributions that went through the fund.' })
  contributions(@Root() fund: Fund, @Args(() => CONTRIBUTIONS.argsType) args: AnyListArgs, @Ctx() ctx: RequestContext) {
    return childListConnection(
      ctx,
      ContributionConnection,
      CONTRIBUTIONS.definition,
      { name: 'Fund.contributions', parentKey: 'c.fundId' },
      args,
      fund.id,
    );
  }
}
