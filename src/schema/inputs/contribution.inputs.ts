import { Field, InputType } from 'type-graphql';
import { Contribution } from '../../entities/contribution';
import type { FilterSpec } from '../../loaders/filter-sql';
import type { ListDefinition } from '../../loaders/list-query';
import { listArgsType } from '../list-args';
import { DateFilter, IDFilter, IntFilter, listFilterType, VndFilter } from '../filter-inputs';
import { orderInputType } from '../order';

@InputType('ContributionFilter', { description: 'Lọc đóng góp — conditions on contributions; all given conditions must hold.' })
export class ContributionFilter {
  @Field(() => IDFilter, { nullable: true, description: 'Mã định danh — the contribution itself.' }) id?: IDFilter;
  @Field(() => IntFilter, { nullable: true, description: 'Năm — the year.' }) year?: IntFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Phong trào — the movement, by ID.' }) movementId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Khối đóng góp — the bloc as a whole as contributor, by ID.' }) blocId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Đơn vị đóng góp — the unit as contributor, by ID.' }) unitId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Loại đóng góp — the contribution kind, by ID.' }) kindId?: IDFilter;
  @Field(() => IDFilter, { nullable: true, description: 'Quỹ — the fund, by ID.' }) fundId?: IDFilter;
  @Field(() => IntFilter, { nullable: true, description: 'Số lượng — the quantity.' }) quantity?: IntFilter;
  @Field(() => VndFilter, { nullable: true, description: 'Giá trị (VND) — the amount in đồng.' }) amountVnd?: VndFilter;
  @Field(() => DateFilter, { nullable: true, description: 'Ngày thực hiện — the date it happened.' }) occurredOn?: DateFilter;
  @Field(() => [ContributionFilter], { nullable: true, description: 'Và — every one of these filters holds.' }) and?: ContributionFilter[];
  @Field(() => [ContributionFilter], { nullable: true, description: 'Hoặc — at least one of these filters holds.' }) or?: ContributionFilter[];
  @Field(() => ContributionFilter, { nullable: true, description: 'Không — this filter does not hold.' }) not?: ContributionFilter;
}

export const CONTRIBUTION_FILTER: FilterSpec = {
  id: { column: 'id', kind: { idOf: 'Contribution' } },
  year: { column: 'year', kind: 'int' },
  movementId: { column: 'movementId', kind: { idOf: 'Movement' } },
  blocId: { column: 'blocId', kind: { idOf: 'EmulationBloc' } },
  unitId: { column: 'unitId', kind: { idOf: 'Unit' } },
  kindId: { column: 'kindId', kind: { idOf: 'ContributionKind' } },
  fundId: { column: 'fundId', kind: { idOf: 'Fund' } },
  quantity: { column: 'quantity', kind: 'int' },
  amountVnd: { column: 'amountVnd', kind: 'vnd' },
  occurredOn: { column: 'occurredOn', kind: 'date' },
};

export const ContributionListFilter = listFilterType(ContributionFilter, 'Contribution', 'đóng góp');

export const CONTRIBUTION_ORDER = {
  YEAR: { column: 'year', description: 'Năm — by year.' },
  QUANTITY: { column: 'quantity', description: 'Số lượng — by quantity.' },
  AMOUNT_VND: { column: 'amountVnd', description: 'Giá trị (VND) — by amount.' },
  OCCURRED_ON: { column: 'occurredOn', description: 'Ngày thực hiện — by date.' },
  ID: { column: 'id', description: 'Mã — by creation order.' },
};
export const ContributionOrder = orderInputType('Contribution', CONTRIBUTION_ORDER);

export const CONTRIBUTION_LIST: ListDefinition<Contribution> = {
  entity: Contribution,
  alias: 'c',
  filter: CONTRIBUTION_FILTER,
  order: CONTRIBUTION_ORDER,
  defaultOrder: [{ column: 'year', direction: 'DESC' }],
};
export const ContributionListArgs = listArgsType(ContributionFilter, ContributionOrder, { includeDeleted: true });
