/**
 * Sorting: `orderBy: [XOrder!]` where XOrder is `{ field: XOrderField!, direction: OrderDirection }`.
 * The primary key is always appended as the final tie-breaker (see keyset-page), so cursors are stable.
 */
import { type ClassType, Field, InputType, registerEnumType } from 'type-graphql';
import type { SortKey } from '../loaders/keyset-page';
import { badUserInput } from './user-input-error';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Chiều sắp xếp — sort direction.',
  valuesConfig: {
    ASC: { description: 'Tăng dần — ascending (A→Z, small→large, old→new; nulls first).' },
    DESC: { description: 'Giảm dần — descending (Z→A, large→small, new→old; nulls last).' },
  },
});

export interface OrderInput<F extends string> {
  field: F;
  direction?: OrderDirection | null;
}

export const MAX_ORDER_KEYS = 5;

/**
 * Registers `<Name>OrderField` (values from `columns`' keys) and returns the `<Name>Order` input class.
 * `columns` maps each enum value (UPPER_SNAKE) to its entity column and a Vietnamese-first description.
 */
export function orderInputType<F extends string>(
  name: string,
  columns: Record<F, { column: string; description: string }>,
): ClassType<OrderInput<F>> {
  const fieldEnum = Object.fromEntries(Object.keys(columns).map((k) => [k, k])) as Record<F, F>;
  registerEnumType(fieldEnum, {
    name: `${name}OrderField`,
    description: `Trường sắp xếp — what ${name} lists can be sorted by.`,
    valuesConfig: Object.fromEntries(
      Object.entries(columns).map(([k, v]) => [k, { description: (v as { description: string }).description }]),
    ) as never,
  });

  @InputType(`${name}Order`, { description: `Sắp xếp — one sort key for ${name} lists.` })
  class Order implements OrderInput<F> {
    @Field(() => fieldEnum, { description: 'Trường — what to sort by.' })
    field!: F;

    @Field(() => OrderDirection, {
      nullable: true,
      defaultValue: OrderDirection.ASC,
      description: 'Chiều — ascending (default) or descending.',
    })
    direction?: OrderDirection | null;
  }
  return Order;
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
