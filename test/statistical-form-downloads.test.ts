/**
 * Statistical forms downloaded over HTTP: the XLSX, read back with exceljs, holds the form's layout
 * (code, title, period, reporting unit, header rows with merged group headings, Vietnamese intact)
 * and, cell by cell, the figures the GraphQL query gives; the CSV holds the same figures; links are
 * signed and bound to a reporting key.
 */
import ExcelJS from 'exceljs';
import { issueApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import type { RunningService } from '../src/main';
import { XLSX_BODY_ROW, XLSX_LAYOUT } from '../src/reports/forms/form-xlsx';
import { seedSynthetic } from '../src/seed/synthetic';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';

const FORM = `query($form: StatisticalFormName!, $year: Int!, $unit: ID!, $format: DownloadFormat!) {
  statisticalForm(form: $form, year: $year, reportingUnitId: $unit) {
    code title reportingUnit { name } columns { key label group }
    rows { key code label heading cells { value } }
  }
  statisticalFormLink(form: $form, year: $year, reportingUnitId: $unit, format: $format) { url expiresAt }
}`;

describeEachEngine(
  'statistical form downloads',
  (ctx) => {
    let service: RunningService;
    let reporter = '';
    let reader = '';
    let unit = '';
    beforeAll(async () => {
      await seedSynthetic(ctx.dataSource, { contributions: 1000, seed: 3 });
      service = await startService(ctx);
      reporter = (await issueApiKey(ctx.dataSource, { role: Role.REPORTER, name: 'báo cáo' })).key;
      reader = (await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'đọc' })).key;
      const data = await graphql(
        reporter,
        '{ units(filter: { kind: { eq: PROVINCIAL_COMMITTEE } }) { nodes { id } } }',
      );
      unit = data.units.nodes[0].id;
    });
    afterAll(() => service?.stop());

    const get = (path: string, key?: string) =>
      fetch(`${service.url}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
    async function graphql(key: string, query: string, variables: object = {}): Promise<any> {
      const response = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: unknown; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    }

    it.each(['MOVEMENTS_0601', 'STATE_AWARDS_0602', 'PROVINCIAL_AWARDS_0603'])(
      '%s as XLSX: the layout and every figure, read back with exceljs',
      async (form) => {
        const data = await graphql(reporter, FORM, { form, year: 2023, unit, format: 'XLSX' });
        const { statisticalForm: expected, statisticalFormLink: link } = data;
        const response = await get(link.url);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        expect(response.headers.get('content-disposition')).toMatch(
          /^attachment; filename="0\d{3}\.N-2023-SYN01_UBND\.xlsx"$/,
        );
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(await response.arrayBuffer());
        const sheet = workbook.worksheets[0]!;
        const at = (row: number, column: number) => sheet.getCell(row, column).value;
        expect(at(XLSX_LAYOUT.codeRow, 1)).toContain(expected.code);
        expect(at(XLSX_LAYOUT.titleRow, 1)).toBe(expected.title.toLocaleUpperCase('vi'));
        expect(at(XLSX_LAYOUT.periodRow, 1)).toBe('Năm 2023 (từ ngày 01/12/2022 đến ngày 30/11/2023)');
        expect(at(XLSX_LAYOUT.unitRow, 1)).toBe(`Đơn vị báo cáo: ${expected.reportingUnit.name}`);

        const header = XLSX_LAYOUT.headerRow;
        const merges = sheet.model.merges;
        expect([at(header, 1), at(header, 2)]).toEqual(['STT', 'Chỉ tiêu']);
        expect(merges).toEqual(expect.arrayContaining(['A7:A8', 'B7:B8']));
        expected.columns.forEach((column: { label: string; group: string | null }, i: number) => {
          const c = i + 3;
          if (column.group) {
            expect(at(header + 1, c)).toBe(column.label);
            expect(sheet.getCell(header, c).master.value).toBe(column.group);
          } else {
            expect(at(header, c)).toBe(column.label);
            expect(sheet.getCell(header + 1, c).master.address).toBe(sheet.getCell(header, c).address);
          }
        });
        expected.rows.forEach((row: { code: string; label: string; cells: Array<{ value: number }> }, i: number) => {
          const r = XLSX_BODY_ROW + i;
          expect(at(r, 1)).toBe(row.code);
          expect(at(r, 2)).toBe(row.label);
          const figures = expected.columns.map((_: unknown, c: number) => at(r, c + 3));
          expect(figures).toEqual(row.cells.length ? row.cells.map((cell) => cell.value) : figures.map(() => null));
        });
        expect(at(XLSX_BODY_ROW + expected.rows.length, 1)).toBeNull();
      },
    );

    it('downloads the same figures as CSV, with a BOM and the column groups in the headings', async () => {
      const data = await graphql(reporter, FORM, { form: 'STATE_AWARDS_0602', year: 2024, unit, format: 'CSV' });
      const response = await get(data.statisticalFormLink.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
      expect(lines[0]).toContain('STT,Mã dòng / row key,Chỉ tiêu,Tổng số,Huân chương – Tập thể,Huân chương – Cá nhân');
      const rows = data.statisticalForm.rows;
      expect(lines).toHaveLength(rows.length + 1);
      rows.forEach((row: { key: string; code: string; cells: Array<{ value: number }> }, i: number) => {
        const cells = lines[i + 1]!.split(',');
        expect(cells.slice(0, 2)).toEqual([row.code, row.key]);
        expect(cells.slice(-data.statisticalForm.columns.length)).toEqual(
          row.cells.length ? row.cells.map((c) => String(c.value)) : data.statisticalForm.columns.map(() => ''),
        );
      });
    });

    it('refuses a tampered link, no key and a READER key', async () => {
      const data = await graphql(reporter, FORM, { form: 'MOVEMENTS_0601', year: 2023, unit, format: 'XLSX' });
      const tampered = data.statisticalFormLink.url.replace('year=2023', 'year=2022');
      expect((await get(tampered)).status).toBe(401);
      const direct = `/reports/statistical-form.csv?form=MOVEMENTS_0601&year=2023&reportingUnitId=${unit}`;
      expect((await get(direct)).status).toBe(401);
      expect((await get(direct, reader)).status).toBe(403);
      expect((await get(direct, reporter)).status).toBe(200);
      const badForm = await get(direct.replace('MOVEMENTS_0601', 'NOPE'), reporter);
      expect(badForm.status).toBe(400);
      expect(((await badForm.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  },
  { sqlite: 'file' },
);
