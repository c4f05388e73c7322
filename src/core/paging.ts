/**
 * The primitives of paged, filtered and sorted lists, shared by the loaders that run them and the
 * schema that offers them: page sizes, sort keys, the order input's shape and the list arguments.
 */
import { badUserInput } from './request-errors';
import { declareEnum, type EnumValue } from './enum';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;
/** The most values one `in` / `notIn` list of a filter takes. */
export const MAX_IN_LIST = 500;
export const MAX_ORDER_KEYS = 5;
/** How deep filters nest (the filter itself is level 1; each and/or/not or relation adds one). */
export const MAX_FILTER_DEPTH = 5;
/** Largest number of lines one multi-row mutation takes (a decision's awards, a batch of contributions). */
export const MAX_LINES = 1000;

export type SortDirection = 'ASC' | 'DESC';

export interface SortKey {
  /** Entity property (= column) name. */
  column: string;
  direction: SortDirection;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export const OrderDirection = declareEnum('OrderDirection', 'Chiều sắp xếp — sort direction.', {
  ASC: 'Tăng dần — ascending (A→Z, small→large, old→new; nulls first).',
  DESC: 'Giảm dần — descending (Z→A, large→small, new→old; nulls last).',
});
export type OrderDirection = EnumValue<typeof OrderDirection>;

export interface OrderInput<F extends string> {
  field: F;
  direction?: OrderDirection | null;
}

export interface ListArgs<F, O> extends PageArgs {
  filter?: F | null;
  orderBy?: O[] | null;
  search?: string | null;
  includeDeleted?: boolean | null;
}

/** Turns `orderBy` into sort keys, or the default order when none is given. */
export function sortKeysOf<F extends string>(
  orderBy: ReadonlyArray<OrderInput<F>> | null | undefined,
  columns: Record<F, { column: string }>,
  fallback: SortKey[],
): SortKey[] {
  if (!orderBy || orderBy.length === 0) return fallback;
  if (orderBy.length > MAX_ORDER_KEYS) throw badUserInput(`orderBy may hold at most ${MAX_ORDER_KEYS} keys`, 'orderBy');
  return orderBy.map((o) => ({
    column: columns[o.field].column,
    direction: o.direction === OrderDirection.DESC ? 'DESC' : 'ASC',
  }));
}
