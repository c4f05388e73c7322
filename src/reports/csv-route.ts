/**
 * CSV downloads of the grouped reports: `GET /reports/contributions.csv` and `/reports/awards.csv`
 * with `groupBy=MOVEMENT,YEAR` and optional `filter`, `having`, `orderBy` (JSON, the GraphQL
 * arguments' shapes). Each runs the same GraphQL query as `groupedAggregates`, under the same
 * authorization — an API key header, or a short-lived link the API signed — and streams the
 * groups a page at a time.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { execute, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { callerOfKeyId, InvalidApiKeyError } from '../auth/api-keys';
import type { Caller } from '../auth/caller';
import { databaseAnswers, DatabaseUnreachableError, isDatabaseUnreachable } from '../db/unreachable';
import { csvLine, UTF8_BOM } from './csv';
import type { LinkSigner } from './download-links';
import { AWARD_REPORT, CONTRIBUTION_REPORT, type ReportDefinition } from './report-definitions';
import { filterFixesKind } from './report-values';
import { requestErrorBody } from '../core/request-errors';

export interface CsvReport {
  report: ReportDefinition;
  /** The root list field the report groups. */
  listField: string;
  file: string;
}

export const CSV_REPORTS: Record<string, CsvReport> = {
  contributions: { report: CONTRIBUTION_REPORT, listField: 'contributions', file: 'contributions' },
  awards: { report: AWARD_REPORT, listField: 'awards', file: 'awards' },
};

const PAGE = 100;
const STATISTICS = [
  ['sum', 'Tổng', 'sum'],
  ['avg', 'Trung bình', 'average'],
  ['min', 'Nhỏ nhất', 'min'],
  ['max', 'Lớn nhất', 'max'],
] as const;

interface Column {
  header: string;
  cell(node: Record<string, unknown>): unknown;
}

const vietnameseOf = (description: string) => description.split(' — ')[0]!;

/** The selection and the columns of a grouped report, in the order of its keys, then its figures. */
function layout(
  report: ReportDefinition,
  groupBy: string[],
  quantityAllowed: boolean,
): { selection: string; columns: Column[] } {
  const keySelections: string[] = [];
  const columns: Column[] = [];
  for (const name of groupBy) {
    const key = report.keys[name]!;
    const vn = vietnameseOf(key.description);
    const at = (node: Record<string, unknown>) => (node.key as Record<string, unknown>)[key.field];
    if ('record' in key.value) {
      keySelections.push(`${key.field} { code name }`);
      columns.push({
        header: `${vn} (mã) / ${key.field} code`,
        cell: (n) => (at(n) as { code: string } | null)?.code ?? null,
      });
      columns.push({ header: `${vn} / ${key.field}`, cell: (n) => (at(n) as { name: string } | null)?.name ?? null });
    } else {
      keySelections.push(key.field);
      columns.push({ header: `${vn} / ${key.field}`, cell: at });
    }
  }
  const measures = report.measures.filter((m) => m.kind !== 'quantity' || quantityAllowed);
  columns.push({ header: 'Số bản ghi / count', cell: (n) => n.count });
  const figureSelections: string[] = [];
  for (const [statistic, vn, en] of STATISTICS) {
    if (measures.length) figureSelections.push(`${statistic} { ${measures.map((m) => m.name).join(' ')} }`);
    for (const measure of measures) {
      columns.push({
        header: `${vn} ${vietnameseOf(measure.description)} / ${en} ${measure.name}`,
        cell: (n) => (n[statistic] as Record<string, unknown>)[measure.name],
      });
    }
  }
  return { selection: `key { ${keySelections.join(' ')} } count ${figureSelections.join(' ')}`, columns };
}

export class CsvRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function jsonParam(params: URLSearchParams, name: string): unknown {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new CsvRequestError(400, 'BAD_USER_INPUT', `${name} must be JSON (the GraphQL argument's shape)`);
  }
}

const STATUS_BY_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

export interface CsvRouteOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  signer: LinkSigner;
  /** The request context the GraphQL resolvers expect. */
  contextFor(caller: Caller | null, requestId: string): object;
}

