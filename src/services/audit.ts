/**
 * The changes one mutation makes, gathered as it makes them and written as exactly one audit event
 * in the same transaction: who (key and role), which request, which operation, and each change as
 * entity, id, and the changed fields before → after.
 */
import type { EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller';
import { insertStatement } from '../platform/insert-statement';
import { AuditEvent, type AuditChange } from '../entities/audit';

export class AuditTrail {
  private readonly changes: AuditChange[] = [];

  record(change: AuditChange): void {
    this.changes.push(change);
  }

  get size(): number {
    return this.changes.length;
  }

  async write(manager: EntityManager, caller: Caller, requestId: string, operation: string): Promise<void> {
    const event = Object.assign(new AuditEvent(), {
      occurredAt: new Date(),
      actorKeyId: caller.keyId,
      actorRole: caller.role,
      requestId: requestId.slice(0, 64),
      operation,
      changes: this.changes,
    });
    // One INSERT, no read-back: nothing generated is needed afterwards.
    await insertStatement(manager.connection, AuditEvent).run(manager, event);
  }
}

/** A column value as the audit trail keeps it: JSON-safe, dates as ISO strings. */
export function auditValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value ?? null;
}
