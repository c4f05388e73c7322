import type { DataSource } from 'typeorm';
import { ChildPageLoaders } from '../loaders/child-pages';
import { RecordLoaders } from '../loaders/record-loaders';

/** What every resolver gets for one request. Loaders live exactly as long as the request. */
export interface RequestContext {
  requestId: string;
  dataSource: DataSource;
  loaders: RecordLoaders;
  childPages: ChildPageLoaders;
}

export function createRequestContext(dataSource: DataSource, requestId: string): RequestContext {
  return { requestId, dataSource, loaders: new RecordLoaders(dataSource), childPages: new ChildPageLoaders(dataSource) };
}
