/**
 * What a form is asked for — a form name, a reporting year and a reporting unit's global ID — checked
 * once for the GraphQL query and the downloads alike.
 */
import type { DataSource } from 'typeorm';
import { fromGlobalId } from '../../core/global-id';
import { formNamed } from '.';
import type { FormRequest } from './form-evaluator';

/** Years the service records (as the inputs check them). */
const MIN_YEAR = 1945;
const MAX_YEAR = 2100;

export class FormArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ReportingUnit {
  id: number;
  code: string;
  name: string;
}

export async function formRequestOf(
  dataSource: DataSource,
  form: string,
  year: number,
  reportingUnitId: string,
): Promise<{ request: FormRequest; unit: ReportingUnit }> {
  const definition = formNamed(form);
  if (!definition) throw new FormArgumentError('form', `"${form}" is not a statistical form`);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw new FormArgumentError('year', `"year" must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  const decoded = fromGlobalId(reportingUnitId);
  if (!decoded || decoded.typeName !== 'Unit')
    throw new FormArgumentError('reportingUnitId', `"${reportingUnitId}" is not the ID of a Unit`);
  const [unit] = (await dataSource.query('SELECT id, code, name FROM units WHERE id = ? AND deletedAt IS NULL', [
    decoded.databaseId,
  ])) as Array<{ id: number | string; code: string; name: string }>;
  if (!unit) throw new FormArgumentError('reportingUnitId', `No unit has the ID "${reportingUnitId}"`);
  return {
    request: { definition, year, reportingUnitId: Number(unit.id) },
    unit: { id: Number(unit.id), code: unit.code, name: unit.name },
  };
}
