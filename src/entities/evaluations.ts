/**
 * Evaluations (bình xét): a bloc's criteria for a year, the evaluation of its members, each unit's
 * scores and its derived result. Every column is declared once with `field` (see field.ts).
 */
import { ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { Node } from '../core/node';
import { AwardType } from './awards';
import { MaintainedRecord } from './base';
import { EmulationBloc } from './blocs';
import { EvaluationMethod } from './enums';
import { field } from './field';
import { Event } from './movements';
import { Unit } from './organisation';

const ILLUSTRATIVE = 'Dữ liệu minh họa — true for rows invented to illustrate, not stated by a source.';

/** Bộ tiêu chí chấm điểm — a bloc's scoring framework for one year. */
@ObjectType('CriteriaSet', {
  implements: Node,
  description: "Bộ tiêu chí chấm điểm — a bloc's scoring framework for one year.",
})
@Entity('criteria_sets')
export class CriteriaSet extends MaintainedRecord {
  @field.ref(() => EmulationBloc, {
    description: 'Khối — the bloc.',
    write: 'required',
    filter: true,
    relation: 'bloc',
  })
  blocId!: number;

  @field.year({ description: 'Năm — the year it scores.', write: 'required', filter: true, sort: true })
  year!: number;

  @field.decimal({ precision: 8, description: 'Tổng điểm tối đa — the highest total possible.', write: 'required' })
  maxTotal!: string;

  @field.boolean({ default: false, description: ILLUSTRATIVE, write: true })
  isIllustrative!: boolean;
}

/** Tiêu chí — one criterion (or group of criteria, via parent) of a criteria set. */
@ObjectType('Criterion', {
  implements: Node,
  description: 'Tiêu chí — one criterion (or a group of criteria, through parent) of a criteria set.',
})
@Entity('criteria')
export class Criterion extends MaintainedRecord {
  @field.ref(() => CriteriaSet, { description: 'Bộ tiêu chí — the set.', write: 'required', filter: true })
  criteriaSetId!: number;

  @field.ref(() => Criterion, {
    nullable: true,
    description: 'Nhóm tiêu chí — the group this criterion belongs to (isNull: true for top-level groups).',
    write: true,
    filter: true,
  })
  parentId!: number | null;

  @field.code({
    description: "Mã tiêu chí — the criterion's code within its set.",
    write: 'required',
    filter: true,
    sort: true,
  })
  code!: string;

  @field.string({
    length: 500,
    description: 'Tên tiêu chí — the criterion as written.',
    write: 'required',
    filter: true,
  })
  name!: string;

  @field.decimal({ description: 'Điểm tối đa — the most points it gives.', write: 'required', filter: true })
  maxPoints!: string;

  @field.decimal({
    default: '0',
    description: 'Điểm thưởng tối đa — the most bonus points it gives (default 0).',
    write: true,
  })
  maxBonusPoints!: string;

  @field.int({
    default: 0,
    min: 0,
    max: 100_000,
    description: 'Thứ tự — its position in the set.',
    write: true,
    sort: true,
  })
  sortOrder!: number;
}

/** Bình xét thi đua — a bloc's evaluation of its members for one year. */
@ObjectType('Evaluation', {
  implements: Node,
  description: "Bình xét thi đua — a bloc's evaluation of its members for one year.",
})
@Entity('evaluations')
export class Evaluation extends MaintainedRecord {
  @field.ref(() => EmulationBloc, {
    description: 'Khối — the bloc.',
    write: 'required',
    filter: true,
    relation: 'bloc',
  })
  blocId!: number;

  @field.year({ description: 'Năm — the year evaluated.', write: 'required', filter: true, sort: true })
  year!: number;

  @field.ref(() => CriteriaSet, {
    nullable: true,
    description: "Bộ tiêu chí — the framework scores are given on (the bloc's, for the same year).",
    write: true,
  })
  criteriaSetId!: number | null;

  @field.date({
    nullable: true,
    description: 'Ngày họp bình xét — the date of the evaluation meeting.',
    write: true,
    filter: true,
    sort: true,
  })
  heldOn!: string | null;

  @field.ref(() => Event, { nullable: true, description: 'Hội nghị — the meeting.', write: true })
  eventId!: number | null;

  @field.enum(EvaluationMethod, {
    description: 'Phương thức — by scores, by votes, or both.',
    write: 'required',
    filter: true,
  })
  method!: EvaluationMethod;

  @field.boolean({ default: false, description: ILLUSTRATIVE, write: true, filter: true })
  isIllustrative!: boolean;
}

/** Điểm chấm — a unit's points on one criterion. */
@ObjectType('EvaluationScore', {
  implements: Node,
  description: "Điểm chấm — a unit's points on one criterion of an evaluation.",
})
@Entity('evaluation_scores')
export class EvaluationScore extends MaintainedRecord {
  @field.ref(() => Evaluation, { description: 'Bình xét — the evaluation.', write: 'required', filter: true })
  evaluationId!: number;

  @field.ref(() => Unit, {
    description: 'Đơn vị — the unit scored; a member that year.',
    write: 'required',
    filter: true,
  })
  unitId!: number;

  @field.ref(() => Criterion, {
    description: "Tiêu chí — the criterion, of the evaluation's criteria set.",
    write: 'required',
    filter: true,
  })
  criterionId!: number;

  @field.decimal({
    description: "Điểm — the points given: 0 ≤ points ≤ the criterion's maxPoints (rule 7).",
    write: 'required',
    filter: true,
    sort: true,
  })
  points!: string;

  @field.decimal({
    default: '0',
    description: "Điểm thưởng — the bonus points given: 0 ≤ bonus ≤ the criterion's maxBonusPoints (default 0).",
    write: true,
  })
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
  @field.ref(() => Evaluation, {
    description: 'Bình xét — the evaluation.',
    write: 'required',
    filter: true,
    relation: 'evaluation',
  })
  evaluationId!: number;

  @field.ref(() => Unit, {
    description: 'Đơn vị — the unit; a member that year.',
    write: 'required',
    filter: true,
    relation: 'unit',
  })
  unitId!: number;

  @field.decimal({
    precision: 8,
    default: '0',
    description: "Tổng điểm — the sum of the unit's points and bonus points.",
    filter: true,
    sort: true,
  })
  totalPoints!: string;

  @field.int({ nullable: true, description: 'Xếp hạng — the rank in the bloc (1 is first).', filter: true, sort: true })
  rank!: number | null;

  @field.int({
    nullable: true,
    min: 0,
    max: 1_000_000,
    description: 'Số phiếu tán thành — votes for the unit.',
    write: true,
  })
  votesFor!: number | null;

  @field.int({ nullable: true, min: 0, max: 1_000_000, description: 'Số phiếu — votes cast.', write: true })
  votesCast!: number | null;

  @field.ref(() => AwardType, {
    nullable: true,
    description: 'Đề nghị khen thưởng — the award proposed for the unit.',
    write: true,
  })
  proposedAwardTypeId!: number | null;
}
