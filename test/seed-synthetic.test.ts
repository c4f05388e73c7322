/**
 * The synthetic dataset: reproducible from its seed, obeying the domain's rules, refusing a second
 * load. Small N here; load speed is measured by running the CLI (see docs/operations.md).
 */
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { seedSynthetic } from '../src/seed/synthetic';
import { describeEachEngine } from './helpers/engines';

const N = 3_000;

async function count(ds: DataSource, sql: string): Promise<number> {
  const rows: Array<{ n: number | string }> = await ds.query(sql);
  return Number(rows[0]!.n);
}

/** A digest of the generated contributions, independent of the engine's number formatting. */
async function contributionDigest(ds: DataSource): Promise<string> {
  const rows: Array<Record<string, unknown>> = await ds.query(
    'SELECT id, movementId, year, unitId, blocId, kindId, quantity, amountVnd, fundId, occurredOn FROM ' +
      'contributions ORDER BY id',
  );
  const text = rows
    .map((r) =>
      Object.values(r)
        .map((v) => (v === null ? '' : String(v)))
        .join('|'),
    )
    .join('\n');
  return createHash('sha256').update(text).digest('hex');
}

// The same digest on every engine and every run: the generator depends on the seed alone.
const digests: string[] = [];

describeEachEngine('the synthetic dataset', (ctx) => {
  let counts: Record<string, number>;
  beforeAll(async () => {
    counts = await seedSynthetic(ctx.dataSource, { contributions: N, seed: 42 });
  });

  it('generates exactly N contributions and every other kind of record', async () => {
    expect(counts.contributions).toBe(N);
    expect(await count(ctx.dataSource, 'SELECT COUNT(*) AS n FROM contributions')).toBe(N);
    for (const table of [
      'units',
      'persons',
      'emulation_blocs',
      'bloc_memberships',
      'bloc_leaderships',
      'movements',
      'pledges',
      'pledge_signatories',
      'pledge_targets',
      'contests',
      'contest_prizes',
      'evaluations',
      'evaluation_scores',
      'evaluation_results',
      'award_decisions',
      'awards',
      'funds',
    ]) {
      expect(counts[table]).toBeGreaterThan(0);
    }
  });

  it('is reproducible from its seed, on every engine', async () => {
    digests.push(await contributionDigest(ctx.dataSource));
    expect(new Set(digests).size).toBe(1);
  });

  it('obeys the rules: contributors, signatories and leaders are members that year; one contributor each', async () => {
    const member = (alias: string, unit: string, bloc: string, year: string) =>
      `EXISTS (SELECT 1 FROM bloc_memberships m WHERE m.unitId = ${unit} AND m.blocId = ${bloc} AND m.fromYear ` +
      `<= ${year} AND (m.toYear IS NULL OR m.toYear >= ${year}) AND ${alias} = ${alias})`;
    expect(
      await count(ctx.dataSource, `SELECT COUNT(*) AS n FROM contributions WHERE (unitId IS NULL) = (blocId IS NULL)`),
    ).toBe(0);
    expect(
      await count(
        ctx.dataSource,
        `SELECT COUNT(*) AS n FROM pledge_signatories s JOIN pledges p ON p.id = s.pledgeId WHERE NOT ` +
          `${member('s.id', 's.unitId', 'p.blocId', 'p.year')}`,
      ),
    ).toBe(0);
    expect(
      await count(
        ctx.dataSource,
        `SELECT COUNT(*) AS n FROM bloc_leaderships l WHERE NOT ${member('l.id', 'l.unitId', 'l.blocId', 'l.year')}`,
      ),
    ).toBe(0);
    expect(
      await count(
        ctx.dataSource,
        `SELECT COUNT(*) AS n FROM (SELECT blocId, year FROM bloc_leaderships WHERE role = 'LEADER' GROUP BY ` +
          `blocId, year HAVING COUNT(*) <> 1) x`,
      ),
    ).toBe(0);
    // A unit's contributions count for the bloc it belonged to that year.
    expect(
      await count(
        ctx.dataSource,
        `SELECT COUNT(*) AS n FROM contributions c WHERE c.unitId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ` +
          `bloc_memberships m WHERE m.unitId = c.unitId AND m.fromYear <= c.year AND (m.toYear IS NULL OR m.toYear ` +
          `>= c.year))`,
      ),
    ).toBe(0);
  });

  it('derives totals and ranks from the scores, and keeps flags within quota and annual titles unique', async () => {
    const mismatched = await count(
      ctx.dataSource,
      `SELECT COUNT(*) AS n FROM evaluation_results r
       WHERE ABS(r.totalPoints - (SELECT SUM(s.points + s.bonusPoints) FROM evaluation_scores s
                                   WHERE s.evaluationId = r.evaluationId AND s.unitId = r.unitId)) > 0.001`,
    );
    expect(mismatched).toBe(0);
    // Dense ranks: within an evaluation, rank r exists only if r - 1 does.
    expect(
      await count(
        ctx.dataSource,
        'SELECT COUNT(*) AS n FROM evaluation_results r WHERE r.`rank` > 1 AND NOT EXISTS (SELECT 1 FROM ' +
          'evaluation_results q WHERE q.evaluationId = r.evaluationId AND q.`rank` = r.`rank` - 1)',
      ),
    ).toBe(0);
    const overQuota = await count(
      ctx.dataSource,
      `SELECT COUNT(*) AS n FROM (
         SELECT a.blocId, a.achievementYear FROM awards a JOIN award_types t ON t.id = a.awardTypeId
        WHERE t.code = 'CO_THI_DUA_CAP_TINH' GROUP BY a.blocId, a.achievementYear HAVING COUNT(*) > 1) x`,
    );
    expect(overQuota).toBe(0);
    const duplicates = await count(
      ctx.dataSource,
      `SELECT COUNT(*) AS n FROM (SELECT annualTitleKey FROM awards WHERE annualTitleKey IS NOT NULL GROUP BY ` +
        `annualTitleKey HAVING COUNT(*) > 1) x`,
    );
    expect(duplicates).toBe(0);
    expect(
      await count(
        ctx.dataSource,
        `SELECT COUNT(*) AS n FROM awards a JOIN award_types t ON t.id = a.awardTypeId WHERE t.isAnnual = 1 AND ` +
          `a.annualTitleKey IS NULL`,
      ),
    ).toBe(0);
  });

  it('derives prize money from coefficient × base salary, rounded up to the step', async () => {
    const rows: Array<{ prizeCoefficient: string; baseSalaryVnd: string; prizeAmountVnd: string }> =
      await ctx.dataSource.query(
        'SELECT prizeCoefficient, baseSalaryVnd, prizeAmountVnd FROM awards WHERE prizeAmountVnd IS NOT NULL',
      );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const exact = (Number(row.prizeCoefficient) * Number(row.baseSalaryVnd)) / 10_000;
      expect(Number(row.prizeAmountVnd)).toBe(Math.ceil(Math.round(exact * 100) / 100) * 10_000);
    }
  });

  it('fills the folded search key of every named row', async () => {
    for (const table of ['units', 'persons', 'emulation_blocs', 'movements', 'funds', 'contests']) {
      expect(
        await count(ctx.dataSource, `SELECT COUNT(*) AS n FROM ${table} WHERE searchKey IS NULL OR searchKey = ''`),
      ).toBe(0);
    }
    expect(await count(ctx.dataSource, `SELECT COUNT(*) AS n FROM persons WHERE searchKey LIKE '%đ%'`)).toBe(0);
  });

  it('refuses to load a second time into the same database', async () => {
    await expect(seedSynthetic(ctx.dataSource, { contributions: 10, seed: 42 })).rejects.toThrow(
      /already holds the synthetic dataset/,
    );
    expect(await count(ctx.dataSource, 'SELECT COUNT(*) AS n FROM contributions')).toBe(N);
  });
});
