/**
 * What a dossier file is, read from its content and checked against its name: PDF, Word (DOC, DOCX),
 * Excel (XLS, XLSX), JPEG or PNG. A name's extension alone proves nothing (a script renamed .pdf),
 * and the content alone would let an .exe through as "unknown": both must agree. The media type
 * stored, and served on download, is the one the content shows.
 */
import { fromFile } from 'file-type';
import { refuse, UserErrorCode } from '../core/refusal';

interface AllowedType {
  /** What the content is recognised as (file-type's extension). */
  content: string;
  mediaType: string;
  label: string;
}

const WORD_OPEN_XML = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const EXCEL_OPEN_XML = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** By the name's extension. DOC and XLS are both OLE compound files: their content says only that. */
const ALLOWED: Readonly<Record<string, AllowedType>> = {
  pdf: { content: 'pdf', mediaType: 'application/pdf', label: 'PDF' },
  doc: { content: 'cfb', mediaType: 'application/msword', label: 'Word 97–2003 (DOC)' },
  docx: { content: 'docx', mediaType: WORD_OPEN_XML, label: 'Word (DOCX)' },
  xls: { content: 'cfb', mediaType: 'application/vnd.ms-excel', label: 'Excel 97–2003 (XLS)' },
  xlsx: { content: 'xlsx', mediaType: EXCEL_OPEN_XML, label: 'Excel (XLSX)' },
  jpg: { content: 'jpg', mediaType: 'image/jpeg', label: 'JPEG' },
  jpeg: { content: 'jpg', mediaType: 'image/jpeg', label: 'JPEG' },
  png: { content: 'png', mediaType: 'image/png', label: 'PNG' },
};

export const ALLOWED_EXTENSIONS: readonly string[] = Object.keys(ALLOWED);

/** The media type of an allowed file; FILE_TYPE_NOT_ALLOWED (at `file`) for anything else. */
export async function documentMediaType(filePath: string, fileName: string): Promise<string> {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const allowed = ALLOWED[extension];
  if (!allowed)
    refuse(
      UserErrorCode.FILE_TYPE_NOT_ALLOWED,
      `"${fileName}": only PDF, DOC, DOCX, XLS, XLSX, JPG and PNG files are accepted`,
      ['file'],
    );
  const found = await fromFile(filePath);
  if (found?.ext !== allowed.content)
    refuse(
      UserErrorCode.FILE_TYPE_NOT_ALLOWED,
      `"${fileName}" is named as ${allowed.label} but its content is ` +
        (found ? `${found.ext.toUpperCase()} (${found.mime})` : 'not a recognised document or image'),
      ['file'],
    );
  return allowed.mediaType;
}