/** The caller of a download: the key header's, or the key a valid signed link was made for. */
export async function callerOf(
  request: FastifyRequest,
  params: URLSearchParams,
  path: string,
  options: Pick<CsvRouteOptions, 'dataSource' | 'signer'>,
): Promise<Caller | null> {
  // The server's API hook has already authenticated a key header, if any.
  if (!params.has('sig')) return request.caller;
  try {
    return await callerOfKeyId(options.dataSource, options.signer.verify(path, params));
  } catch (error) {
    // The database away is the server's 503, not a bad link.
    if (isDatabaseUnreachable(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CsvRequestError(
      401,
      'UNAUTHENTICATED',
      `The download link is not valid: ${error instanceof InvalidApiKeyError ? error.message : reason}`,
    );
  }
}

async function download(
  name: string,
  request: FastifyRequest,
  reply: FastifyReply,
  options: CsvRouteOptions,
): Promise<FastifyReply> {
  const csv = CSV_REPORTS[name]!;
  const path = `/reports/${csv.file}.csv`;
  const params = new URL(request.url, 'http://service').searchParams;
  const caller = await callerOf(request, params, path, options);
  const groupBy = (params.get('groupBy') ?? '')
    .split(',')
    .map((k) => k.trim().toUpperCase())
    .filter(Boolean);
  const unknown = groupBy.filter((k) => !csv.report.keys[k]);
  if (groupBy.length === 0 || unknown.length) {
    throw new CsvRequestError(
      400,
      'BAD_USER_INPUT',
      `groupBy must list keys among ${Object.keys(csv.report.keys).join(', ')}` +
        (unknown.length ? ` (not ${unknown.join(', ')})` : ''),
    );
  }
  const filter = jsonParam(params, 'filter');
  const quantityAllowed =
    filterFixesKind(filter) || (csv.report.kindKey !== undefined && groupBy.includes(csv.report.kindKey));
  const { selection, columns } = layout(csv.report, groupBy, quantityAllowed);
  const t = csv.report.typeName;
  const document = parse(`query CsvPage(
      $filter: ${t}Filter, $groupBy: [${t}GroupBy!]!, $having: ${t}GroupHaving,
      $orderBy: [${t}GroupOrder!], $after: String
    ) {
    list: ${csv.listField}(filter: $filter) {
      groupedAggregates(groupBy: $groupBy, having: $having, orderBy: $orderBy, first: ${PAGE}, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { ${selection} }
      }
    }
  }`);
  const variables = { filter, groupBy, having: jsonParam(params, 'having'), orderBy: jsonParam(params, 'orderBy') };
  const page = async (after: string | null) => {
    const result = (await execute({
      schema: options.schema,
      document,
      variableValues: { ...variables, after },
      contextValue: options.contextFor(caller, request.id),
    })) as ExecutionResult<{
      list: {
        groupedAggregates: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: Array<Record<string, unknown>>;
        };
      };
    }>;
    if (result.errors?.length) {
      const failed = result.errors[0]!;
      // A resolver's uncoded failure while the database does not answer is an outage (503). The probe
      // is there because graphql-js replaces a thrown value that is not an Error of its realm.
      if (
        isDatabaseUnreachable(failed.originalError) ||
        (failed.path && failed.extensions.code === undefined && !(await databaseAnswers(options.dataSource)))
      )
        throw new DatabaseUnreachableError(failed.message);
      const code = String(failed.extensions?.code ?? 'BAD_USER_INPUT');
      throw new CsvRequestError(STATUS_BY_CODE[code] ?? 400, code, result.errors[0]!.message);
    }
    return result.data!.list.groupedAggregates;
  };
  // The first page runs before any byte is sent, so a refusal is still a proper error response.
  const first = await page(null);
  async function* lines(): AsyncGenerator<string> {
    yield UTF8_BOM + csvLine(columns.map((c) => c.header));
    let current = first;
    for (;;) {
      for (const node of current.nodes) yield csvLine(columns.map((c) => c.cell(node)));
      if (!current.pageInfo.hasNextPage) return;
      current = await page(current.pageInfo.endCursor);
    }
  }
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${csv.file}-${groupBy.join('-').toLowerCase()}.csv"`)
    .header('cache-control', 'no-store')
    .send(Readable.from(lines()));
}

export function registerCsvRoutes(app: FastifyInstance, options: CsvRouteOptions): void {
  for (const name of Object.keys(CSV_REPORTS)) {
    app.get(`/reports/${CSV_REPORTS[name]!.file}.csv`, async (request, reply) => {
      try {
        return await download(name, request, reply, options);
      } catch (error) {
        const status =
          error instanceof CsvRequestError
            ? error.status
            : (error as { extensions?: { http?: { status?: number } } }).extensions?.http?.status;
        if (!status) throw error;
        const code = error instanceof CsvRequestError ? error.code : 'UNAUTHENTICATED';
        return reply.code(status).send(requestErrorBody(request.id, code, (error as Error).message));
      }
    });
  }
}
