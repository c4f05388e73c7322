/**
 * A file's name as a client gave it, made safe to store and show, and the Content-Disposition that
 * sends it back: the name is the client's text, so it must never reach a header or a path raw.
 */
import { refuse, UserErrorCode } from '../core/refusal';

const MAX_NAME = 255;

/** The last path segment, without control characters or surrounding spaces, at most 255 characters. */
export function safeFileName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (raw.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!base || base === '.' || base === '..')
    refuse(UserErrorCode.INVALID_INPUT, 'The file has no name: send it with its file name', ['file']);
  if (base.length <= MAX_NAME) return base.normalize('NFC');
  // Keep the extension, which says what the file is.
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return (base.slice(0, MAX_NAME - extension.length) + extension).normalize('NFC');
}

/**
 * `attachment`, with an ASCII fallback name (quotes, backslashes and anything not printable ASCII
 * replaced) and the real name percent-encoded in UTF-8 (RFC 6266 / RFC 8187).
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
