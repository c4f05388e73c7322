/**
 * Ra quyết định từ hồ sơ: the board makes the decision from a dossier's approved items once the council
 * has settled every item. The decision is written by the same service as any other (awards.ts), so its
 * awards obey every rule a decision's awards obey, judged on its signing date; it is issued by the
 * authority the dossier addressed. Each award is linked back to its item, and the dossier is DECIDED.
 */
import { toGlobalId } from '../core/global-id';
import { Refusal, refuse, UserErrorCode } from '../core/refusal';
import { ProposalItemOutcome, ProposalState } from '../entities/enums';
import { Award } from '../entities/awards';
import { Proposal, ProposalItem } from '../entities/proposals';
import { createAwardDecision, type AwardLineInput } from './awards';
import { loadLockedProposal, requireBoard, requireState } from './proposals-access';
import { itemsOf } from './proposals-eligibility';
import { moveProposal } from './proposals-workflow';
import { databaseIdOf } from './record-service';
import { updateRecord } from './record-writer';
import type { WriteContext } from './write-context';
import { WriteScope } from './write-scope';

export interface DecisionFromProposalInput {
  proposalId: string;
  expectedVersion: number;
  decisionNo: string;
  signedOn: string;
  signerName?: string | null;
  signerTitle?: string | null;
  summary?: string | null;
}

const globalIdOr = (typeName: string, id: number | null) => (id === null ? null : toGlobalId(typeName, id));

function awardLineOf(proposal: Proposal, item: ProposalItem): AwardLineInput {
  return {
    awardTypeId: toGlobalId('AwardType', item.awardTypeId),
    subjectType: item.subjectType,
    recipientUnitId: globalIdOr('Unit', item.recipientUnitId),
    recipientPersonId: globalIdOr('Person', item.recipientPersonId),
    recipientHouseholdName: item.recipientHouseholdName,
    achievementYear: proposal.year,
    movementId: globalIdOr('Movement', proposal.movementId),
    blocId: globalIdOr('EmulationBloc', item.blocId),
    flagOverrideReason: item.flagOverrideReason,
  };
}

export async function createDecisionFromProposal(w: WriteContext, input: DecisionFromProposalInput): Promise<Proposal> {
  requireBoard(w.caller, 'make decisions from dossiers');
  const proposal = await loadLockedProposal(w, databaseIdOf(input.proposalId, 'Proposal', ['proposalId']), [
    'proposalId',
  ]);
  requireState(proposal, [ProposalState.COUNCIL_REVIEW], 'decided');
  const items = await itemsOf(w, proposal.id);
  if (items.some((item) => item.outcome === ProposalItemOutcome.PENDING))
    refuse(UserErrorCode.INVALID_STATE, 'Every item is approved or rejected before the decision is made', [
      'proposalId',
    ]);
  const approved = items.filter((item) => item.outcome === ProposalItemOutcome.APPROVED);
  if (approved.length === 0)
    refuse(UserErrorCode.INVALID_STATE, 'No item of the dossier is approved: there is nothing to decide', [
      'proposalId',
    ]);
  // The board decides for the province: the recipients are the dossier's, not the board's own units.
  const board: WriteContext = { ...w, scope: new WriteScope(w.manager, w.caller, true) };
  const decision = await createAwardDecision(board, {
    decisionNo: input.decisionNo,
    signedOn: input.signedOn,
    issuingUnitId: toGlobalId('Unit', proposal.addressedUnitId),
    signerName: input.signerName,
    signerTitle: input.signerTitle,
    summary: input.summary ?? proposal.summary,
    commendationType: proposal.commendationType,
    movementId: globalIdOr('Movement', proposal.movementId),
    isIllustrative: proposal.isIllustrative,
    awards: approved.map((item) => awardLineOf(proposal, item)),
  }).catch((error: unknown) => {
    throw pointAtItems(error, approved);
  });
  const awards = await w.manager.find(Award, { where: { decisionId: decision.id }, order: { id: 'ASC' } });
  for (const [i, item] of approved.entries())
    await updateRecord(w, ProposalItem, item, item.version, { awardId: awards[i]!.id });
  return moveProposal(w, proposal, input.expectedVersion, ProposalState.DECIDED, null, {
    decisionId: decision.id,
    decidedOn: decision.signedOn,
    processingDays: daysBetween(proposal.submittedOn!, decision.signedOn),
  });
}

/** Whole days from one 'YYYY-MM-DD' to another; never negative (a decision signed before the dossier came in is 0). */
function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
}

/** A refusal of the decision's n-th award line is about the n-th approved item: say which. */
function pointAtItems(error: unknown, approved: ProposalItem[]): unknown {
  if (!(error instanceof Refusal)) return error;
  return new Refusal(
    error.errors.map((e) => {
      const item = e.field?.[1] === 'awards' ? approved[Number(e.field[2])] : undefined;
      if (!item) return e;
      return {
        ...e,
        message: `Item ${toGlobalId('ProposalItem', item.id)}: ${e.message}`,
        field: ['input', 'proposalId'],
      };
    }),
  );
}
