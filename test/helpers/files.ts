/**
 * Dossier files for tests: a file store in a temporary folder, small real files of each kind the
 * service accepts (and some it must not), and an upload over HTTP as the portal sends it.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { fromGlobalId } from '../../src/core/global-id';
import { DEFAULT_FILE_MAX_MB } from '../../src/config';
import { FileStore } from '../../src/storage/file-store';

let store: FileStore | undefined;

/** One store per test process, for contexts built without a server (GraphQLTestClient). */
export function testFileStore(): FileStore {
  store ??= new FileStore(mkdtempSync(path.join(tmpdir(), 'tdkt-files-')), DEFAULT_FILE_MAX_MB * 1024 * 1024);
  return store;
}

/** A fresh, empty folder for a service's FILES_DIR. */
export function freshFilesDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'tdkt-files-'));
}

/** Every kept file under a store's folder (the temporary `incoming/` space apart), by hash. */
export function keptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && path.basename(entry.parentPath) !== 'incoming')
    .map((entry) => entry.name)
    .sort();
}

/** What is in the temporary space: nothing, once every upload is answered. */
export function incomingFiles(dir: string): string[] {
  try {
    return readdirSync(path.join(dir, 'incoming'));
  } catch {
    return [];
  }
}

/** A small PDF: only its first bytes decide what it is. `text` makes each one's content differ. */
export function pdf(text = 'Tờ trình'): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A JPEG's first bytes (JFIF): only they decide what the content is. */
export const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0'),
  Buffer.alloc(64, 0),
]);

/** An OLE compound file's header, as Word 97–2003 (.doc) and Excel 97–2003 (.xls) files begin. */
export const COMPOUND_FILE = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(504, 0),
]);

/**
 * The start of a Word (DOCX) file: a zip whose first entry is `word/document.xml` (stored, not
 * compressed) — what a content check reads to tell DOCX from XLSX and other zips.
 */
export function docx(): Buffer {
  const name = Buffer.from('word/document.xml');
  const data = Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0); // local file header signature
  header.writeUInt16LE(20, 4); // version needed
  header.writeUInt32LE(data.length, 18); // compressed size (stored)
  header.writeUInt32LE(data.length, 22); // uncompressed size
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, data]);
}

/** A Windows executable's first bytes. */
export const EXECUTABLE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

/** A real XLSX (Office Open XML), as a spreadsheet program writes it. */
export async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Danh sách').addRow(['Đơn vị', 'Danh hiệu']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface UploadReply {
  status: number;
  body: any;
}

/** POST /files/proposal-documents as multipart/form-data, the fields before the file as browsers send them. */
export async function upload(
  url: string,
  key: string | null,
  fields: Record<string, string>,
  file: { name: string; content: Buffer; type?: string } | null,
  headers: Record<string, string> = {},
): Promise<UploadReply> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([file.content], { type: file.type ?? 'application/octet-stream' }), file.name);
  const response = await fetch(`${url}/files/proposal-documents`, {
    method: 'POST',
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: form,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/**
 * Document rows without files, for tests of the workflow, which the content does not concern (the
 * catalogue wants documents of these kinds before a submission).
 */
export async function insertDocumentRows(
  dataSource: DataSource,
  proposalId: string,
  kinds: readonly string[] = ['COVER_LETTER', 'ACHIEVEMENT_REPORT', 'MEETING_MINUTES', 'INITIATIVE_PROOF'],
): Promise<void> {
  for (const kind of kinds)
    await dataSource.query(
      'INSERT INTO proposal_documents (proposalId, kind, fileName, mediaType, sizeBytes, sha256, uploadedByKeyId) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?)',
      [fromGlobalId(proposalId)!.databaseId, kind, `${kind}.pdf`, 'application/pdf', 4, 'c'.repeat(64), 'test'],
    );
}
