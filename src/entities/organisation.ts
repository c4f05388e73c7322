/**
 * Organisation: units (agencies and localities, the collectives that can be awarded) and the
 * persons in them. Every column is declared once with `field` (see field.ts).
 */
import { ObjectType } from 'type-graphql';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { searchKeyOf } from '../core/fold';
import { Node } from '../core/node';
import { MaintainedRecord } from './base';
import { Gender, OccupationGroup, UnitKind } from './enums';
import { field } from './field';

/** Headcounts are checked against a bound no agency reaches, so a typo is refused. */
const MAX_HEADCOUNT = 10_000_000;

/** Đơn vị — an agency (sở, ngành, đài, huyện…); a collective that can be awarded. */
@ObjectType('Unit', {
  implements: Node,
  description: 'Đơn vị — an agency (sở, ngành, đài, huyện…) or locality; a collective (tập thể) that can be awarded.',
})
@Entity('units')
export class Unit extends MaintainedRecord {
  @Index('uq_units_code', { unique: true })
  @field.code({
    description: "Mã đơn vị — the unit's stable code, unique (e.g. SO_YTE).",
    write: 'required',
    filter: true,
    sort: true,
  })
  code!: string;

  @field.string({
    description: 'Tên đơn vị — the full name as written (e.g. "Sở Y tế"); `search` ignores accents.',
    write: 'required',
    filter: true,
    sort: true,
  })
  name!: string;

  @field.string({
    nullable: true,
    length: 100,
    description: 'Tên viết tắt — the short name.',
    write: true,
    filter: true,
  })
  shortName!: string | null;

  @field.enum(UnitKind, { description: 'Loại đơn vị — the kind of unit.', write: 'required', filter: true, sort: true })
  kind!: UnitKind;

  @field.ref(() => Unit, {
    nullable: true,
    description: 'Đơn vị cấp trên — the unit this one sits under.',
    write: true,
    filter: true,
    relation: 'parent',
  })
  parentId!: number | null;

  @field.int({
    nullable: true,
    min: 0,
    max: MAX_HEADCOUNT,
    description: 'Số cán bộ — headcount.',
    write: true,
    filter: true,
    sort: true,
  })
  headcount!: number | null;

  @field.int({
    nullable: true,
    min: 0,
    max: MAX_HEADCOUNT,
    description: 'Số cán bộ nữ — female headcount (at most the headcount).',
    write: true,
  })
  headcountFemale!: number | null;

  @field.date({
    nullable: true,
    description: 'Hiệu lực từ ngày — the date the unit came into being (a date).',
    write: true,
    filter: true,
  })
  validFrom!: string | null;

  @field.date({
    nullable: true,
    description:
      'Hiệu lực đến ngày — the date the unit ceased (merged or dissolved; a date); null while it is in being.',
    write: true,
    filter: true,
  })
  validTo!: string | null;

  @field.ref(() => Unit, {
    nullable: true,
    description: 'Đơn vị kế thừa — the unit this one was merged into.',
    write: true,
  })
  successorId!: number | null;

  @Column({ type: 'varchar', length: 500 })
  searchKey!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchKey(): void {
    this.searchKey = unitSearchKey(this);
  }
}

export function unitSearchKey(unit: Pick<Unit, 'code' | 'name' | 'shortName'>): string {
  return searchKeyOf(unit.name, unit.shortName, unit.code);
}

/** Cá nhân — an individual in a unit. No citizen ID or other identity numbers are kept. */
@ObjectType('Person', {
  implements: Node,
  description: 'Cá nhân — an individual in a unit. No citizen ID or other identity numbers are kept.',
})
@Entity('persons')
export class Person extends MaintainedRecord {
  @field.string({
    description: "Họ và tên — the person's full name, as written (use `search` to ignore accents).",
    write: 'required',
    filter: true,
    sort: true,
  })
  fullName!: string;

  @field.enum(Gender, { nullable: true, description: 'Giới tính — gender, if recorded.', write: true, filter: true })
  gender!: Gender | null;

  @field.ref(() => Unit, {
    description: "Đơn vị — the person's unit.",
    write: 'required',
    filter: true,
    relation: 'unit',
  })
  unitId!: number;

  @field.string({ nullable: true, description: 'Chức vụ — the position held, as written.', write: true, filter: true })
  position!: string | null;

  @field.enum(OccupationGroup, {
    nullable: true,
    description:
      "Nhóm đối tượng — the person's group among the five the Ministry's statistical forms count (0602, 0603).",
    write: true,
    filter: true,
  })
  occupationGroup!: OccupationGroup | null;

  /** Seed rows invented to illustrate (the article names no individuals). */
  @field.boolean({
    default: false,
    description: 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.',
    write: true,
    filter: true,
  })
  isIllustrative!: boolean;

  @Column({ type: 'varchar', length: 500 })
  searchKey!: string;

  @BeforeInsert()
  @BeforeUpdate()
  refreshSearchKey(): void {
    this.searchKey = personSearchKey(this);
  }
}

export function personSearchKey(person: Pick<Person, 'fullName'>): string {
  return searchKeyOf(person.fullName);
}
