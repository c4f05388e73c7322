/**
 * A computed form laid out as it is printed: the heading lines (form code, title, period, reporting
 * unit, what is counted), two header rows whose group headings span their columns, a row of column
 * letters and numbers, then the body. The XLSX and the CSV downloads both write this layout.
 */
import type { ComputedForm } from './form-evaluator';
import type { ReportingUnit } from './form-request';

/** Where the downloads are served; signed links name this path. */
export function formDownloadPath(extension: 'xlsx' | 'csv'): string {
  return `/reports/statistical-form.${extension}`;
}

export interface HeaderCell {
  text: string;
  /** 0-based, within the two header rows and the table's columns. */
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
}

export interface BodyRow {
  key: string;
  code: string;
  label: string;
  level: number;
  heading: boolean;
  /** One figure per column; null on a heading. */
  values: Array<number | null>;
}

export interface FormTable {
  code: string;
  title: string;
  legalBasis: string;
  period: string;
  reportingUnit: string;
  countUnit: string;
  /** Number of table columns: STT, Chỉ tiêu, then one per figure column. */
  width: number;
  header: HeaderCell[];
  /** The line under the header: A, B, then 1, 2, 3… */
  numbering: string[];
  body: BodyRow[];
  /** Each figure column's heading on one line ("Huân chương – Tập thể"), for CSV. */
  flatHeadings: string[];
}

const dayMonthYear = (iso: string) => iso.split('-').reverse().join('/');

export function formTable(form: ComputedForm, unit: ReportingUnit): FormTable {
  const { definition } = form;
  const header: HeaderCell[] = [
    { text: 'STT', row: 0, column: 0, rowSpan: 2, columnSpan: 1 },
    { text: 'Chỉ tiêu', row: 0, column: 1, rowSpan: 2, columnSpan: 1 },
  ];
  definition.columns.forEach((column, i) => {
    const at = i + 2;
    if (!column.group) {
      header.push({ text: column.label, row: 0, column: at, rowSpan: 2, columnSpan: 1 });
      return;
    }
    const previous = definition.columns[i - 1];
    if (previous?.group !== column.group) {
      let span = 1;
      while (definition.columns[i + span]?.group === column.group) span += 1;
      header.push({ text: column.group, row: 0, column: at, rowSpan: 1, columnSpan: span });
    }
    header.push({ text: column.label, row: 1, column: at, rowSpan: 1, columnSpan: 1 });
  });
  return {
    code: definition.code,
    title: definition.title,
    legalBasis: definition.legalBasis,
    period: `Năm ${form.year} (từ ngày ${dayMonthYear(form.period.from)} đến ngày ${dayMonthYear(form.period.to)})`,
    reportingUnit: unit.name,
    countUnit: definition.countUnit,
    width: definition.columns.length + 2,
    header,
    numbering: ['A', 'B', ...definition.columns.map((_, i) => String(i + 1))],
    body: definition.rows.map((row, i) => ({
      key: row.key,
      code: row.code,
      label: row.label,
      level: row.level,
      heading: row.heading === true,
      values: form.cells[i] ?? definition.columns.map(() => null),
    })),
    flatHeadings: definition.columns.map((c) => (c.group ? `${c.group} – ${c.label}` : c.label)),
  };
}
