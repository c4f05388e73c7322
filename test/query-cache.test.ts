/**
 * What is kept per query document is bounded: the caches never hold more entries or more
 * estimated bytes than their budget, whatever the number of distinct documents sent, and a
 * document beyond the budget still runs. (Memory itself is measured by `npm run bench:memory`.)
 */
import { DataSource } from 'typeorm';
import { BoundedCache } from '../src/core/bounded-cache';
import { MAX_OPERATION_LABELS, ServiceMetrics } from '../src/http/metrics';
import type { RunningService } from '../src/main';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';

describe('a bounded cache', () => {
  it('never holds more entries than its budget', () => {
    const cache = new BoundedCache<{ size: number }>({ entries: 10, bytes: 1_000_000 }, (v) => v.size);
    for (let i = 0; i < 500; i += 1) {
      cache.set(`k${i}`, { size: 50 });
      expect(cache.entries).toBeLessThanOrEqual(10);
    }
    expect(cache.evictions).toBe(490);
    // The most recently used are the ones kept.
    expect(cache.get('k499')).toEqual({ size: 50 });
    expect(cache.get('k0')).toBeUndefined();
  });

  it('never holds more bytes than its budget, and keeps nothing larger than it', () => {
    const cache = new BoundedCache<{ size: number }>({ entries: 1000, bytes: 1000 }, (v) => v.size);
    for (let i = 0; i < 200; i += 1) {
      cache.set(`k${i}`, { size: 1 + ((i * 37) % 400) });
      expect(cache.bytes).toBeLessThanOrEqual(1000);
    }
    const before = cache.entries;
    cache.set('huge', { size: 5000 });
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.entries).toBe(before);
  });
});

describe('metrics', () => {
  it('give at most MAX_OPERATION_LABELS operation names their own series', () => {
    const metrics = new ServiceMetrics(new DataSource({ type: 'better-sqlite3', database: ':memory:' }));
    const labels = new Set(Array.from({ length: 1000 }, (_, i) => metrics.operationLabel(`Op${i}`)));
    expect(labels.size).toBe(MAX_OPERATION_LABELS + 1);
    expect(labels.has('other')).toBe(true);
    expect(metrics.operationLabel('Op0')).toBe('Op0');
  });
});

const METRICS_TOKEN = 'query-cache-metrics-token';

describeEachEngine(
  'query caches in the service',
  (ctx) => {
    let service: RunningService;
    beforeAll(async () => {
      await seedArticle(ctx.dataSource);
      service = await startService(ctx, {
        ALLOW_ANONYMOUS_READS: 'true',
        RATE_LIMIT_ANONYMOUS: '0',
        METRICS_TOKEN,
        QUERY_CACHE_ENTRIES: '5',
        QUERY_CACHE_MB: '1',
      });
    });
    afterAll(() => service?.stop());

    const ask = async (query: string) => {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: (await response.json()) as { data?: object; errors?: unknown } };
    };

    const cacheFigures = async () => {
      const text = await (
        await fetch(`${service.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
      ).text();
      const value = (name: string, cache: string) =>
        Number(/ (\S+)$/.exec(text.split('\n').find((l) => l.startsWith(`${name}{cache="${cache}"}`)) ?? '')?.[1]);
      return {
        compiled: value('tdkt_query_cache_entries', 'compiled'),
        documents: value('tdkt_query_cache_entries', 'documents'),
        compiledBytes: value('tdkt_query_cache_bytes', 'compiled'),
        evicted: value('tdkt_query_cache_evictions_total', 'compiled'),
      };
    };

    it('keeps at most QUERY_CACHE_ENTRIES documents, however many distinct ones are sent', async () => {
      for (let i = 0; i < 40; i += 1) {
        const { status, body } = await ask(`query Q${i} { units(first: ${1 + (i % 3)}) { nodes { id code } } }`);
        expect({ i, status, errors: body.errors }).toEqual({ i, status: 200, errors: undefined });
        const figures = await cacheFigures();
        expect(figures.compiled).toBeLessThanOrEqual(5);
        expect(figures.documents).toBeLessThanOrEqual(5);
      }
      expect((await cacheFigures()).evicted).toBeGreaterThanOrEqual(35);
    });

    it('runs a document beyond the byte budget, every time, without keeping it', async () => {
      const fields = 'id code name shortName kind createdAt updatedAt version databaseId headcount validFrom';
      const lists = Array.from({ length: 20 }, (_, i) => `a${i}: units(first: 1) { nodes { ${fields} } }`);
      const big = `{ ${lists.join(' ')} }`;
      for (let round = 0; round < 2; round += 1) {
        const { status, body } = await ask(big);
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        expect(body.data).toMatchObject({ a0: { nodes: [{ code: expect.any(String) }] } });
        const figures = await cacheFigures();
        expect(figures.compiledBytes).toBeLessThanOrEqual(0.75 * 1024 * 1024);
      }
    });
  },
  { sqlite: 'file' },
);
