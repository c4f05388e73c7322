import { Field, InputType } from 'type-graphql';
import { EmulationBloc } from '../../entities/bloc';
import { Contribution } from '../../entities/contribution';
import { MovementKind, MovementScope } from '../../entities/enums';
import { Movement } from '../../entities/movement';
import type { FilterSpec } from '../../loaders/filter-sql';
import type { ListDefinition } from '../../loaders/list-query';
import '../enums';
import { DateFilter, enumFilterType, IDFilter, IntFilter, StringFilter } from '../filter-inputs';
import { listArgsType } from '../list-args';
import { orderInputType } from '../order';
import { BLOC_FILTER, EmulationBlocFilter } from './bloc.inputs';
import { CONTRIBUTION_FILTER, ContributionListFilter } from './contribution.inputs';

export const MovementKindFilter = enumFilterType(MovementKind, 'MovementKind', 'hình thức phong trào');
export const MovementScopeFilter = enumFilterType(MovementScope, 'MovementScope', 'phạm vi phong trào');

@InputType('MovementFilter', { description: 'Lọc phong trào — conditions on movements; all given conditions must hold.' })
export class MovementFilter {
  @Field(() => IDFilter, { nullable: true, description: 'Mã định danh — the movement itself.' }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Mã phong trào — the code.' }) code?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: 'Tên phong trào — the name, as stored (use `search` to ignore accents).' }) name?: StringFilter;
  @Field(() => MovementKindFilter, { nullable: true, description: 'Hình thức — the kind.' }) kind?: object;
  @Field(() => MovementScopeFilter, { nullable: true, description: 'Phạm vi — the scope.' }) scope?: object;
  @Field(() => StringFilter, { nullable: true, description: 'Cơ quan phát động — the launching authority.' }) launchedBy?: StringFilter;
  @Field(() => DateFilter, { nullable: true, description: 'Ngày phát động — the launch date.' }) launchDate?: DateFilter;
  @Field(() => IntFilter, { nullable: true, description: 'Năm bắt đầu — first year of the period.' }) periodStartYear?: IntFilter;
  @Field(() => IntFilter, { nullable: true, description: 'Năm kết thúc — last year of the period.' }) periodEndYear?: IntFilter;
  @Field(() => MovementFilter, { nullable: true, description: 'Phong trào cha — conditions on the parent movement.' }) parent?: MovementFilter;
  @Field(() => EmulationBlocFilter, { nullable: true, description: 'Khối tổ chức — conditions on the running bloc.' }) bloc?: EmulationBlocFilter;
  @Field(() => ContributionListFilter, { nullable: true, description: 'Đóng góp — conditions on contributions under it (some / none).' }) contributions?: object;
  @Field(() => [MovementFilter], { nullable: true, description: 'Và — every one of these filters holds.' }) and?: MovementFilter[];
  @Field(() => [MovementFilter], { nullable: true, description: 'Hoặc — at least one of these filters holds.' }) or?: MovementFilter[];
  @Field(() => MovementFilter, { nullable: true, description: 'Không — this filter does not hold.' }) not?: MovementFilter;
}

export const MOVEMENT_FILTER: FilterSpec = {
  id: { column: 'id', kind: { idOf: 'Movement' } },
  code: { column: 'code', kind: 'string' },
  name: { column: 'name', kind: 'string' },
  kind: { column: 'kind', kind: 'enum' },
  scope: { column: 'scope', kind: 'enum' },
  launchedBy: { column: 'launchedBy', kind: 'string' },
  launchDate: { column: 'launchDate', kind: 'date' },
  periodStartYear: { column: 'periodStartYear', kind: 'int' },
  periodEndYear: { column: 'periodEndYear', kind: 'int' },
  parent: { column: 'parentId', kind: { toOne: { entity: Movement, foreignKey: 'parentId', spec: () => MOVEMENT_FILTER } } },
  bloc: { column: 'blocId', kind: { toOne: { entity: EmulationBloc, foreignKey: 'blocId', spec: () => BLOC_FILTER } } },
  contributions: { column: 'id', kind: { toMany: { entity: Contribution, foreignKey: 'movementId', spec: () => CONTRIBUTION_FILTER } } },
};

export const MOVEMENT_ORDER = {
  NAME: { column: 'name', description: 'Tên — by name.' },
  CODE: { column: 'code', description: 'Mã — by code.' },
  LAUNCH_DATE: { column: 'launchDate', description: 'Ngày phát động — by launch date.' },
  PERIOD_START_YEAR: { column: 'periodStartYear', description: 'Năm bắt đầu — by first year.' },
  ID: { column: 'id', description: 'Mã — by creation order.' },
};
export const MovementOrder = orderInputType('Movement', MOVEMENT_ORDER);

export const MOVEMENT_LIST: ListDefinition<Movement> = {
  entity: Movement,
  alias: 'mv',
  filter: MOVEMENT_FILTER,
  order: MOVEMENT_ORDER,
  defaultOrder: [{ column: 'name', direction: 'ASC' }],
};
export const MovementListArgs = listArgsType(MovementFilter, MovementOrder, { search: true, includeDeleted: true });
