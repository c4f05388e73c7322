/**
 * The service as operators run it: rate limits per key and role, request logs that carry the
 * request id, operation, key and duration, and Prometheus metrics behind their own token.
 */
import { issueApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import type { RunningService } from '../src/main';
import { seedArticle } from '../src/seed/article';
import { captureLog, type CapturedLog } from './helpers/capture';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

describeEachEngine(
  'operations: limits, logs and metrics',
  (ctx) => {
    let service: RunningService;
    let log: CapturedLog;
    let reader = '';
    let admin = '';
    beforeAll(async () => {
      await seedArticle(ctx.dataSource);
      log = captureLog();
      service = await startService(ctx, { LOG_LEVEL: 'info', RATE_LIMIT_READER: '3', METRICS_TOKEN }, log);
      reader = (await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'hạn chế' })).key;
      admin = (await issueApiKey(ctx.dataSource, { role: Role.ADMIN, name: 'admin' })).key;
    });
    afterAll(() => service?.stop());

    const post = (key: string, query: string, headers: Record<string, string> = {}) =>
      fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
        body: JSON.stringify({ query }),
      });

    it("throttles a key past its role's rate with 429, THROTTLED and Retry-After; other keys go on", async () => {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i += 1) {
        last = await post(reader, 'query Few { units(first: 1) { totalCount } }');
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(
        ((await last!.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
      ).toBe('THROTTLED');
      expect((await post(admin, '{ units(first: 1) { totalCount } }')).status).toBe(200);
    });

    it('logs each request with its id, operation, key and duration', async () => {
      await post(admin, 'query LoggedLookup { units(first: 1) { totalCount } }', { 'x-request-id': 'trace-123' });
      const line = log.entries.find((e) => e.msg === 'request' && e.fields.requestId === 'trace-123');
      expect(line?.fields).toMatchObject({
        route: '/graphql',
        status: 200,
        operation: 'LoggedLookup',
        keyId: expect.stringMatching(/^[0-9a-f]{8}$/),
        durationMs: expect.any(Number),
      });
    });

    it('serves Prometheus metrics to the metrics token only', async () => {
      expect((await fetch(`${service.url}/metrics`)).status).toBe(401);
      await post(admin, 'query Counted { nope }');
      const response = await fetch(`${service.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toMatch(/tdkt_http_requests_total\{route="\/graphql",operation="LoggedLookup",status="200"\} 1/);
      expect(text).toMatch(
        /tdkt_http_request_duration_seconds_bucket\{le="0.005",route="\/graphql",operation="LoggedLookup"\}/,
      );
      expect(text).toMatch(/tdkt_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} \d+/);
      expect(text).toMatch(/tdkt_db_pool_connections_in_use \d+/);
    });
  },
  { sqlite: 'file' },
);
