/**
 * Which properties of a list's objects a request reads: the fields selected under a connection's
 * `nodes` (or `edges { node }`), when each is a plain read of a property (see plain-field-reads),
 * so that a page can be read with those columns only. A field with a resolver of its own may read
 * anything, and makes the answer "all". Worked out once per field of a parsed document (the
 * compiled query keeps its document, so the answer is reused across requests).
 * Checked against: graphql 16 / graphql-jit 0.8 (resolve info with fieldNodes, fragments and the
 * parent type); test/nested-pages.test.ts compares answers read both ways.
 */
import {
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { plainPropertyOf } from './plain-field-reads';

/** Sorted property names; null: the request may read any property. */
export type RequestedProperties = readonly string[] | null;

/** Getters every record has that read its id only. */
const ID_GETTERS: Readonly<Record<string, string>> = { nodeId: 'id', databaseId: 'id' };

const memo = new WeakMap<FieldNode, RequestedProperties>();

/** The object type of the list's items under `via`, and the selections that read them. */
function itemSelections(
  info: GraphQLResolveInfo,
  via: 'nodes' | 'edges',
): { type: GraphQLObjectType; selections: SelectionSetNode[] } | null {
  const listType = getNamedType(info.returnType);
  if (!isObjectType(listType)) return null;
  if (via === 'nodes') {
    const selections = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    return { type: listType, selections };
  }
  const nodeType = getNamedType(listType.getFields().node?.type);
  if (!isObjectType(nodeType)) return null;
  const selections: SelectionSetNode[] = [];
  for (const edges of info.fieldNodes) {
    const fields = fieldsOf(edges.selectionSet, info, listType);
    if (!fields) return null;
    for (const field of fields)
      if (field.name.value === 'node' && field.selectionSet) selections.push(field.selectionSet);
  }
  return { type: nodeType, selections };
}

/**
 * The fields of a selection set on `type`, through fragments (a superset where directives skip
 * some); null when a fragment cannot be followed.
 */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
): FieldNode[] | null {
  const fields: FieldNode[] = [];
  let complete = true;
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition?.name.value;
        if (!on || on === type.name || type.getInterfaces().some((i) => i.name === on)) walk(selection.selectionSet);
      } else {
        const fragment = info.fragments?.[selection.name.value];
        if (fragment) walk(fragment.selectionSet);
        else complete = false;
      }
    }
  };
  walk(selectionSet);
  return complete ? fields : null;
}

/** What the items under this `nodes` or `edges` field are read for (null: anything), once per field node. */
export function requestedProperties(info: GraphQLResolveInfo, via: 'nodes' | 'edges'): RequestedProperties {
  const key = info.fieldNodes[0]!;
  if (memo.has(key)) return memo.get(key)!;
  const found = itemSelections(info, via);
  let answer: RequestedProperties = null;
  if (found) {
    const properties = new Set<string>();
    let all = false;
    const typeFields = found.type.getFields();
    for (const set of found.selections) {
      const fields = fieldsOf(set, info, found.type);
      if (!fields) all = true;
      for (const field of fields ?? []) {
        const name = field.name.value;
        if (name === '__typename') continue;
        const property = typeFields[name] && plainPropertyOf(typeFields[name] as GraphQLField<unknown, unknown>);
        if (property === undefined) all = true;
        else properties.add(ID_GETTERS[property] ?? property);
      }
    }
    answer = all ? null : [...properties].sort();
  }
  memo.set(key, answer);
  return answer;
}
