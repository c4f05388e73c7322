/**
 * Talking to a built server over real HTTP on a loopback port. (Fastify's `inject` would skip the
 * network, but its cookie dependency is ESM-only and jest's module loader cannot require it.)
 */
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { buildHttpServer } from '../../src/http/server';
import { createRequestContext } from '../../src/resolvers/context';
import { buildGraphQLSchema } from '../../src/schema/build-schema';

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; locations?: unknown[]; extensions?: Record<string, unknown> }>;
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed body; `any` by default because tests reach into replies they have just asserted on. */
  json<T = any>(): T;
}

export interface TestClient {
  url: string;
  request(
    method: 'GET' | 'POST',
    path: string,
    options?: { headers?: Record<string, string>; body?: string },
  ): Promise<Reply>;
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: GraphQLBody }>;
}

export async function listenForTests(app: FastifyInstance): Promise<TestClient> {
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const request: TestClient['request'] = async (method, path, options = {}) => {
    const response = await fetch(`${url}${path}`, { method, headers: options.headers, body: options.body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
  };
  return {
    url,
    request,
    get: (path, headers) => request('GET', path, { headers }),
    async graphql(query, variables, headers = {}) {
      const reply = await request('POST', '/graphql', {
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: reply.status, headers: reply.headers, body: reply.json<GraphQLBody>() };
    },
  };
}

/** The service's own schema served outside production, anonymous reads on or off, and a client for it. */
export async function serveDomainSchema(
  dataSource: DataSource,
  anonymousReads: boolean,
): Promise<{ app: FastifyInstance; client: TestClient }> {
  const app = await buildHttpServer({
    schema: await buildGraphQLSchema(),
    dataSource,
    config: { production: false },
    extendContext: ({ dataSource: ds, requestId, caller }) =>
      createRequestContext(ds, requestId, caller, anonymousReads),
  });
  return { app, client: await listenForTests(app) };
}
