import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { Log } from '../log';
import type { LinkSigner } from '../reports/download-links';
import type { FileStore } from '../storage/file-store';
import { ChildPageLoaders } from '../loaders/child-pages';
import { RecordLoaders } from '../loaders/record-loaders';
import { ReverseReferenceLoaders } from '../loaders/reverse-references';
import { ReportLoaders } from '../reports/report-loaders';

/** What every resolver gets for one request. Loaders live exactly as long as the request. */
export interface RequestContext {
  requestId: string;
  dataSource: DataSource;
  caller: Caller | null;
  /** Whether callers without a key may read (ALLOW_ANONYMOUS_READS). */
  anonymousReads: boolean;
  loaders: RecordLoaders;
  /** The record whose foreign key holds an id (one-to-one, read backwards). */
  referencing: ReverseReferenceLoaders;
  childPages: ChildPageLoaders;
  /** Report fields under many parents (rankings, fulfilment, nested figures): one statement per level. */
  reports: ReportLoaders;
  /** Where refused writes and other request events are logged. */
  log?: Log;
  /** Signs CSV download links (absent where there is no HTTP server). */
  linkSigner?: LinkSigner;
  /** Where dossier files are kept (absent where nothing serves or removes them). */
  files?: FileStore;
}

/** What a request may have beyond its database, id and caller. */
export type RequestServices = Pick<RequestContext, 'log' | 'linkSigner' | 'files'>;

export function createRequestContext(
  dataSource: DataSource,
  requestId: string,
  caller: Caller | null = null,
  anonymousReads = false,
  services: RequestServices = {},
): RequestContext {
  return {
    requestId,
    dataSource,
    caller,
    anonymousReads,
    ...services,
    loaders: new RecordLoaders(dataSource),
    referencing: new ReverseReferenceLoaders(dataSource),
    childPages: new ChildPageLoaders(dataSource),
    reports: new ReportLoaders(dataSource),
  };
}

/** The file store, which every server that takes writes has; its absence is a wiring mistake. */
export function fileStoreOf(ctx: RequestContext): FileStore {
  if (!ctx.files) throw new Error('this request context has no file store: pass one to createRequestContext');
  return ctx.files;
}
