/**
 * Polling the change feed only reads: a READER's poll is one SELECT (counted), a poll never places
 * a change, and the service places them by itself — right after an API write, and on its timer for
 * writes from elsewhere — so a committed change reaches readers within a second. Over HTTP a
 * refused cursor is a 400 with the feed's reason, in production too; on MySQL an account that may
 * only SELECT serves the feed.
 */
import { issueApiKey } from '../src/auth/api-keys';
import { Role, type Caller } from '../src/auth/caller';
import type { RunningService } from '../src/main';
import { seedArticle } from '../src/seed/article';
import { changeSequencerFor } from '../src/services/changes-sequencer';
import { captureLog } from './helpers/capture';
import { describeEachEngine } from './helpers/engines';
import { GraphQLTestClient } from './helpers/graphql-client';
import { mysqlUrlFor, testMysqlUrl } from './helpers/mysql-admin';
import { startService } from './helpers/service';

const POLL = `query($after: String) {
  changes(after: $after, first: 100) { pageInfo { endCursor hasNextPage } nodes { typeName databaseId operation } }
}`;
const POLL_WITH_RECORDS = `query($after: String) {
  changes(after: $after, first: 100) { pageInfo { endCursor } nodes { typeName record { id } } }
}`;
const READER: Caller = { keyId: 'test-reader', role: Role.READER, unitId: null, name: 'portal' };
const WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE|BEGIN|START|COMMIT|ROLLBACK|SAVEPOINT|SET|LOCK)\b|FOR UPDATE/i;

