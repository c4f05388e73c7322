/**
 * Movements: the emulation movements, the locality-level outcomes they reached, and the meetings
 * (events) where results are reviewed, pledges signed and prizes given. Every column is declared
 * once with `field` (see field.ts).
 */
import { ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { searchKeyOf } from '../core/fold';
import { Node } from '../core/node';
import { MaintainedRecord } from './base';
import { EmulationBloc } from './blocs';
import { Unit } from './organisation';
import { EventKind, MovementKind, MovementScope } from './enums';
import { field } from './field';

/** Phong trào thi đua — a campaign launched by an authority, with a kind, scope and period. */
@ObjectType('Movement', {
  implements: Node,
  description: 'Phong trào thi đua — an emulation movement launched by an authority, with a kind, scope and period.',
})
@Entity('movements')
export class Movement extends MaintainedRecord {
  @Index('uq_movements_code', { unique: true })
  @field.code({
    description: "Mã phong trào — the movement's stable code, unique.",
    write: 'required',
    filter: true,
    sort: true,
  })
  code!: string;

  @field.string({
    length: 500,
    description: "Tên phong trào — the movement's name as written (use `search` to ignore accents).",
    write: 'required',
    filter: true,
    sort: true,
  })
  name!: string;

  @field.enum(MovementKind, {
    description: 'Hình thức — regular, thematic or campaign.',
    write: 'required',
    filter: true,
  })
  kind!: MovementKind;

  @field.enum(MovementScope, {
    description: 'Phạm vi — national, provincial, bloc or unit.',
    write: 'required',
    filter: true,
  })
  scope!: MovementScope;

  /** The authority that launched it (e.g. "Thủ tướng Chính phủ"), as written. */
  @field.string({
    nullable: true,
    description: 'Cơ quan phát động — the authority that launched it, as written.',
    write: true,
    filter: true,
  })
  launchedBy!: string | null;

  @field.string({
    nullable: true,
    length: 100,
    description: 'Số văn bản phát động — the number of the launching document.',
    write: true,
  })
  launchDocumentNo!: string | null;

  @field.date({
    nullable: true,
    description: 'Ngày phát động — the launch date (a date).',
    write: true,
    filter: true,
    sort: true,
  })
  launchDate!: string | null;

  @field.year({
    nullable: true,
    description: "Năm bắt đầu giai đoạn — first year of the movement's period.",
    write: true,
    filter: true,
    sort: true,
  })
  periodStartYear!: number | null;

  @field.year({
    nullable: true,
    description: "Năm kết thúc giai đoạn — last year of the movement's period.",
    write: true,
    filter: true,
  })
  periodEndYear!: number | null;

  @field.int({
    nullable: true,
    small: true,
    min: 1,
    max: 1200,
    description:
      'Thời gian thực hiện (tháng) — how long the movement runs, in months; when absent, the years of its period.',
    write: true,
    filter: true,
    sort: true,
  })
  durationMonths!: number | null;

  @field.ref(() => Unit, {
    nullable: true,
    description: 'Đơn vị phát động — the unit that launched it, when it is in the register.',
    write: true,
    filter: true,
    relation: 'launchingUnit',
  })
  launchingUnitId!: number | null;

  @field.ref(() => Movement, {
    nullable: true,
    description: 'Phong trào cha — the movement this one belongs to.',
    write: true,
    filter: true,
    relation: 'parent',
  })
  parentId!: number | null;

  @field.ref(() => EmulationBloc, {
    nullable: true,
    description: 'Khối tổ chức — the bloc that runs it, for bloc-run movements.',
    write: true,
    filter: true,
    relation: 'bloc',
  })
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
    'Kết quả phong trào trên địa bàn — a locality-level result a movement reached (e.g. 7 districts meeting ' +
    'the new-rural standard); never summed into contributions.',
})
@Entity('movement_outcomes')
export class MovementOutcome extends MaintainedRecord {
  @field.ref(() => Movement, {
    description: 'Phong trào — the movement the outcome belongs to.',
    write: 'required',
    filter: true,
    relation: 'movement',
  })
  movementId!: number;

  @field.year({ description: 'Năm — the year of the result.', write: 'required', filter: true, sort: true })
  year!: number;

  @field.code({
    description: "Chỉ tiêu — the indicator's code (e.g. DISTRICTS_NEW_RURAL_STANDARD).",
    write: 'required',
    filter: true,
    sort: true,
  })
  indicator!: string;

  @field.decimal({
    nullable: true,
    precision: 18,
    description: 'Giá trị — the figure reached, an exact decimal.',
    write: true,
    filter: true,
  })
  value!: string | null;

  @field.string({
    nullable: true,
    length: 64,
    description: 'Đơn vị tính — what the value counts (huyện, xã…).',
    write: true,
  })
  unitOfMeasure!: string | null;

  @field.text({ description: 'Ghi chú — a note.', write: true })
  note!: string | null;

  @field.string({
    nullable: true,
    length: 500,
    description: 'Nguồn — where the figure comes from.',
    write: true,
  })
  sourceRef!: string | null;
}

/** Hội nghị — a meeting: year-end review, pledge signing, prize ceremony… */
@ObjectType('Event', {
  implements: Node,
  description: 'Hội nghị — a meeting: year-end review, pledge signing, prize ceremony…',
})
@Entity('events')
export class Event extends MaintainedRecord {
  @field.ref(() => EmulationBloc, {
    nullable: true,
    description: 'Khối — the bloc that held it, if one.',
    write: true,
    filter: true,
    relation: 'bloc',
  })
  blocId!: number | null;

  @field.date({ description: 'Ngày tổ chức — the date held.', write: 'required', filter: true, sort: true })
  heldOn!: string;

  @field.enum(EventKind, { description: 'Loại — what kind of meeting.', write: 'required', filter: true })
  kind!: EventKind;

  @field.string({
    length: 500,
    description: "Tiêu đề — the meeting's title.",
    write: 'required',
    filter: true,
  })
  title!: string;

  @field.string({ nullable: true, description: 'Địa điểm — where it was held.', write: true })
  place!: string | null;

  @field.string({
    nullable: true,
    length: 1000,
    description: 'Nguồn — a link to the source reporting it.',
    write: true,
  })
  sourceUrl!: string | null;
}
