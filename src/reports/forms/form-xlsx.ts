/**
 * A form as an Excel workbook in its printed layout — the form code and legal basis, the title, the
 * period, the reporting unit and what is counted; two header rows with merged group headings; the
 * numbering row; the body with figures as numbers — written with exceljs's streaming writer straight
 * into `output`, so the file is never held whole in memory.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FormTable } from './form-table';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'Times New Roman';

/** Row numbers (1-based) of the layout's parts. */
export const XLSX_LAYOUT = { codeRow: 1, titleRow: 2, periodRow: 3, unitRow: 4, countRow: 5, headerRow: 7 } as const;

/** The row where the body starts: after the two header rows and the numbering row. */
export const XLSX_BODY_ROW = XLSX_LAYOUT.headerRow + 3;

export async function writeFormXlsx(table: FormTable, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Thi đua – Khen thưởng';
  const sheet = workbook.addWorksheet(table.code.split('/')[0]!.replace(/[^\w.]/g, '_'), {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 8 }, { width: 48 }, ...table.numbering.slice(2).map(() => ({ width: 14 }))];
  const last = table.width;
  const line = (row: number, text: string, options: { bold?: boolean; size?: number; align?: 'left' | 'center' }) => {
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, bold: options.bold === true, size: options.size ?? 12 };
    cell.alignment = { horizontal: options.align ?? 'left', vertical: 'middle', wrapText: true };
    sheet.mergeCells(row, 1, row, last);
  };
  line(XLSX_LAYOUT.codeRow, `Biểu số: ${table.code} — ban hành kèm theo ${table.legalBasis}`, { size: 11 });
  line(XLSX_LAYOUT.titleRow, table.title.toLocaleUpperCase('vi'), { bold: true, size: 14, align: 'center' });
  line(XLSX_LAYOUT.periodRow, table.period, { align: 'center' });
  line(XLSX_LAYOUT.unitRow, `Đơn vị báo cáo: ${table.reportingUnit}`, {});
  line(XLSX_LAYOUT.countRow, `Đơn vị tính: ${table.countUnit}`, {});

  const headerStyle = (cell: ExcelJS.Cell) => {
    cell.font = { name: FONT, bold: true, size: 11 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  };
  // Every cell of the header gets its border, merged or not, so the grid prints whole.
  for (let r = 0; r < 3; r += 1)
    for (let c = 1; c <= last; c += 1) headerStyle(sheet.getCell(XLSX_LAYOUT.headerRow + r, c));
  for (const cell of table.header) {
    const top = XLSX_LAYOUT.headerRow + cell.row;
    sheet.getCell(top, cell.column + 1).value = cell.text;
    if (cell.rowSpan > 1 || cell.columnSpan > 1)
      sheet.mergeCells(top, cell.column + 1, top + cell.rowSpan - 1, cell.column + cell.columnSpan);
  }
  table.numbering.forEach((text, i) => {
    const cell = sheet.getCell(XLSX_LAYOUT.headerRow + 2, i + 1);
    cell.value = text;
    cell.font = { name: FONT, italic: true, size: 10 };
  });
  sheet.getRow(XLSX_LAYOUT.headerRow).height = 32;
  sheet.getRow(XLSX_LAYOUT.headerRow + 1).height = 48;
  for (let r = 1; r < XLSX_BODY_ROW; r += 1) sheet.getRow(r).commit();

  table.body.forEach((bodyRow, i) => {
    const row = sheet.getRow(XLSX_BODY_ROW + i);
    row.values = [bodyRow.code, bodyRow.label, ...bodyRow.values];
    for (let column = 1; column <= last; column += 1) {
      const cell = row.getCell(column);
      cell.border = BORDER;
      cell.font = { name: FONT, size: 11, bold: bodyRow.level === 0 };
      cell.alignment =
        column === 2
          ? { horizontal: 'left', vertical: 'middle', indent: bodyRow.level * 2, wrapText: true }
          : { horizontal: 'center', vertical: 'middle' };
    }
    row.commit();
  });
  sheet.commit();
  await workbook.commit();
}
