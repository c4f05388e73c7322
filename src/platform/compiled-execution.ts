/**
 * GraphQL execution compiled once per query document (graphql-jit) instead of interpreted field by
 * field on every request (graphql-js): a large nested answer — thousands of objects — is the
 * service's most expensive work, and the compiled form resolves it markedly faster, with less
 * garbage. Parsing, validation (with the query limits), the plugins and error formatting stay
 * Apollo Server's; variables are coerced by graphql-js, as without the compiler.
 *
 * Apollo Server 5 accepts an executor only through its gateway interface (its migration guide's
 * replacement for the removed `executor` option); this "gateway" serves the one local schema.
 */
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  GraphQLScalarType,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type NamedTypeNode,
  type TypeNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { WeakMemo } from '../core/weak-memo';

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

export function compiledExecution(schema: GraphQLSchema): Gateway {
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

  // Apollo keeps each parsed and validated document in its document store and hands the same
  // object to every request with that text, so a document is compiled once while it is cached.
  const compiled = new WeakMemo<DocumentNode, string | null, CompiledQuery>();

  const executor: Executor = async (request) => {
    // Coerced as graphql-js coerces them, so that a bad variable is refused exactly as without the
    // compiler (Apollo Server answers 400 BAD_USER_INPUT, recognising graphql-js's errors).
    const variables = getVariableValues(
      schema,
      request.operation.variableDefinitions ?? [],
      request.request.variables ?? {},
    );
    if (variables.errors) return { errors: variables.errors };
    let query = compiled.get(request.document, request.operationName);
    if (!query) {
      const result = compile(request.document, request.operationName);
      if (!isCompiledQuery(result)) return withPlainErrors(result);
      compiled.set(request.document, request.operationName, (query = result));
    }
    return withPlainErrors(await query.query(undefined, request.context, variables.coerced));
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
