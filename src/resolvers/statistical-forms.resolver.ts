/**
 * The Ministry's statistical forms: a form computed for a reporting unit and year, the records
 * behind one of its cells, and signed links to download it as XLSX or CSV.
 */
import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { REPORT_ROLES } from '../auth/caller';
import { toGlobalId } from '../core/global-id';
import { Node } from '../core/node';
import { MAX_PAGE_SIZE } from '../core/paging';
import { badUserInput } from '../core/request-errors';
import { Award } from '../entities/awards';
import { Movement } from '../entities/movements';
import { Unit } from '../entities/organisation';
import { encodeCursor, decodeCursor } from '../loaders/keyset-page';
import { cellRecords, computeForm, type FormRequest } from '../reports/forms/form-evaluator';
import { FormArgumentError, formRequestOf } from '../reports/forms/form-request';
import { formDownloadPath } from '../reports/forms/form-table';
import { PageInfo, type ConnectionShape } from '../schema/page';
import { DownloadFormat, StatisticalFormName, StatisticalFormResult } from '../schema/statistical-forms';
import { connectionFromPage } from './connection-result';
import type { RequestContext } from './context';
import { DownloadLink } from './report-links.resolver';

type FormRecord = Movement | Award;

@ObjectType('StatisticalFormRecordEdge', { description: 'Cạnh — one record behind a cell, with its cursor.' })
class StatisticalFormRecordEdge {
  @Field({ description: 'Con trỏ — an opaque cursor for paging from this record.' })
  cursor!: string;

  @Field(() => Node, { description: 'Nút — the record (a Movement or an Award).' })
  node!: FormRecord;
}

/** Written out rather than made by connectionType: its nodes are of an interface type. */
@ObjectType('StatisticalFormRecordConnection', {
  description: 'Bản ghi của một ô — a page of the records one cell of a statistical form counts (Relay connection).',
})
export class StatisticalFormRecordConnection implements ConnectionShape<FormRecord> {
  @Field(() => [StatisticalFormRecordEdge], { description: 'Các cạnh — the records of this page with cursors.' })
  edges!: StatisticalFormRecordEdge[];

  @Field(() => [Node], { description: 'Các nút — the records of this page (Movement or Award).' })
  nodes!: FormRecord[];

  @Field(() => PageInfo, { description: 'Thông tin trang — paging information.' })
  pageInfo!: PageInfo;

  count!: () => Promise<number>;

  @Field(() => Int, { description: 'Tổng số — how many records the cell counts: its figure.' })
  totalCount(): Promise<number> {
    return this.count();
  }
}

const FORM_ARG = { description: 'Biểu mẫu — which form.' };
const YEAR_ARG = { description: 'Năm báo cáo — from 1 December of the year before to 30 November.' };
const UNIT_ARG = { description: 'Đơn vị báo cáo — the reporting unit (its units are counted with it).' };

/** The form asked for, with refusals as the API's BAD_USER_INPUT on the argument at fault. */
async function formRequest(ctx: RequestContext, form: string, year: number, unitId: string): Promise<FormRequest> {
  try {
    return (await formRequestOf(ctx.dataSource, form, year, unitId)).request;
  } catch (error) {
    if (error instanceof FormArgumentError) throw badUserInput(error.message, error.argument);
    throw error;
  }
}

