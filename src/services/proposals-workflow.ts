/**
 * The dossier's state machine. Each transition is one mutation: it locks the dossier, checks who
 * acts and the state it is in (an illegal transition is INVALID_STATE naming the current state),
 * moves it with a version check (STALE_VERSION for a stale read) and writes a line of its history.
 *
 *   DRAFT ──submit──▶ SUBMITTED ──startAppraisal──▶ UNDER_APPRAISAL ──sendToCouncil──▶ COUNCIL_REVIEW
 *     │                 │   ▲                           │                                 │
 *     └──withdraw──▶ WITHDRAWN   └──submit── RETURNED ◀──return (board, with a reason)────┘
 *   COUNCIL_REVIEW: votes per item, each item APPROVED or REJECTED; then a decision from the approved
 *   items ──▶ DECIDED (proposals-decision.ts), or REJECTED when every item is.
 */
import { refuse, UserErrorCode } from '../core/refusal';
import { vietnamDate } from '../core/vietnam-date';
import { ProposalItemOutcome, ProposalState } from '../entities/enums';
import { Proposal, ProposalItem } from '../entities/proposals';
import { databaseIdOf } from './record-service';
import { loadLive, updateRecord } from './record-writer';
import { loadLockedProposal, requireBoard, requireState, requireSubmitter } from './proposals-access';
import { checkItem, itemsOf, missingDocuments } from './proposals-eligibility';
import { recordTransition } from './proposals';
import type { WriteContext } from './write-context';

export interface ProposalActionInput {
  id: string;
  expectedVersion: number;
  reason?: string | null;
}

/** Moves the dossier to `to` (with any other column changes) and records the step in its history. */
export async function moveProposal(
  w: WriteContext,
  proposal: Proposal,
  expectedVersion: number,
  to: ProposalState,
  reason: string | null,
  changes: Partial<Proposal> = {},
): Promise<Proposal> {
  const moved = await updateRecord(w, Proposal, proposal, expectedVersion, { ...changes, state: to });
  await recordTransition(w, proposal.id, proposal.state, to, reason);
  return moved;
}

async function load(w: WriteContext, input: ProposalActionInput): Promise<Proposal> {
  return loadLockedProposal(w, databaseIdOf(input.id, 'Proposal', ['id']), ['id']);
}

function reasonOf(input: ProposalActionInput, required: string | null): string | null {
  const reason = input.reason?.trim() || null;
  if (!reason && required) refuse(UserErrorCode.INVALID_INPUT, required, ['reason']);
  return reason;
}

/**
 * Gửi hồ sơ: the unit sends a DRAFT or RETURNED dossier. It must have items and the documents the
 * catalogue requires; each item is checked as a decision would check it, today. The council's
 * outcome of an earlier round is cleared: a dossier sent again is appraised again.
 */
export async function submitProposal(w: WriteContext, input: ProposalActionInput): Promise<Proposal> {
  const proposal = await load(w, input);
  await requireSubmitter(w, proposal);
  requireState(proposal, [ProposalState.DRAFT, ProposalState.RETURNED], 'submitted');
  const items = await itemsOf(w, proposal.id);
  if (items.length === 0) refuse(UserErrorCode.INVALID_INPUT, 'A dossier asks for at least one award', ['id']);
  const missing = await missingDocuments(w, proposal, items);
  if (missing.length > 0)
    refuse(
      UserErrorCode.MISSING_DOCUMENTS,
      'The dossier lacks required documents: ' + missing.map((m) => `${m.kind} (${m.legalBasis})`).join(', '),
      ['id'],
    );
  const today = vietnamDate();
  for (const item of items) {
    const warnings = await checkItem(w, proposal, item, today);
    const fresh: Partial<ProposalItem> = {
      warningsJson: warnings.length ? JSON.stringify(warnings) : null,
      outcome: ProposalItemOutcome.PENDING,
      outcomeReason: null,
      votesFor: null,
      votesAgainst: null,
      votesAbstaining: null,
    };
    // An item the check leaves as it was keeps its version (the unit may be editing it elsewhere).
    if (Object.entries(fresh).some(([column, value]) => item[column as keyof ProposalItem] !== value))
      await updateRecord(w, ProposalItem, item, item.version, fresh);
  }
  return moveProposal(w, proposal, input.expectedVersion, ProposalState.SUBMITTED, reasonOf(input, null), {
    submittedOn: proposal.submittedOn ?? today,
  });
}

/** Rút hồ sơ: the unit takes back a dossier the board has not started on. */
export async function withdrawProposal(w: WriteContext, input: ProposalActionInput): Promise<Proposal> {
  const proposal = await load(w, input);
  await requireSubmitter(w, proposal);
  requireState(proposal, [ProposalState.DRAFT, ProposalState.SUBMITTED], 'withdrawn');
  return moveProposal(w, proposal, input.expectedVersion, ProposalState.WITHDRAWN, reasonOf(input, null));
}

/** Thẩm định: the board takes up a submitted dossier. */
export async function startProposalAppraisal(w: WriteContext, input: ProposalActionInput): Promise<Proposal> {
  requireBoard(w.caller, 'appraise dossiers');
  const proposal = await load(w, input);
  requireState(proposal, [ProposalState.SUBMITTED], 'taken up for appraisal');
  return moveProposal(w, proposal, input.expectedVersion, ProposalState.UNDER_APPRAISAL, reasonOf(input, null));
}

