/**
 * The dossier's workflow mutations, each run once in a legal order, for the walk over every mutation
 * (test/auth-mutations.test.ts): submit, appraise, return, resubmit, council, votes, approve, reject,
 * decide; a document removed; and a second dossier withdrawn. `run` asserts each succeeds with exactly one audit event.
 */
import type { DataSource } from 'typeorm';
import { fromGlobalId, toGlobalId } from '../../src/core/global-id';
import { vietnamDate } from '../../src/core/vietnam-date';
import { insertDocumentRows } from './files';

type Run = (name: string, input: object, selection?: string) => Promise<{ id: string }>;

export interface DossierWalkSetting {
  dataSource: DataSource;
  run: Run;
  /** The current version of a record, read from its table. */
  versionOf(typeName: string, id: string): Promise<number>;
  /** A DRAFT dossier (created by the walk's createProposal) and an input for a further item of it. */
  proposalId: string;
  itemInput: object;
  /** An input for another new dossier. */
  proposalInput: object;
}

export async function walkDossierMutations(s: DossierWalkSetting): Promise<void> {
  const { run, versionOf, proposalId: id } = s;
  const version = () => versionOf('Proposal', id);
  await run('createProposalItem', { ...s.itemInput, proposalId: id });
  // The documents every dossier needs, and one more, removed again (uploads are HTTP's: proposals-files.test.ts).
  await insertDocumentRows(s.dataSource, id, [
    'COVER_LETTER',
    'ACHIEVEMENT_REPORT',
    'MEETING_MINUTES',
    'INITIATIVE_PROOF',
    'OTHER',
  ]);
  const [extra] = (await s.dataSource.query(
    "SELECT id FROM proposal_documents WHERE proposalId = ? AND kind = 'OTHER'",
    [fromGlobalId(id)!.databaseId],
  )) as Array<{ id: number }>;
  await run('deleteProposalDocument', { id: toGlobalId('ProposalDocument', Number(extra!.id)), expectedVersion: 1 });
  await run('submitProposal', { id, expectedVersion: await version() });
  await run('startProposalAppraisal', { id, expectedVersion: await version() });
  await run('returnProposal', { id, expectedVersion: await version(), reason: 'Thiếu chữ ký' });
  await run('submitProposal', { id, expectedVersion: await version() });
  await run('startProposalAppraisal', { id, expectedVersion: await version() });
  await run('sendProposalToCouncil', { id, expectedVersion: await version() });
  const rows = (await s.dataSource.query(
    'SELECT id FROM proposal_items WHERE proposalId = ? AND deletedAt IS NULL ORDER BY id',
    [fromGlobalId(id)!.databaseId],
  )) as Array<{ id: number }>;
  const [approved, rejected] = rows.map((row) => toGlobalId('ProposalItem', Number(row.id)));
  await run('recordProposalCouncilVotes', {
    id,
    votes: [approved, rejected].map((itemId) => ({ itemId, votesFor: 7, votesAgainst: 1 })),
  });
  await run('approveProposalItem', { id: approved, expectedVersion: await versionOf('ProposalItem', approved!) });
  await run('rejectProposalItem', {
    id: rejected,
    expectedVersion: await versionOf('ProposalItem', rejected!),
    reason: 'Không đủ tiêu chuẩn',
  });
  await run('createDecisionFromProposal', {
    proposalId: id,
    expectedVersion: await version(),
    decisionNo: '99/QĐ-WALK',
    signedOn: vietnamDate(),
  });
  const other = await run('createProposal', s.proposalInput);
  await run('withdrawProposal', { id: other.id, expectedVersion: 1, reason: 'Nộp nhầm' });
}
