/** The reports over dossiers: their states, units and years, and their items' award types and outcomes. */
import { AwardType } from '../entities/awards';
import { CommendationType, ProposalItemOutcome, ProposalState } from '../entities/enums';
import { Unit } from '../entities/organisation';
import { Proposal } from '../entities/proposals';
import type { Measure } from './measures';
import type { Join, ReportDefinition } from './report-definitions';

const PROCESSING_DAYS: Measure = {
  name: 'processingDays',
  column: 'processingDays',
  kind: 'whole',
  description: 'Số ngày xử lý — days from first submission to decision (decided dossiers only).',
};

export const PROPOSAL_REPORT: ReportDefinition = {
  typeName: 'Proposal',
  vietnamese: 'hồ sơ đề nghị khen thưởng',
  alias: 'pr',
  measures: [PROCESSING_DAYS],
  keys: {
    STATE: {
      field: 'state',
      sql: 'pr.state',
      value: { enum: ProposalState, enumName: 'ProposalState' },
      description: 'Trạng thái — by state.',
    },
    UNIT: {
      field: 'unit',
      sql: 'pr.submittingUnitId',
      value: { record: Unit },
      description: 'Đơn vị trình — by submitting unit.',
    },
    YEAR: { field: 'year', sql: 'pr.year', value: { int: true }, description: 'Năm — by achievement year.' },
    COMMENDATION_TYPE: {
      field: 'commendationType',
      sql: 'pr.commendationType',
      value: { enum: CommendationType, enumName: 'CommendationType' },
      description: 'Hình thức xét — by commendation type.',
    },
  },
};

const itemProposalJoin: Join = (q) => q.innerJoin(Proposal, 'grp_pr', 'grp_pr.id = pi.proposalId');

export const PROPOSAL_ITEM_REPORT: ReportDefinition = {
  typeName: 'ProposalItem',
  vietnamese: 'nội dung đề nghị',
  alias: 'pi',
  measures: [
    {
      name: 'votesFor',
      column: 'votesFor',
      kind: 'whole',
      description: 'Phiếu đồng ý — council votes for the items.',
    },
  ],
  keys: {
    AWARD_TYPE: {
      field: 'awardType',
      sql: 'pi.awardTypeId',
      value: { record: AwardType },
      description: 'Danh hiệu / hình thức — by the award type asked for.',
    },
    OUTCOME: {
      field: 'outcome',
      sql: 'pi.outcome',
      value: { enum: ProposalItemOutcome, enumName: 'ProposalItemOutcome' },
      description: "Kết quả xét — by the council's outcome.",
    },
    STATE: {
      field: 'state',
      sql: 'grp_pr.state',
      value: { enum: ProposalState, enumName: 'ProposalState' },
      joins: { grp_pr: itemProposalJoin },
      description: "Trạng thái — by the dossier's state.",
    },
    UNIT: {
      field: 'unit',
      sql: 'grp_pr.submittingUnitId',
      value: { record: Unit },
      joins: { grp_pr: itemProposalJoin },
      description: "Đơn vị trình — by the dossier's submitting unit.",
    },
    YEAR: {
      field: 'year',
      sql: 'grp_pr.year',
      value: { int: true },
      joins: { grp_pr: itemProposalJoin },
      description: "Năm — by the dossier's achievement year.",
    },
  },
};
