/**
 * Signed CSV links: the same arguments as `groupedAggregates`, answered with a short-lived URL a
 * browser can download without the API key (the link is bound to the key that asked for it).
 */
import { Arg, Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { REPORT_ROLES } from '../auth/caller';
import { CSV_REPORTS, type CsvReport } from '../reports/csv-route';
import { reportTypes } from '../schema/aggregate-types';
import { AWARDS } from '../schema/awards';
import { CONTRIBUTIONS } from '../schema/contributions';
import { DateTimeScalar } from '../core/scalars';
import { badUserInput } from '../core/request-errors';
import type { RequestContext } from './context';

@ObjectType('DownloadLink', {
  description:
    'Liên kết tải về — a signed, short-lived link to a file (a report as CSV or XLSX, a dossier document), ' +
    'which a browser can open without the API key.',
})
export class DownloadLink {
  @Field({
    description: "Đường dẫn — the path and query to GET from this service (prefix it with the service's base URL).",
  })
  url!: string;

  @Field(() => DateTimeScalar, { description: 'Hết hạn — when the link stops working.' })
  expiresAt!: Date;
}

interface LinkArgs {
  groupBy: string[];
  filter?: object | null;
  having?: object | null;
  orderBy?: object[] | null;
}

function linkFor(ctx: RequestContext, csv: CsvReport, args: LinkArgs): DownloadLink {
  if (!ctx.linkSigner || !ctx.caller)
    throw badUserInput('Download links are handed out only over HTTP with an API key');
  const params: Record<string, string> = { groupBy: args.groupBy.join(',') };
  if (args.filter) params.filter = JSON.stringify(args.filter);
  if (args.having) params.having = JSON.stringify(args.having);
  if (args.orderBy?.length) params.orderBy = JSON.stringify(args.orderBy);
  return ctx.linkSigner.sign(`/reports/${csv.file}.csv`, params, ctx.caller.keyId);
}

const contributionTypes = reportTypes(CSV_REPORTS.contributions!.report).group!;
const awardTypes = reportTypes(CSV_REPORTS.awards!.report).group!;

@Resolver()
export class ReportLinkResolver {
  @Authorized(...REPORT_ROLES)
  @Query(() => DownloadLink, {
    description:
      'Liên kết CSV đóng góp — a signed link to download contributions grouped as `groupedAggregates` would ' +
      'group them, as CSV (UTF-8 with BOM).',
  })
  contributionsCsvLink(
    @Arg('groupBy', () => [contributionTypes.groupByEnum], { description: 'Nhóm theo — the keys.' }) groupBy: string[],
    @Arg('filter', () => CONTRIBUTIONS.filterType, { nullable: true, description: 'Lọc — as on `contributions`.' })
    filter: object | null,
    @Arg('having', () => contributionTypes.having, { nullable: true, description: 'Lọc nhóm — on the figures.' })
    having: object | null,
    @Arg('orderBy', () => [contributionTypes.order], { nullable: true, description: "Sắp xếp — the groups' order." })
    orderBy: object[] | null,
    @Ctx() ctx: RequestContext,
  ): DownloadLink {
    return linkFor(ctx, CSV_REPORTS.contributions!, { groupBy, filter, having, orderBy });
  }

  @Authorized(...REPORT_ROLES)
  @Query(() => DownloadLink, {
    description: 'Liên kết CSV khen thưởng — a signed link to download award statistics as CSV (UTF-8 with BOM).',
  })
  awardsCsvLink(
    @Arg('groupBy', () => [awardTypes.groupByEnum], { description: 'Nhóm theo — the keys.' }) groupBy: string[],
    @Arg('filter', () => AWARDS.filterType, { nullable: true, description: 'Lọc — as on `awards`.' })
    filter: object | null,
    @Arg('having', () => awardTypes.having, { nullable: true, description: 'Lọc nhóm — on the figures.' })
    having: object | null,
    @Arg('orderBy', () => [awardTypes.order], { nullable: true, description: "Sắp xếp — the groups' order." })
    orderBy: object[] | null,
    @Ctx() ctx: RequestContext,
  ): DownloadLink {
    return linkFor(ctx, CSV_REPORTS.awards!, { groupBy, filter, having, orderBy });
  }
}
