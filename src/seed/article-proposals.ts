/**
 * Illustrative dossiers for the article's bloc (flagged isIllustrative): what the portal shows while
 * the units prepare their 2023 proposals — Sở Y tế's still a draft, Sở Thông tin và Truyền thông's
 * returned by the board for a missing document. No file is seeded: documents are uploaded.
 */
import { CommendationType, ProposalState, SubjectType } from '../entities/enums';
import { Proposal, ProposalItem, ProposalTransition } from '../entities/proposals';
import type { ArticleRows } from './article-rows';

const SEED_KEY = 'seed';

export async function loadProposals(rows: ArticleRows, blocId: number): Promise<void> {
  const addressedUnitId = rows.unitId('UBND_TINH');
  const draft = await rows.insert(Proposal, {
    submittingUnitId: rows.unitId('SO_YTE'),
    addressedUnitId,
    commendationType: CommendationType.MERIT,
    year: 2023,
    referenceNo: '12/TTr-SYT',
    summary: 'Đề nghị tặng danh hiệu thi đua năm 2023 cho Sở Y tế',
    state: ProposalState.DRAFT,
    isIllustrative: true,
  });
  await rows.insert(ProposalTransition, { proposalId: draft.id, toState: ProposalState.DRAFT, actorKeyId: SEED_KEY });
  await rows.insert(ProposalItem, {
    proposalId: draft.id,
    awardTypeId: rows.awardTypeId('TAP_THE_LAO_DONG_XUAT_SAC'),
    subjectType: SubjectType.COLLECTIVE,
    recipientUnitId: rows.unitId('SO_YTE'),
    achievementSummary: 'Hoàn thành xuất sắc nhiệm vụ năm 2023',
  });

  const returned = await rows.insert(Proposal, {
    submittingUnitId: rows.unitId('SO_TTTT'),
    addressedUnitId,
    commendationType: CommendationType.MERIT,
    year: 2023,
    referenceNo: '31/TTr-STTTT',
    summary: 'Đề nghị tặng Cờ thi đua cấp tỉnh năm 2023',
    state: ProposalState.RETURNED,
    submittedOn: '2024-01-08',
    isIllustrative: true,
  });
  await rows.insert(ProposalItem, {
    proposalId: returned.id,
    awardTypeId: rows.awardTypeId('CO_THI_DUA_CAP_TINH'),
    subjectType: SubjectType.COLLECTIVE,
    recipientUnitId: rows.unitId('SO_TTTT'),
    blocId,
    achievementSummary: 'Dẫn đầu khối về chuyển đổi số năm 2023',
  });
  const steps: Array<[ProposalState | null, ProposalState, string | null]> = [
    [null, ProposalState.DRAFT, null],
    [ProposalState.DRAFT, ProposalState.SUBMITTED, null],
    [ProposalState.SUBMITTED, ProposalState.UNDER_APPRAISAL, null],
    [ProposalState.UNDER_APPRAISAL, ProposalState.RETURNED, 'Thiếu biên bản họp bình xét của khối'],
  ];
  for (const [fromState, toState, reason] of steps)
    await rows.insert(ProposalTransition, {
      proposalId: returned.id,
      fromState,
      toState,
      actorKeyId: SEED_KEY,
      reason,
    });
}
