/**
 * Client mistakes over HTTP: each is a 4xx with a client code, never a 500 or
 * INTERNAL_SERVER_ERROR, and none is logged at error level. Covers requests that name no runnable
 * operation, unsupported operation types, persisted queries, and inputs nested or listed beyond
 * the limits, in variables as well as in literals (refused before any conversion).
 */
import { issueApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import type { Log } from '../src/log';
import type { RunningService } from '../src/main';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';

/** Log lines by level, so a test can tell a client mistake (below error) from a failure. */
function levelledLog(): Log & { errors: string[] } {
  const errors: string[] = [];
  return { errors, error: (_fields, msg) => errors.push(msg), warn() {}, info() {}, debug() {} };
}

/** `{ and: [ … ] }` nested `depth` times around a plain condition. */
export function nestedFilter(depth: number, key: 'and' | 'or' | 'not' = 'and'): object {
  let filter: object = { name: { eq: 'x' } };
  for (let i = 0; i < depth; i += 1) filter = key === 'not' ? { not: filter } : { [key]: [filter] };
  return filter;
}

describeEachEngine(
  'client mistakes are 4xx with a client code',
  (ctx) => {
    let service: RunningService;
    let key = '';
    const log = levelledLog();
    beforeAll(async () => {
      await seedArticle(ctx.dataSource);
      service = await startService(ctx, { NODE_ENV: 'production' }, log);
      key = (await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'refusals' })).key;
    });
    afterAll(() => service?.stop());

    const post = async (body: object) => {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> };
      return { status: response.status, code: json.errors?.[0]?.extensions.code, message: json.errors?.[0]?.message };
    };

    it.each([
      ['an unknown operation name', { query: '{ __typename }', operationName: 'Nope' }, /Unknown operation/],
      ['several operations without a name', { query: 'query A { __typename } query B { __typename }' }, /name/],
      ['a subscription', { query: 'subscription { __typename }' }, /subscription/],
      ['a persisted query by hash', { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } }, /ersisted/],
      [
        'a persisted query with a wrong hash',
        { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } },
        /ersisted/,
      ],
      ['a persisted query of an unknown version', { extensions: { persistedQuery: { version: 9 } } }, /ersisted/],
    ])('%s is 400 BAD_REQUEST', async (_name, body, message) => {
      expect(await post(body)).toEqual({ status: 400, code: 'BAD_REQUEST', message: expect.stringMatching(message) });
    });

    it('answers the operation named among several', async () => {
      const answer = await post({ query: 'query A { __typename } query B { __typename }', operationName: 'B' });
      expect(answer).toEqual({ status: 200, code: undefined, message: undefined });
    });

    it.each([
      ['and', 2000],
      ['or', 2000],
      ['not', 2000],
      ['and', 5],
    ] as const)('a filter nesting %s %i deep in variables is 400 BAD_USER_INPUT', async (logical, depth) => {
      const answer = await post({
        query: 'query($f: UnitFilter) { units(filter: $f) { totalCount } }',
        variables: { f: nestedFilter(depth, logical) },
      });
      expect(answer).toEqual({ status: 400, code: 'BAD_USER_INPUT', message: expect.stringMatching(/nests/) });
    });

    it('a filter of 5 levels (4 nested and) in variables still runs', async () => {
      const answer = await post({
        query: 'query($f: UnitFilter) { units(filter: $f) { totalCount } }',
        variables: { f: nestedFilter(4) },
      });
      expect(answer).toEqual({ status: 200, code: undefined, message: undefined });
    });

    it('a filter nested deep in a literal is 400 BAD_USER_INPUT before it runs', async () => {
      let literal = '{ name: { eq: "x" } }';
      for (let i = 0; i < 400; i += 1) literal = `{ and: [${literal}] }`;
      const answer = await post({ query: `{ units(filter: ${literal}) { totalCount } }` });
      expect(answer).toEqual({ status: 400, code: 'BAD_USER_INPUT', message: expect.stringMatching(/nests/) });
    });

    it('a list longer than any input takes is 400 BAD_USER_INPUT, in variables and in literals', async () => {
      const ids = Array.from({ length: 5000 }, (_, i) => `id${i}`);
      const byVariable = await post({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } });
      expect(byVariable).toEqual({ status: 400, code: 'BAD_USER_INPUT', message: expect.stringMatching(/at most/) });
      const inList = Array.from({ length: 1500 }, (_, i) => i).join(',');
      const byLiteral = await post({ query: `{ units(filter: { headcount: { in: [${inList}] } }) { totalCount } }` });
      expect(byLiteral).toEqual({ status: 400, code: 'BAD_USER_INPUT', message: expect.stringMatching(/at most/) });
    });

    it('logged none of these as an error', () => {
      expect(log.errors).toEqual([]);
    });
  },
  { sqlite: 'file' },
);
