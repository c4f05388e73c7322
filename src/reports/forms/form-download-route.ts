/**
 * Downloads of a statistical form: `GET /reports/statistical-form.xlsx` (the printed layout) and
 * `/reports/statistical-form.csv`, with `form`, `year` and `reportingUnitId` (a Unit's global ID),
 * under the same authorization as the GraphQL query — a reporting API key in the header, or a
 * short-lived link the API signed. The form is computed before a byte is sent, so a refusal is a
 * proper JSON error; the file is then streamed.
 */
import { PassThrough, Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { Role, REPORT_ROLES } from '../../auth/caller';
import { csvLine, UTF8_BOM } from '../csv';
import { callerOf, CsvRequestError } from '../csv-route';
import type { LinkSigner } from '../download-links';
import { computeForm } from './form-evaluator';
import { FormArgumentError, formRequestOf } from './form-request';
import { formDownloadPath, formTable, type FormTable } from './form-table';
import { writeFormXlsx } from './form-xlsx';
import { requestErrorBody } from '../../core/request-errors';

export interface FormDownloadOptions {
  dataSource: DataSource;
  signer: LinkSigner;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The CSV: one header line (group and column headings joined), then one line per row. */
function* csvLines(table: FormTable): Generator<string> {
  yield UTF8_BOM + csvLine(['STT', 'Mã dòng / row key', 'Chỉ tiêu', ...table.flatHeadings]);
  for (const row of table.body) yield csvLine([row.code, row.key, row.label, ...row.values]);
}

async function download(
  extension: 'xlsx' | 'csv',
  request: FastifyRequest,
  reply: FastifyReply,
  options: FormDownloadOptions,
): Promise<FastifyReply> {
  const path = formDownloadPath(extension);
  const params = new URL(request.url, 'http://service').searchParams;
  const caller = await callerOf(request, params, path, options);
  if (!caller) throw new CsvRequestError(401, 'UNAUTHENTICATED', 'Statistical forms need an API key');
  if (caller.role !== Role.ADMIN && !REPORT_ROLES.includes(caller.role))
    throw new CsvRequestError(403, 'FORBIDDEN', `A ${caller.role} key may not download reports`);
  let asked;
  try {
    const year = Number(params.get('year') ?? '');
    asked = await formRequestOf(
      options.dataSource,
      params.get('form') ?? '',
      year,
      params.get('reportingUnitId') ?? '',
    );
  } catch (error) {
    if (error instanceof FormArgumentError) throw new CsvRequestError(400, 'BAD_USER_INPUT', error.message);
    throw error;
  }
  const table = formTable(await computeForm(options.dataSource, asked.request), asked.unit);
  const file = `${table.code.split('/')[0]}-${asked.request.year}-${asked.unit.code}.${extension}`.replace(
    /[^\w.-]/g,
    '_',
  );
  reply.header('content-disposition', `attachment; filename="${file}"`).header('cache-control', 'no-store');
  if (extension === 'csv')
    return reply.header('content-type', 'text/csv; charset=utf-8').send(Readable.from(csvLines(table)));
  const body = new PassThrough();
  writeFormXlsx(table, body).catch((error: Error) => body.destroy(error));
  return reply.header('content-type', XLSX_TYPE).send(body);
}

export function registerFormDownloadRoutes(app: FastifyInstance, options: FormDownloadOptions): void {
  for (const extension of ['xlsx', 'csv'] as const) {
    app.get(formDownloadPath(extension), async (request, reply) => {
      try {
        return await download(extension, request, reply, options);
      } catch (error) {
        if (!(error instanceof CsvRequestError)) throw error;
        return reply.code(error.status).send(requestErrorBody(request.id, error.code, error.message));
      }
    });
  }
}
