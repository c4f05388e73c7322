/**
 * `aggregates` and `groupedAggregates` on the list connections that have figures: contributions,
 * awards, evaluation results and pledge targets. Both start from the connection's own source — the
 * same filter, search and parent as its rows — and run one SQL statement; under a list of parents,
 * one statement for all of them (through the request's report loaders).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { REPORT_ROLES } from '../auth/caller';
import { engineOf } from '../db/data-source';
import { figuresOf, groupCountOf, groupsOf } from '../reports/aggregate-query';
import { groupRequestOf, encodeGroupCursor, type GroupArgs } from '../reports/group-request';
import {
  AWARD_REPORT,
  CONTRIBUTION_REPORT,
  EVALUATION_RESULT_REPORT,
  PLEDGE_TARGET_REPORT,
  type ReportDefinition,
} from '../reports/report-definitions';
import { PROPOSAL_ITEM_REPORT, PROPOSAL_REPORT } from '../reports/proposal-reports';
import { figuresValue, filterFixesKind, groupKeyValue } from '../reports/report-values';
import { reportTypes } from '../schema/aggregate-types';
import { keysNeedingRecords, requestedFigures } from '../reports/requested-figures';
import type { ConnectionClass, ConnectionShape } from '../schema/page';
import { badUserInput } from '../core/request-errors';
import { AwardConnection } from '../schema/awards';
import { nestedReportSource, sourceQuery, type ListSource } from './connection-result';
import type { RequestContext } from './context';
import { ContributionConnection } from '../schema/contributions';
import { EvaluationResultConnection } from '../schema/evaluations';
import { PledgeTargetConnection } from '../schema/pledges';
import { ProposalConnection, ProposalItemConnection } from '../schema/proposals';

type Source = ListSource<{ id: number }>;

function sourceOf(connection: ConnectionShape<object>): Source {
  if (!connection.source) throw badUserInput('This list has no figures');
  return connection.source as Source;
}

function reportResolvers(connectionType: ConnectionClass<object>, report: ReportDefinition): Function[] {
  const types = reportTypes(report);
  const quantityAllowedBy = (source: Source, groupBy: string[] = []) =>
    filterFixesKind(source.listing.filter) || (report.kindKey !== undefined && groupBy.includes(report.kindKey));

  @Resolver(() => connectionType)
  class AggregatesResolver {
    @Authorized(...REPORT_ROLES)
    @FieldResolver(() => types.aggregates, {
      description:
        'Số liệu tổng hợp — count, sum, average, minimum and maximum over every row of this list ' +
        '(not just this page), under the same filter; one SQL statement.',
    })
    async aggregates(
      @Root() connection: ConnectionShape<object>,
      @Ctx() ctx: RequestContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      const source = sourceOf(connection);
      const wanted = requestedFigures(info);
      const nested = nestedReportSource(ctx, source);
      const figures = nested
        ? await ctx.reports.figures(nested.rows, report, wanted, nested.parentId)
        : await figuresOf(sourceQuery(ctx, source), engineOf(ctx.dataSource), report, wanted);
      return figuresValue(report, figures, quantityAllowedBy(source));
    }
  }
  Object.defineProperty(AggregatesResolver, 'name', { value: `${report.typeName}AggregatesResolver` });
  if (!types.group) return [AggregatesResolver];
  const group = types.group;

  @Resolver(() => connectionType)
  class GroupedAggregatesResolver {
    @Authorized(...REPORT_ROLES)
    @FieldResolver(() => group.connection, {
      description:
        "Số liệu theo nhóm — the list's rows grouped by typed keys, with figures per group, " +
        'HAVING on the figures, ordered and paged; one SQL GROUP BY.',
    })
    async groupedAggregates(
      @Root() connection: ConnectionShape<object>,
      @Ctx() ctx: RequestContext,
      @Arg('groupBy', () => [group.groupByEnum], { description: 'Nhóm theo — the keys, in order (at most 4).' })
      groupBy: string[],
      @Arg('having', () => group.having, { nullable: true, description: 'Lọc nhóm — conditions on the figures.' })
      having?: GroupArgs['having'],
      @Arg('orderBy', () => [group.order], {
        nullable: true,
        description: 'Sắp xếp — by keys or figures; the keys always break ties.',
      })
      orderBy?: GroupArgs['orderBy'],
      @Arg('first', () => Int, { nullable: true, description: 'Số nhóm — groups per page (default 50, at most 100).' })
      first?: number,
      @Arg('after', () => String, { nullable: true, description: "Sau con trỏ — the page after this group's cursor." })
      after?: string,
      @Info() info?: GraphQLResolveInfo,
    ) {
      const source = sourceOf(connection);
      const engine = engineOf(ctx.dataSource);
      const request = groupRequestOf(report, { groupBy, having, orderBy, first, after });
      const wanted = info ? requestedFigures(info) : undefined;
      const nested = nestedReportSource(ctx, source);
      const { groups, hasMore } = nested
        ? await ctx.reports.groups(nested.rows, report, request, wanted, nested.parentId)
        : await groupsOf(sourceQuery(ctx, source), engine, report, request, wanted);
      const quantityAllowed = quantityAllowedBy(source, groupBy);
      const recordsNeeded = info ? keysNeedingRecords(info) : new Set(Object.values(report.keys).map((k) => k.field));
      const nodes = groups.map((g) => ({
        key: groupKeyValue(report, g, ctx.loaders, recordsNeeded),
        ...figuresValue(report, g, quantityAllowed),
      }));
      const cursors = nodes.map((_, i) => encodeGroupCursor(request.offset + i));
      return {
        nodes,
        edges: nodes.map((node, i) => ({ node, cursor: cursors[i] })),
        pageInfo: {
          hasNextPage: hasMore,
          hasPreviousPage: request.offset > 0,
          startCursor: cursors[0] ?? null,
          endCursor: cursors[cursors.length - 1] ?? null,
        },
        get totalCount() {
          return nested
            ? ctx.reports.groupCount(nested.rows, report, request, nested.parentId)
            : groupCountOf(sourceQuery(ctx, source), engine, report, request);
        },
      };
    }
  }
  Object.defineProperty(GroupedAggregatesResolver, 'name', { value: `${report.typeName}GroupedAggregatesResolver` });
  return [AggregatesResolver, GroupedAggregatesResolver];
}

export const ReportResolvers: Function[] = [
  ...reportResolvers(ContributionConnection as ConnectionClass<object>, CONTRIBUTION_REPORT),
  ...reportResolvers(AwardConnection as ConnectionClass<object>, AWARD_REPORT),
  ...reportResolvers(EvaluationResultConnection as ConnectionClass<object>, EVALUATION_RESULT_REPORT),
  ...reportResolvers(PledgeTargetConnection as ConnectionClass<object>, PLEDGE_TARGET_REPORT),
  ...reportResolvers(ProposalConnection as ConnectionClass<object>, PROPOSAL_REPORT),
  ...reportResolvers(ProposalItemConnection as ConnectionClass<object>, PROPOSAL_ITEM_REPORT),
];
