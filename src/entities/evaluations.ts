import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../core/node';
import { DateScalar, DecimalScalar } from '../core/scalars';
import { Column, Entity } from 'typeorm';
import { MaintainedRecord } from './base';
import {
  codeColumn,
  dateColumn,
  decimalColumn,
  enumColumn,
  foreignKeyColumn,
  nameColumn,
  yearColumn,
} from './column-types';
import { EvaluationMethod } from './enums';

/** Bộ tiêu chí chấm điểm — a bloc's scoring framework for one year. */
@ObjectType('CriteriaSet', {
  implements: Node,
  description: "Bộ tiêu chí chấm điểm — a bloc's scoring framework for one year.",
})
@Entity('criteria_sets')
export class CriteriaSet extends MaintainedRecord {
  @Column(foreignKeyColumn())
  blocId!: number;

  @Field(() => Int, { description: 'Năm — the year it scores.' })
  @Column(yearColumn())
  year!: number;

  @Field(() => DecimalScalar, { description: 'Tổng điểm tối đa — the highest total possible.' })
  @Column(decimalColumn({ precision: 8 }))
  maxTotal!: string;

  @Field(() => Boolean, {
    description: 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.',
  })
  @Column({ type: 'boolean', default: false })
  isIllustrative!: boolean;
}

/** Tiêu chí — one criterion (or group of criteria, via parent) of a criteria set. */
@ObjectType('Criterion', {
  implements: Node,
  description: 'Tiêu chí — one criterion (or a group of criteria, through parent) of a criteria set.',
})
@Entity('criteria')
export class Criterion extends MaintainedRecord {
  @Column(foreignKeyColumn())
  criteriaSetId!: number;

  @Column(foreignKeyColumn({ nullable: true }))
  parentId!: number | null;

  @Field(() => String, { description: "Mã tiêu chí — the criterion's code within its set." })
  @Column(codeColumn())
  code!: string;

  @Field(() => String, { description: 'Tên tiêu chí — the criterion as written.' })
  @Column(nameColumn({ length: 500 }))
  name!: string;

  @Field(() => DecimalScalar, { description: 'Điểm tối đa — the most points it gives.' })
  @Column(decimalColumn())
  maxPoints!: string;

  @Field(() => DecimalScalar, { description: 'Điểm thưởng tối đa — the most bonus points it gives.' })
  @Column(decimalColumn({ default: '0' }))
  maxBonusPoints!: string;

  @Field(() => Int, { description: 'Thứ tự — its position in the set.' })
  @Column({ type: 'int', default: 0 })
  sortOrder!: number;
}

/** Bình xét thi đua — a bloc's evaluation of its members for one year. */
@ObjectType('Evaluation', {
  implements: Node,
  description: "Bình xét thi đua — a bloc's evaluation of its members for one year.",
})
@Entity('evaluations')
export class Evaluation extends MaintainedRecord {
  @Column(foreignKeyColumn())
  blocId!: number;

  @Field(() => Int, { description: 'Năm — the year evaluated.' })
  @Column(yearColumn())
  year!: number;

  @Column(foreignKeyColumn({ nullable: true }))
  criteriaSetId!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày họp bình xét — the date of the evaluation meeting.' })
  @Column(dateColumn({ nullable: true }))
  heldOn!: string | null;

  @Column(foreignKeyColumn({ nullable: true }))
  eventId!: number | null;

  @Field(() => EvaluationMethod, { description: 'Phương thức — by scores, by votes, or both.' })
  @Column(enumColumn())
  method!: EvaluationMethod;

  @Field(() => Boolean, {
    description: 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.',
  })
  @Column({ type: 'boolean', default: false })
  isIllustrative!: boolean;
}

/** Điểm chấm — a unit's points on one criterion. */
@ObjectType('EvaluationScore', {
  implements: Node,
  description: "Điểm chấm — a unit's points on one criterion of an evaluation.",
})
@Entity('evaluation_scores')
export class EvaluationScore extends MaintainedRecord {
  @Column(foreignKeyColumn())
  evaluationId!: number;

  @Column(foreignKeyColumn())
  unitId!: number;

  @Column(foreignKeyColumn())
  criterionId!: number;

  @Field(() => DecimalScalar, { description: 'Điểm — the points given.' })
  @Column(decimalColumn())
  points!: string;

  @Field(() => DecimalScalar, { description: 'Điểm thưởng — the bonus points given.' })
  @Column(decimalColumn({ default: '0' }))
  bonusPoints!: string;
}

/**
 * Kết quả bình xét — a unit's total, rank and votes. Total and rank are derived from the scores
 * and votes by the service, never typed in.
 */
@ObjectType('EvaluationResult', {
  implements: Node,
  description:
    "Kết quả bình xét — a unit's total, rank and votes in an evaluation; total and rank are derived, never typed in.",
})
@Entity('evaluation_results')
export class EvaluationResult extends MaintainedRecord {
  @Column(foreignKeyColumn())
  evaluationId!: number;

  @Column(foreignKeyColumn())
  unitId!: number;

  @Field(() => DecimalScalar, { description: "Tổng điểm — the sum of the unit's points and bonus points." })
  @Column(decimalColumn({ precision: 8, default: '0' }))
  totalPoints!: string;

  @Field(() => Int, { nullable: true, description: 'Xếp hạng — the rank in the bloc (1 is first).' })
  @Column({ type: 'int', nullable: true })
  rank!: number | null;

  @Field(() => Int, { nullable: true, description: 'Số phiếu tán thành — votes for the unit.' })
  @Column({ type: 'int', nullable: true })
  votesFor!: number | null;

  @Field(() => Int, { nullable: true, description: 'Số phiếu — votes cast.' })
  @Column({ type: 'int', nullable: true })
  votesCast!: number | null;

  @Column(foreignKeyColumn({ nullable: true }))
  proposedAwardTypeId!: number | null;
}
