/**
 * Awards: decisions and the awards they give (the catalogue is in awards-catalogue.ts). Every column
 * is declared once with `field` (see field.ts); decisions and awards are revoked, never deleted.
 */
import { ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { Node } from '../core/node';
import { AwardType } from './awards-catalogue';
import { BaseRecord } from './base';
import { EmulationBloc } from './blocs';
import { AwardLevel, AwardStatus, CommendationType, DecisionStatus, SubjectType } from './enums';
import { field } from './field';
import { Movement } from './movements';
import { Person, Unit } from './organisation';

export { AwardType, BaseSalary } from './awards-catalogue';

const ILLUSTRATIVE = 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.';

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
  @field.string({
    length: 64,
    description: 'Số quyết định — the number as written (e.g. 125/QĐ-UBND); unique per issuer and year (rule 8).',
    write: 'required',
    filter: true,
    sort: true,
  })
  decisionNo!: string;

  @field.date({
    description: 'Ngày ký — the signing date; it fixes the base salary and the catalogue rows in force (rule 9).',
    write: 'required',
    filter: true,
    sort: true,
  })
  signedOn!: string;

  /** Derived from signedOn; kept as a column for the (issuer, number, year) unique key. */
  @field.year({ description: 'Năm ký — the year of signing (numbers restart each year).', filter: true })
  signedYear!: number;

  @field.ref(() => Unit, {
    description: 'Cơ quan ban hành — the issuing unit.',
    write: 'required',
    filter: true,
    relation: 'issuingUnit',
  })
  issuingUnitId!: number;

  @field.enum(AwardLevel, {
    description:
      "Cấp — the issuer's level, derived from the issuing unit (a Provincial People's Committee: PROVINCE, " +
      "a department: DEPARTMENT…); give it only for an issuer of kind OTHER. Every award's type is of this " +
      'level (rule 8).',
    write: true,
    filter: true,
  })
  level!: AwardLevel;

  @field.string({ nullable: true, description: 'Người ký — who signed.', write: true })
  signerName!: string | null;

  @field.string({ nullable: true, description: "Chức vụ người ký — the signer's title.", write: true })
  signerTitle!: string | null;

  @field.text({ description: 'Trích yếu — the summary.', write: true })
  summary!: string | null;

  @field.enum(CommendationType, {
    description: 'Loại khen thưởng — regular, thematic, ad hoc, external…',
    write: 'required',
    filter: true,
  })
  commendationType!: CommendationType;

  @field.ref(() => Movement, {
    nullable: true,
    description: 'Phong trào — the movement it rewards.',
    write: true,
    filter: true,
  })
  movementId!: number | null;

  @field.enum(DecisionStatus, {
    default: DecisionStatus.IN_EFFECT,
    description: 'Trạng thái — in effect, partially revoked or revoked.',
    filter: true,
  })
  status!: DecisionStatus;

  @field.boolean({ default: false, description: ILLUSTRATIVE, write: true, filter: true })
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
  @field.ref(() => AwardDecision, { description: 'Quyết định — the decision.', filter: true, relation: 'decision' })
  decisionId!: number;

  @field.ref(() => AwardType, {
    description: 'Danh hiệu / hình thức — the award type.',
    write: 'required',
    filter: true,
    relation: 'awardType',
  })
  awardTypeId!: number;

  @field.enum(SubjectType, {
    description: 'Đối tượng — individual, collective or household; the type must allow it (rule 1).',
    write: 'required',
    filter: true,
  })
  subjectType!: SubjectType;

  @field.ref(() => Unit, {
    nullable: true,
    description: 'Đơn vị nhận — the receiving unit, for a collective.',
    write: true,
    filter: true,
    relation: 'recipientUnit',
  })
  recipientUnitId!: number | null;

  @field.ref(() => Person, {
    nullable: true,
    description: 'Cá nhân nhận — the receiving person, for an individual.',
    write: true,
    filter: true,
    relation: 'recipientPerson',
  })
  recipientPersonId!: number | null;

  @field.string({
    nullable: true,
    description: 'Tên hộ gia đình — the household, when the recipient is one.',
    write: true,
    filter: true,
  })
  recipientHouseholdName!: string | null;

  @field.string({
    description:
      "Tên người/đơn vị nhận — the recipient's name valid at decision time; taken from the recipient when omitted.",
    write: true,
    filter: true,
    sort: 'RECIPIENT_NAME',
  })
  recipientNameSnapshot!: string;

  @field.year({
    description: 'Năm thành tích — the year of the achievement, not of the decision.',
    write: 'required',
    filter: true,
    sort: true,
  })
  achievementYear!: number;

  @field.ref(() => Movement, {
    nullable: true,
    description: 'Phong trào — the movement.',
    write: true,
    filter: true,
    relation: 'movement',
  })
  movementId!: number | null;

  @field.ref(() => EmulationBloc, {
    nullable: true,
    description: 'Khối — the bloc the achievement was in (required for a provincial flag).',
    write: true,
    filter: true,
    relation: 'bloc',
  })
  blocId!: number | null;

  @field.decimal({
    nullable: true,
    description: "Hệ số tiền thưởng — the coefficient applied; defaults to the award type's.",
    write: true,
  })
  prizeCoefficient!: string | null;

  @field.vnd({ nullable: true, description: 'Lương cơ sở áp dụng — the base salary used.' })
  baseSalaryVnd!: string | null;

  @field.vnd({
    nullable: true,
    description: 'Tiền thưởng — coefficient × base salary, rounded; derived, never typed in.',
    filter: true,
    sort: true,
  })
  prizeAmountVnd!: string | null;

  @field.text({
    description:
      "Lý do vượt chỉ tiêu Cờ — why a provincial flag goes beyond the bloc's quota " +
      'or to a unit not ranked first (rule 3).',
    write: true,
  })
  flagOverrideReason!: string | null;

  @field.enum(AwardStatus, {
    default: AwardStatus.ACTIVE,
    description: 'Trạng thái — active or revoked.',
    filter: true,
  })
  status!: AwardStatus;

  @field.ref(() => AwardDecision, { nullable: true, description: 'Quyết định thu hồi — the revoking decision.' })
  revokedByDecisionId!: number | null;

  @field.date({ nullable: true, description: 'Ngày thu hồi — the date it was revoked.' })
  revokedOn!: string | null;

  @field.text({ description: 'Lý do thu hồi — why it was revoked.' })
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
