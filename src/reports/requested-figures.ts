/**
 * What a request actually asks for, read from the GraphQL selection: which figures (`sum {
 * amountVnd }`, `avg { quantity }`…), so the SQL computes those and not every statistic of every
 * measure; and which group keys need their record, so a key asked for by its ID alone costs no lookup.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const STATISTICS = new Set(['sum', 'avg', 'min', 'max']);

/** Fields a record's key answers without the record: its global ID, its key, its type. */
const IDENTITY_FIELDS = new Set(['id', 'databaseId', '__typename']);

/** The fields selected directly in a selection set, through fragments. */
function selectedFields(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectedFields(info, selection.selectionSet);
    return selectedFields(info, info.fragments[selection.name.value]?.selectionSet);
  });
}

/** The group-key fields (`movement`, `bloc`…) under which more than the record's identity is selected. */
export function keysNeedingRecords(info: GraphQLResolveInfo): Set<string> {
  const needed = new Set<string>();
  const groups = info.fieldNodes.flatMap((node) => selectedFields(info, node.selectionSet));
  const nodes = [
    ...groups.filter((f) => f.name.value === 'nodes'),
    ...groups
      .filter((f) => f.name.value === 'edges')
      .flatMap((edges) => selectedFields(info, edges.selectionSet).filter((f) => f.name.value === 'node')),
  ];
  for (const key of nodes
    .flatMap((node) => selectedFields(info, node.selectionSet))
    .filter((f) => f.name.value === 'key')) {
    for (const keyField of selectedFields(info, key.selectionSet)) {
      if (selectedFields(info, keyField.selectionSet).some((f) => !IDENTITY_FIELDS.has(f.name.value)))
        needed.add(keyField.name.value);
    }
  }
  return needed;
}

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