interface Poll {
  changes: {
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{ typeName: string; databaseId: number; operation: string }>;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachEngine(
  'change feed polls',
  (ctx) => {
    const admin = new GraphQLTestClient(() => ctx.dataSource);
    const reader = admin.as(READER);
    afterAll(() => admin.stop());
    let end: string | null = null;

    /** Polls with `poll` until a change shows up after `after`; the milliseconds it took, or -1 after `limitMs`. */
    async function waitForChange(poll: () => Promise<Poll>, limitMs = 1000): Promise<number> {
      const from = Date.now();
      while (Date.now() - from < limitMs) {
        if ((await poll()).changes.nodes.length > 0) return Date.now() - from;
        await sleep(10);
      }
      return -1;
    }

    beforeAll(async () => {
      await seedArticle(ctx.dataSource);
      await changeSequencerFor(ctx.dataSource).nudge();
      for (let more = true; more;) {
        const { changes } = await reader.data<Poll>(POLL, { after: end });
        end = changes.pageInfo.endCursor;
        more = changes.pageInfo.hasNextPage;
      }
    });

    it("a READER's poll is one read-only statement, from the start or from a cursor", async () => {
      for (const after of [null, end]) {
        const { count, statements } = await ctx.countStatements(() => reader.data<Poll>(POLL, { after }));
        expect(statements).toHaveLength(1);
        expect(count).toBe(1);
        expect(statements[0]).toMatch(/^SELECT /);
        expect(statements[0]).not.toMatch(WRITE);
      }
      // The records behind a page are read too, and only read: one statement per type on the page.
      const withRecords = await ctx.countStatements(() => reader.data<Poll>(POLL_WITH_RECORDS, { after: null }));
      const types = new Set(withRecords.result.changes.nodes.map((c) => c.typeName));
      expect(withRecords.count).toBe(1 + types.size);
      expect(withRecords.statements.filter((sql) => WRITE.test(sql))).toEqual([]);
    });

    it('a poll never places a change: the sequencer does', async () => {
      await ctx.dataSource.query("UPDATE units SET shortName = 'KH&CN' WHERE code = 'SO_KHCN'");
      expect((await reader.data<Poll>(POLL, { after: end })).changes.nodes).toEqual([]);
      await changeSequencerFor(ctx.dataSource).nudge();
      const { changes } = await reader.data<Poll>(POLL, { after: end });
      expect(changes.nodes.map((c) => [c.typeName, c.operation])).toEqual([['Unit', 'UPDATE']]);
      end = changes.pageInfo.endCursor;
    });

    it('places an API write right after it commits, without a poll or a timer', async () => {
      const created = await admin.data(
        `mutation { createUnit(input: { code: "SO_TEST_FEED", name: "Sở Thử", kind: DEPARTMENT }) {
          unit { databaseId } userErrors { code } } }`,
      );
      expect(created.createUnit.userErrors).toEqual([]);
      const delay = await waitForChange(() => reader.data<Poll>(POLL, { after: end }));
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(1000);
      const { changes } = await reader.data<Poll>(POLL, { after: end });
      expect(changes.nodes).toEqual([
        { typeName: 'Unit', databaseId: created.createUnit.unit.databaseId, operation: 'CREATE' },
      ]);
      end = changes.pageInfo.endCursor;
    });

    describe('through the service', () => {
      let service: RunningService;
      let key = '';
      const post = async (after: string | null) => {
        const response = await fetch(`${service.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: POLL, variables: { after } }),
        });
        return { status: response.status, body: (await response.json()) as { data: Poll | null; errors?: [] } };
      };

      beforeAll(async () => {
        ({ key } = await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'portal' }));
        service = await startService(ctx, { NODE_ENV: 'production' });
      });
      afterAll(() => service?.stop());

      it("places a write made outside the API on the service's timer, within a second", async () => {
        await ctx.dataSource.query("UPDATE units SET shortName = 'VH-TT&DL' WHERE code = 'SO_VHTTDL'");
        const delay = await waitForChange(async () => (await post(end)).body.data!);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(1000);
        end = (await post(end)).body.data!.changes.pageInfo.endCursor;
      });

      it('answers a refused cursor with HTTP 400, BAD_USER_INPUT and the reason', async () => {
        const forged = Buffer.from(JSON.stringify(['999999999', '1'])).toString('base64url');
        const { status, body } = await post(forged);
        expect(status).toBe(400);
        expect(body.errors).toEqual([
          expect.objectContaining({
            message: expect.stringMatching(/change feed/),
            extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'FEED_RESET' }),
          }),
        ]);
      });
    });

    if (ctx.engine === 'mysql') {
      it('is served by an account that may only SELECT (as a read replica would)', async () => {
        const database = new URL(ctx.databaseUrl).pathname.slice(1);
        const user = `ro_${database.slice(-8)}`;
        await ctx.dataSource.query(`CREATE USER '${user}'@'%' IDENTIFIED BY 'read-only-feed'`);
        await ctx.dataSource.query(`CREATE USER '${user}'@'localhost' IDENTIFIED BY 'read-only-feed'`);
        try {
          await ctx.dataSource.query(`GRANT SELECT ON \`${database}\`.* TO '${user}'@'%', '${user}'@'localhost'`);
          const { key } = await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'replica reader' });
          const url = new URL(mysqlUrlFor(testMysqlUrl()!, database));
          url.username = user;
          url.password = 'read-only-feed';
          // A committed change waits for its place: this account cannot place it, and need not.
          await ctx.dataSource.query("UPDATE units SET shortName = 'TT&TT' WHERE code = 'SO_TTTT'");
          const log = captureLog();
          const service = await startService(ctx, { DATABASE_URL: url.toString() }, log);
          try {
            const poll = async (after: string | null) => {
              const response = await fetch(`${service.url}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
                body: JSON.stringify({ query: POLL, variables: { after } }),
              });
              return (await response.json()) as { data: Poll; errors?: unknown };
            };
            const first = await poll(null);
            expect(first.errors).toBeUndefined();
            expect(first.data.changes.nodes).toHaveLength(100);
            expect((await poll(end)).data.changes.nodes).toEqual([]);
            // This service's timer tries to place the change and cannot: it says so once, not once per tick.
            await sleep(700);
            expect(log.messages.filter((m) => m === 'change feed: cannot place changes')).toHaveLength(1);
            expect((await poll(end)).data.changes.nodes).toEqual([]);
            // Placed by a service that may write, the change reaches this one's readers.
            await changeSequencerFor(ctx.dataSource).nudge();
            const next = await poll(end);
            expect(next.errors).toBeUndefined();
            expect(next.data.changes.nodes.map((c) => c.operation)).toEqual(['UPDATE']);
            // A write through this account is refused by the database: the poll above wrote nothing.
            const refused = await service.dataSource.query('UPDATE change_feed_state SET lastBatchNo = 0').then(
              () => null,
              (error: Error) => error.message,
            );
            expect(refused).toMatch(/denied/i);
          } finally {
            await service.stop();
          }
        } finally {
          await ctx.dataSource.query(`DROP USER IF EXISTS '${user}'@'%', '${user}'@'localhost'`);
        }
      });
    }
  },
  { sqlite: 'file' },
);
