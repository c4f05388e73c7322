/**
 * Which figures a request actually asks for (`sum { amountVnd }`, `avg { quantity }`…), read from
 * the GraphQL selection, so the SQL computes those and not every statistic of every measure.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const STATISTICS = new Set(['sum', 'avg', 'min', 'max']);

/** `sum:amountVnd`, `avg:quantity`… for every statistic selected anywhere under the field. */
export function requestedFigures(info: GraphQLResolveInfo): Set<string> {
  const wanted = new Set<string>();
  const walk = (selectionSet: SelectionSetNode | undefined, statistic: string | null): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (statistic) wanted.add(`${statistic}:${name}`);
        else walk(selection.selectionSet, STATISTICS.has(name) ? name : null);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, statistic);
      } else {
        walk(info.fragments[selection.name.value]?.selectionSet, statistic);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, null);
  return wanted;
}
