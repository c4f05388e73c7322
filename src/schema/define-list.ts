/**
 * Declares how one type is listed — its filter fields, sort keys and default order — once, and
 * derives from that single declaration both the GraphQL inputs (`XFilter`, `XOrder`, the list
 * arguments) and the SQL side (FilterSpec, ListDefinition), so the two cannot drift apart.
 */
import { type ClassType, Field, InputType } from 'type-graphql';
import type { FieldKind, FilterSpec, RelationFilter } from '../loaders/filter-sql';
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
import { listArgsType } from './list-args';
import type { DeclaredList, FilterFieldDeclaration, ListDeclaration, ScalarKind } from './list-declaration';
import { orderInputType } from './order';

export type { DeclaredList, FilterFieldDeclaration, ListDeclaration } from './list-declaration';

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
    ...declaredFilterFields(declaration.entity, typeName),
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
