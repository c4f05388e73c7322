/**
 * Contests: knowledge contests organised by a bloc or a unit, and the prizes they gave. Every
 * column is declared once with `field` (see field.ts).
 */
import { ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity } from 'typeorm';
import { searchKeyOf } from '../core/fold';
import { Node } from '../core/node';
import { MaintainedRecord } from './base';
import { EmulationBloc } from './blocs';
import { PrizeRank } from './enums';
import { field } from './field';
import { Event, Movement } from './movements';
import { Person, Unit } from './organisation';

/** Cuộc thi — a knowledge contest organised by a bloc or by a unit (never both). */
@ObjectType('Contest', {
  implements: Node,
  description: 'Cuộc thi — a contest organised by a bloc or by a unit (never both).',
})
@Entity('contests')
export class Contest extends MaintainedRecord {
  @field.string({
    length: 500,
    description: "Tên cuộc thi — the contest's name, as stored (use `search` to ignore accents).",
    write: 'required',
    filter: true,
    sort: true,
  })
  name!: string;

  @field.year({ description: 'Năm — the year it was held.', write: 'required', filter: true, sort: true })
  year!: number;

  @field.ref(() => EmulationBloc, {
    nullable: true,
    description: 'Khối tổ chức — the organising bloc (or give organiserUnitId).',
    write: true,
    filter: true,
    relation: 'organiserBloc',
  })
  organiserBlocId!: number | null;

  @field.ref(() => Unit, {
    nullable: true,
    description: 'Đơn vị tổ chức — the organising unit (or give organiserBlocId).',
    write: true,
    filter: true,
    relation: 'organiserUnit',
  })
  organiserUnitId!: number | null;

  @field.ref(() => Movement, {
    nullable: true,
    description: 'Phong trào — the movement it served.',
    write: true,
    filter: true,
  })
  movementId!: number | null;

  @field.string({ length: 500, nullable: true, description: 'Chủ đề — the topic.', write: true })
  topic!: string | null;

  @field.date({ nullable: true, description: 'Ngày bắt đầu — the first day.', write: true, filter: true, sort: true })
  startsOn!: string | null;

  @field.date({ nullable: true, description: 'Ngày kết thúc — the last day.', write: true })
  endsOn!: string | null;

  @field.ref(() => Event, {
    nullable: true,
    description: 'Lễ trao giải — the meeting where prizes were given.',
    write: true,
  })
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
  @field.ref(() => Contest, {
    description: 'Cuộc thi — the contest.',
    write: 'required',
    filter: true,
    relation: 'contest',
  })
  contestId!: number;

  @field.enum(PrizeRank, {
    description: 'Hạng giải — first, second, third, consolation…',
    write: 'required',
    filter: true,
  })
  rank!: PrizeRank;

  @field.ref(() => Unit, {
    nullable: true,
    description: 'Đơn vị nhận — a collective recipient (or give recipientPersonId).',
    write: true,
    filter: true,
  })
  recipientUnitId!: number | null;

  @field.ref(() => Person, {
    nullable: true,
    description: 'Cá nhân nhận — an individual recipient (or give recipientUnitId).',
    write: true,
    filter: true,
  })
  recipientPersonId!: number | null;

  @field.string({
    description:
      "Tên người/đơn vị nhận — the recipient's name as it was when the prize was given; " +
      'taken from the recipient when omitted.',
    write: true,
    filter: true,
  })
  recipientNameSnapshot!: string;

  @field.vnd({
    nullable: true,
    description: 'Tiền thưởng — the prize money in VND.',
    write: true,
    filter: true,
    sort: true,
  })
  amountVnd!: string | null;

  @field.boolean({
    default: false,
    description: 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.',
    write: true,
    filter: true,
  })
  isIllustrative!: boolean;
}
