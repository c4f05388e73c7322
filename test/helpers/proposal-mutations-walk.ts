/**
 * The dossier's workflow mutations, each run once in a legal order, for the walk over every mutation
 * (test/auth-mutations.test.ts): submit, appraise, return, resubmit, council, votes, approve, reject,
 * decide; and a second dossier withdrawn. `run` asserts each succeeds with exactly one audit event.
 */
import type { DataSource } from 'typeorm';
import { fromGlobalId, toGlobalId } from '../../src/core/global-id';
import { vietnamDate } from '../../src/core/vietnam-date';

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

/** The documents every dossier needs (the catalogue's rows for any item), as rows: the files do not matter here. */
async function attachRequiredDocuments(dataSource: DataSource, proposalId: string): Promise<void> {
  for (const kind of ['COVER_LETTER', 'ACHIEVEMENT_REPORT', 'MEETING_MINUTES', 'INITIATIVE_PROOF'])
    await dataSource.query(
      'INSERT INTO proposal_documents (proposalId, kind, fileName, mediaType, sizeBytes, sha256, uploadedByKeyId) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?)',
      [fromGlobalId(proposalId)!.databaseId, kind, `${kind}.pdf`, 'application/pdf', 4, 'b'.repeat(64), 'walk'],
    );
}

export async function walkDossierMutations(s: DossierWalkSetting): Promise<void> {
  const { run, versionOf, proposalId: id } = s;
  const version = () => versionOf('Proposal', id);
  await run('createProposalItem', { ...s.itemInput, proposalId: id });
  await attachRequiredDocuments(s.dataSource, id);
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
