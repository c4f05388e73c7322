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
  /**
   * Work to do once the mutation has committed (never if it is refused or fails), in its own
   * transaction if it needs one: removing a file its last document no longer names, say.
   */
  afterCommit(task: () => Promise<unknown>): void;
}
