/**
 * When MySQL drops the service's connections (a server restart, a failover, an operator's KILL),
 * the service recovers by itself: the pool replaces dead connections and the next requests answer.
 * MySQL only: the embedded SQLite file has no server to lose.
 */
import { issueApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import type { RunningService } from '../src/main';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';

describeEachEngine(
  'recovery from lost database connections',
  (ctx) => {
    const mysqlOnly = ctx.engine === 'mysql' ? it : it.skip;
    let service: RunningService | undefined;
    afterAll(() => service?.stop());

    mysqlOnly('answers again after every one of its connections is killed on the server', async () => {
      await seedArticle(ctx.dataSource);
      service = await startService(ctx);
      const key = (await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'r' })).key;
      const ask = async () => {
        const response = await fetch(`${service!.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: '{ units { totalCount } }' }),
        });
        return {
          status: response.status,
          body: (await response.json()) as { data?: { units: { totalCount: number } } },
        };
      };
      // Warm the pool with several connections, then kill them all (but the test's own).
      await Promise.all(Array.from({ length: 5 }, ask));
      const [{ db }] = (await ctx.dataSource.query('SELECT DATABASE() AS db')) as Array<{ db: string }>;
      const victims = (await ctx.dataSource.query(
        'SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()',
        [db],
      )) as Array<{ id: number }>;
      expect(victims.length).toBeGreaterThan(0);
      for (const { id } of victims) await ctx.dataSource.query(`KILL ${Number(id)}`).catch(() => undefined);

      const replies = [];
      for (let i = 0; i < 5; i += 1) replies.push(await ask());
      expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(replies.every((r) => r.body.data?.units.totalCount === 8)).toBe(true);
      expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    });
  },
  { sqlite: 'file' },
);
