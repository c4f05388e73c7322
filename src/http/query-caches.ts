/**
 * What is kept per query document, bounded: Apollo Server's parsed and validated documents (its
 * document store, replaced here) and their compiled forms. Both are least-recently-used caches
 * sized by the same budget (QUERY_CACHE_ENTRIES, QUERY_CACHE_MB): each holds at most that many
 * documents; of the bytes, a quarter goes to parsed documents and the rest to compiled queries,
 * which are about ten times larger. Whatever does not fit is worked out again when asked for.
 * The default (1,000 documents, 32 MB) keeps RSS growth under 60 MB over 20,000 distinct queries
 * under --max-old-space-size=384 (npm run bench:memory); at 64 MB V8 let the heap grow by 290 MB.
 * (A query's fixed cost and its literal limits are kept per parsed document, weakly: they go with it.)
 */
import type { DocumentStore } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { DEFAULT_QUERY_CACHE_ENTRIES, DEFAULT_QUERY_CACHE_MB } from '../config';
import { BoundedCache, type CacheBudget } from '../core/bounded-cache';
import type { CompiledEntry } from '../platform/compiled-execution';

export const DEFAULT_QUERY_CACHE: CacheBudget = {
  entries: DEFAULT_QUERY_CACHE_ENTRIES,
  bytes: DEFAULT_QUERY_CACHE_MB * 1024 * 1024,
};

/**
 * A parsed document's heap per character of its text: measured 30–105 bytes (graphql 16 keeps
 * every token, linked, for locations); the higher figure is used.
 */
export const DOCUMENT_BYTES_PER_CHARACTER = 100;

export interface QueryCaches {
  documents: BoundedCache<DocumentNode>;
  compiled: BoundedCache<CompiledEntry>;
  /** The documents cache as Apollo Server's document store. */
  documentStore: DocumentStore;
}

export function documentBytes(document: DocumentNode): number {
  return DOCUMENT_BYTES_PER_CHARACTER * (document.loc?.end ?? 1000);
}

export function createQueryCaches(budget: CacheBudget = DEFAULT_QUERY_CACHE): QueryCaches {
  const documentShare = Math.max(1, Math.floor(budget.bytes / 4));
  const documents = new BoundedCache<DocumentNode>({ entries: budget.entries, bytes: documentShare }, documentBytes);
  const compiled = new BoundedCache<CompiledEntry>(
    { entries: budget.entries, bytes: Math.max(1, budget.bytes - documentShare) },
    (entry) => entry.bytes,
  );
  const documentStore: DocumentStore = {
    async get(key) {
      return documents.get(key);
    },
    async set(key, value) {
      documents.set(key, value);
    },
    async delete(key) {
      return documents.delete(key);
    },
  };
  return { documents, compiled, documentStore };
}
