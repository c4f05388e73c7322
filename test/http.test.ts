import type { FastifyInstance } from 'fastify';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { buildHttpServer } from '../src/http/server';
import { describeEachEngine } from './helpers/engines';
import { listenForTests, serveDomainSchema, type TestClient } from './helpers/http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describeEachEngine('HTTP server', (ctx) => {
  let app: FastifyInstance;
  let client: TestClient;

  beforeAll(async () => {
    // The transport is under test here, not keys: anonymous reads are on.
    ({ app, client } = await serveDomainSchema(ctx.dataSource, true));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers /healthz', async () => {
    const response = await client.get('/healthz');
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const response = await client.get('/readyz');
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', database: 'up', migrations: 'current' });
  });

  it('answers a GraphQL query over POST', async () => {
    const { status, body } = await client.graphql('{ apiVersion }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(typeof body.data?.apiVersion).toBe('string');
  });

  it('answers a query over GET when it carries a preflight header', async () => {
    const response = await client.get(`/graphql?query=${encodeURIComponent('{ apiVersion }')}`, {
      'apollo-require-preflight': 'true',
    });
    expect(response.status).toBe(200);
    expect(response.json().data.apiVersion).toEqual(expect.any(String));
  });

  it.each([
    ['a simple GET', 'GET' as const, `/graphql?query=${encodeURIComponent('{ apiVersion }')}`, {}],
    [
      'a text/plain POST',
      'POST' as const,
      '/graphql',
      { headers: { 'content-type': 'text/plain' }, body: '{"query":"{ apiVersion }"}' },
    ],
  ])('refuses %s as a possible CSRF', async (_name, method, path, options) => {
    const response = await client.request(method, path, options);
    expect(response.status).toBe(400);
    const body = response.json();
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toContain('Cross-Site Request Forgery');
  });

  it('refuses a form POST before it reaches GraphQL (no body parser for it)', async () => {
    const response = await client.request('POST', '/graphql', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B%20apiVersion%20%7D',
    });
    expect(response.status).toBe(415);
    expect(response.text).not.toContain('apiVersion');
  });

  it('echoes a sane x-request-id and stamps it on GraphQL errors', async () => {
    const { headers, body } = await client.graphql('{ noSuchField }', undefined, { 'x-request-id': 'portal-7f3a.42' });
    expect(headers.get('x-request-id')).toBe('portal-7f3a.42');
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      requestId: 'portal-7f3a.42',
    });
  });

  it.each([['has spaces'], ['x'.repeat(129)], ['<script>']])(
    'replaces an unsafe x-request-id (%#) with a UUID',
    async (incoming) => {
      const response = await client.get('/healthz', { 'x-request-id': incoming });
      expect(response.headers.get('x-request-id')).toMatch(UUID);
    },
  );

  it('gives every request an id of its own', async () => {
    const [a, b] = await Promise.all([client.get('/healthz'), client.get('/healthz')]);
    expect(a.headers.get('x-request-id')).toMatch(UUID);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });

  it('allows introspection outside production', async () => {
    const { body } = await client.graphql('{ __schema { queryType { name } } }');
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('is not ready while a migration is pending, and ready again once it is applied', async () => {
    await ctx.dataSource.undoLastMigration();
    try {
      const response = await client.get('/readyz');
      expect(response.status).toBe(503);
      expect(response.json()).toEqual({ status: 'unavailable', database: 'up', migrations: 'pending' });
    } finally {
      await ctx.dataSource.runMigrations();
    }
    expect((await client.get('/readyz')).status).toBe(200);
  });

  // Last in the block: it closes the block's database.
  it('is not ready once the database is gone, while /healthz still answers', async () => {
    await ctx.dataSource.destroy();
    const response = await client.get('/readyz');
    expect(response.status).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable', database: 'down', migrations: 'unknown' });
    expect((await client.get('/healthz')).status).toBe(200);
  });
});

describeEachEngine('HTTP server in production', (ctx) => {
  let app: FastifyInstance;
  let client: TestClient;

  // A schema of its own so the test can make a resolver fail unexpectedly, whatever the real one holds.
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        ok: { type: GraphQLString, resolve: () => 'ok' },
        broken: {
          type: GraphQLString,
          resolve: () => {
            throw new Error("ER_DUP_ENTRY: Duplicate entry 'x' for key 'secret_table.uq'");
          },
        },
      },
    }),
  });

  beforeAll(async () => {
    app = await buildHttpServer({ schema, dataSource: ctx.dataSource, config: { production: true } });
    client = await listenForTests(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('hides the text of an unexpected error and keeps no stack trace', async () => {
    const { status, body } = await client.graphql('{ ok broken }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ ok: 'ok', broken: null });
    expect(body.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['broken'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.stringMatching(UUID) },
      },
    ]);
  });

  it('keeps a request error readable but without suggestions or stack', async () => {
    const { status, body } = await client.graphql('{ brok }');
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      requestId: expect.stringMatching(UUID),
    });
    expect(body.errors![0]!.message).not.toContain('Did you mean');
  });

  it('refuses introspection to a caller without a key', async () => {
    const { status, body } = await client.graphql('{ __schema { queryType { name } } }');
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const byType = await client.graphql('{ __type(name: "Query") { name } }');
    expect(byType.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a CSRF-suspect request without a stack trace', async () => {
    const response = await client.get('/graphql?query=%7Bok%7D');
    expect(response.status).toBe(400);
    expect(response.json()).toEqual({
      errors: [{ message: expect.stringContaining('Cross-Site Request Forgery'), extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describeEachEngine('HTTP server shutdown', (ctx) => {
  it('finishes an in-flight request, then refuses new connections', async () => {
    let entered!: () => void;
    const resolverEntered = new Promise<void>((resolve) => (entered = resolve));
    let release!: (value: string) => void;
    const gate = new Promise<string>((resolve) => (release = resolve));
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          slow: {
            type: GraphQLString,
            resolve: () => {
              entered();
              return gate;
            },
          },
        },
      }),
    });
    const app = await buildHttpServer({ schema, dataSource: ctx.dataSource, config: { production: false } });
    const client = await listenForTests(app);

    const inFlight = client.graphql('{ slow }');
    await resolverEntered;
    const closing = app.close();
    release('done');
    const { status, body } = await inFlight;
    await closing;

    expect(status).toBe(200);
    expect(body.data).toEqual({ slow: 'done' });
    await expect(fetch(`${client.url}/healthz`)).rejects.toThrow();
  });
});
