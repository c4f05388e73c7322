import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../core/node';
import { DateScalar, DecimalScalar } from '../core/scalars';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { searchKeyOf } from '../core/fold';
import { MaintainedRecord } from './base';
import {
  codeColumn,
  dateColumn,
  decimalColumn,
  enumColumn,
  foreignKeyColumn,
  nameColumn,
  textColumn,
  yearColumn,
} from './column-types';
import { MovementKind, MovementScope } from './enums';

/** Phong trào thi đua — a campaign launched by an authority, with a kind, scope and period. */
@ObjectType('Movement', {
  implements: Node,
  description: 'Phong trào thi đua — an emulation movement launched by an authority, with a kind, scope and period.',
})
@Entity('movements')
export class Movement extends MaintainedRecord {
  @Index('uq_movements_code', { unique: true })
  @Field({ description: "Mã phong trào — the movement's stable code, unique." })
  @Column(codeColumn())
  code!: string;

  @Field({ description: "Tên phong trào — the movement's name as written." })
  @Column(nameColumn({ length: 500 }))
  name!: string;

  @Field(() => MovementKind, { description: 'Hình thức — regular, thematic or campaign.' })
  @Column(enumColumn())
  kind!: MovementKind;

  @Field(() => MovementScope, { description: 'Phạm vi — national, provincial, bloc or unit.' })
  @Column(enumColumn())
  scope!: MovementScope;

  /** The authority that launched it (e.g. "Thủ tướng Chính phủ"), as written. */
  @Field(() => String, {
    nullable: true,
    description: 'Cơ quan phát động — the authority that launched it, as written.',
  })
  @Column(nameColumn({ nullable: true }))
  launchedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Số văn bản phát động — the number of the launching document.' })
  @Column(nameColumn({ nullable: true, length: 100 }))
  launchDocumentNo!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày phát động — the launch date (a date).' })
  @Column(dateColumn({ nullable: true }))
  launchDate!: string | null;

  @Field(() => Int, { nullable: true, description: "Năm bắt đầu giai đoạn — first year of the movement's period." })
  @Column(yearColumn({ nullable: true }))
  periodStartYear!: number | null;

  @Field(() => Int, { nullable: true, description: "Năm kết thúc giai đoạn — last year of the movement's period." })
  @Column(yearColumn({ nullable: true }))
  periodEndYear!: number | null;

  @Column(foreignKeyColumn({ nullable: true }))
  parentId!: number | null;

  /** The bloc that runs it, for bloc-run movements. */
  @Column(foreignKeyColumn({ nullable: true }))
  blocId!: number | null;

  @Column({ type: 'varchar', length: 500 })
  searchKey!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchKey(): void {
    this.searchKey = movementSearchKey(this);
  }
}

export function movementSearchKey(movement: Pick<Movement, 'code' | 'name'>): string {
  return searchKeyOf(movement.name, movement.code);
}

/**
 * Kết quả phong trào trên địa bàn — a locality-level result the bloc helped but did not produce
 * ("7 huyện đạt chuẩn nông thôn mới"). Never summed into contributions.
 */
@ObjectType('MovementOutcome', {
  implements: Node,
  description:
    'Kết quả phong trào trên địa bàn — a locality-level result a movement reached (e.g. 7 districts meeting the new-rural standard); never summed into contributions.',
})
@Entity('movement_outcomes')
export class MovementOutcome extends MaintainedRecord {
  @Column(foreignKeyColumn())
  movementId!: number;

  @Field(() => Int, { description: 'Năm — the year of the result.' })
  @Column(yearColumn())
  year!: number;

  @Field(() => String, { description: "Chỉ tiêu — the indicator's code (e.g. DISTRICTS_NEW_RURAL_STANDARD)." })
  @Column(codeColumn())
  indicator!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Giá trị — the figure reached, an exact decimal.' })
  @Column(decimalColumn({ nullable: true, precision: 18 }))
  value!: string | null;

  @Field(() => String, { nullable: true, description: 'Đơn vị tính — what the value counts (huyện, xã…).' })
  @Column(nameColumn({ nullable: true, length: 64 }))
  unitOfMeasure!: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú — a note.' })
  @Column(textColumn())
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Nguồn — where the figure comes from.' })
  @Column(nameColumn({ nullable: true, length: 500 }))
  sourceRef!: string | null;
}
