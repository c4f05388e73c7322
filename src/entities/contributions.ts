/**
 * Contributions: the catalogue of what a contribution measures (kinds), the funds money goes
 * through, and the contributions themselves.
 */
import { ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { searchKeyOf } from '../core/fold';
import { Node } from '../core/node';
import { MaintainedRecord } from './base';
import { EmulationBloc } from './blocs';
import { FundPurpose } from './enums';
import { field } from './field';
import { Movement } from './movements';
import { Unit } from './organisation';

/** Loại đóng góp — a catalogue row (HOUSE, STUDENT_SUPPORT, MONEY…), extendable without code. */
@ObjectType('ContributionKind', {
  implements: Node,
  description: 'Loại đóng góp — a catalogue row for what a contribution measures (HOUSE, STUDENT_SUPPORT, MONEY…).',
})
@Entity('contribution_kinds')
export class ContributionKind extends MaintainedRecord {
  @Index('uq_contribution_kinds_code', { unique: true })
  @field.code({
    description: 'Mã loại — the stable catalogue code (e.g. HOUSE).',
    write: 'required',
    filter: true,
    sort: true,
  })
  code!: string;

  @field.string({ description: "Tên loại — the kind's name.", write: 'required', filter: true, sort: true })
  name!: string;

  @field.string({
    length: 64,
    description: 'Đơn vị tính — the unit quantities are counted in (căn, học sinh, hộ…).',
    write: 'required',
    filter: true,
  })
  unitOfMeasure!: string;
}

/** Quỹ — a fund, owned by a bloc or by a unit (never both). */
@ObjectType('Fund', {
  implements: Node,
  description: 'Quỹ — a fund owned by a bloc or a unit (e.g. "Tiếp sức đến trường").',
})
@Entity('funds')
export class Fund extends MaintainedRecord {
  @Index('uq_funds_code', { unique: true })
  @field.code({ description: "Mã quỹ — the fund's stable code, unique.", write: 'required', filter: true, sort: true })
  code!: string;

  @field.string({
    description: "Tên quỹ — the fund's name, as stored (use `search` to ignore accents).",
    write: 'required',
    filter: true,
    sort: true,
  })
  name!: string;

  @field.enum(FundPurpose, { description: 'Mục đích — social or award fund.', write: 'required', filter: true })
  purpose!: FundPurpose;

  @field.ref(() => EmulationBloc, {
    nullable: true,
    description: 'Khối sở hữu — the owning bloc (or an owning unit, never both).',
    write: true,
    filter: true,
  })
  ownerBlocId!: number | null;

  @field.ref(() => Unit, {
    nullable: true,
    description: 'Đơn vị sở hữu — the owning unit (or an owning bloc, never both).',
    write: true,
    filter: true,
  })
  ownerUnitId!: number | null;

  @field.year({
    nullable: true,
    description: 'Năm thành lập — the year the fund was set up.',
    write: true,
    filter: true,
    sort: true,
  })
  establishedYear!: number | null;

  @Column({ type: 'varchar', length: 500 })
  searchKey!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchKey(): void {
    this.searchKey = fundSearchKey(this);
  }
}

export function fundSearchKey(fund: Pick<Fund, 'code' | 'name'>): string {
  return searchKeyOf(fund.name, fund.code);
}

/**
 * Đóng góp / kết quả — a measured result under a movement in a year. The contributor is a unit or
 * a bloc as a whole, never both: bloc totals are never spread across units.
 */
@ObjectType('Contribution', {
  implements: Node,
  description: 'Đóng góp / kết quả — a measured result under a movement in a year, by a unit or by a bloc as a whole.',
})
@Entity('contributions')
export class Contribution extends MaintainedRecord {
  @field.ref(() => Movement, {
    description: 'Phong trào — the movement it counts under.',
    write: 'required',
    filter: true,
    relation: 'movement',
  })
  movementId!: number;

  @field.year({ description: 'Năm — the year the result belongs to.', write: 'required', filter: true, sort: true })
  year!: number;

  @field.ref(() => Unit, {
    nullable: true,
    description: 'Đơn vị đóng góp — the contributing unit (or the bloc as a whole, never both).',
    write: true,
    filter: true,
    relation: 'unit',
  })
  unitId!: number | null;

  @field.ref(() => EmulationBloc, {
    nullable: true,
    description: 'Khối đóng góp — the bloc as a whole as contributor (or a unit, never both).',
    write: true,
    filter: true,
    relation: 'bloc',
  })
  blocId!: number | null;

  @field.ref(() => ContributionKind, {
    description: 'Loại đóng góp — what it measures (houses, students, money…).',
    write: 'required',
    filter: true,
    relation: 'kind',
  })
  kindId!: number;

  @field.int({
    nullable: true,
    min: 0,
    max: 2_000_000_000,
    description: "Số lượng — the quantity (≥ 0), in the kind's unit of measure; null when not stated.",
    write: true,
    filter: true,
    sort: true,
  })
  quantity!: number | null;

  @field.vnd({
    nullable: true,
    description: 'Giá trị (VND) — the money value in đồng (≥ 0); null when not stated.',
    write: true,
    filter: true,
    sort: true,
  })
  amountVnd!: string | null;

  @field.ref(() => Fund, { nullable: true, description: 'Quỹ — the fund it went through.', write: true, filter: true })
  fundId!: number | null;

  @field.date({
    nullable: true,
    description: 'Ngày thực hiện — when it happened (a date), if known.',
    write: true,
    filter: true,
    sort: true,
  })
  occurredOn!: string | null;

  @field.text({ description: 'Ghi chú đối tượng thụ hưởng — who benefited, as written.', write: true })
  beneficiaryNote!: string | null;

  @field.string({
    nullable: true,
    length: 500,
    description: 'Nguồn — where the figure comes from (report, article).',
    write: true,
  })
  sourceRef!: string | null;

  @field.text({
    description: 'Ghi chú — a free-text note on the figure (how it was counted, caveats).',
    write: true,
    filter: true,
  })
  note!: string | null;
}
