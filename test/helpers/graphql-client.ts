/**
 * Runs GraphQL operations against the real schema through Apollo Server's executeOperation, with a
 * fresh request context (and so fresh loaders) per operation, as a real request would have.
 */
import { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { Role, type Caller } from '../../src/auth/caller';
import { createRequestContext, type RequestContext } from '../../src/resolvers/context';
import { createQueryCaches } from '../../src/http/query-caches';
import { compiledExecution } from '../../src/platform/compiled-execution';
import { buildGraphQLSchema } from '../../src/schema/build-schema';
import { testFileStore } from './files';

let schemaPromise: Promise<GraphQLSchema> | undefined;

export function testSchema(): Promise<GraphQLSchema> {
  schemaPromise ??= buildGraphQLSchema();
  return schemaPromise;
}

/** Apollo Server over the real schema, executing as the service does (compiled queries), started. */
export async function startTestApollo(): Promise<ApolloServer<RequestContext>> {
  const server = new ApolloServer<RequestContext>({
    gateway: compiledExecution(await testSchema(), createQueryCaches().compiled),
  });
  await server.start();
  return server;
}

export interface GraphQLResult<T> {
  data: T | null;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/** The caller tests run as unless they say otherwise: an administrator, who may do everything. */
export const TEST_ADMIN: Caller = { keyId: 'test-admin', role: Role.ADMIN, unitId: null, name: 'test administrator' };

export class GraphQLTestClient {
  private server: ApolloServer<RequestContext> | undefined;

  constructor(
    private readonly dataSource: () => DataSource,
    private readonly caller: Caller | null = TEST_ADMIN,
  ) {}

  /** The same client acting as another caller (null: anonymous). */
  as(caller: Caller | null): GraphQLTestClient {
    const client = new GraphQLTestClient(this.dataSource, caller);
    client.server = this.server;
    return client;
  }

  private async apollo(): Promise<ApolloServer<RequestContext>> {
    this.server ??= await startTestApollo();
    return this.server;
  }

  /** Any result, errors included. */
  async run<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult<T>> {
    const response = await (
      await this.apollo()
    ).executeOperation<T>(
      { query, variables },
      { contextValue: createRequestContext(this.dataSource(), 'test', this.caller, false, { files: testFileStore() }) },
    );
    if (response.body.kind !== 'single') throw new Error('incremental responses are not expected');
    return { data: (response.body.singleResult.data ?? null) as T | null, errors: response.body.singleResult.errors };
  }

  /** The data of a query that must succeed. */
  // `any` by default: tests walk result trees of many shapes and assert on them.
  async data<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.run<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }
}
