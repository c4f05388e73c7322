import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../core/node';
import { DateScalar } from '../core/scalars';
import { BeforeInsert, BeforeUpdate, Column, Entity, Index } from 'typeorm';
import { searchKeyOf } from '../core/fold';
import { MaintainedRecord } from './base';
import { codeColumn, dateColumn, enumColumn, foreignKeyColumn, nameColumn, yearColumn } from './column-types';
import { BlocKind, LeadershipRole } from './enums';

/** Khối thi đua / Cụm thi đua — units grouped by the province to emulate and rank each other. */
@ObjectType('EmulationBloc', {
  implements: Node,
  description: 'Khối thi đua / Cụm thi đua — units grouped by the province to emulate, evaluate and rank each other.',
})
@Entity('emulation_blocs')
export class EmulationBloc extends MaintainedRecord {
  @Index('uq_emulation_blocs_code', { unique: true })
  @Field({ description: "Mã khối — the bloc's stable code, unique." })
  @Column(codeColumn())
  code!: string;

  @Field({ description: "Tên khối — the bloc's name as written." })
  @Column(nameColumn())
  name!: string;

  @Field(() => BlocKind, { description: 'Loại — bloc (by sector) or cluster (by locality).' })
  @Column(enumColumn())
  kind!: BlocKind;

  @Column(foreignKeyColumn({ nullable: true }))
  managingUnitId!: number | null;

  @Field(() => Int, {
    description: 'Số Cờ thi đua tối đa mỗi năm — how many provincial emulation flags the bloc may propose per year.',
  })
  @Column({ type: 'smallint', default: 1 })
  maxFlagsPerYear!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Hiệu lực từ ngày — the date the bloc was formed (a date).' })
  @Column(dateColumn({ nullable: true }))
  validFrom!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Hiệu lực đến ngày — the date the bloc was dissolved (a date).',
  })
  @Column(dateColumn({ nullable: true }))
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
  @Column(foreignKeyColumn())
  blocId!: number;

  @Column(foreignKeyColumn())
  unitId!: number;

  @Field(() => Int, { description: 'Từ năm — the first year of membership.' })
  @Column(yearColumn())
  fromYear!: number;

  @Field(() => Int, { nullable: true, description: 'Đến năm — the last year of membership; null while ongoing.' })
  @Column(yearColumn({ nullable: true }))
  toYear!: number | null;
}

/** Trưởng khối / Phó khối — the unit that chairs (deputises) a bloc for one year. */
@ObjectType('BlocLeadership', {
  implements: Node,
  description: 'Trưởng khối / Phó khối — the unit that chairs (or deputises) a bloc for one year.',
})
@Entity('bloc_leaderships')
export class BlocLeadership extends MaintainedRecord {
  @Column(foreignKeyColumn())
  blocId!: number;

  @Field(() => Int, { description: 'Năm — the year of the leadership.' })
  @Column(yearColumn())
  year!: number;

  @Column(foreignKeyColumn())
  unitId!: number;

  @Field(() => LeadershipRole, { description: 'Vai trò — leader (trưởng khối) or deputy (phó khối).' })
  @Column(enumColumn())
  role!: LeadershipRole;

  @Field({ description: 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.' })
  @Column({ type: 'boolean', default: false })
  isIllustrative!: boolean;
}
