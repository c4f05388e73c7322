/**
 * Pledges: a bloc's yearly pact, the units that signed it and its targets. Every column is
 * declared once with `field` (see field.ts).
 */
import { ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { Node } from '../core/node';
import { MaintainedRecord } from './base';
import { EmulationBloc } from './blocs';
import { ContributionKind } from './contributions';
import { field } from './field';
import { Event, Movement } from './movements';
import { Unit } from './organisation';

/**
 * Giao ước thi đua — the yearly pact a bloc's members sign. `year` is the year it governs, not the
 * signing year: the 2023 pledge was signed on 2022-12-12.
 */
@ObjectType('Pledge', {
  implements: Node,
  description:
    "Giao ước thi đua — the yearly pact a bloc's members sign; year is the year it governs, not the signing year.",
})
@Entity('pledges')
export class Pledge extends MaintainedRecord {
  @field.ref(() => EmulationBloc, {
    description: 'Khối — the bloc whose members sign.',
    write: 'required',
    filter: true,
    relation: 'bloc',
  })
  blocId!: number;

  @field.year({
    description: 'Năm giao ước — the year the pledge governs (the 2023 pledge was signed in 2022).',
    write: 'required',
    filter: true,
    sort: true,
  })
  year!: number;

  @field.date({ nullable: true, description: 'Ngày ký — the signing date.', write: true, filter: true, sort: true })
  signedOn!: string | null;

  @field.string({ nullable: true, description: 'Địa điểm — where it was signed.', write: true })
  place!: string | null;

  @field.text({ description: "Nội dung — the pledge's text or summary.", write: true })
  content!: string | null;

  @field.ref(() => Event, { nullable: true, description: 'Hội nghị — the meeting where it was signed.', write: true })
  eventId!: number | null;
}

/** Đơn vị ký giao ước — a member unit that signed a pledge. */
@ObjectType('PledgeSignatory', {
  implements: Node,
  description: 'Đơn vị ký giao ước — a member unit that signed a pledge.',
})
@Entity('pledge_signatories')
export class PledgeSignatory extends MaintainedRecord {
  @field.ref(() => Pledge, {
    description: 'Giao ước — the pledge.',
    write: 'required',
    filter: true,
    relation: 'pledge',
  })
  pledgeId!: number;

  @field.ref(() => Unit, {
    description: 'Đơn vị — the signing unit; a member of the bloc that year (rule 5).',
    write: 'required',
    filter: true,
    relation: 'unit',
  })
  unitId!: number;

  @field.string({
    nullable: true,
    description: 'Người ký — the name of the person who signed for the unit.',
    write: true,
  })
  signerName!: string | null;

  @field.string({ nullable: true, description: "Chức vụ người ký — the signer's title.", write: true })
  signerTitle!: string | null;
}

/** Chỉ tiêu giao ước — one target of a pledge, for the whole bloc (unitId null) or one unit. */
@ObjectType('PledgeTarget', {
  implements: Node,
  description: 'Chỉ tiêu giao ước — one target of a pledge, for the whole bloc (unit null) or for one unit.',
})
@Entity('pledge_targets')
export class PledgeTarget extends MaintainedRecord {
  @field.ref(() => Pledge, {
    description: 'Giao ước — the pledge.',
    write: 'required',
    filter: true,
    relation: 'pledge',
  })
  pledgeId!: number;

  @field.ref(() => Unit, {
    nullable: true,
    description: 'Đơn vị — the unit the target binds (isNull: true for whole-bloc targets).',
    write: true,
    filter: true,
  })
  unitId!: number | null;

  @field.ref(() => Movement, {
    nullable: true,
    description: 'Phong trào — the movement the target counts under.',
    write: true,
    filter: true,
  })
  movementId!: number | null;

  @field.ref(() => ContributionKind, {
    description: 'Loại đóng góp — what is counted (houses, students, money…).',
    write: 'required',
    filter: true,
    relation: 'kind',
  })
  kindId!: number;

  @field.int({
    nullable: true,
    min: 0,
    max: 2_000_000_000,
    description: "Chỉ tiêu số lượng — the target quantity, in the kind's unit of measure.",
    write: true,
    filter: true,
    sort: true,
  })
  targetQuantity!: number | null;

  @field.vnd({
    nullable: true,
    description: 'Chỉ tiêu số tiền — the target amount in VND.',
    write: true,
    filter: true,
    sort: 'TARGET_AMOUNT_VND',
  })
  targetAmountVnd!: string | null;

  @field.text({ description: 'Mô tả — the target as written.', write: true })
  description!: string | null;

  @field.boolean({
    default: false,
    description: 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.',
    write: true,
    filter: true,
  })
  isIllustrative!: boolean;
}
