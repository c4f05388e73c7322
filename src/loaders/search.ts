import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { foldVietnamese } from '../core/fold';

/** Narrows a query to rows whose folded search key contains every folded word of the search. */
export function applySearch<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  search: string | null | undefined,
): SelectQueryBuilder<T> {
  const words = foldVietnamese(search ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 10);
  // Folding leaves only [a-z0-9 ], so no LIKE wildcard can reach the pattern.
  words.forEach((word, i) => query.andWhere(`${alias}.searchKey LIKE :search${i}`, { [`search${i}`]: `%${word}%` }));
  return query;
}