/** Trả hồ sơ: the board returns a dossier to its unit, saying why. */
export async function returnProposal(w: WriteContext, input: ProposalActionInput): Promise<Proposal> {
  requireBoard(w.caller, 'return dossiers');
  const proposal = await load(w, input);
  requireState(
    proposal,
    [ProposalState.SUBMITTED, ProposalState.UNDER_APPRAISAL, ProposalState.COUNCIL_REVIEW],
    'returned',
  );
  const reason = reasonOf(input, 'A returned dossier says why (reason): what is missing or not eligible');
  return moveProposal(w, proposal, input.expectedVersion, ProposalState.RETURNED, reason);
}

/** Trình Hội đồng: the board puts an appraised dossier to the emulation council. */
export async function sendProposalToCouncil(w: WriteContext, input: ProposalActionInput): Promise<Proposal> {
  requireBoard(w.caller, 'put dossiers to the council');
  const proposal = await load(w, input);
  requireState(proposal, [ProposalState.UNDER_APPRAISAL], 'put to the council');
  return moveProposal(w, proposal, input.expectedVersion, ProposalState.COUNCIL_REVIEW, reasonOf(input, null));
}

export interface ItemVotes {
  itemId: string;
  votesFor: number;
  votesAgainst: number;
  votesAbstaining?: number | null;
}

/** Biểu quyết: the council's votes on some of a dossier's items. */
export async function recordProposalCouncilVotes(
  w: WriteContext,
  input: { id: string; votes: ItemVotes[] },
): Promise<Proposal> {
  requireBoard(w.caller, "record the council's votes");
  const proposal = await loadLockedProposal(w, databaseIdOf(input.id, 'Proposal', ['id']), ['id']);
  requireState(proposal, [ProposalState.COUNCIL_REVIEW], 'voted on');
  if (input.votes.length === 0) refuse(UserErrorCode.INVALID_INPUT, 'Give the votes on at least one item', ['votes']);
  for (const [i, line] of input.votes.entries()) {
    const at = ['votes', i];
    const item = await loadLive(w.manager, ProposalItem, databaseIdOf(line.itemId, 'ProposalItem', [...at, 'itemId']), [
      ...at,
      'itemId',
    ]);
    if (item.proposalId !== proposal.id)
      refuse(UserErrorCode.INVALID_INPUT, 'The item belongs to another dossier', [...at, 'itemId']);
    for (const name of ['votesFor', 'votesAgainst', 'votesAbstaining'] as const) {
      const value = line[name] ?? 0;
      if (!Number.isInteger(value) || value < 0 || value > 1000)
        refuse(UserErrorCode.INVALID_INPUT, `${name} is a count of council members (0 to 1000)`, [...at, name]);
    }
    await updateRecord(w, ProposalItem, item, item.version, {
      votesFor: line.votesFor,
      votesAgainst: line.votesAgainst,
      votesAbstaining: line.votesAbstaining ?? 0,
    });
  }
  return w.manager.findOneByOrFail(Proposal, { id: proposal.id });
}

export interface ItemDecisionInput {
  id: string;
  expectedVersion: number;
  reason?: string | null;
}

async function loadItemForCouncil(w: WriteContext, input: ItemDecisionInput) {
  const item = await loadLive(w.manager, ProposalItem, databaseIdOf(input.id, 'ProposalItem', ['id']), ['id']);
  const proposal = await loadLockedProposal(w, item.proposalId, ['id']);
  requireState(proposal, [ProposalState.COUNCIL_REVIEW], 'decided item by item');
  return { item: await w.manager.findOneByOrFail(ProposalItem, { id: item.id }), proposal };
}

/** Đồng ý: the board approves an item the council voted on; it is checked again, today. */
export async function approveProposalItem(w: WriteContext, input: ItemDecisionInput): Promise<ProposalItem> {
  requireBoard(w.caller, 'approve items');
  const { item, proposal } = await loadItemForCouncil(w, input);
  if (item.votesFor === null)
    refuse(UserErrorCode.INVALID_STATE, "The council's votes on this item are not recorded yet", ['id']);
  const warnings = await checkItem(w, proposal, item, vietnamDate());
  return updateRecord(w, ProposalItem, item, input.expectedVersion, {
    outcome: ProposalItemOutcome.APPROVED,
    outcomeReason: input.reason?.trim() || null,
    warningsJson: warnings.length ? JSON.stringify(warnings) : null,
  });
}

/** Không đồng ý: the board rejects an item, saying why; a dossier whose every item is rejected is closed. */
export async function rejectProposalItem(w: WriteContext, input: ItemDecisionInput): Promise<ProposalItem> {
  requireBoard(w.caller, 'reject items');
  const { item, proposal } = await loadItemForCouncil(w, input);
  const reason = input.reason?.trim() || null;
  if (!reason) refuse(UserErrorCode.INVALID_INPUT, 'A rejected item says why (reason)', ['reason']);
  const rejected = await updateRecord(w, ProposalItem, item, input.expectedVersion, {
    outcome: ProposalItemOutcome.REJECTED,
    outcomeReason: reason,
  });
  const items = await itemsOf(w, proposal.id);
  if (items.every((i) => i.outcome === ProposalItemOutcome.REJECTED))
    await moveProposal(w, proposal, proposal.version, ProposalState.REJECTED, 'Every item was rejected');
  return rejected;
}
