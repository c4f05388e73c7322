/**
 * The change feed across two service processes on one MySQL database, as the portal meets it
 * behind a load balancer: writers go through both processes while transactions outside the API
 * hold their change_log ids open and commit (or roll back) late, out of id order; a consumer polls
 * the two processes in turn. It must read every committed change once, in one stable order, with
 * every soft delete as a tombstone, and nothing of what rolled back.
 */
import { createConnection, type Connection } from 'mysql2/promise';
import { issueApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import {
  compileService,
  startServiceProcess,
  type CompiledService,
  type ServiceProcess,
} from './helpers/service-process';

const WRITERS = 6;
const SLOW_WRITERS = 3;
const WRITE_MS = 5000;

const POLL = `query($after: String) {
  changes(after: $after, first: 25) {
    pageInfo { endCursor hasNextPage }
    edges { cursor node { typeName databaseId operation record { ... on Unit { deletedAt } } } }
  }
}`;

interface Seen {
  batchNo: bigint;
  id: bigint;
  typeName: string;
  databaseId: number;
  operation: string;
  deletedAt: string | null | undefined;
}

interface PollAnswer {
  changes: {
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: Array<{ cursor: string; node: Omit<Seen, 'batchNo' | 'id'> & { record: { deletedAt?: string } | null } }>;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const positionOf = (cursor: string) => {
  const [, batchNo, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as string[];
  return { batchNo: BigInt(batchNo!), id: BigInt(id!) };
};

describeEachEngine('change feed across two service processes', (ctx) => {
  const onMysql = ctx.engine === 'mysql' ? it : it.skip;
  let compiled: CompiledService | undefined;
  const services: ServiceProcess[] = [];
  let adminKey = '';
  let readerKey = '';

  beforeAll(async () => {
    if (ctx.engine !== 'mysql') return;
    await seedArticle(ctx.dataSource);
    ({ key: adminKey } = await issueApiKey(ctx.dataSource, { role: Role.ADMIN, name: 'writer' }));
    ({ key: readerKey } = await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'portal' }));
    compiled = await compileService();
    const env = { DATABASE_URL: ctx.databaseUrl, RATE_LIMIT_ADMIN: '0', RATE_LIMIT_READER: '0' };
    services.push(await startServiceProcess(compiled, env), await startServiceProcess(compiled, env));
  }, 120_000);

  afterAll(async () => {
    for (const service of services) await service.stop();
    await compiled?.remove();
  });

  async function graphql<T>(service: ServiceProcess, key: string, query: string, variables = {}): Promise<T> {
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(`${service.url}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async function unplacedCount(): Promise<number> {
    const [{ n }] = await ctx.dataSource.query('SELECT COUNT(*) AS n FROM change_log WHERE batchNo IS NULL');
    return Number(n);
  }

  /** A unit created, renamed and soft-deleted, each step through the other process. */
  async function apiWriter(n: number, until: number, deleted: Set<number>): Promise<void> {
    for (let round = 0; Date.now() < until; round += 1) {
      const via = (step: number) => services[(n + round + step) % 2]!;
      type Unit = { unit: { id: string; databaseId: number; version: number } };
      const { createUnit } = await graphql<{ createUnit: Unit }>(
        via(0),
        adminKey,
        `
          mutation ($code: String!) {
            createUnit(input: { code: $code, name: "Đơn vị thử", kind: DEPARTMENT }) {
              unit {
                id
                databaseId
                version
              }
            }
          }
        `,
        { code: `API_${n}_${round}` },
      );
      const { updateUnit } = await graphql<{ updateUnit: Unit }>(
        via(1),
        adminKey,
        `
          mutation ($id: ID!, $v: Int!) {
            updateUnit(input: { id: $id, expectedVersion: $v, shortName: "Thử" }) {
              unit {
                id
                databaseId
                version
              }
            }
          }
        `,
        { id: createUnit.unit.id, v: createUnit.unit.version },
      );
      await graphql(
        via(2),
        adminKey,
        `
          mutation ($id: ID!, $v: Int!) {
            deleteUnit(input: { id: $id, expectedVersion: $v }) {
              userErrors {
                code
              }
            }
          }
        `,
        { id: updateUnit.unit.id, v: updateUnit.unit.version },
      );
      deleted.add(createUnit.unit.databaseId);
    }
  }

  /** Transactions outside the API that take change_log ids, stay open while others commit, then end. */
  async function slowWriter(n: number, until: number, connection: Connection): Promise<number> {
    let rolledBack = 0;
    for (let round = 0; Date.now() < until; round += 1) {
      await connection.query('BEGIN');
      await connection.query(
        "INSERT INTO units (code, name, kind, searchKey) VALUES (?, 'Chậm', 'DEPARTMENT', 'cham')",
        [`SLOW_${n}_${round}`],
      );
      await sleep(50 + Math.random() * 400);
      if (round % 4 === 3) {
        await connection.query('ROLLBACK');
        rolledBack += 1;
      } else await connection.query('COMMIT');
    }
    return rolledBack;
  }

  onMysql(
    'reads every committed change once, in order, with tombstones, across both processes',
    async () => {
      const until = Date.now() + WRITE_MS;
      const deleted = new Set<number>();
      const connections = await Promise.all(
        Array.from({ length: SLOW_WRITERS }, () => createConnection(ctx.databaseUrl)),
      );
      const seen: Seen[] = [];
      const polls = [0, 0];
      let cursor: string | null = null;
      let writing = true;
      const consumer = (async () => {
        for (let i = 0; ; i += 1) {
          // Asked before the poll: a change placed between the poll and this question would otherwise
          // be counted as read when it was not.
          const settled = !writing && (await unplacedCount()) === 0;
          const { changes }: PollAnswer = await graphql<PollAnswer>(services[i % 2]!, readerKey, POLL, {
            after: cursor,
          });
          polls[i % 2]! += 1;
          for (const { cursor: at, node } of changes.edges)
            seen.push({ ...positionOf(at), ...node, deletedAt: node.record?.deletedAt });
          cursor = changes.pageInfo.endCursor;
          if (changes.pageInfo.hasNextPage) continue;
          if (settled && changes.edges.length === 0) return;
          await sleep(Math.random() * 20);
        }
      })();
      const [, rolledBack] = await Promise.all([
        Promise.all(Array.from({ length: WRITERS }, (_, n) => apiWriter(n, until, deleted))),
        Promise.all(connections.map((c, n) => slowWriter(n, until, c))).then((counts) =>
          counts.reduce((a, b) => a + b),
        ),
      ]);
      writing = false;
      await consumer;
      await Promise.all(connections.map((c) => c.end()));

      // Every committed change, once each.
      const ids = seen.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      const logged = (await ctx.dataSource.query('SELECT id FROM change_log ORDER BY id')) as Array<{ id: string }>;
      expect([...ids].sort((a, b) => (a < b ? -1 : 1)).map(String)).toEqual(logged.map((r) => String(r.id)));
      // In one stable order: (batchNo, id) only ever grows.
      for (let i = 1; i < seen.length; i += 1) {
        const [a, b] = [seen[i - 1]!, seen[i]!];
        expect(a.batchNo < b.batchNo || (a.batchNo === b.batchNo && a.id < b.id)).toBe(true);
      }
      // Commits came out of id order: many changes were read after a younger one.
      let highest = 0n;
      const late = seen.filter((c) => (c.id < highest ? true : ((highest = c.id), false)));
      expect(late.length).toBeGreaterThan(10);
      // Every API delete is a tombstone; nothing rolled back reached the feed.
      const tombstones = seen.filter((c) => c.typeName === 'Unit' && c.operation === 'DELETE');
      expect(new Set(tombstones.map((c) => c.databaseId))).toEqual(deleted);
      expect(tombstones.every((c) => typeof c.deletedAt === 'string')).toBe(true);
      const units = await ctx.dataSource.query('SELECT id FROM units');
      const unitIds = new Set(units.map((u: { id: number }) => Number(u.id)));
      expect(seen.filter((c) => c.typeName === 'Unit' && !unitIds.has(c.databaseId))).toEqual([]);
      expect(rolledBack).toBeGreaterThan(0);
      // Both processes served polls and wrote; neither logged a problem.
      expect(polls.every((n) => n > 3)).toBe(true);
      expect(deleted.size).toBeGreaterThan(WRITERS);
      expect(services.flatMap((s) => s.problems)).toEqual([]);
    },
    120_000,
  );
});
