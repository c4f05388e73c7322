import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change inside an audit event. */
export interface AuditChange {
  entity: string;
  id: number;
  action: 'create' | 'update' | 'delete' | 'restore' | 'revoke';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Nhật ký thao tác — one successful mutation: who, when, which request, what changed. Never deleted. */
@Entity('audit_events')
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @CreateDateColumn({ type: 'datetime', precision: 3 })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorKeyId!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @Column({ type: 'varchar', length: 128 })
  operation!: string;

  /** JSON array of AuditChange. */
  @Column({ type: 'text', transformer: { to: (v: AuditChange[]) => JSON.stringify(v), from: (v: string) => JSON.parse(v) as AuditChange[] } })
  changes!: AuditChange[];
}
