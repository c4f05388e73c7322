/**
 * Vietnamese accent folding for search. MySQL's and SQLite's collations do not fold đ/Đ to d, and
 * SQLite folds no accents at all, so the service keeps a folded copy of every searchable name
 * (`searchKey`) and folds the query the same way.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^a-z0-9]+/g;

/** `"Sở Y tế"` → `"so y te"`, `"Đài Phát thanh – Truyền hình"` → `"dai phat thanh truyen hinh"`. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .trim();
}

/** The folded key kept on a searchable row: its names joined, folded, cut to the column's length. */
export function searchKeyOf(...names: Array<string | null | undefined>): string {
  const joined = names.filter((n): n is string => typeof n === 'string' && n.length > 0).join(' ');
  return foldVietnamese(joined).slice(0, 500);
}
