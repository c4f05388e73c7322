/**
 * Sorting: `orderBy: [XOrder!]` where XOrder is `{ field: XOrderField!, direction: OrderDirection }`.
 * The primary key is always appended as the final tie-breaker (see keyset-page), so cursors are stable.
 */
import { type ClassType, Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection, type OrderInput } from '../core/paging';

// The resolvers take the order input's shape and its interpretation from here, beside the input type.
export { OrderDirection, sortKeysOf, type OrderInput } from '../core/paging';

/**
 * Registers `<Name>OrderField` (values from `columns`' keys) and returns the `<Name>Order` input class.
 * `columns` maps each enum value (UPPER_SNAKE) to its entity column and a Vietnamese-first description.
 */
export function orderInputType<F extends string>(
  name: string,
  columns: Record<F, { column: string; description: string }>,
): ClassType<OrderInput<F>> {
  const keys = Object.keys(columns) as F[];
  const fieldEnum = {} as Record<F, F>;
  const valuesConfig: Partial<Record<F, { description: string }>> = {};
  for (const key of keys) {
    fieldEnum[key] = key;
    valuesConfig[key] = { description: columns[key].description };
  }
  registerEnumType(fieldEnum, {
    name: `${name}OrderField`,
    description: `Trường sắp xếp — what ${name} lists can be sorted by.`,
    valuesConfig,
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
