/** The award catalogue — award types and base salaries — is written by ADMIN keys only. */
import { AwardType, BaseSalary } from '../entities/awards';
import { writableFields } from '../entities/field';
import type { RecordWrites } from './record-service';
import { refuse, UserErrorCode } from '../core/refusal';

export const AWARD_TYPE_RECORDS: RecordWrites<AwardType> = {
  entity: AwardType,
  vietnamese: 'danh hiệu / hình thức khen thưởng — award type',
  field: 'awardType',
  adminOnly: true,
  fields: writableFields(AwardType),
  unique: [{ columns: ['code'], field: 'code', message: 'An award type with this code already exists' }],
  async rules(_w, type) {
    if (type.allowedSubjects.length === 0)
      refuse(UserErrorCode.INVALID_INPUT, 'allowedSubjects needs at least one subject type', ['allowedSubjects']);
    if (new Set(type.allowedSubjects).size !== type.allowedSubjects.length)
      refuse(UserErrorCode.INVALID_INPUT, 'allowedSubjects lists a subject type twice', ['allowedSubjects']);
    if (type.effectiveFrom && type.effectiveTo && type.effectiveTo < type.effectiveFrom)
      refuse(UserErrorCode.INVALID_INPUT, 'effectiveTo cannot be before effectiveFrom', ['effectiveTo']);
  },
};

export const BASE_SALARY_RECORDS: RecordWrites<BaseSalary> = {
  entity: BaseSalary,
  vietnamese: 'lương cơ sở — base salary',
  field: 'baseSalary',
  adminOnly: true,
  fields: writableFields(BaseSalary),
  unique: [
    { columns: ['effectiveFrom'], field: 'effectiveFrom', message: 'A base salary already takes effect on this date' },
  ],
  async rules(_w, salary) {
    if (BigInt(salary.amountVnd) <= 0n)
      refuse(UserErrorCode.INVALID_INPUT, 'amountVnd must be positive', ['amountVnd']);
    if (salary.roundingStepVnd !== undefined && salary.roundingStepVnd !== null && BigInt(salary.roundingStepVnd) <= 0n)
      refuse(UserErrorCode.INVALID_INPUT, 'roundingStepVnd must be positive', ['roundingStepVnd']);
  },
};
