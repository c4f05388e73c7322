/**
 * A service started on a database whose migrations have not been applied (MySQL's default: no
 * AUTO_SETUP) says so in one line at start, with the command to run, and answers the API with 503
 * MIGRATIONS_PENDING — never 500 — until an operator has migrated; then it serves, without a restart.
 */
import type { RunningService } from '../src/main';
import { captureLog } from './helpers/capture';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';

describeEachEngine(
  'a database with migrations pending',
  (ctx) => {
    let service: RunningService | undefined;
    afterAll(() => service?.stop());

    it('logs one line with the command, answers 503 MIGRATIONS_PENDING, then serves once migrated', async () => {
      const log = captureLog();
      service = await startService(ctx, { ALLOW_ANONYMOUS_READS: 'true' }, log);
      const warnings = log.entries.filter((entry) => entry.msg.includes('migrations pending'));
      expect(warnings.map((entry) => entry.msg)).toEqual([
        expect.stringMatching(
          /^\d+ database migrations pending on (mysql|sqlite):\S+: run `npm run migrate` with the same DATABASE_URL; until then the API answers 503 MIGRATIONS_PENDING$/,
        ),
      ]);

      const ask = async (path: string, init: RequestInit = {}) => {
        const response = await fetch(`${service!.url}${path}`, init);
        return {
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: object }> },
        };
      };
      const graphql = (headers: Record<string, string> = {}) =>
        ask('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ apiVersion units { totalCount } }' }),
        });
      const refusals = [
        await graphql(),
        await graphql({ authorization: 'Bearer tdkt_0000abcd_notakey' }),
        await ask('/reports/contributions.csv?groupBy=YEAR'),
      ];
      for (const refusal of refusals) {
        expect(refusal).toMatchObject({ status: 503, retryAfter: '5' });
        expect(refusal.body.errors).toEqual([
          {
            message: expect.stringContaining('an operator has to run `npm run migrate`'),
            extensions: expect.objectContaining({ code: 'MIGRATIONS_PENDING' }),
          },
        ]);
      }
      expect(log.entries.filter((entry) => entry.msg.includes('unexpected'))).toEqual([]);

      await ctx.dataSource.runMigrations({ transaction: 'each' });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const served = await graphql();
      expect(served.status).toBe(200);
      expect(served.body.data).toEqual({ apiVersion: expect.any(String), units: { totalCount: 0 } });
    });
  },
  { migrate: false, sqlite: 'file' },
);
