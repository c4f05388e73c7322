/**
 * Hồ sơ đề nghị khen thưởng — the dossier a unit sends up for awards, its items (one award asked for
 * each) and the history of its states; its documents and the catalogue of required ones are in
 * proposals-documents.ts. Every column is declared once with `field` (see field.ts). The state
 * machine that moves a dossier is in services/proposals-workflow.ts.
 */
import { ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { Node } from '../core/node';
import { Award, AwardDecision } from './awards';
import { AwardType } from './awards-catalogue';
import { BaseRecord, MaintainedRecord } from './base';
import { EmulationBloc } from './blocs';
import { CommendationType, ProposalItemOutcome, ProposalState, SubjectType } from './enums';
import { EvaluationResult } from './evaluations';
import { field } from './field';
import { Movement } from './movements';
import { Person, Unit } from './organisation';

@ObjectType('Proposal', {
  implements: Node,
  description:
    'Hồ sơ đề nghị khen thưởng — a dossier a unit sends to the emulation board, asking for awards; it moves ' +
    'from draft through appraisal and the council to a decision.',
})
@Entity('proposals')
@Index('ix_proposals_unit_state', ['submittingUnitId', 'state'])
@Index('ix_proposals_state_submitted', ['state', 'submittedOn'])
export class Proposal extends BaseRecord {
  @field.ref(() => Unit, {
    description: 'Đơn vị trình — the unit that sends the dossier; its EDITORs prepare and submit it.',
    write: 'required',
    filter: true,
    relation: 'submittingUnit',
  })
  submittingUnitId!: number;

  @field.ref(() => Unit, {
    description:
      'Cấp có thẩm quyền — the authority asked to decide (the provincial People’s Committee…); it issues the ' +
      'decision, at its level.',
    write: 'required',
    filter: true,
    relation: 'addressedUnit',
  })
  addressedUnitId!: number;

  @field.enum(CommendationType, {
    description: 'Hình thức xét — regular, thematic, ad hoc…; it decides which documents are required.',
    write: 'required',
    filter: true,
  })
  commendationType!: CommendationType;

  @field.year({
    description: 'Năm thành tích — the year of the achievements proposed.',
    write: 'required',
    filter: true,
    sort: true,
  })
  year!: number;

  @field.ref(() => Movement, {
    nullable: true,
    description: 'Phong trào — the movement the achievements belong to, if one.',
    write: true,
    filter: true,
  })
  movementId!: number | null;

  @field.string({
    length: 64,
    nullable: true,
    description: 'Số tờ trình — the reference number of the cover letter (e.g. 45/TTr-SYT).',
    write: true,
    filter: true,
  })
  referenceNo!: string | null;

  @field.text({ description: 'Trích yếu — what the dossier proposes, in a sentence.', write: true })
  summary!: string | null;

  @field.enum(ProposalState, {
    default: ProposalState.DRAFT,
    description: 'Trạng thái — where the dossier stands; changed only by the workflow mutations.',
    filter: true,
  })
  state!: ProposalState;

  @field.date({
    nullable: true,
    description: 'Ngày gửi — the day the dossier was first submitted (kept when it is sent again after a return).',
    filter: true,
    sort: true,
  })
  submittedOn!: string | null;

  @field.date({
    nullable: true,
    description: 'Ngày quyết định — the signing date of the decision that closed the dossier.',
    filter: true,
    sort: true,
  })
  decidedOn!: string | null;

  @field.int({
    nullable: true,
    description: 'Số ngày xử lý — days from the first submission to the decision; derived when the dossier is decided.',
    filter: true,
    sort: true,
  })
  processingDays!: number | null;

  @field.ref(() => AwardDecision, {
    nullable: true,
    description: 'Quyết định — the decision created from its approved items.',
    filter: true,
    relation: 'decision',
  })
  decisionId!: number | null;

  @field.boolean({
    default: false,
    description: 'Dữ liệu minh họa — true for dossiers invented to illustrate, not stated by a source.',
    write: true,
    filter: true,
  })
  isIllustrative!: boolean;
}

@ObjectType('ProposalItem', {
  implements: Node,
  description: 'Nội dung đề nghị — one award asked for in a dossier: the award type and its recipient.',
})
@Entity('proposal_items')
@Index('ix_proposal_items_proposal', ['proposalId'])
export class ProposalItem extends MaintainedRecord {
  @field.ref(() => Proposal, {
    description: 'Hồ sơ — the dossier; fixed at creation.',
    write: 'required',
    filter: true,
    relation: 'proposal',
  })
  proposalId!: number;

  @field.ref(() => AwardType, {
    description: 'Danh hiệu / hình thức đề nghị — the award type asked for.',
    write: 'required',
    filter: true,
    relation: 'awardType',
  })
  awardTypeId!: number;

  @field.enum(SubjectType, {
    description: 'Đối tượng — individual, collective or household; the type must allow it.',
    write: 'required',
    filter: true,
  })
  subjectType!: SubjectType;

  @field.ref(() => Unit, {
    nullable: true,
    description: 'Đơn vị được đề nghị — the unit proposed, for a collective.',
    write: true,
    filter: true,
    relation: 'recipientUnit',
  })
  recipientUnitId!: number | null;

  @field.ref(() => Person, {
    nullable: true,
    description: 'Cá nhân được đề nghị — the person proposed, for an individual.',
    write: true,
    filter: true,
    relation: 'recipientPerson',
  })
  recipientPersonId!: number | null;

  @field.string({
    nullable: true,
    description: 'Tên hộ gia đình — the household proposed, when the recipient is one.',
    write: true,
    filter: true,
  })
  recipientHouseholdName!: string | null;

  @field.text({ description: 'Tóm tắt thành tích — the achievements, in short.', write: true })
  achievementSummary!: string | null;

  @field.ref(() => EvaluationResult, {
    nullable: true,
    description: 'Kết quả bình xét — the evaluation result the proposal rests on, if one.',
    write: true,
    filter: true,
  })
  evaluationResultId!: number | null;

  @field.ref(() => EmulationBloc, {
    nullable: true,
    description: 'Khối — the bloc the achievement was in (required for a provincial flag).',
    write: true,
    filter: true,
  })
  blocId!: number | null;

  @field.text({
    description: "Lý do vượt chỉ tiêu Cờ — why a provincial flag goes beyond the bloc's quota or to a unit not first.",
    write: true,
  })
  flagOverrideReason!: string | null;

  @field.enum(ProposalItemOutcome, {
    default: ProposalItemOutcome.PENDING,
    description: 'Kết quả xét — pending, approved or rejected by the council.',
    filter: true,
  })
  outcome!: ProposalItemOutcome;

  @field.text({ description: 'Lý do không đồng ý — why the item was rejected.' })
  outcomeReason!: string | null;

  @field.int({ nullable: true, min: 0, description: 'Phiếu đồng ý — council votes for.' })
  votesFor!: number | null;

  @field.int({ nullable: true, min: 0, description: 'Phiếu không đồng ý — council votes against.' })
  votesAgainst!: number | null;

  @field.int({ nullable: true, min: 0, description: 'Phiếu không biểu quyết — council members abstaining.' })
  votesAbstaining!: number | null;

  @Index('uq_proposal_items_award', { unique: true })
  @field.ref(() => Award, {
    nullable: true,
    description: 'Khen thưởng — the award the decision gave for this item.',
    filter: true,
    relation: 'award',
  })
  awardId!: number | null;

  /** The soft findings of the last eligibility check, as JSON; exposed as `warnings`. */
  @field.text({ description: 'Cảnh báo — the soft findings of the last eligibility check, as JSON.', hidden: true })
  warningsJson!: string | null;
}

@ObjectType('ProposalTransition', {
  implements: Node,
  description: 'Lịch sử xử lý — one change of a dossier’s state: from, to, by which key, when and why.',
})
@Entity('proposal_transitions')
@Index('ix_proposal_transitions_proposal', ['proposalId'])
export class ProposalTransition extends BaseRecord {
  @field.ref(() => Proposal, { description: 'Hồ sơ — the dossier.', filter: true, relation: 'proposal' })
  proposalId!: number;

  @field.enum(ProposalState, { nullable: true, description: 'Từ trạng thái — the state before (empty at creation).' })
  fromState!: ProposalState | null;

  @field.enum(ProposalState, { description: 'Sang trạng thái — the state after.', filter: true })
  toState!: ProposalState;

  @field.string({ length: 16, description: 'Người thực hiện — the public id of the API key that acted.' })
  actorKeyId!: string;

  @field.text({ description: 'Lý do — the reason given (a return, a withdrawal…).' })
  reason!: string | null;
}
