import { Field, InputType } from 'type-graphql';
import { Contribution } from '../../entities/contribution';
import { UnitKind } from '../../entities/enums';
import { Unit } from '../../entities/unit';
import type { FilterSpec } from '../../loaders/filter-sql';
import type { ListDefinition } from '../../loaders/list-query';
import { listArgsType } from '../list-args';
import '../enums';
import { DateFilter, enumFilterType, IDFilter, IntFilter, StringFilter } from '../filter-inputs';
import { orderInputType } from '../order';
import { CONTRIBUTION_FILTER, ContributionListFilter } from './contribution.inputs';

export const UnitKindFilter = enumFilterType(UnitKind, 'UnitKind', 'loại đơn vị');

@InputType('UnitFilter', { description: 'Lọc đơn vị — conditions on units; all given conditions must hold.' })
export class UnitFilter {
  @Field(() => IDFilter, { nullable: true, description: 'Mã định danh — the unit itself.' }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Mã đơn vị — the unit code.' }) code?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Tên đơn vị — the name, as stored (use `search` to ignore accents).' }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Tên viết tắt — the short name.' }) shortName?: StringFilter;
  @Field(() => UnitKindFilter, { nullable: true, description: 'Loại đơn vị — the kind.' }) kind?: object;
  @Field(() => IntFilter, { nullable: true, description: 'Số cán bộ — the headcount.' }) headcount?: IntFilter;
  @Field(() => DateFilter, { nullable: true, description: 'Hiệu lực từ ngày — the start date.' }) validFrom?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: 'Hiệu lực đến ngày — the end date (isNull: true for units still in being).' }) validTo?: DateFilter;
  @Field(() => UnitFilter, { nullable: true, description: 'Đơn vị cấp trên — conditions on the parent unit.' }) parent?: UnitFilter;
  @Field(() => ContributionListFilter, { nullable: true, description: 'Đóng góp — conditions on the unit\'s contributions (some / none).' }) contributions?: object;
  @Field(() => [UnitFilter], { nullable: true, description: 'Và — every one of these filters holds.' }) and?: UnitFilter[];
  @Field(() => [UnitFilter], { nullable: true, description: 'Hoặc — at least one of these filters holds.' }) or?: UnitFilter[];
  @Field(() => UnitFilter, { nullable: true, description: 'Không — this filter does not hold.' }) not?: UnitFilter;
}

export const UNIT_FILTER: FilterSpec = {
  id: { column: 'id', kind: { idOf: 'Unit' } },
  code: { column: 'code', kind: 'string' },
  name: { column: 'name', kind: 'string' },
  shortName: { column: 'shortName', kind: 'string' },
  kind: { column: 'kind', kind: 'enum' },
  headcount: { column: 'headcount', kind: 'int' },
  validFrom: { column: 'validFrom', kind: 'date' },
  validTo: { column: 'validTo', kind: 'date' },
  parent: { column: 'parentId', kind: { toOne: { entity: Unit, foreignKey: 'parentId', spec: () => UNIT_FILTER } } },
  contributions: { column: 'id', kind: { toMany: { entity: Contribution, foreignKey: 'unitId', spec: () => CONTRIBUTION_FILTER } } },
};

export const UNIT_ORDER = {
  NAME: { column: 'name', description: 'Tên — by name.' },
  CODE: { column: 'code', description: 'Mã — by code.' },
  KIND: { column: 'kind', description: 'Loại — by kind.' },
  HEADCOUNT: { column: 'headcount', description: 'Số cán bộ — by headcount.' },
  ID: { column: 'id', description: 'Mã — by creation order.' },
};
export const UnitOrder = orderInputType('Unit', UNIT_ORDER);

export const UNIT_LIST: ListDefinition<Unit> = {
  entity: Unit,
  alias: 'u',
  filter: UNIT_FILTER,
  order: UNIT_ORDER,
  defaultOrder: [{ column: 'name', direction: 'ASC' }],
};
export const UnitListArgs = listArgsType(UnitFilter, UnitOrder, { search: true, includeDeleted: true });
