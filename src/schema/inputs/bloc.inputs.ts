import { Field, InputType } from 'type-graphql';
import { EmulationBloc } from '../../entities/bloc';
import { Contribution } from '../../entities/contribution';
import { Unit } from '../../entities/unit';
import { BlocKind } from '../../entities/enums';
import type { FilterSpec } from '../../loaders/filter-sql';
import type { ListDefinition } from '../../loaders/list-query';
import '../enums';
import { DateFilter, enumFilterType, IDFilter, IntFilter, StringFilter } from '../filter-inputs';
import { listArgsType } from '../list-args';
import { orderInputType } from '../order';
import { CONTRIBUTION_FILTER, ContributionListFilter } from './contribution.inputs';
import { UNIT_FILTER, UnitFilter } from './unit.inputs';

export const BlocKindFilter = enumFilterType(BlocKind, 'BlocKind', 'loại khối');

@InputType('EmulationBlocFilter', { description: 'Lọc khối thi đua — conditions on blocs and clusters; all given conditions must hold.' })
export class EmulationBlocFilter {
  @Field(() => IDFilter, { nullable: true, description: 'Mã định danh — the bloc itself.' }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Mã khối — the bloc code.' }) code?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Tên khối — the name, as stored (use `search` to ignore accents).' }) name?: StringFilter;
  @Field(() => BlocKindFilter, { nullable: true, description: 'Loại — bloc or cluster.' }) kind?: object;
  @Field(() => IntFilter, { nullable: true, description: 'Số Cờ tối đa — flags per year.' }) maxFlagsPerYear?: IntFilter;
  @Field(() => DateFilter, { nullable: true, description: 'Hiệu lực từ ngày — the start date.' }) validFrom?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: 'Hiệu lực đến ngày — the end date.' }) validTo?: DateFilter;
  @Field(() => UnitFilter, { nullable: true, description: 'Đơn vị quản lý — conditions on the managing unit.' }) managingUnit?: UnitFilter;
  @Field(() => ContributionListFilter, { nullable: true, description: 'Đóng góp của khối — conditions on the bloc\'s own contributions (some / none).' }) contributions?: object;
  @Field(() => [EmulationBlocFilter], { nullable: true, description: 'Và — every one of these filters holds.' }) and?: EmulationBlocFilter[];
  @Field(() => [EmulationBlocFilter], { nullable: true, description: 'Hoặc — at least one of these filters holds.' }) or?: EmulationBlocFilter[];
  @Field(() => EmulationBlocFilter, { nullable: true, description: 'Không — this filter does not hold.' }) not?: EmulationBlocFilter;
}

export const BLOC_FILTER: FilterSpec = {
  id: { column: 'id', kind: { idOf: 'EmulationBloc' } },
  code: { column: 'code', kind: 'string' },
  name: { column: 'name', kind: 'string' },
  kind: { column: 'kind', kind: 'enum' },
  maxFlagsPerYear: { column: 'maxFlagsPerYear', kind: 'int' },
  validFrom: { column: 'validFrom', kind: 'date' },
  validTo: { column: 'validTo', kind: 'date' },
  managingUnit: { column: 'managingUnitId', kind: { toOne: { entity: Unit, foreignKey: 'managingUnitId', spec: () => UNIT_FILTER } } },
  contributions: { column: 'id', kind: { toMany: { entity: Contribution, foreignKey: 'blocId', spec: () => CONTRIBUTION_FILTER } } },
};


export const BLOC_ORDER = {
  NAME: { column: 'name', description: 'Tên — by name.' },
  CODE: { column: 'code', description: 'Mã — by code.' },
  KIND: { column: 'kind', description: 'Loại — by kind.' },
  ID: { column: 'id', description: 'Mã — by creation order.' },
};
export const EmulationBlocOrder = orderInputType('EmulationBloc', BLOC_ORDER);

export const BLOC_LIST: ListDefinition<EmulationBloc> = {
  entity: EmulationBloc,
  alias: 'b',
  filter: BLOC_FILTER,
  order: BLOC_ORDER,
  defaultOrder: [{ column: 'name', direction: 'ASC' }],
};
export const EmulationBlocListArgs = listArgsType(EmulationBlocFilter, EmulationBlocOrder, { search: true, includeDeleted: true });
