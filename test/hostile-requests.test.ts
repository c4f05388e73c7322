/**
 * Requests meant to hurt: query bombs, batches, oversized bodies, mutations by GET, CSRF-style
 * posts and injection strings in every string filter. Each is answered with a 4xx and a code (the
 * injections with an honest empty answer), never a stack trace or SQL text, and the database is
 * unchanged. Then thousands of requests generated from the schema — every root field with wrong
 * types, extreme paging, forged IDs and cursors, deep filters, injections and odd Unicode in its
 * arguments — as anonymous, READER and ADMIN callers. Last, the GraphQL-over-HTTP audit of the
 * `graphql-http` package: no MUST may fail.
 */
import { auditServer } from 'graphql-http';
import {
  getNamedType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';
import { issueApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import type { RunningService } from '../src/main';
import { seedArticle } from '../src/seed/article';
import { databaseFingerprint } from './helpers/db-state';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';
import { testSchema } from './helpers/graphql-client';
import { hostileValue } from './helpers/input-generator';

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE units; --",
  '" OR ""="',
  '%',
  '_',
  '\\',
  "%' UNION SELECT secretHash FROM api_keys --",
  '\u0000',
  "Sở Y tế'); DELETE FROM awards; --",
];
/** Three nested pages of 100: a million rows. */
const COSTLY =
  '{ emulationBlocs(first: 100) { nodes { members(first: 100) { nodes { ' +
  'contributions(first: 100) { nodes { id } } } } } } }';
const DELETE_UNIT = 'mutation { deleteUnit(input: { id: "VW5pdDox", expectedVersion: 1 }) { userErrors { code } } }';
const LEAKS = /SELECT |INSERT |UPDATE |DELETE FROM|QueryFailedError|\bER_[A-Z]|SQLITE_|\n\s+at |node_modules/;

/** What a generated request selects: the type's plain fields, and a connection's nodes and page info. */
function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isUnionType(named)) return '{ __typename }';
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  const leaves = Object.values(fields)
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .slice(0, 6)
    .map((f) => f.name);
  const nodes = fields.nodes ? ` nodes ${selectionOf(fields.nodes.type)} pageInfo { hasNextPage endCursor }` : '';
  return `{ __typename ${leaves.join(' ')}${nodes} }`;
}

/** The n-th hostile request for a root field: every argument a variable holding a hostile value. */
function hostileRequest(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, n: number): string {
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const variables = Object.fromEntries(field.args.map((a, i) => [a.name, hostileValue(a.type, n + i, a.name)]));
  const head = `${kind} H${declared ? `(${declared})` : ''}`;
  const query = `${head} { ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(field.type)} }`;
  return JSON.stringify({ query, variables });
}

