import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../core/node';
import { DateScalar, VndScalar } from '../core/scalars';
import { Column, Entity } from 'typeorm';
import { MaintainedRecord } from './base';
import { dateColumn, foreignKeyColumn, nameColumn, textColumn, vndColumn, yearColumn } from './column-types';

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
  @Column(foreignKeyColumn())
  blocId!: number;

  @Field(() => Int, { description: 'Năm giao ước — the year the pledge governs (the 2023 pledge was signed in 2022).' })
  @Column(yearColumn())
  year!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày ký — the signing date.' })
  @Column(dateColumn({ nullable: true }))
  signedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Địa điểm — where it was signed.' })
  @Column(nameColumn({ nullable: true }))
  place!: string | null;

  @Field(() => String, { nullable: true, description: "Nội dung — the pledge's text or summary." })
  @Column(textColumn())
  content!: string | null;

  @Column(foreignKeyColumn({ nullable: true }))
  eventId!: number | null;
}

/** Đơn vị ký giao ước — a member unit that signed a pledge. */
@ObjectType('PledgeSignatory', {
  implements: Node,
  description: 'Đơn vị ký giao ước — a member unit that signed a pledge.',
})
@Entity('pledge_signatories')
export class PledgeSignatory extends MaintainedRecord {
  @Column(foreignKeyColumn())
  pledgeId!: number;

  @Column(foreignKeyColumn())
  unitId!: number;

  @Field(() => String, { nullable: true, description: 'Người ký — the name of the person who signed for the unit.' })
  @Column(nameColumn({ nullable: true }))
  signerName!: string | null;

  @Field(() => String, { nullable: true, description: "Chức vụ người ký — the signer's title." })
  @Column(nameColumn({ nullable: true }))
  signerTitle!: string | null;
}

/** Chỉ tiêu giao ước — one target of a pledge, for the whole bloc (unitId null) or one unit. */
@ObjectType('PledgeTarget', {
  implements: Node,
  description: 'Chỉ tiêu giao ước — one target of a pledge, for the whole bloc (unit null) or for one unit.',
})
@Entity('pledge_targets')
export class PledgeTarget extends MaintainedRecord {
  @Column(foreignKeyColumn())
  pledgeId!: number;

  @Column(foreignKeyColumn({ nullable: true }))
  unitId!: number | null;

  @Column(foreignKeyColumn({ nullable: true }))
  movementId!: number | null;

  @Column(foreignKeyColumn())
  kindId!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Chỉ tiêu số lượng — the target quantity, in the kind's unit of measure.",
  })
  @Column({ type: 'int', nullable: true })
  targetQuantity!: number | null;

  @Field(() => VndScalar, { nullable: true, description: 'Chỉ tiêu số tiền — the target amount in VND.' })
  @Column(vndColumn({ nullable: true }))
  targetAmountVnd!: string | null;

  @Field(() => String, { nullable: true, description: 'Mô tả — the target as written.' })
  @Column(textColumn())
  description!: string | null;

  @Field(() => Boolean, {
    description: 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.',
  })
  @Column({ type: 'boolean', default: false })
  isIllustrative!: boolean;
}
