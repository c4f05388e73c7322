import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../core/node';
import { DateScalar, VndScalar } from '../core/scalars';
import { BeforeInsert, BeforeUpdate, Column, Entity } from 'typeorm';
import { searchKeyOf } from '../core/fold';
import { MaintainedRecord } from './base';
import { dateColumn, enumColumn, foreignKeyColumn, nameColumn, vndColumn, yearColumn } from './column-types';
import { PrizeRank } from './enums';

/** Cuộc thi — a knowledge contest organised by a bloc or by a unit (never both). */
@ObjectType('Contest', {
  implements: Node,
  description: 'Cuộc thi — a contest organised by a bloc or by a unit (never both).',
})
@Entity('contests')
export class Contest extends MaintainedRecord {
  @Field(() => String, { description: "Tên cuộc thi — the contest's name." })
  @Column(nameColumn({ length: 500 }))
  name!: string;

  @Field(() => Int, { description: 'Năm — the year it was held.' })
  @Column(yearColumn())
  year!: number;

  @Column(foreignKeyColumn({ nullable: true }))
  organiserBlocId!: number | null;

  @Column(foreignKeyColumn({ nullable: true }))
  organiserUnitId!: number | null;

  @Column(foreignKeyColumn({ nullable: true }))
  movementId!: number | null;

  @Field(() => String, { nullable: true, description: 'Chủ đề — the topic.' })
  @Column(nameColumn({ nullable: true, length: 500 }))
  topic!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày bắt đầu — the first day.' })
  @Column(dateColumn({ nullable: true }))
  startsOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày kết thúc — the last day.' })
  @Column(dateColumn({ nullable: true }))
  endsOn!: string | null;

  @Column(foreignKeyColumn({ nullable: true }))
  awardEventId!: number | null;

  @Column({ type: 'varchar', length: 500 })
  searchKey!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchKey(): void {
    this.searchKey = contestSearchKey(this);
  }
}

export function contestSearchKey(contest: Pick<Contest, 'name' | 'topic'>): string {
  return searchKeyOf(contest.name, contest.topic);
}

/** Giải thưởng cuộc thi — a prize a contest gave to a unit or to a person (never both). */
@ObjectType('ContestPrize', {
  implements: Node,
  description: 'Giải thưởng cuộc thi — a prize a contest gave to a unit or a person (never both).',
})
@Entity('contest_prizes')
export class ContestPrize extends MaintainedRecord {
  @Column(foreignKeyColumn())
  contestId!: number;

  @Field(() => PrizeRank, { description: 'Hạng giải — first, second, third, consolation…' })
  @Column(enumColumn())
  rank!: PrizeRank;

  @Column(foreignKeyColumn({ nullable: true }))
  recipientUnitId!: number | null;

  @Column(foreignKeyColumn({ nullable: true }))
  recipientPersonId!: number | null;

  /** The recipient's name as it was when the prize was given. */
  @Field(() => String, {
    description: "Tên người/đơn vị nhận — the recipient's name as it was when the prize was given.",
  })
  @Column(nameColumn())
  recipientNameSnapshot!: string;

  @Field(() => VndScalar, { nullable: true, description: 'Tiền thưởng — the prize money in VND.' })
  @Column(vndColumn({ nullable: true }))
  amountVnd!: string | null;

  @Field(() => Boolean, {
    description: 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.',
  })
  @Column({ type: 'boolean', default: false })
  isIllustrative!: boolean;
}