describeEachEngine(
  'hostile requests',
  (ctx) => {
    let service: RunningService;
    let key = '';
    beforeAll(async () => {
      await seedArticle(ctx.dataSource);
      service = await startService(ctx, { NODE_ENV: 'production', RATE_LIMIT_READER: '0', RATE_LIMIT_ANONYMOUS: '0' });
      key = (await issueApiKey(ctx.dataSource, { role: Role.ADMIN, name: 'hostile' })).key;
    });
    afterAll(() => service?.stop());

    const send = (body: string, headers: Record<string, string> = {}, method = 'POST', path = '/graphql') =>
      fetch(`${service.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
        body: method === 'GET' ? undefined : body,
      });

    async function expectRefused(response: Response, status: number | RegExp, code: string): Promise<void> {
      const text = await response.text();
      if (typeof status === 'number') expect(response.status).toBe(status);
      else expect(String(response.status)).toMatch(status);
      expect(text).not.toMatch(LEAKS);
      expect(JSON.parse(text).errors[0].extensions.code).toBe(code);
    }

    const query = (q: string) => JSON.stringify({ query: q });

    it('refuses bombs, floods, cycles, batches, huge bodies, GET mutations and CSRF-style posts', async () => {
      const before = await databaseFingerprint(ctx.dataSource);
      const deep = `{ units { nodes ${'{ parent '.repeat(20)}{ id }${' }'.repeat(20)} } }`;
      await expectRefused(await send(query(deep)), 400, 'QUERY_TOO_COMPLEX');
      const aliases = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: units(first: 1) { totalCount }`).join(' ')} }`;
      await expectRefused(await send(query(aliases)), 400, 'QUERY_TOO_COMPLEX');
      const duplicated = `{ units { ${'totalCount '.repeat(4000)} } }`;
      await expectRefused(await send(query(duplicated)), 400, 'QUERY_TOO_COMPLEX');
      const directives = `{ __typename ${'@include(if: true) '.repeat(60)} }`;
      await expectRefused(await send(query(directives)), 400, 'QUERY_TOO_COMPLEX');
      await expectRefused(await send(query(COSTLY)), 400, 'QUERY_TOO_COMPLEX');
      await expectRefused(
        await send(query('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')),
        400,
        'GRAPHQL_VALIDATION_FAILED',
      );
      await expectRefused(
        await send(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])),
        400,
        'BAD_REQUEST',
      );
      await expectRefused(
        await send(JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(1024 * 1024) })),
        413,
        'PAYLOAD_TOO_LARGE',
      );
      const mutationByGet = await send('', {}, 'GET', `/graphql?query=${encodeURIComponent(DELETE_UNIT)}`);
      expect(mutationByGet.status).toBeGreaterThanOrEqual(400);
      expect(mutationByGet.status).toBeLessThan(500);
      expect(await mutationByGet.text()).not.toMatch(LEAKS);
      await expectRefused(await send(query(DELETE_UNIT), { 'content-type': 'text/plain' }), 400, 'BAD_REQUEST');
      await expectRefused(await send('{"query": "{ __typename "'), 400, 'BAD_REQUEST');
      await expectRefused(await send(query('{ units { nodez } }')), 400, 'GRAPHQL_VALIDATION_FAILED');
      // No field suggestions: the schema is not spelled out to a prober.
      expect(await (await send(query('{ unitz { id } }'))).text()).not.toMatch(/Did you mean/);
      expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
    });

    it('prices a query by its variables on every request, and a query without such variables once', async () => {
      const sized =
        'query($n: Int, $deep: Boolean!) { emulationBlocs(first: 100) { nodes { members(first: 100) { nodes { ' +
        'contributions(first: $n) { nodes { id } } } } } } }';
      const ask = (variables: object) =>
        send(JSON.stringify({ query: sized.replace('{ id }', '{ id kind @include(if: $deep) { code } }'), variables }));
      expect((await ask({ n: 1, deep: false })).status).toBe(200);
      await expectRefused(await ask({ n: 100, deep: false }), 400, 'QUERY_TOO_COMPLEX');
      await expectRefused(await ask({ n: 2, deep: true }), 400, 'QUERY_TOO_COMPLEX');
      expect((await ask({ n: 2, deep: false })).status).toBe(200);
      // A bad variable is the client's mistake, whether or not the query's price depends on it.
      await expectRefused(await ask({ n: 'two', deep: false }), 400, 'BAD_USER_INPUT');
      const fixed = JSON.stringify({
        query: 'query($f: ContributionFilter) { contributions(filter: $f, first: 1) { totalCount } }',
        variables: { f: { year: { eq: 'x' } } },
      });
      await expectRefused(await send(fixed), 400, 'BAD_USER_INPUT');
      for (let i = 0; i < 2; i += 1) await expectRefused(await send(query(COSTLY)), 400, 'QUERY_TOO_COMPLEX');
    });

    it('treats injection strings in every string filter as plain text', async () => {
      const schema = await testSchema();
      const before = await databaseFingerprint(ctx.dataSource);
      let checked = 0;
      for (const field of Object.values(schema.getQueryType()!.getFields())) {
        const filterArg = field.args.find((a) => a.name === 'filter');
        const filterType = filterArg && getNamedType(filterArg.type);
        if (!filterType || !isInputObjectType(filterType) || !getNamedType(field.type).name.endsWith('Connection'))
          continue;
        const stringFields = Object.values(filterType.getFields()).filter(
          (f) => getNamedType(f.type).name === 'StringFilter',
        );
        for (const stringField of stringFields) {
          for (const injection of INJECTIONS) {
            const variables = {
              filter: { [stringField.name]: { eq: injection, contains: injection, startsWith: injection } },
            };
            const response = await fetch(`${service.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
              body: JSON.stringify({
                query: `query($filter: ${filterType.name}) { ${field.name}(filter: $filter) { totalCount } }`,
                variables,
              }),
            });
            const text = await response.text();
            expect(text).not.toMatch(LEAKS);
            const body = JSON.parse(text);
            expect([field.name, stringField.name, injection, body.errors]).toEqual([
              field.name,
              stringField.name,
              injection,
              undefined,
            ]);
            expect(body.data[field.name].totalCount).toBe(0);
            checked += 1;
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
      // `search` takes free text too.
      const searched = await send(
        JSON.stringify({
          query: 'query($q: String) { units(search: $q) { totalCount } }',
          variables: { q: INJECTIONS[6] },
        }),
      );
      expect(((await searched.json()) as { data: { units: { totalCount: number } } }).data.units.totalCount).toBe(0);
      expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
    });

    it('answers thousands of generated hostile requests without a 5xx, an internal error or a leak', async () => {
      const schema = await testSchema();
      const reader = (await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'hostile reader' })).key;
      const requests: string[] = [];
      for (const field of Object.values(schema.getQueryType()!.getFields()))
        for (let n = 0; n < 12; n += 1) requests.push(hostileRequest('query', field, n));
      for (const field of Object.values(schema.getMutationType()!.getFields()))
        for (let n = 0; n < 2; n += 1) requests.push(hostileRequest('mutation', field, n));
      const failures: string[] = [];
      let sent = 0;
      const run = async (authorization: Record<string, string>) => {
        let next = 0;
        const worker = async () => {
          for (let body = requests[next++]; body !== undefined; body = requests[next++]) {
            const response = await fetch(`${service.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...authorization },
              body,
            });
            const text = await response.text();
            sent += 1;
            const internal = /"code":"INTERNAL_SERVER_ERROR"/.test(text);
            if (response.status >= 500 || internal || LEAKS.test(text))
              failures.push(`${response.status} ${body.slice(0, 300)} → ${text.slice(0, 300)}`);
          }
        };
        await Promise.all(Array.from({ length: 6 }, worker));
      };
      const before = await databaseFingerprint(ctx.dataSource);
      await run({});
      await run({ authorization: `Bearer ${reader}` });
      // The read-only callers changed nothing; the administrator's hostile writes may.
      expect(await databaseFingerprint(ctx.dataSource)).toEqual(before);
      await run({ authorization: `Bearer ${key}` });
      console.log(`hostile requests: ${sent} sent (${requests.length} each as anonymous, READER and ADMIN)`);
      expect(failures.slice(0, 10)).toEqual([]);
      expect(sent).toBeGreaterThanOrEqual(2000);
    }, 120_000);

    it('passes every MUST of the GraphQL-over-HTTP audit', async () => {
      const results = await auditServer({
        url: `${service.url}/graphql`,
        fetchFn: (input: string | URL | Request, init?: RequestInit) =>
          fetch(input, {
            ...init,
            headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${key}` },
          }),
      });
      const mustFailures = results
        .filter((r) => r.status === 'error')
        .map((r) => `${r.id} ${r.name}: ${r.status === 'error' ? r.reason : ''}`);
      expect(mustFailures).toEqual([]);
      expect(results.length).toBeGreaterThan(20);
    });
  },
  { sqlite: 'file' },
);
