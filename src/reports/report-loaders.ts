/**
 * Per-request batching of the report fields asked for under many parents: rankings of a page of
 * blocs, fulfilment of a page of pledges, and `aggregates` / `groupedAggregates` (with its
 * `totalCount`) of a nested list under each of its parents. Each costs one SQL statement per level
 * of the query, whatever the number of parents; the answers are those of one statement per parent.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { engineOf } from '../db/data-source';
import type { Figures, GroupFigures, GroupRequest, Wanted } from './aggregate-query';
import { blocRankings, type RankingRow } from './bloc-ranking';
import { figuresOfParents, groupCountsOfParents, groupsOfParents, type ParentRows } from './parent-figures';
import { fulfilmentOfPledges, type TargetFulfilment } from './pledge-fulfilment';
import type { ReportDefinition } from './report-definitions';

/** A nested list's rows under any parent, and what names them within the request. */
export interface NestedReportSource extends ParentRows {
  /** Names the relation and the list's arguments: siblings with the same key share one statement. */
  key: string;
}

const wantedKey = (wanted: Wanted) => (wanted ? [...wanted].sort().join(',') : '*');

/** The loader kept under `key` in `loaders`, made on first use with `batch`. */
function loaderIn<V>(
  loaders: Map<string, DataLoader<number, V>>,
  key: string,
  batch: (ids: readonly number[]) => Promise<V[]>,
): DataLoader<number, V> {
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader<number, V>(batch);
    loaders.set(key, loader);
  }
  return loader;
}

type GroupPage = { groups: GroupFigures[]; hasMore: boolean };

export class ReportLoaders {
  private readonly rankings = new Map<string, DataLoader<number, RankingRow[]>>();
  private readonly fulfilments = new Map<string, DataLoader<number, TargetFulfilment[]>>();
  private readonly figureLoaders = new Map<string, DataLoader<number, Figures>>();
  private readonly groupLoaders = new Map<string, DataLoader<number, GroupPage>>();
  private readonly groupCountLoaders = new Map<string, DataLoader<number, number>>();

  constructor(private readonly dataSource: DataSource) {}

  /** A bloc's ranking for a year. */
  ranking(blocId: number, year: number): Promise<RankingRow[]> {
    return loaderIn(this.rankings, String(year), (ids) => blocRankings(this.dataSource, ids, year)).load(blocId);
  }

  /** Every target of a pledge against what was achieved. */
  fulfilment(pledgeId: number): Promise<TargetFulfilment[]> {
    return loaderIn(this.fulfilments, 'all', async (ids) => {
      const rows = await fulfilmentOfPledges(this.dataSource, ids);
      const byPledge = new Map<number, TargetFulfilment[]>(ids.map((id) => [id, []]));
      for (const row of rows) byPledge.get(row.pledgeId)?.push(row);
      return ids.map((id) => byPledge.get(id)!);
    }).load(pledgeId);
  }

  /** A nested list's figures under one parent. */
  figures(source: NestedReportSource, report: ReportDefinition, wanted: Wanted, parentId: number): Promise<Figures> {
    const key = `${report.typeName}:${source.key}:${wantedKey(wanted)}`;
    const engine = engineOf(this.dataSource);
    return loaderIn(this.figureLoaders, key, (ids) => figuresOfParents(source, ids, engine, report, wanted)).load(
      parentId,
    );
  }

  /** One page of a nested list's groups under one parent. */
  groups(
    source: NestedReportSource,
    report: ReportDefinition,
    request: GroupRequest,
    wanted: Wanted,
    parentId: number,
  ): Promise<GroupPage> {
    const key = `${report.typeName}:${source.key}:${JSON.stringify(request)}:${wantedKey(wanted)}`;
    const engine = engineOf(this.dataSource);
    return loaderIn(this.groupLoaders, key, (ids) =>
      groupsOfParents(source, ids, engine, report, request, wanted),
    ).load(parentId);
  }

  /** How many groups a nested list has under one parent. */
  groupCount(
    source: NestedReportSource,
    report: ReportDefinition,
    request: GroupRequest,
    parentId: number,
  ): Promise<number> {
    const { groupBy, having } = request;
    const key = `${report.typeName}:${source.key}:${JSON.stringify({ groupBy, having })}`;
    const engine = engineOf(this.dataSource);
    return loaderIn(this.groupCountLoaders, key, (ids) =>
      groupCountsOfParents(source, ids, engine, report, { groupBy, having, orderBy: [] }),
    ).load(parentId);
  }
}
