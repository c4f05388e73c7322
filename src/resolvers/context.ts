import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { Log } from '../log';
import { ChildPageLoaders } from '../loaders/child-pages';
import { RecordLoaders } from '../loaders/record-loaders';

/** What every resolver gets for one request. Loaders live exactly as long as the request. */
export interface RequestContext {
  requestId: string;
  dataSource: DataSource;
  caller: Caller | null;
  /** Whether callers without a key may read (ALLOW_ANONYMOUS_READS). */
  anonymousReads: boolean;
  loaders: RecordLoaders;
  childPages: ChildPageLoaders;
  /** Where refused writes and other request events are logged. */
  log?: Log;
}

export function createRequestContext(dataSource: DataSource, requestId: string, caller: Caller | null = null, anonymousReads = false, log?: Log): RequestContext {
  return { requestId, dataSource, caller, anonymousReads, log, loaders: new RecordLoaders(dataSource), childPages: new ChildPageLoaders(dataSource) };
}
