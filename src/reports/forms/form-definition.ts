/**
 * A statistical form to the Ministry is data: its rows and columns each say which records they
 * count, as conditions on the named dimensions of the form's source (a movement's scope, an award's
 * category…). A new circular, or a new version of a form, is a new definition, not new code: the
 * evaluator turns any definition into a few GROUP BY statements.
 */

/** The records a form counts: movements (0601) or awards (0602, 0603). See form-sources.ts. */
export type FormSourceName = 'movements' | 'awards';

/**
 * Which records belong to the reporting unit: those it (or a unit under it) issued or launched, or —
 * for awards decided above the province — those whose recipient belongs to it.
 */
export type FormScope = 'issuer' | 'recipient';

/** A condition on one dimension: its value is one of `in`, or none of `notIn`. */
export interface Selector {
  dimension: string;
  in?: readonly string[];
  notIn?: readonly string[];
}

export interface FormColumn {
  key: string;
  label: string;
  /** A heading spanning consecutive columns of the same group (merged in the XLSX header). */
  group?: string;
  /** Every condition holds (none: every record of the form). */
  where: readonly Selector[];
  /** Counts the records that no other column with conditions counts ("Khác"). */
  rest?: boolean;
}

export interface FormRow {
  key: string;
  /** The row's number as printed (1, 2.1…). */
  code: string;
  label: string;
  /** Indentation: 0 for totals and sections, 1 and 2 for their parts. */
  level: number;
  /** A section heading: it carries no figures. */
  heading?: boolean;
  where: readonly Selector[];
}

export interface FormDefinition {
  /** The GraphQL enum value naming this definition. */
  name: string;
  /** The form's code as printed on it. */
  code: string;
  title: string;
  /** The act that prescribes the layout. */
  legalBasis: string;
  /** What each figure counts (phong trào, lượt khen thưởng…). */
  countUnit: string;
  source: FormSourceName;
  scope: FormScope;
  /** Conditions every counted record meets (e.g. the award's level). */
  where: readonly Selector[];
  columns: readonly FormColumn[];
  rows: readonly FormRow[];
}

export interface ReportingPeriod {
  /** The first day counted, 'YYYY-MM-DD'. */
  from: string;
  /** The last day counted. */
  to: string;
}

/**
 * The Ministry's reporting year N runs from 1 December of N−1 to 30 November of N (Circular
 * 02/2023/TT-BNV), so a decision signed on 2023-12-01 counts in 2024's forms.
 */
export function reportingPeriod(year: number): ReportingPeriod {
  return { from: `${year - 1}-12-01`, to: `${year}-11-30` };
}

/** Whether a record whose dimensions hold `values` meets every selector. */
export function meetsAll(selectors: readonly Selector[], values: ReadonlyMap<string, string>): boolean {
  return selectors.every((s) => {
    const value = values.get(s.dimension) ?? '';
    if (s.in && !s.in.includes(value)) return false;
    if (s.notIn && s.notIn.includes(value)) return false;
    return true;
  });
}

/** Whether a record falls in a column: its own conditions, or for a "rest" column no sibling's. */
export function inColumn(form: FormDefinition, column: FormColumn, values: ReadonlyMap<string, string>): boolean {
  if (!column.rest) return meetsAll(column.where, values);
  return !restSiblings(form).some((other) => meetsAll(other.where, values));
}

/** The columns a "rest" column excludes: every other column that states conditions. */
export function restSiblings(form: FormDefinition): FormColumn[] {
  return form.columns.filter((c) => !c.rest && c.where.length > 0);
}
