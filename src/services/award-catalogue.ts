/** Catalogues (contribution kinds, award types, base salaries) are ADMIN's; funds belong to their owner. */
import { AwardType, BaseSalary } from '../entities/awards';
import { EmulationBloc } from '../entities/blocs';
import { ContributionKind, Fund } from '../entities/contributions';
import { AwardCategory, AwardLevel, FundPurpose, SubjectType } from '../entities/enums';
import { Unit } from '../entities/organisation';
import type { RecordWrites } from './record-service';
import { refuse, UserErrorCode } from '../core/refusal';

export const AWARD_TYPE_RECORDS: RecordWrites<AwardType> = {
  entity: AwardType,
  vietnamese: 'danh hiệu / hình thức khen thưởng — award type',
  field: 'awardType',
  adminOnly: true,
  fields: {
    code: { kind: 'string', max: 64, required: true, description: 'Mã danh hiệu — the stable catalogue code.' },
    name: { kind: 'string', max: 255, required: true, description: 'Tên — the title or form as written.' },
    category: { kind: 'enum', enum: AwardCategory, required: true, description: 'Nhóm — the category.' },
    allowedSubjects: {
      kind: 'enumList',
      enum: SubjectType,
      required: true,
      description: 'Đối tượng — who may receive it (rule 1).',
    },
    level: { kind: 'enum', enum: AwardLevel, required: true, description: 'Cấp — the level that confers it.' },
    isAnnual: { kind: 'boolean', description: 'Danh hiệu hằng năm — one per recipient per achievement year (rule 2).' },
    prizeCoefficient: { kind: 'decimal', description: 'Hệ số tiền thưởng — multiplied by the base salary.' },
    legalBasis: { kind: 'string', max: 500, description: 'Căn cứ pháp lý — the legal basis.' },
    effectiveFrom: { kind: 'date', description: 'Hiệu lực từ ngày — in force from this date (rule 9).' },
    effectiveTo: { kind: 'date', description: 'Hiệu lực đến ngày — in force until this date.' },
  },
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
  fields: {
    amountVnd: { kind: 'vnd', required: true, description: 'Mức lương cơ sở — the amount in VND (positive).' },
    effectiveFrom: { kind: 'date', required: true, description: 'Áp dụng từ ngày — in force from this date.' },
    legalBasis: { kind: 'string', max: 500, description: 'Căn cứ pháp lý — the act that set it.' },
    roundingStepVnd: {
      kind: 'vnd',
      description: 'Bước làm tròn — prize money is rounded up to a multiple of this (default 1).',
    },
  },
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
