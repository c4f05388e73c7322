/**
 * Declares how one type is listed — its filter fields, sort keys and default order — once, and
 * derives from that single declaration both the GraphQL inputs (`XFilter`, `XOrder`, the list
 * arguments) and the SQL side (FilterSpec, ListDefinition), so the two cannot drift apart.
 */
import { type ClassType, Field, InputType } from 'type-graphql';
import type { FieldKind, FilterSpec, RelationFilter } from '../loaders/filter-sql';
import type { SortKey } from '../core/paging';
import type { ListDefinition } from '../loaders/list-query';
import type { EntityClass } from '../loaders/record-loaders';
import {
  BooleanFilter,
  DateFilter,
  DecimalFilter,
  enumFilterType,
  IDFilter,
  IntFilter,
  listFilterType,
  StringFilter,
  VndFilter,
} from './filter-inputs';
import { declaredFilterFields, declaredOrder, registerList } from './declared-list-fields';
import { listArgsType, type ListArgs } from './list-args';
import { orderInputType, type OrderInput } from './order';

type ScalarKind = 'int' | 'string' | 'date' | 'vnd' | 'decimal' | 'boolean';

/** A filterable field. `column` defaults to the field's name. */
export type FilterFieldDeclaration = { description: string; column?: string } & (
  | { kind: ScalarKind }
  /** A foreign key or the id itself, given as global IDs of the named type. */
  | { kind: 'id'; of: string }
  | { kind: 'enum'; enum: object; enumName: string; vietnamese: string }
  /** `field: OtherFilter` — the local `column` holds the other record's id. */
  | { kind: 'toOne'; list: () => DeclaredList<object> }
  /** `field: { some, none }` — the other table's `foreignKey` holds this record's id. */
  | { kind: 'toMany'; list: () => DeclaredList<object>; foreignKey: string }
);

export interface ListDeclaration<T> {
  entity: EntityClass<T & { id: number }>;
  /** The GraphQL type's name (XFilter, XOrder…). */
  typeName: string;
  /** The Vietnamese name of the records, for descriptions ("đơn vị"). */
  vietnamese: string;
  alias: string;
  /** Filter fields beyond the entity's declared ones: relations to many, and fields of no column. */
  fields?: Record<string, FilterFieldDeclaration>;
  /** Sort keys beyond the entity's declared ones. */
  order?: Record<string, { column: string; description: string }>;
  defaultOrder: SortKey[];
  /** Offer `search` (the type has a folded search key). */
  search?: boolean;
  /** Offer `includeDeleted` (the type is soft-deleted). */
  softDelete?: boolean;
}

export interface DeclaredList<T> {
  definition: ListDefinition<T & { id: number }>;
  filterType: ClassType<object>;
  /** `XListFilter { some none }`, for to-many relation filters pointing at this type. */
  listFilterType: ClassType<object>;
  argsType: ClassType<ListArgs<object, OrderInput<string>>>;
}

const enumFilters = new Map<string, ClassType<object>>();

function enumFilterOf(enumObject: object, enumName: string, vietnamese: string): ClassType<object> {
  let type = enumFilters.get(enumName);
  if (!type) {
    type = enumFilterType(enumObject, enumName, vietnamese);
    enumFilters.set(enumName, type);
  }
  return type;
}

const SCALAR_FILTERS: Record<ScalarKind, ClassType<object>> = {
  int: IntFilter,
  string: StringFilter,
  date: DateFilter,
  vnd: VndFilter,
  decimal: DecimalFilter,
  boolean: BooleanFilter,
};

function graphqlTypeOf(field: FilterFieldDeclaration): () => ClassType<object> {
  switch (field.kind) {
    case 'id':
      return () => IDFilter;
    case 'enum': {
      const type = enumFilterOf(field.enum, field.enumName, field.vietnamese);
      return () => type;
    }
    case 'toOne':
      return () => field.list().filterType;
    case 'toMany':
      return () => field.list().listFilterType;
    default: {
      const type = SCALAR_FILTERS[field.kind];
      return () => type;
    }
  }
}

function sqlKindOf(name: string, field: FilterFieldDeclaration): FieldKind {
  switch (field.kind) {
    case 'id':
      return { idOf: field.of };
    case 'enum':
      return 'enum';
    case 'toOne': {
      const relation: RelationFilter = {
        get entity() {
          return field.list().definition.entity;
        },
        foreignKey: field.column ?? name,
        spec: () => field.list().definition.filter,
      };
      return { toOne: relation };
    }
    case 'toMany': {
      const relation: RelationFilter = {
        get entity() {
          return field.list().definition.entity;
        },
        foreignKey: field.foreignKey,
        spec: () => field.list().definition.filter,
      };
      return { toMany: relation };
    }
    default:
      return field.kind;
  }
}

export function declareList<T>(declaration: ListDeclaration<T>): DeclaredList<T> {
  const { typeName, vietnamese } = declaration;

  @InputType(`${typeName}Filter`, {
    description: `Lọc ${vietnamese} — conditions on ${typeName} records; all given conditions must hold.`,
  })
  class Filter {}

  const fields = {
    ...declaredFilterFields(declaration.entity, typeName, vietnamese),
    ...declaration.fields,
  };
  const orderKeys = { ...declaredOrder(declaration.entity), ...declaration.order };
  const spec: FilterSpec = {};
  for (const [name, field] of Object.entries(fields)) {
    Field(graphqlTypeOf(field), { nullable: true, description: field.description })(Filter.prototype, name);
    // A to-many relation is matched through our id; everything else through its own column.
    spec[name] = { column: field.kind === 'toMany' ? 'id' : (field.column ?? name), kind: sqlKindOf(name, field) };
  }
  Field(() => [Filter], { nullable: true, description: 'Và — every one of these filters holds.' })(
    Filter.prototype,
    'and',
  );
  Field(() => [Filter], { nullable: true, description: 'Hoặc — at least one of these filters holds.' })(
    Filter.prototype,
    'or',
  );
  Field(() => Filter, { nullable: true, description: 'Không — this filter does not hold.' })(Filter.prototype, 'not');

  const order = orderInputType(typeName, orderKeys);
  const list: DeclaredList<T> = {
    definition: {
      entity: declaration.entity,
      alias: declaration.alias,
      filter: spec,
      order: orderKeys,
      defaultOrder: declaration.defaultOrder,
    },
    filterType: Filter,
    listFilterType: listFilterType(Filter, typeName, vietnamese),
    argsType: listArgsType(Filter, order, { search: declaration.search, includeDeleted: declaration.softDelete }),
  };
  registerList(declaration.entity, list as DeclaredList<object>);
  return list;
}
