/**
 * What an error reply carries outside production (NODE_ENV unset, the newcomer's default): a client
 * mistake is its message, code and location, never a stack trace; only an unexpected error keeps its
 * stack there. No field or value suggestions, and no trace of their masking, in any reply.
 */
import type { FastifyInstance } from 'fastify';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { buildHttpServer } from '../src/http/server';
import { describeEachEngine } from './helpers/engines';
import { listenForTests, serveDomainSchema, type GraphQLBody, type TestClient } from './helpers/http';

type ReplyError = NonNullable<GraphQLBody['errors']>[number];

function expectClientError(error: ReplyError | undefined, code: string): void {
  expect(error).toBeDefined();
  expect(error!.extensions?.code).toBe(code);
  expect(Object.keys(error!.extensions!).sort()).toEqual(['code', 'requestId']);
  expect(error!.message).not.toMatch(/Did you mean|Suggestion hidden|\?$/);
}

describeEachEngine('error replies outside production', (ctx) => {
  let app: FastifyInstance;
  let client: TestClient;

  beforeAll(async () => {
    // Anonymous reads off, as on MySQL by default: the first query without a key is refused.
    ({ app, client } = await serveDomainSchema(ctx.dataSource, false));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers a read without a key with the message, code and location only', async () => {
    const { body } = await client.graphql('{ units { totalCount } }');
    const error = body.errors?.[0];
    expectClientError(error, 'UNAUTHENTICATED');
    expect(error!.locations).toEqual([{ line: 1, column: 3 }]);
    expect(error!.path).toEqual(['units']);
  });

  it('answers a syntax error and a validation error without a stack or a suggestion', async () => {
    const parse = await client.graphql('{ units { ');
    expect(parse.status).toBe(400);
    expectClientError(parse.body.errors?.[0], 'GRAPHQL_PARSE_FAILED');
    const misspelt = await client.graphql('{ unitz { totalCount } }');
    expect(misspelt.status).toBe(400);
    expectClientError(misspelt.body.errors?.[0], 'GRAPHQL_VALIDATION_FAILED');
    expect(misspelt.body.errors?.[0]?.message).toBe('Cannot query field "unitz" on type "Query".');
  });

  it('answers a bad variable with no suggestion left in or masked', async () => {
    const query = 'query($f: UnitFilter) { units(filter: $f) { totalCount } }';
    const unknownField = await client.graphql(query, { f: { cod: { eq: 'SO_YTE' } } });
    expect(unknownField.status).toBe(400);
    expectClientError(unknownField.body.errors?.[0], 'BAD_USER_INPUT');
    expect(unknownField.body.errors?.[0]?.message).toMatch(/Field "cod" is not defined by type "UnitFilter"\.$/);
    const unknownValue = await client.graphql('query($o: [UnitOrder!]) { units(orderBy: $o) { totalCount } }', {
      o: [{ field: 'NAM', direction: 'ASC' }],
    });
    expect(unknownValue.status).toBe(400);
    expectClientError(unknownValue.body.errors?.[0], 'BAD_USER_INPUT');
  });
});

describeEachEngine('unexpected errors outside production', (ctx) => {
  let app: FastifyInstance;
  let client: TestClient;

  beforeAll(async () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          broken: {
            type: GraphQLString,
            resolve: () => {
              throw new Error('a bug');
            },
          },
        },
      }),
    });
    app = await buildHttpServer({ schema, dataSource: ctx.dataSource, config: { production: false } });
    client = await listenForTests(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keep their message and stack for the developer', async () => {
    const { body } = await client.graphql('{ broken }');
    const error = body.errors?.[0];
    expect(error?.message).toBe('a bug');
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringContaining('a bug')]));
  });
});
