import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../core/node';
import { DateScalar, DecimalScalar, VndScalar } from '../core/scalars';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { BaseRecord, MaintainedRecord } from './base';
import {
  codeColumn,
  dateColumn,
  decimalColumn,
  enumColumn,
  foreignKeyColumn,
  nameColumn,
  textColumn,
  vndColumn,
  yearColumn,
} from './column-types';
import { AwardCategory, AwardLevel, AwardStatus, CommendationType, DecisionStatus, SubjectType } from './enums';

const subjectListTransformer = {
  to: (value: SubjectType[] | undefined) => (value === undefined ? undefined : [...value].sort().join(',')),
  from: (value: string | null): SubjectType[] => (value ? (value.split(',') as SubjectType[]) : []),
};

/** Danh hiệu thi đua / hình thức khen thưởng — a catalogue row with its legal basis and validity. */
@ObjectType('AwardType', {
  implements: Node,
  description: 'Danh hiệu thi đua / hình thức khen thưởng — a catalogue row with its legal basis and validity.',
})
@Entity('award_types')
export class AwardType extends MaintainedRecord {
  @Index('uq_award_types_code', { unique: true })
  @Field(() => String, { description: 'Mã danh hiệu — the stable catalogue code.' })
  @Column(codeColumn())
  code!: string;

  @Field(() => String, { description: 'Tên danh hiệu — the title or form as written.' })
  @Column(nameColumn())
  name!: string;

  @Field(() => AwardCategory, { description: 'Nhóm — emulation title or commendation form.' })
  @Column(enumColumn())
  category!: AwardCategory;

  /** Who may receive it: INDIVIDUAL, COLLECTIVE, HOUSEHOLD (stored sorted, comma-separated). */
  @Field(() => [SubjectType], { description: 'Đối tượng — who may receive it.' })
  @Column({ type: 'varchar', length: 64, transformer: subjectListTransformer })
  allowedSubjects!: SubjectType[];

  @Field(() => AwardLevel, { description: 'Cấp — the level that confers it.' })
  @Column(enumColumn())
  level!: AwardLevel;

  /** An annual title: one per recipient per achievement year. */
  @Field(() => Boolean, { description: 'Danh hiệu hằng năm — one per recipient per achievement year.' })
  @Column({ type: 'boolean', default: false })
  isAnnual!: boolean;

  /** Hệ số tiền thưởng — multiplied by the base salary in force on the decision date. */
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Hệ số tiền thưởng — multiplied by the base salary in force on the decision date.',
  })
  @Column(decimalColumn({ nullable: true }))
  prizeCoefficient!: string | null;

  @Field(() => String, { nullable: true, description: 'Căn cứ pháp lý — the legal basis.' })
  @Column(nameColumn({ nullable: true, length: 500 }))
  legalBasis!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Hiệu lực từ ngày — valid from this date.' })
  @Column(dateColumn({ nullable: true }))
  effectiveFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Hiệu lực đến ngày — valid until this date.' })
  @Column(dateColumn({ nullable: true }))
  effectiveTo!: string | null;
}

/** Lương cơ sở — the base salary in force from a date, used to compute prize money. */
@ObjectType('BaseSalary', {
  implements: Node,
  description: 'Lương cơ sở — the base salary in force from a date, used to compute prize money.',
})
@Entity('base_salaries')
export class BaseSalary extends MaintainedRecord {
  @Field(() => VndScalar, { description: 'Mức lương cơ sở — the amount in VND.' })
  @Column(vndColumn())
  amountVnd!: string;

  @Index('uq_base_salaries_effective_from', { unique: true })
  @Field(() => DateScalar, { description: 'Áp dụng từ ngày — in force from this date.' })
  @Column(dateColumn())
  effectiveFrom!: string;

  @Field(() => String, { nullable: true, description: 'Căn cứ pháp lý — the act that set it.' })
  @Column(nameColumn({ nullable: true, length: 500 }))
  legalBasis!: string | null;

  /** Prize money is rounded up to a multiple of this (e.g. 10,000 VND). */
  @Field(() => VndScalar, { description: 'Bước làm tròn — prize money is rounded up to a multiple of this.' })
  @Column(vndColumn({ default: '1' }))
  roundingStepVnd!: string;
}

/**
 * Quyết định khen thưởng — the legal act. Numbers restart every year, so the key is
 * (issuing unit, number, year of signing). Never deleted: revoked.
 */
@ObjectType('AwardDecision', {
  implements: Node,
  description:
    'Quyết định khen thưởng — the legal act conferring awards; numbers restart every year; revoked, never deleted.',
})
@Entity('award_decisions')
export class AwardDecision extends BaseRecord {
  @Field(() => String, { description: 'Số quyết định — the decision number as written (e.g. 123/QĐ-UBND).' })
  @Column(nameColumn({ length: 64 }))
  decisionNo!: string;

  @Field(() => DateScalar, { description: 'Ngày ký — the signing date.' })
  @Column(dateColumn())
  signedOn!: string;

  /** Derived from signedOn; kept as a column for the (issuer, number, year) unique key. */
  @Field(() => Int, { description: 'Năm ký — the year of signing (numbers restart each year).' })
  @Column(yearColumn())
  signedYear!: number;

  @Column(foreignKeyColumn())
  issuingUnitId!: number;

  @Field(() => AwardLevel, { description: 'Cấp — the level of the issuing authority.' })
  @Column(enumColumn())
  level!: AwardLevel;

