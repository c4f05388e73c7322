/**
 * GraphQL execution compiled once per query document (graphql-jit) instead of interpreted field by
 * field on every request (graphql-js): a large nested answer — thousands of objects — is the
 * service's most expensive work, and the compiled form resolves it markedly faster, with less
 * garbage. Parsing, validation (with the query limits), the plugins and error formatting stay
 * Apollo Server's; variables are coerced by graphql-js, as without the compiler.
 *
 * Replaces: Apollo Server's built-in graphql-js execution. Apollo Server 5 accepts an executor only
 * through its gateway interface (its migration guide's replacement for the removed `executor`
 * option); this "gateway" serves the one local schema. Compiled queries are kept in a bounded
 * cache (by entries and estimated bytes): a compiled query is large (about 10 kB per field
 * selected), and any caller can send new documents. One beyond the budget is compiled, run and
 * not kept.
 * Checked against: graphql-jit 0.8.9 and @apollo/server 5 (test/platform-assumptions.test.ts
 * checks the estimate against the compiler's own output, and fails on another graphql-jit version).
 */
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  GraphQLScalarType,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { BoundedCache } from '../core/bounded-cache';

export const COMPILED_EXECUTION_CHECKED_WITH = { package: 'graphql-jit', version: '0.8.9' };

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * The type the compiler is told a variable has. graphql-jit generates a variable's parsing code by
 * inlining its input type field by field, which never ends for recursive input types (a filter's
 * `and`/`or`/`not`); the variables are coerced by graphql-js instead and handed over as they are.
 * Booleans keep their type: the compiler checks it where they feed @skip/@include.
 */
const COERCED = new GraphQLScalarType({ name: '__CoercedVariable' });
const COERCED_TYPE: NamedTypeNode = { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED.name } };

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

function withCoercedVariables(document: DocumentNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.map((definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION
        ? definition
        : {
            ...definition,
            variableDefinitions: definition.variableDefinitions?.map((v) =>
              namedTypeOf(v.type) === 'Boolean' ? v : { ...v, type: COERCED_TYPE, defaultValue: undefined },
            ),
          },
    ),
  };
}

/**
 * graphql-jit's errors are GraphQLErrors whose message and extensions cannot be written, which the
 * error plugins (suggestion masking, production masking) must do; they become graphql-js's own.
 */
function withPlainErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((error) => {
    const plain = new GraphQLError(error.message, {
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: error.extensions,
    });
    // Where the field was asked for, as graphql-js reports it.
    (plain as { locations: GraphQLError['locations'] }).locations = error.locations;
    return plain;
  });
  return { ...result, errors };
}

/** A compiled query as kept, with what it is estimated to hold in memory. */
export interface CompiledEntry {
  query: CompiledQuery;
  bytes: number;
}

/**
 * graphql-jit generates code for every field selected (fragments spread in place): measured on
 * 0.8.9, 5–10 kB of heap per field and about 2 kB per query, whatever the shape.
 */
export const COMPILED_BYTES_PER_FIELD = 10_000;
export const COMPILED_BYTES_PER_QUERY = 2_000;
/** Past this many fields the estimate is over any budget anyway: counting stops. */
const FIELDS_COUNTED = 100_000;

/** The fields the compiler generates code for: every selection, each fragment spread counted where it is spread. */
export function compiledFieldCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let count = 0;
  const pending: SelectionSetNode[] = [operation.selectionSet];
  for (let set = pending.pop(); set && count < FIELDS_COUNTED; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        count += 1;
        if (selection.selectionSet) pending.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return count;
}

export function compiledQueryBytes(document: DocumentNode, operation: OperationDefinitionNode): number {
  return COMPILED_BYTES_PER_QUERY + COMPILED_BYTES_PER_FIELD * compiledFieldCount(document, operation);
}

export function compiledExecution(schema: GraphQLSchema, compiled: BoundedCache<CompiledEntry>): Gateway {
  // The compiler's view of the schema knows the pass-through type, while it compiles only: at run
  // time (introspection included) it answers as the schema itself.
  let compiling = false;
  const compilerSchema: GraphQLSchema = Object.create(schema, {
    getType: { value: (name: string) => (compiling && name === COERCED.name ? COERCED : schema.getType(name)) },
  });
  const compile = (document: DocumentNode, operationName: string | null) => {
    compiling = true;
    try {
      return compileQuery(compilerSchema, withCoercedVariables(document), operationName ?? undefined);
    } finally {
      compiling = false;
    }
  };

  const executor: Executor = async (request) => {
    // The operation guard refuses such requests first (400 BAD_REQUEST); Apollo Server would make
    // this answer a 400 as well.
    if (!request.operation) return { errors: [new GraphQLError('The request names no operation to run')] };
    // Coerced as graphql-js coerces them, so that a bad variable is refused exactly as without the
    // compiler (Apollo Server answers 400 BAD_USER_INPUT, recognising graphql-js's errors).
    const variables = getVariableValues(
      schema,
      request.operation.variableDefinitions ?? [],
      request.request.variables ?? {},
    );
    if (variables.errors) return { errors: variables.errors };
    // The same text and operation compile to the same code, whichever parsed copy is at hand.
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    let entry = compiled.get(key);
    if (!entry) {
      const result = compile(request.document, request.operationName);
      if (!isCompiledQuery(result)) return withPlainErrors(result);
      entry = { query: result, bytes: compiledQueryBytes(request.document, request.operation) };
      compiled.set(key, entry);
    }
    return withPlainErrors(await entry.query.query(undefined, request.context, variables.coerced));
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
