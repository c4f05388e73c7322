import type { EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { AuditTrail } from './audit';
import type { WriteScope } from './write-scope';

/** What a service gets for one mutation: the transaction's manager, the caller, its scope and the audit trail. */
export interface WriteContext {
  readonly manager: EntityManager;
  readonly caller: Caller;
  readonly scope: WriteScope;
  readonly trail: AuditTrail;
}
