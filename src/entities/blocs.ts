/**
 * Blocs: the emulation blocs and clusters, their member units over the years, and who chairs each
 * bloc in a year. Every column is declared once with `field` (see field.ts).
 */
import { ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { searchKeyOf } from '../core/fold';
import { Node } from '../core/node';
import { MaintainedRecord } from './base';
import { BlocKind, LeadershipRole } from './enums';
import { field } from './field';
import { Unit } from './organisation';

/** Khối thi đua / Cụm thi đua — units grouped by the province to emulate and rank each other. */
@ObjectType('EmulationBloc', {
  implements: Node,
  description: 'Khối thi đua / Cụm thi đua — units grouped by the province to emulate, evaluate and rank each other.',
})
@Entity('emulation_blocs')
export class EmulationBloc extends MaintainedRecord {
  @Index('uq_emulation_blocs_code', { unique: true })
  @field.code({ description: "Mã khối — the bloc's stable code, unique.", write: 'required', filter: true, sort: true })
  code!: string;

  @field.string({
    description: "Tên khối — the bloc's name as written (use `search` to ignore accents).",
    write: 'required',
    filter: true,
    sort: true,
  })
  name!: string;

  @field.enum(BlocKind, {
    description: 'Loại — bloc (by sector) or cluster (by locality).',
    write: 'required',
    filter: true,
    sort: true,
  })
  kind!: BlocKind;

  @field.ref(() => Unit, {
    nullable: true,
    description: "Đơn vị quản lý — the unit that keeps the bloc's records.",
    write: true,
    filter: true,
    relation: 'managingUnit',
  })
  managingUnitId!: number | null;

  @field.int({
    small: true,
    default: 1,
    min: 0,
    max: 100,
    description: 'Số Cờ thi đua tối đa mỗi năm — how many provincial emulation flags the bloc may propose per year.',
    write: true,
    filter: true,
  })
  maxFlagsPerYear!: number;

  @field.date({
    nullable: true,
    description: 'Hiệu lực từ ngày — the date the bloc was formed (a date).',
    write: true,
    filter: true,
  })
  validFrom!: string | null;

  @field.date({
    nullable: true,
    description: 'Hiệu lực đến ngày — the date the bloc was dissolved (a date).',
    write: true,
    filter: true,
  })
  validTo!: string | null;

  @Column({ type: 'varchar', length: 500 })
  searchKey!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchKey(): void {
    this.searchKey = blocSearchKey(this);
  }
}

export function blocSearchKey(bloc: Pick<EmulationBloc, 'code' | 'name'>): string {
  return searchKeyOf(bloc.name, bloc.code);
}

/** Thành viên khối — a unit's membership of a bloc over a range of years (toYear null = ongoing). */
@ObjectType('BlocMembership', {
  implements: Node,
  description: "Thành viên khối — a unit's membership of a bloc over a range of years (toYear null while ongoing).",
})
@Entity('bloc_memberships')
export class BlocMembership extends MaintainedRecord {
  @field.ref(() => EmulationBloc, {
    description: 'Khối — the bloc.',
    write: 'required',
    filter: true,
    relation: 'bloc',
  })
  blocId!: number;

  @field.ref(() => Unit, {
    description: 'Đơn vị — the member unit.',
    write: 'required',
    filter: true,
    relation: 'unit',
  })
  unitId!: number;

  @field.year({ description: 'Từ năm — the first year of membership.', write: 'required', filter: true, sort: true })
  fromYear!: number;

  @field.year({
    nullable: true,
    description: 'Đến năm — the last year of membership; null while ongoing.',
    write: true,
    filter: true,
    sort: true,
  })
  toYear!: number | null;
}

/** Trưởng khối / Phó khối — the unit that chairs (deputises) a bloc for one year. */
@ObjectType('BlocLeadership', {
  implements: Node,
  description: 'Trưởng khối / Phó khối — the unit that chairs (or deputises) a bloc for one year.',
})
@Entity('bloc_leaderships')
export class BlocLeadership extends MaintainedRecord {
  @field.ref(() => EmulationBloc, {
    description: 'Khối — the bloc led.',
    write: 'required',
    filter: true,
    relation: 'bloc',
  })
  blocId!: number;

  @field.year({ description: 'Năm — the year of the leadership.', write: 'required', filter: true, sort: true })
  year!: number;

  @field.ref(() => Unit, {
    description: 'Đơn vị — the leading (or deputy) unit; a member of the bloc that year.',
    write: 'required',
    filter: true,
    relation: 'unit',
  })
  unitId!: number;

  @field.enum(LeadershipRole, {
    description: 'Vai trò — leader (trưởng khối) or deputy (phó khối).',
    write: 'required',
    filter: true,
    sort: true,
  })
  role!: LeadershipRole;

  @field.boolean({
    default: false,
    description: 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.',
    write: true,
    filter: true,
  })
  isIllustrative!: boolean;
}
