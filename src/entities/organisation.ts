import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../core/node';
import { DateScalar } from '../core/scalars';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { searchKeyOf } from '../core/fold';
import { MaintainedRecord } from './base';
import { codeColumn, dateColumn, enumColumn, foreignKeyColumn, nameColumn } from './column-types';
import { Gender, UnitKind } from './enums';

/** Đơn vị — an agency (sở, ngành, đài, huyện…); a collective that can be awarded. */
@ObjectType('Unit', {
  implements: Node,
  description: 'Đơn vị — an agency (sở, ngành, đài, huyện…) or locality; a collective (tập thể) that can be awarded.',
})
@Entity('units')
export class Unit extends MaintainedRecord {
  @Index('uq_units_code', { unique: true })
  @Field({ description: "Mã đơn vị — the unit's stable code, unique (e.g. SO_YTE)." })
  @Column(codeColumn())
  code!: string;

  @Field({ description: 'Tên đơn vị — the full name as written (e.g. "Sở Y tế").' })
  @Column(nameColumn())
  name!: string;

  @Field(() => String, { nullable: true, description: 'Tên viết tắt — the short name.' })
  @Column(nameColumn({ nullable: true, length: 100 }))
  shortName!: string | null;

  @Field(() => UnitKind, { description: 'Loại đơn vị — the kind of unit.' })
  @Column(enumColumn())
  kind!: UnitKind;

  @Column(foreignKeyColumn({ nullable: true }))
  parentId!: number | null;

  @Field(() => Int, { nullable: true, description: 'Số cán bộ — headcount.' })
  @Column({ type: 'int', nullable: true })
  headcount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Số cán bộ nữ — female headcount.' })
  @Column({ type: 'int', nullable: true })
  headcountFemale!: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Hiệu lực từ ngày — the date the unit came into being (a date).',
  })
  @Column(dateColumn({ nullable: true }))
  validFrom!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Hiệu lực đến ngày — the date the unit ceased (merged or dissolved; a date).',
  })
  @Column(dateColumn({ nullable: true }))
  validTo!: string | null;

  /** The unit this one was merged into. */
  @Column(foreignKeyColumn({ nullable: true }))
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
  @Field(() => String, { description: "Họ và tên — the person's full name." })
  @Column(nameColumn())
  fullName!: string;

  @Field(() => Gender, { nullable: true, description: 'Giới tính — gender, if recorded.' })
  @Column(enumColumn({ nullable: true }))
  gender!: Gender | null;

  @Column(foreignKeyColumn())
  unitId!: number;

  @Field(() => String, { nullable: true, description: 'Chức vụ — the position held, as written.' })
  @Column(nameColumn({ nullable: true }))
  position!: string | null;

  /** Seed rows invented to illustrate (the article names no individuals). */
  @Field(() => Boolean, {
    description: 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.',
  })
  @Column({ type: 'boolean', default: false })
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
