import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar, JsonObjectScalar } from '../core/scalars';

/** One change inside an audit event. */
@ObjectType('AuditChange', {
  description:
    'Thay đổi — one record a mutation created, changed, deleted, restored or revoked, with the changed fields ' +
    'before → after.',
})
export class AuditChange {
  @Field({ description: 'Loại bản ghi — the GraphQL type of the record (e.g. Unit).' })
  entity!: string;

  @Field(() => Int, { description: "Khóa — the record's databaseId." })
  id!: number;

  @Field({ description: 'Thao tác — create, update, delete, restore or revoke.' })
  action!: 'create' | 'update' | 'delete' | 'restore' | 'revoke';

  @Field(() => JsonObjectScalar, {
    nullable: true,
    description: 'Trước — the changed fields before (null for a create).',
  })
  before!: Record<string, unknown> | null;

  @Field(() => JsonObjectScalar, { nullable: true, description: 'Sau — the changed fields after.' })
  after!: Record<string, unknown> | null;
}

/** Nhật ký thao tác — one successful mutation: who, when, which request, what changed. Never deleted. */
@ObjectType('AuditEvent', {
  description:
    'Nhật ký thao tác — one successful mutation: who (API key and role), when, which request and operation, and ' +
    'every change it made. Never deleted.',
})
@Entity('audit_events')
export class AuditEvent {
  @Field(() => Int, { name: 'databaseId', description: "Khóa — the event's sequence number." })
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Field(() => DateTimeScalar, { description: 'Thời điểm — when the mutation committed (UTC).' })
  @CreateDateColumn({ type: 'datetime', precision: 3 })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Khóa API — the public id of the key that made the change.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  actorKeyId!: string | null;

  @Field(() => String, { nullable: true, description: "Vai trò — the key's role." })
  @Column({ type: 'varchar', length: 32, nullable: true })
  actorRole!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mã yêu cầu — the request id (X-Request-Id), to find the request in the logs.',
  })
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @Field({ description: 'Thao tác — the mutation (e.g. createAwardDecision).' })
  @Column({ type: 'varchar', length: 128 })
  operation!: string;

  /** JSON array of AuditChange. */
  @Field(() => [AuditChange], {
    description: 'Các thay đổi — every record the mutation touched; a batch is one event with many changes.',
  })
  @Column({
    type: 'text',
    transformer: { to: (v: AuditChange[]) => JSON.stringify(v), from: (v: string) => JSON.parse(v) as AuditChange[] },
  })
  changes!: AuditChange[];
}
