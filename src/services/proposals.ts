/**
 * Hồ sơ đề nghị: a dossier is created as a DRAFT with its items in one mutation; its header and
 * items are then edited through the record mutations while it is DRAFT or RETURNED, by EDITORs of
 * the submitting unit. Its state changes only through the workflow (proposals-workflow.ts). The
 * catalogue of required documents is ADMIN's.
 */
import { toGlobalId } from '../core/global-id';
import { atLine, refuse, UserErrorCode } from '../core/refusal';
import { ProposalState } from '../entities/enums';
import { writableFields } from '../entities/field';
import { Person, Unit } from '../entities/organisation';
import { Proposal, ProposalItem, ProposalTransition } from '../entities/proposals';
import { ProposalDocumentRequirement } from '../entities/proposals-documents';
import { requireOneRecipient } from './awards-eligibility';
import {
  EDITABLE_STATES,
  loadEditableProposal,
  lockProposal,
  requireState,
  requireSubmitter,
} from './proposals-access';
import { createRecord, type InputValues, type RecordWrites } from './record-service';
import { insertRecord } from './record-writer';
import type { WriteContext } from './write-context';

export const PROPOSAL_RECORDS: RecordWrites<Proposal> = {
  entity: Proposal,
  vietnamese: 'hồ sơ đề nghị khen thưởng — proposal dossier',
  field: 'proposal',
  fields: writableFields(Proposal),
  immutable: ['submittingUnitId'],
  scope: (_scope, proposal, w) => requireSubmitter(w, proposal),
  async lock(w, proposal) {
    if (proposal.id) await lockProposal(w.manager, proposal.id);
  },
  async rules(w, proposal, before) {
    if (before) requireState(before, EDITABLE_STATES, 'changed');
    const addressed = await w.manager.findOneByOrFail(Unit, { id: proposal.addressedUnitId });
    if (proposal.addressedUnitId === proposal.submittingUnitId)
      refuse(UserErrorCode.INVALID_INPUT, `${addressed.name} cannot address a dossier to itself`, ['addressedUnitId']);
  },
};

export const PROPOSAL_ITEM_RECORDS: RecordWrites<ProposalItem> = {
  entity: ProposalItem,
  vietnamese: 'nội dung đề nghị — proposal item',
  field: 'item',
  fields: writableFields(ProposalItem),
  immutable: ['proposalId'],
  async scope(_scope, item, w) {
    const proposal = await w.manager.findOne(Proposal, { where: { id: item.proposalId } });
    if (proposal) await requireSubmitter(w, proposal);
  },
  lock: async (w, item) => void (await loadEditableProposal(w, item.proposalId, ['proposalId'])),
  async rules(w, item) {
    // Fields a create leaves out are undefined on the row: they are stored as NULL.
    item.recipientUnitId ??= null;
    item.recipientPersonId ??= null;
    item.recipientHouseholdName ??= null;
    const { recipientUnitId, recipientPersonId, recipientHouseholdName } = item;
    requireOneRecipient(item.subjectType, { recipientUnitId, recipientPersonId, recipientHouseholdName });
    // A unit proposes only units and people within its own scope.
    if (item.recipientUnitId !== null) await w.scope.requireUnit(item.recipientUnitId, 'proposals for this unit');
    if (item.recipientPersonId !== null) {
      const person = await w.manager.findOneByOrFail(Person, { id: item.recipientPersonId });
      await w.scope.requireUnit(person.unitId, 'proposals for people of this unit');
    }
  },
  beforeDelete: async (w, item) => void (await loadEditableProposal(w, item.proposalId, ['proposalId'])),
};

export const DOCUMENT_REQUIREMENT_RECORDS: RecordWrites<ProposalDocumentRequirement> = {
  entity: ProposalDocumentRequirement,
  vietnamese: 'tài liệu bắt buộc của hồ sơ — required dossier document',
  field: 'requirement',
  fields: writableFields(ProposalDocumentRequirement),
  adminOnly: true,
};

export interface ProposalLines extends InputValues {
  items: object[];
}

/** A new dossier, in DRAFT, with its items: all written, or none. Its history starts here. */
export async function createProposal(w: WriteContext, input: ProposalLines): Promise<Proposal> {
  const proposal = await createRecord(w, PROPOSAL_RECORDS, input);
  await recordTransition(w, proposal.id, null, ProposalState.DRAFT, null);
  const proposalId = toGlobalId('Proposal', proposal.id);
  for (const [i, line] of input.items.entries())
    await atLine(['items', i], () => createRecord(w, PROPOSAL_ITEM_RECORDS, { ...line, proposalId }));
  return proposal;
}

/** One line of the dossier's history. */
export async function recordTransition(
  w: WriteContext,
  proposalId: number,
  fromState: ProposalState | null,
  toState: ProposalState,
  reason: string | null,
): Promise<void> {
  await insertRecord(w, ProposalTransition, { proposalId, fromState, toState, actorKeyId: w.caller.keyId, reason });
}
