/**
 * While the database cannot be reached (a TCP proxy in front of MySQL, cut and restored), every API
 * request — a read, a report, a mutation, a key that must be verified — is answered 503
 * SERVICE_UNAVAILABLE with Retry-After and a message saying a retried mutation with the same
 * idempotency key is safe; never 500, never INTERNAL_SERVER_ERROR. Once the database is back, the
 * same requests answer, and the mutation retried with its key is applied once.
 */
import { issueApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import type { RunningService } from '../src/main';
import { seedArticle } from '../src/seed/article';
import { captureLog, type CapturedLog } from './helpers/capture';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';
import { TcpProxy } from './helpers/tcp-proxy';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

const CREATE = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { code } userErrors { code } } }`;
const INPUT = { code: 'SO_OUTAGE', name: 'Sở Thử', kind: 'DEPARTMENT', idempotencyKey: 'outage-1' };

describeEachEngine('the database out of reach', (ctx) => {
  const mysqlOnly = ctx.engine === 'mysql' ? it : it.skip;
  let proxy: TcpProxy | undefined;
  let service: RunningService | undefined;
  let log: CapturedLog;
  afterAll(async () => {
    await proxy?.restore().catch(() => undefined);
    await service?.stop();
    await proxy?.cut();
  });

  const call = async (path: string, key: string, body?: object): Promise<Answer> => {
    const response = await fetch(`${service!.url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: text.startsWith('{') ? JSON.parse(text) : { data: text },
    };
  };

  mysqlOnly('answers 503 SERVICE_UNAVAILABLE with Retry-After while it is away, and recovers', async () => {
    await seedArticle(ctx.dataSource);
    const admin = (await issueApiKey(ctx.dataSource, { role: Role.ADMIN, name: 'admin' })).key;
    const fresh = (await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'never used before' })).key;
    proxy = await TcpProxy.start({ host: '127.0.0.1', port: Number(new URL(ctx.databaseUrl).port || 3306) });
    log = captureLog();
    service = await startService(
      ctx,
      {
        DATABASE_URL: proxy.urlThrough(ctx.databaseUrl),
        API_KEY_CACHE_SECONDS: '300',
        NODE_ENV: 'production',
      },
      log,
    );

    const read = { query: '{ units { totalCount } }' };
    const report = { query: '{ contributions { groupedAggregates(groupBy: [YEAR]) { nodes { count } } } }' };
    const csv = '/reports/contributions.csv?groupBy=YEAR';
    expect((await call('/graphql', admin, read)).status).toBe(200);

    await proxy.cut();
    const during = {
      read: await call('/graphql', admin, read),
      report: await call('/graphql', admin, report),
      csv: await call(csv, admin),
      mutation: await call('/graphql', admin, { query: CREATE, variables: { input: INPUT } }),
      keyToVerify: await call('/graphql', fresh, read),
    };
    for (const [what, answer] of Object.entries(during)) {
      expect({ what, status: answer.status, retryAfter: answer.retryAfter }).toEqual({
        what,
        status: 503,
        retryAfter: '5',
      });
      expect(answer.body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }) }),
      ]);
      expect(answer.body.errors![0]!.message).toMatch(/same idempotencyKey is safe/);
    }
    expect((await fetch(`${service.url}/readyz`)).status).toBe(503);
    expect(log.entries.filter((entry) => entry.msg.includes('unexpected'))).toEqual([]);
    expect(log.messages.filter((msg) => msg === 'database unreachable: answered 503')).toHaveLength(5);

    await proxy.restore();
    const after = {
      read: await call('/graphql', admin, read),
      report: await call('/graphql', admin, report),
      csv: await call(csv, admin),
      mutation: await call('/graphql', admin, { query: CREATE, variables: { input: INPUT } }),
      again: await call('/graphql', admin, { query: CREATE, variables: { input: INPUT } }),
      keyToVerify: await call('/graphql', fresh, read),
    };
    expect(Object.values(after).map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(after.mutation.body.data).toEqual({ createUnit: { unit: { code: 'SO_OUTAGE' }, userErrors: [] } });
    expect(after.again.body.data).toEqual(after.mutation.body.data);
    const [{ n }] = await ctx.dataSource.query("SELECT COUNT(*) AS n FROM units WHERE code = 'SO_OUTAGE'");
    expect(Number(n)).toBe(1);
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
  });
});
