/**
 * Who may act on a proposal dossier, and in which states. The submitting unit's EDITORs (and the
 * EDITORs of the units above it) prepare a dossier while it is a draft or returned to them; the
 * emulation board — APPRAISER keys, and ADMIN — acts on it once it is submitted. Every write to a
 * dossier or to one of its items or documents locks the dossier's row first, so two writes to one
 * dossier (a submit and an item's edit, two approvals) happen one after the other.
 */
import type { EntityManager } from 'typeorm';
import { Role, type Caller } from '../auth/caller';
import { forbidden } from '../core/request-errors';
import { refuse, UserErrorCode } from '../core/refusal';
import { engineOf } from '../db/data-source';
import { ProposalState } from '../entities/enums';
import { Proposal } from '../entities/proposals';
import { WriteScope } from './write-scope';
import type { WriteContext } from './write-context';

/** The states in which the submitting unit may change the dossier's content. */
export const EDITABLE_STATES: readonly ProposalState[] = [ProposalState.DRAFT, ProposalState.RETURNED];

/** Takes the dossier's row lock (MySQL; SQLite runs one writer at a time). */
export async function lockProposal(manager: EntityManager, proposalId: number): Promise<void> {
  if (engineOf(manager.connection) === 'sqlite') return;
  await manager.query('SELECT id FROM proposals WHERE id = ? FOR UPDATE', [proposalId]);
}

/** The dossier, locked, or NOT_FOUND at `field`. */
export async function loadLockedProposal(
  w: WriteContext,
  proposalId: number,
  field: ReadonlyArray<string | number>,
): Promise<Proposal> {
  await lockProposal(w.manager, proposalId);
  const proposal = await w.manager.findOne(Proposal, { where: { id: proposalId } });
  if (!proposal) refuse(UserErrorCode.NOT_FOUND, 'No Proposal with this ID exists', field);
  return proposal;
}

/** Refuses unless the dossier is in one of `allowed`; the message names the state it is in. */
export function requireState(proposal: Proposal, allowed: readonly ProposalState[], action: string): void {
  if (!allowed.includes(proposal.state))
    refuse(
      UserErrorCode.INVALID_STATE,
      `The dossier is ${proposal.state}: it can be ${action} only when ${allowed.join(' or ')}`,
    );
}

/** Whether the caller's role prepares dossiers at all (an EDITOR, for its units; ADMIN). */
export function preparesDossiers(caller: Caller): boolean {
  return caller.role === Role.ADMIN || caller.role === Role.EDITOR;
}

export const NOT_A_SUBMITTER = 'Only EDITORs of the submitting unit prepare, submit and withdraw a dossier';

/** The caller is an EDITOR of the submitting unit (or of a unit above it), or ADMIN. */
export async function requireSubmitter(w: WriteContext, proposal: Pick<Proposal, 'submittingUnitId'>): Promise<void> {
  if (!preparesDossiers(w.caller)) throw forbidden(NOT_A_SUBMITTER);
  await w.scope.requireUnit(proposal.submittingUnitId, 'dossiers of this unit');
}

/** The caller is the emulation board: an APPRAISER key, or ADMIN. */
export function requireBoard(caller: Caller, what: string): void {
  if (caller.role !== Role.ADMIN && caller.role !== Role.APPRAISER)
    throw forbidden(`Only the emulation board (an APPRAISER or ADMIN key) may ${what}`);
}

/** The dossier, locked, for a change of its content by its unit: in DRAFT or RETURNED only. */
export async function loadEditableProposal(
  w: WriteContext,
  proposalId: number,
  field: ReadonlyArray<string | number>,
): Promise<Proposal> {
  const proposal = await loadLockedProposal(w, proposalId, field);
  await requireSubmitter(w, proposal);
  requireState(proposal, EDITABLE_STATES, 'changed');
  return proposal;
}

/**
 * Whether the caller may read a dossier's files: the board, and EDITORs whose scope covers the
 * submitting unit. Other keys see the dossier's records but not its documents' content.
 */
export async function mayReadDocuments(
  manager: EntityManager,
  caller: Caller,
  proposal: Pick<Proposal, 'submittingUnitId'>,
): Promise<boolean> {
  if (caller.role === Role.ADMIN || caller.role === Role.APPRAISER) return true;
  if (caller.role !== Role.EDITOR) return false;
  return new WriteScope(manager, caller).covers(proposal.submittingUnitId);
}
