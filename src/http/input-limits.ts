/**
 * How deep a request's input may nest and how long its lists may be, checked on the raw input —
 * variables as sent and literals as parsed — before graphql-js converts any of it. Conversion
 * recurses once per level, so a filter nested thousands deep would exhaust the stack there (and
 * be answered as a server failure) long before the filter compiler's own depth check could run.
 * Filters (input types with `and`) may nest MAX_FILTER_DEPTH levels, counting the filter itself
 * and each and/or/not or relation below it, as the compiler counts; no input list may be longer
 * than the longest any argument takes (a batch's lines). The exact per-argument limits (page
 * sizes, `in` lists, IDs) are still checked where the arguments are read.
 */
import {
  GraphQLError,
  TypeInfo,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { MAX_FILTER_DEPTH, MAX_LINES } from '../core/paging';

/** No argument takes a longer list than a multi-row mutation's lines. */
export const MAX_INPUT_LIST = MAX_LINES;

function refusal(where: string, problem: string): GraphQLError {
  return new GraphQLError(`${where}: ${problem}`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

const tooDeep = (where: string) => refusal(where, `filter nests and/or/not deeper than ${MAX_FILTER_DEPTH} levels`);
const tooLong = (where: string) => refusal(where, `a list may hold at most ${MAX_INPUT_LIST} items`);

/** A filter input (it combines with and/or/not), whose nesting is limited. */
function isFilter(type: unknown): boolean {
  return isInputObjectType(type) && 'and' in type.getFields();
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first limit the variables break, walked without recursion (they may nest thousands deep). */
export function checkVariableLimits(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): GraphQLError | null {
  const stack: Array<{ value: unknown; type: GraphQLInputType; filters: number; name: string }> = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = `$${definition.variable.name.value}`;
    const type = typeFromAST(schema, definition.type);
    const value = variables[definition.variable.name.value];
    if (type && value !== undefined) stack.push({ value, type: type as GraphQLInputType, filters: 0, name });
  }
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, name } = item;
    const type = getNullableType(item.type);
    if (isListType(type)) {
      const values = Array.isArray(value) ? value : [value];
      if (values.length > MAX_INPUT_LIST) return tooLong(name);
      for (const element of values) stack.push({ value: element, type: type.ofType, filters: item.filters, name });
    } else if (isInputObjectType(type) && isRecord(value)) {
      const filters = item.filters + (isFilter(type) ? 1 : 0);
      if (filters > MAX_FILTER_DEPTH) return tooDeep(name);
      const fields = type.getFields();
      for (const [key, field] of Object.entries(value)) {
        const declared = fields[key];
        if (declared && field !== null) stack.push({ value: field, type: declared.type, filters, name });
      }
    } else if (Array.isArray(value) && value.length > MAX_INPUT_LIST) return tooLong(name);
  }
  return null;
}

const literalVerdicts = new WeakMap<DocumentNode, GraphQLError | null>();

/** The first limit the document's literal values break (worked out once per parsed document). */
export function checkLiteralLimits(schema: GraphQLSchema, document: DocumentNode): GraphQLError | null {
  const known = literalVerdicts.get(document);
  if (known !== undefined) return known;
  let verdict: GraphQLError | null = null;
  const typeInfo = new TypeInfo(schema);
  // Whether each open object value is a filter, to count the filters around the current one.
  const openObjects: boolean[] = [];
  let filters = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      ListValue(node) {
        if (node.values.length > MAX_INPUT_LIST) verdict ??= tooLong('a literal list');
      },
      ObjectValue: {
        enter() {
          const counted = isFilter(getNamedType(typeInfo.getInputType()));
          openObjects.push(counted);
          if (counted && (filters += 1) > MAX_FILTER_DEPTH) verdict ??= tooDeep('a literal filter');
        },
        leave() {
          if (openObjects.pop()) filters -= 1;
        },
      },
    }),
  );
  literalVerdicts.set(document, verdict);
  return verdict;
}
