/**
 * Who may read: any caller with a key; a caller without one only when anonymous reads are on
 * (ALLOW_ANONYMOUS_READS). The rule is the one behind every `@Authorized()` read field.
 */
import { Role } from '../src/auth/caller';
import { createRequestContext } from '../src/resolvers/context';
import { describeEachEngine } from './helpers/engines';
import { startTestApollo } from './helpers/graphql-client';
import { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../src/resolvers/context';

describeEachEngine('read access', (ctx) => {
  let server: ApolloServer<RequestContext>;
  beforeAll(async () => {
    server = await startTestApollo();
  });
  afterAll(() => server.stop());

  async function read(caller: Parameters<typeof createRequestContext>[2], anonymousReads: boolean) {
    const response = await server.executeOperation(
      { query: '{ units(first: 1) { totalCount } }' },
      { contextValue: createRequestContext(ctx.dataSource, 'test', caller, anonymousReads) },
    );
    if (response.body.kind !== 'single') throw new Error('single result expected');
    return response.body.singleResult;
  }

  it('refuses an anonymous read with UNAUTHENTICATED when anonymous reads are off', async () => {
    const result = await read(null, false);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an anonymous read when anonymous reads are on, and any key always', async () => {
    expect((await read(null, true)).errors).toBeUndefined();
    for (const role of Object.values(Role)) {
      expect((await read({ keyId: 'k', role, unitId: null, name: role }, false)).errors).toBeUndefined();
    }
  });
});
