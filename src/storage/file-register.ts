/**
 * The register of kept files (stored_files), and the one rule it serves: a file leaves the disk
 * only when no document names it. An upload locks its content's row before it keeps the file and
 * writes its document; the removal of a file locks the same row, counts the documents naming it and
 * removes row and file only at zero. The two meet on that row, so neither can slip between the
 * other's count and its change (on SQLite, writes run one at a time anyway).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { engineOf } from '../db/data-source';
import { inTransaction } from '../db/transaction';
import type { FileStore } from './file-store';

export interface KeptFile {
  sha256: string;
  sizeBytes: number;
  mediaType: string;
}

const isDuplicateKey = (error: unknown) =>
  (error as { driverError?: { errno?: number } } | null)?.driverError?.errno === 1062;

async function lockRow(manager: EntityManager, sha256: string): Promise<boolean> {
  const forUpdate = engineOf(manager.connection) === 'sqlite' ? '' : ' FOR UPDATE';
  const rows = (await manager.query(`SELECT sha256 FROM stored_files WHERE sha256 = ?${forUpdate}`, [sha256])) as [];
  return rows.length > 0;
}

/** Registers the content (if it is new) and holds its row until the transaction ends. */
export async function holdKeptFile(manager: EntityManager, file: KeptFile): Promise<void> {
  if (await lockRow(manager, file.sha256)) return;
  try {
    await manager.query('INSERT INTO stored_files (sha256, sizeBytes, mediaType) VALUES (?, ?, ?)', [
      file.sha256,
      file.sizeBytes,
      file.mediaType,
    ]);
  } catch (error) {
    // Another upload of the same content registered it first (and has committed): hold its row.
    if (!isDuplicateKey(error)) throw error;
    await lockRow(manager, file.sha256);
  }
}

/**
 * After a document is removed: if no document names its content any more, the register's row and
 * the file go. Tells whether they did.
 */
export async function releaseKeptFile(dataSource: DataSource, store: FileStore, sha256: string): Promise<boolean> {
  return inTransaction(
    dataSource,
    async (manager) => {
      // Not registered: never kept by an upload (or already released); there is nothing to remove.
      if (!(await lockRow(manager, sha256))) return false;
      const [{ n }] = (await manager.query('SELECT COUNT(*) AS n FROM proposal_documents WHERE sha256 = ?', [
        sha256,
      ])) as [{ n: number | string }];
      if (Number(n) > 0) return false;
      await manager.query('DELETE FROM stored_files WHERE sha256 = ?', [sha256]);
      // Inside the transaction, while the row is held: an upload of this content waits, then keeps
      // its own copy. Were the commit to fail now, the row would stay without its file, but no
      // document names it, and an upload always keeps its file whether or not the row exists.
      await store.remove(sha256);
      return true;
    },
    'READ COMMITTED',
  );
}
