/** The shapes of a list declaration and of what declaring it yields; see define-list. */
import type { ClassType } from 'type-graphql';
import type { SortKey } from '../core/paging';
import type { ListDefinition } from '../loaders/list-query';
import type { EntityClass } from '../loaders/record-loaders';
import type { ListArgs } from './list-args';
import type { OrderInput } from './order';

export type ScalarKind = 'int' | 'string' | 'date' | 'vnd' | 'decimal' | 'boolean';

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
