/**
 * A dossier's documents: added by upload and removed by the submitting unit's EDITORs while the
 * dossier is DRAFT or RETURNED (the dossier locked, as for every change of its content). A document
 * is the row; its content is kept once per SHA-256 in the file store, registered and removed by
 * src/storage/file-register.ts when no document names it any more.
 */
import { refuse, UserErrorCode } from '../core/refusal';
import { ProposalDocumentKind } from '../entities/enums';
import { ProposalDocument } from '../entities/proposals-documents';
import { documentMediaType } from '../storage/content-type';
import { safeFileName } from '../storage/file-name';
import { holdKeptFile, releaseKeptFile } from '../storage/file-register';
import type { FileStore, ReceivedFile } from '../storage/file-store';
import { loadEditableProposal } from './proposals-access';
import { databaseIdOf } from './record-service';
import { deleteRecord, insertRecord, loadLive } from './record-writer';
import type { WriteContext } from './write-context';

export interface DocumentUpload {
  /** The dossier's global ID. */
  proposalId: string;
  kind: string;
  /** The name the client gave the file. */
  fileName: string;
  file: ReceivedFile;
}

const KINDS = Object.values(ProposalDocumentKind) as string[];

/** Checks the upload (kind, name, size, content) and the caller's right to change the dossier, then keeps it. */
export async function uploadProposalDocument(
  w: WriteContext,
  store: FileStore,
  upload: DocumentUpload,
): Promise<ProposalDocument> {
  const proposal = await loadEditableProposal(w, databaseIdOf(upload.proposalId, 'Proposal', ['proposalId']), [
    'proposalId',
  ]);
  if (!KINDS.includes(upload.kind))
    refuse(UserErrorCode.INVALID_INPUT, `kind must be one of ${KINDS.join(', ')}`, ['kind']);
  const fileName = safeFileName(upload.fileName);
  const { file } = upload;
  if (file.tooLarge)
    refuse(
      UserErrorCode.FILE_TOO_LARGE,
      `"${fileName}" is larger than ${store.maxBytes / (1024 * 1024)} MB, the most a document may be`,
      ['file'],
    );
  if (file.sizeBytes === 0) refuse(UserErrorCode.INVALID_INPUT, `"${fileName}" is empty`, ['file']);
  const mediaType = await documentMediaType(file.tempPath, fileName);
  await holdKeptFile(w.manager, { sha256: file.sha256, sizeBytes: file.sizeBytes, mediaType });
  // Kept while the register's row is held, so a removal of the same content cannot come between.
  await store.keep(file);
  return insertRecord(w, ProposalDocument, {
    proposalId: proposal.id,
    kind: upload.kind as ProposalDocumentKind,
    fileName,
    mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    uploadedByKeyId: w.caller.keyId,
  });
}

export interface DocumentRemoval {
  id: string;
  expectedVersion: number;
}

/** Removes the document's row; its file goes after the commit if no other document names it. */
export async function deleteProposalDocument(
  w: WriteContext,
  store: FileStore,
  input: DocumentRemoval,
): Promise<ProposalDocument> {
  const id = databaseIdOf(input.id, 'ProposalDocument', ['id']);
  const found = await loadLive(w.manager, ProposalDocument, id, ['id']);
  await loadEditableProposal(w, found.proposalId, ['id']);
  // Read again under the dossier's lock: a removal that got there first leaves nothing to remove.
  const document = await loadLive(w.manager, ProposalDocument, id, ['id']);
  await deleteRecord(w, ProposalDocument, document, input.expectedVersion);
  w.afterCommit(() => releaseKeptFile(w.manager.connection, store, document.sha256));
  return document;
}
