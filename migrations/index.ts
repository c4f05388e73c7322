/** Every migration, in order. Listed explicitly so the compiled and the ts-jest builds agree. */
import { DomainSchema1764000000000 } from './1764000000000-DomainSchema';
import { ChangeFeed1764000000001 } from './1764000000001-ChangeFeed';

export const migrations: Function[] = [DomainSchema1764000000000, ChangeFeed1764000000001];