@Resolver()
export class StatisticalFormResolver {
  @Authorized(...REPORT_ROLES)
  @Query(() => StatisticalFormResult, {
    description:
      'Biểu mẫu thống kê — a statistical form to the Ministry (Circular 02/2023/TT-BNV) for a reporting unit and ' +
      'year: its columns and rows with every cell computed in SQL; revoked awards are not counted.',
  })
  async statisticalForm(
    @Arg('form', () => StatisticalFormName, FORM_ARG) form: string,
    @Arg('year', () => Int, YEAR_ARG) year: number,
    @Arg('reportingUnitId', () => ID, UNIT_ARG) reportingUnitId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<StatisticalFormResult> {
    const computed = await computeForm(ctx.dataSource, await formRequest(ctx, form, year, reportingUnitId));
    const { definition } = computed;
    return {
      form: definition.name,
      code: definition.code,
      title: definition.title,
      legalBasis: definition.legalBasis,
      countUnit: definition.countUnit,
      year,
      periodStart: computed.period.from,
      periodEnd: computed.period.to,
      reportingUnit: (await ctx.loaders.byId(Unit).load(computed.reportingUnitId))!,
      columns: definition.columns.map((c) => ({ key: c.key, label: c.label, group: c.group ?? null })),
      rows: definition.rows.map((row, i) => ({
        key: row.key,
        code: row.code,
        label: row.label,
        level: row.level,
        heading: row.heading === true,
        cells: (computed.cells[i] ?? []).map((value, c) => ({ column: definition.columns[c]!.key, value })),
      })),
    };
  }

  @Authorized(...REPORT_ROLES)
  @Query(() => StatisticalFormRecordConnection, {
    description:
      'Bản ghi của một ô — the records (movements or awards) one cell of a statistical form counts, by ID; ' +
      'its totalCount is the cell’s figure.',
  })
  async statisticalFormRecords(
    @Arg('form', () => StatisticalFormName, FORM_ARG) form: string,
    @Arg('year', () => Int, YEAR_ARG) year: number,
    @Arg('reportingUnitId', () => ID, UNIT_ARG) reportingUnitId: string,
    @Arg('row', { description: "Dòng — the row's key (e.g. COLLECTIVE)." }) rowKey: string,
    @Arg('column', { description: "Cột — the column's key (e.g. TOTAL)." }) columnKey: string,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Số bản ghi — per page (default 50, at most 100).' })
    first?: number,
    @Arg('after', { nullable: true, description: 'Sau con trỏ — the page after this cursor.' }) after?: string,
  ): Promise<ConnectionShape<FormRecord>> {
    const request = await formRequest(ctx, form, year, reportingUnitId);
    const row = request.definition.rows.find((r) => r.key === rowKey && !r.heading);
    if (!row) throw badUserInput(`"${rowKey}" is not a row with figures of this form`, 'row');
    const column = request.definition.columns.find((c) => c.key === columnKey);
    if (!column) throw badUserInput(`"${columnKey}" is not a column of this form`, 'column');
    const size = first ?? 50;
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)
      throw badUserInput(`"first" must be a whole number from 0 to ${MAX_PAGE_SIZE}`, 'first');
    const afterId = after ? Number(decodeCursor(after, 1, 'after')[0]) : null;
    const records = await cellRecords(ctx.dataSource, request, row, column, size, afterId);
    const loaded: Array<FormRecord | null | Error> =
      records.typeName === 'Movement'
        ? await ctx.loaders.byId(Movement).loadMany(records.ids)
        : await ctx.loaders.byId(Award).loadMany(records.ids);
    const rows = loaded.filter((r): r is FormRecord => r !== null && !(r instanceof Error));
    return connectionFromPage<FormRecord>(
      StatisticalFormRecordConnection,
      async () => ({
        rows,
        cursorAt: (i) => (records.ids[i] === undefined ? null : encodeCursor([records.ids[i]!])),
        hasNextPage: records.hasMore,
        hasPreviousPage: afterId !== null,
      }),
      records.count,
    );
  }

  @Authorized(...REPORT_ROLES)
  @Query(() => DownloadLink, {
    description:
      'Liên kết tải biểu mẫu — a signed, short-lived link to download a statistical form as XLSX (its printed ' +
      'layout) or CSV.',
  })
  async statisticalFormLink(
    @Arg('form', () => StatisticalFormName, FORM_ARG) form: string,
    @Arg('year', () => Int, YEAR_ARG) year: number,
    @Arg('reportingUnitId', () => ID, UNIT_ARG) reportingUnitId: string,
    @Arg('format', () => DownloadFormat, { description: 'Định dạng — XLSX or CSV.' }) format: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DownloadLink> {
    const request = await formRequest(ctx, form, year, reportingUnitId);
    if (!ctx.linkSigner || !ctx.caller)
      throw badUserInput('Download links are handed out only over HTTP with an API key');
    const params = { form, year: String(year), reportingUnitId: toGlobalId('Unit', request.reportingUnitId) };
    return ctx.linkSigner.sign(
      formDownloadPath(format === DownloadFormat.XLSX ? 'xlsx' : 'csv'),
      params,
      ctx.caller.keyId,
    );
  }
}
