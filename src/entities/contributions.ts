import { Field, Int, ObjectType } from 'type-graphql';
import '../schema/enums';
import { Node } from '../core/node';
import { DateScalar, VndScalar } from '../core/scalars';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { searchKeyOf } from '../core/fold';
import { MaintainedRecord } from './base';
import {
  codeColumn,
  dateColumn,
  enumColumn,
  foreignKeyColumn,
  nameColumn,
  textColumn,
  vndColumn,
  yearColumn,
} from './column-types';
import { FundPurpose } from './enums';

/** Loại đóng góp — a catalogue row (HOUSE, STUDENT_SUPPORT, MONEY…), extendable without code. */
@ObjectType('ContributionKind', {
  implements: Node,
  description: 'Loại đóng góp — a catalogue row for what a contribution measures (HOUSE, STUDENT_SUPPORT, MONEY…).',
})
@Entity('contribution_kinds')
export class ContributionKind extends MaintainedRecord {
  @Index('uq_contribution_kinds_code', { unique: true })
  @Field({ description: 'Mã loại — the stable catalogue code (e.g. HOUSE).' })
  @Column(codeColumn())
  code!: string;

  @Field({ description: "Tên loại — the kind's name." })
  @Column(nameColumn())
  name!: string;

  /** Đơn vị tính: căn, học sinh, VND, hộ… */
  @Field({ description: 'Đơn vị tính — the unit quantities are counted in (căn, học sinh, hộ…).' })
  @Column(nameColumn({ length: 64 }))
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
  @Field({ description: "Mã quỹ — the fund's stable code." })
  @Column(codeColumn())
  code!: string;

  @Field({ description: "Tên quỹ — the fund's name." })
  @Column(nameColumn())
  name!: string;

  @Field(() => FundPurpose, { description: 'Mục đích — social or award fund.' })
  @Column(enumColumn())
  purpose!: FundPurpose;

  @Column(foreignKeyColumn({ nullable: true }))
  ownerBlocId!: number | null;

  @Column(foreignKeyColumn({ nullable: true }))
  ownerUnitId!: number | null;

  @Field(() => Int, { nullable: true, description: 'Năm thành lập — the year the fund was set up.' })
  @Column(yearColumn({ nullable: true }))
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
  @Column(foreignKeyColumn())
  movementId!: number;

  @Field(() => Int, { description: 'Năm — the year the result belongs to.' })
  @Column(yearColumn())
  year!: number;

  @Column(foreignKeyColumn({ nullable: true }))
  unitId!: number | null;

  @Column(foreignKeyColumn({ nullable: true }))
  blocId!: number | null;

  @Column(foreignKeyColumn())
  kindId!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Số lượng — the quantity, in the kind's unit of measure; null when not stated.",
  })
  @Column({ type: 'int', nullable: true })
  quantity!: number | null;

  @Field(() => VndScalar, {
    nullable: true,
    description: 'Giá trị (VND) — the money value in đồng; null when not stated.',
  })
  @Column(vndColumn({ nullable: true }))
  amountVnd!: string | null;

  @Column(foreignKeyColumn({ nullable: true }))
  fundId!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày thực hiện — when it happened (a date), if known.' })
  @Column(dateColumn({ nullable: true }))
  occurredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú đối tượng thụ hưởng — who benefited, as written.' })
  @Column(textColumn())
  beneficiaryNote!: string | null;

  @Field(() => String, { nullable: true, description: 'Nguồn — where the figure comes from (report, article).' })
  @Column(nameColumn({ nullable: true, length: 500 }))
  sourceRef!: string | null;
}
