/**
 * Writers racing over real HTTP on a running service: of several updates of one record sent at
 * once with the same expectedVersion, exactly one wins and the others are told STALE_VERSION — no
 * lost update; several creates sent at once with the same idempotency key make one record. On
 * MySQL these are truly parallel transactions on separate connections; on SQLite writes queue.
 */
import { issueApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import type { RunningService } from '../src/main';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';

const RACERS = 8;

describeEachEngine(
  'concurrent writes',
  (ctx) => {
    let service: RunningService;
    let key = '';
    beforeAll(async () => {
      service = await startService(ctx);
      key = (await issueApiKey(ctx.dataSource, { role: Role.ADMIN, name: 'racer' })).key;
    });
    afterAll(() => service?.stop());

    async function graphql(query: string, variables: object): Promise<any> {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { data: unknown }).data;
    }

    it('lets exactly one of several racing updates win; the others get STALE_VERSION', async () => {
      const created = await graphql(
        `
          mutation {
            createUnit(input: { code: "SO_RACE", name: "Sở Đua", kind: DEPARTMENT }) {
              unit {
                id
                version
              }
            }
          }
        `,
        {},
      );
      const { id } = created.createUnit.unit;
      const update =
        `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { name version } userErrors { code ` +
        `} } }`;
      const replies = await Promise.all(
        Array.from({ length: RACERS }, (_, i) =>
          graphql(update, { input: { id, expectedVersion: 1, name: `Sở Đua ${i}` } }),
        ),
      );
      const winners = replies.filter((r) => r.updateUnit.userErrors.length === 0);
      const losers = replies.filter((r) => r.updateUnit.userErrors.length > 0);
      expect(winners).toHaveLength(1);
      expect(losers.map((r) => r.updateUnit.userErrors[0].code)).toEqual(Array(RACERS - 1).fill('STALE_VERSION'));
      const stored = await ctx.dataSource.query(`SELECT name, version FROM units WHERE code = 'SO_RACE'`);
      expect(stored).toEqual([{ name: winners[0].updateUnit.unit.name, version: 2 }]);
      const events = await ctx.dataSource.query(
        `SELECT COUNT(*) AS n FROM audit_events WHERE operation = 'updateUnit'`,
      );
      expect(Number(events[0].n)).toBe(1);
    });

    it('makes one record of several racing creates with the same idempotency key', async () => {
      const create =
        'mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } userErrors { code } } }';
      const input = { code: 'SO_ONCE', name: 'Sở Một lần', kind: 'DEPARTMENT', idempotencyKey: 'race-0001' };
      const replies = await Promise.all(Array.from({ length: RACERS }, () => graphql(create, { input })));
      expect(replies.map((r) => r.createUnit.userErrors)).toEqual(Array(RACERS).fill([]));
      expect(new Set(replies.map((r) => r.createUnit.unit.id)).size).toBe(1);
      const rows = await ctx.dataSource.query(`SELECT COUNT(*) AS n FROM units WHERE code = 'SO_ONCE'`);
      expect(Number(rows[0].n)).toBe(1);
    });
  },
  { sqlite: 'file' },
);