  @Field(() => String, { nullable: true, description: 'Người ký — who signed.' })
  @Column(nameColumn({ nullable: true }))
  signerName!: string | null;

  @Field(() => String, { nullable: true, description: "Chức vụ người ký — the signer's title." })
  @Column(nameColumn({ nullable: true }))
  signerTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'Trích yếu — the summary.' })
  @Column(textColumn())
  summary!: string | null;

  @Field(() => CommendationType, { description: 'Loại khen thưởng — regular, thematic, sudden, external…' })
  @Column(enumColumn())
  commendationType!: CommendationType;

  @Column(foreignKeyColumn({ nullable: true }))
  movementId!: number | null;

  @Field(() => DecisionStatus, { description: 'Trạng thái — in effect or revoked.' })
  @Column(enumColumn({ default: DecisionStatus.IN_EFFECT }))
  status!: DecisionStatus;

  @Field(() => Boolean, {
    description: 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.',
  })
  @Column({ type: 'boolean', default: false })
  isIllustrative!: boolean;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSignedYear(): void {
    this.signedYear = signedYearOf(this.signedOn);
  }
}

export function signedYearOf(signedOn: string): number {
  return Number(signedOn.slice(0, 4));
}

/** Khen thưởng — one recipient line of a decision: a unit, a person or a household. */
@ObjectType('Award', {
  implements: Node,
  description: 'Khen thưởng — one recipient line of a decision: a unit, a person or a household.',
})
@Entity('awards')
export class Award extends BaseRecord {
  @Column(foreignKeyColumn())
  decisionId!: number;

  @Column(foreignKeyColumn())
  awardTypeId!: number;

  @Field(() => SubjectType, { description: 'Đối tượng — individual, collective or household.' })
  @Column(enumColumn())
  subjectType!: SubjectType;

  @Column(foreignKeyColumn({ nullable: true }))
  recipientUnitId!: number | null;

  @Column(foreignKeyColumn({ nullable: true }))
  recipientPersonId!: number | null;

  @Field(() => String, { nullable: true, description: 'Tên hộ gia đình — the household, when the recipient is one.' })
  @Column(nameColumn({ nullable: true }))
  recipientHouseholdName!: string | null;

  /** The recipient's name as valid at decision time. */
  @Field(() => String, { description: "Tên người/đơn vị nhận — the recipient's name as valid at decision time." })
  @Column(nameColumn())
  recipientNameSnapshot!: string;

  /** The year of the achievement, not of the decision (2022 results were decided in 2023). */
  @Field(() => Int, { description: 'Năm thành tích — the year of the achievement, not of the decision.' })
  @Column(yearColumn())
  achievementYear!: number;

  @Column(foreignKeyColumn({ nullable: true }))
  movementId!: number | null;

  @Column(foreignKeyColumn({ nullable: true }))
  blocId!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hệ số tiền thưởng — the coefficient applied.' })
  @Column(decimalColumn({ nullable: true }))
  prizeCoefficient!: string | null;

  @Field(() => VndScalar, { nullable: true, description: 'Lương cơ sở áp dụng — the base salary used.' })
  @Column(vndColumn({ nullable: true }))
  baseSalaryVnd!: string | null;

  /** coefficient × base salary, rounded as the base-salary row says: derived, never typed in. */
  @Field(() => VndScalar, {
    nullable: true,
    description: 'Tiền thưởng — coefficient × base salary, rounded; derived, never typed in.',
  })
  @Column(vndColumn({ nullable: true }))
  prizeAmountVnd!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Lý do vượt chỉ tiêu Cờ — why a bloc's flag quota was exceeded, when it was.",
  })
  @Column(textColumn())
  flagOverrideReason!: string | null;

  @Field(() => AwardStatus, { description: 'Trạng thái — active or revoked.' })
  @Column(enumColumn({ default: AwardStatus.ACTIVE }))
  status!: AwardStatus;

  @Column(foreignKeyColumn({ nullable: true }))
  revokedByDecisionId!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày thu hồi — the date it was revoked.' })
  @Column(dateColumn({ nullable: true }))
  revokedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Lý do thu hồi — why it was revoked.' })
  @Column(textColumn())
  revocationReason!: string | null;

  /**
   * Filled only for an ACTIVE award of an annual title, as `type:subject:recipient:year`; its unique
   * index enforces one annual title per recipient per year (MySQL has no partial indexes).
   */
  @Index('uq_awards_annual_title_key', { unique: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  annualTitleKey!: string | null;
}

/**
 * The value of `annualTitleKey`: set only for an ACTIVE award of an annual title, so that its unique
 * index allows one such title per recipient per achievement year and ignores revoked ones.
 */
export function annualTitleKeyOf(
  award: Pick<
    Award,
    | 'awardTypeId'
    | 'subjectType'
    | 'recipientUnitId'
    | 'recipientPersonId'
    | 'recipientHouseholdName'
    | 'achievementYear'
    | 'status'
  >,
  isAnnual: boolean,
): string | null {
  if (!isAnnual || award.status !== AwardStatus.ACTIVE) return null;
  const recipient = award.recipientUnitId ?? award.recipientPersonId ?? award.recipientHouseholdName;
  return `${award.awardTypeId}:${award.subjectType}:${recipient}:${award.achievementYear}`.slice(0, 120);
}
