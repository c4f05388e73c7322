/**
 * `npm run explain [-- --contributions N]`: loads the synthetic dataset if the database has none
 * (1,000,000 contributions by default), then prints, for each report query the API runs, its
 * EXPLAIN plan and how long it takes (best and median of 5 runs). A script that prints figures
 * for people to read, not a test.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '../auth/caller';
import { engineOf } from '../db/data-source';
import { figuresQuery, groupedQuery } from '../reports/aggregate-query';
import { blocRankings } from '../reports/bloc-ranking';
import { fulfilmentOfPledges } from '../reports/pledge-fulfilment';
import { groupRequestOf } from '../reports/group-request';
import { AWARD_REPORT, CONTRIBUTION_REPORT, type ReportDefinition } from '../reports/report-definitions';
import { sourceQuery } from '../resolvers/connection-result';
import { createRequestContext, type RequestContext } from '../resolvers/context';
import { AWARDS } from '../schema/awards';
import { CONTRIBUTIONS } from '../schema/contributions';
import { seedSynthetic } from '../seed/synthetic';
import { withDatabase, type Print } from './with-database';

const RUNS = 5;

function contributionsArg(argv: string[]): number {
  const at = argv.indexOf('--contributions');
  if (at === -1) return 1_000_000;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error('--contributions needs a positive whole number');
  return value;
}

async function timed(run: () => Promise<unknown>): Promise<{ best: number; median: number }> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { best: times[0]!, median: times[Math.floor(RUNS / 2)]! };
}

async function explain(
  dataSource: DataSource,
  print: Print,
  title: string,
  sql: string,
  parameters: unknown[],
): Promise<void> {
  const engine = engineOf(dataSource);
  const plan = (await dataSource.query(
    `${engine === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${sql}`,
    parameters,
  )) as Array<Record<string, unknown>>;
  const { best, median } = await timed(() => dataSource.query(sql, parameters));
  print('');
  print(`## ${title}: best ${best.toFixed(1)} ms, median ${median.toFixed(1)} ms`);
  print(sql.replace(/\s+/g, ' '));
  for (const step of plan) {
    print(
      engine === 'sqlite'
        ? `  ${String(step.detail)}`
        : `  ${step.table} type=${step.type} key=${step.key ?? '-'} rows=${step.rows} extra=${step.Extra ?? ''}`,
    );
  }
}

function grouped(
  ctx: RequestContext,
  report: ReportDefinition,
  listDefinition: Parameters<typeof sourceQuery>[1]['definition'],
  groupBy: string[],
): SelectQueryBuilder<ObjectLiteral> {
  const request = groupRequestOf(report, { groupBy, first: 100 });
  return groupedQuery(
    sourceQuery(ctx, { definition: listDefinition, listing: {} }),
    engineOf(ctx.dataSource),
    report,
    request,
  )
    .offset(0)
    .limit(request.limit + 1);
}

async function main(dataSource: DataSource, print: Print): Promise<void> {
  const wanted = contributionsArg(process.argv.slice(2));
  const [{ n }] = (await dataSource.query('SELECT COUNT(*) AS n FROM contributions')) as Array<{ n: number | string }>;
  if (Number(n) === 0) {
    print(`loading the synthetic dataset: ${wanted} contributions…`);
    const started = Date.now();
    await seedSynthetic(dataSource, { contributions: wanted, seed: 1 });
    print(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const [{ n: total }] = (await dataSource.query('SELECT COUNT(*) AS n FROM contributions')) as Array<{
    n: number | string;
  }>;
  print(
    `contributions: ${Number(total).toLocaleString('en')} (engine: ${engineOf(dataSource)}; ${RUNS} runs per query)`,
  );

  const ctx = createRequestContext(dataSource, 'explain', {
    keyId: 'explain',
    role: Role.ADMIN,
    unitId: null,
    name: 'explain',
  });
  const engine = engineOf(dataSource);
  const contributions = () =>
    sourceQuery(ctx, { definition: CONTRIBUTIONS.definition, listing: {} }) as SelectQueryBuilder<ObjectLiteral>;
  const cases: Array<[string, SelectQueryBuilder<ObjectLiteral>]> = [
    ['contributions { aggregates } — all rows', figuresQuery(contributions(), engine, CONTRIBUTION_REPORT)],
    [
      'contributions { groupedAggregates(groupBy: [MOVEMENT, YEAR]) }',
      grouped(ctx, CONTRIBUTION_REPORT, CONTRIBUTIONS.definition, ['MOVEMENT', 'YEAR']),
    ],
    [
      'contributions { groupedAggregates(groupBy: [KIND, YEAR]) }',
      grouped(ctx, CONTRIBUTION_REPORT, CONTRIBUTIONS.definition, ['KIND', 'YEAR']),
    ],
    [
      "contributions { groupedAggregates(groupBy: [BLOC]) } — the blocs' own rows",
      grouped(ctx, CONTRIBUTION_REPORT, CONTRIBUTIONS.definition, ['BLOC']),
    ],
    [
      'contributions { groupedAggregates(groupBy: [MEMBER_BLOC, YEAR]) } — members rolled up',
      grouped(ctx, CONTRIBUTION_REPORT, CONTRIBUTIONS.definition, ['MEMBER_BLOC', 'YEAR']),
    ],
    [
      'contributions { groupedAggregates(groupBy: [UNIT]) }',
      grouped(ctx, CONTRIBUTION_REPORT, CONTRIBUTIONS.definition, ['UNIT']),
    ],
    [
      'awards { groupedAggregates(groupBy: [CATEGORY, LEVEL, ACHIEVEMENT_YEAR]) }',
      grouped(ctx, AWARD_REPORT, AWARDS.definition, ['CATEGORY', 'LEVEL', 'ACHIEVEMENT_YEAR']),
    ],
  ];
  for (const [title, query] of cases) {
    const [sql, parameters] = query.getQueryAndParameters();
    await explain(dataSource, print, title, sql, parameters);
  }
  const [pledge] = (await dataSource.query('SELECT id, blocId, year FROM pledges ORDER BY id LIMIT 1')) as Array<{
    id: number;
    blocId: number;
    year: number;
  }>;
  if (pledge) {
    const fulfilment = await timed(() => fulfilmentOfPledges(dataSource, [Number(pledge.id)]));
    const ranking = await timed(() => blocRankings(dataSource, [Number(pledge.blocId)], Number(pledge.year) - 1));
    print('');
    const times = ({ best, median }: { best: number; median: number }) =>
      `best ${best.toFixed(1)} ms, median ${median.toFixed(1)} ms`;
    print(`## pledgeFulfilment (one pledge): ${times(fulfilment)}`);
    print(`## blocRanking (one bloc, one year): ${times(ranking)}`);
  }
}

void withDatabase(main);
