/**
 * The statistical forms' GraphQL types: which forms there are (one enum value per definition, so a
 * new definition is a new value), and a computed form — its columns, its rows with their cells.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { declareEnum } from '../core/enum';
import { DateScalar } from '../core/scalars';
import { Unit } from '../entities/organisation';
import { STATISTICAL_FORMS } from '../reports/forms';

export const StatisticalFormName = declareEnum(
  'StatisticalFormName',
  'Biểu mẫu thống kê — a statistical form the province sends to the Ministry of Home Affairs.',
  Object.fromEntries(STATISTICAL_FORMS.map((f) => [f.name, `Biểu ${f.code} — ${f.title} (${f.legalBasis}).`])),
);

export const DownloadFormat = declareEnum('DownloadFormat', 'Định dạng tải về — the file format of a download.', {
  XLSX: 'Excel — an Excel workbook in the form’s printed layout.',
  CSV: 'CSV — comma-separated values, UTF-8 with a byte-order mark.',
});

@ObjectType('StatisticalFormColumn', { description: 'Cột biểu mẫu — one column of figures of a statistical form.' })
export class StatisticalFormColumn {
  @Field({ description: "Mã cột — the column's stable key (e.g. TOTAL)." })
  key!: string;

  @Field({ description: 'Tên cột — the heading as printed.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Nhóm cột — the heading spanning this and its neighbours.' })
  group!: string | null;
}

@ObjectType('StatisticalFormCell', { description: 'Ô số liệu — one figure of a row, in one column.' })
export class StatisticalFormCell {
  @Field({ description: "Mã cột — the column's key." })
  column!: string;

  @Field(() => Int, { description: 'Giá trị — how many records the row and the column both count.' })
  value!: number;
}

@ObjectType('StatisticalFormRow', { description: 'Dòng biểu mẫu — one row of a statistical form.' })
export class StatisticalFormRow {
  @Field({ description: "Mã dòng — the row's stable key (e.g. COLLECTIVE)." })
  key!: string;

  @Field({ description: 'Số thứ tự — the row number as printed (1, 2.1…).' })
  code!: string;

  @Field({ description: 'Tên dòng — the label as printed.' })
  label!: string;

  @Field(() => Int, { description: 'Cấp thụt lề — 0 for totals and sections, 1 and 2 for their parts.' })
  level!: number;

  @Field({ description: 'Tiêu đề mục — a section heading without figures.' })
  heading!: boolean;

  @Field(() => [StatisticalFormCell], {
    description: 'Các ô — a figure per column, in column order (none on a heading).',
  })
  cells!: StatisticalFormCell[];
}

@ObjectType('StatisticalForm', {
  description: 'Biểu mẫu thống kê — a statistical form to the Ministry, computed for one reporting unit and year.',
})
export class StatisticalFormResult {
  @Field(() => StatisticalFormName, { description: 'Biểu mẫu — which form.' })
  form!: string;

  @Field({ description: 'Ký hiệu biểu — the form code as printed (e.g. 0601.N/BNV-TĐKT).' })
  code!: string;

  @Field({ description: 'Tên biểu — the title as printed.' })
  title!: string;

  @Field({ description: 'Căn cứ — the act that prescribes the form.' })
  legalBasis!: string;

  @Field({ description: 'Đơn vị tính — what each figure counts.' })
  countUnit!: string;

  @Field(() => Int, { description: 'Năm báo cáo — the reporting year.' })
  year!: number;

  @Field(() => DateScalar, { description: 'Từ ngày — the first day counted (1 December of the year before).' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Đến ngày — the last day counted (30 November).' })
  periodEnd!: string;

  @Field(() => Unit, { description: 'Đơn vị báo cáo — the reporting unit; the units under it are counted too.' })
  reportingUnit!: Unit;

  @Field(() => [StatisticalFormColumn], { description: 'Các cột — the columns of figures, in order.' })
  columns!: StatisticalFormColumn[];

  @Field(() => [StatisticalFormRow], { description: 'Các dòng — the rows, in order.' })
  rows!: StatisticalFormRow[];
}
