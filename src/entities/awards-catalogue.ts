/**
 * The award catalogue: award types (titles and forms of commendation) and the base salaries prize
 * money is computed from. Every column is declared once with `field` (see field.ts).
 */
import { ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { Node } from '../core/node';
import { MaintainedRecord } from './base';
import { AwardCategory, AwardLevel, SubjectType } from './enums';
import { field } from './field';

/** Danh hiệu thi đua / hình thức khen thưởng — a catalogue row with its legal basis and validity. */
@ObjectType('AwardType', {
  implements: Node,
  description: 'Danh hiệu thi đua / hình thức khen thưởng — a catalogue row with its legal basis and validity.',
})
@Entity('award_types')
export class AwardType extends MaintainedRecord {
  @Index('uq_award_types_code', { unique: true })
  @field.code({ description: 'Mã danh hiệu — the stable catalogue code.', write: 'required', filter: true, sort: true })
  code!: string;

  @field.string({
    description: 'Tên danh hiệu — the title or form as written.',
    write: 'required',
    filter: true,
    sort: true,
  })
  name!: string;

  @field.enum(AwardCategory, {
    description: 'Nhóm — emulation title or commendation form.',
    write: 'required',
    filter: true,
  })
  category!: AwardCategory;

  @field.enumList(SubjectType, {
    description: 'Đối tượng — who may receive it (rule 1).',
    write: 'required',
  })
  allowedSubjects!: SubjectType[];

  @field.enum(AwardLevel, {
    description: 'Cấp — the level that confers it.',
    write: 'required',
    filter: true,
    sort: true,
  })
  level!: AwardLevel;

  @field.boolean({
    default: false,
    description: 'Danh hiệu hằng năm — one per recipient per achievement year (rule 2).',
    write: true,
    filter: true,
  })
  isAnnual!: boolean;

  @field.decimal({
    nullable: true,
    description: 'Hệ số tiền thưởng — multiplied by the base salary in force on the decision date.',
    write: true,
  })
  prizeCoefficient!: string | null;

  @field.string({ length: 500, nullable: true, description: 'Căn cứ pháp lý — the legal basis.', write: true })
  legalBasis!: string | null;

  @field.date({
    nullable: true,
    description: 'Hiệu lực từ ngày — in force from this date (rule 9).',
    write: true,
    filter: true,
  })
  effectiveFrom!: string | null;

  @field.date({
    nullable: true,
    description: 'Hiệu lực đến ngày — in force until this date.',
    write: true,
    filter: true,
  })
  effectiveTo!: string | null;
}

/** Lương cơ sở — the base salary in force from a date, used to compute prize money. */
@ObjectType('BaseSalary', {
  implements: Node,
  description: 'Lương cơ sở — the base salary in force from a date, used to compute prize money.',
})
@Entity('base_salaries')
export class BaseSalary extends MaintainedRecord {
  @field.vnd({ description: 'Mức lương cơ sở — the amount in VND (positive).', write: 'required', filter: true })
  amountVnd!: string;

  @Index('uq_base_salaries_effective_from', { unique: true })
  @field.date({
    description: 'Áp dụng từ ngày — in force from this date.',
    write: 'required',
    filter: true,
    sort: true,
  })
  effectiveFrom!: string;

  @field.string({ length: 500, nullable: true, description: 'Căn cứ pháp lý — the act that set it.', write: true })
  legalBasis!: string | null;

  @field.vnd({
    default: '1',
    description: 'Bước làm tròn — prize money is rounded up to a multiple of this (default 1).',
    write: true,
  })
  roundingStepVnd!: string;
}
