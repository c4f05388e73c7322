import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The first result of a create sent with an idempotency key: the same caller sending the same key
 * again gets that result back; with a different input, a refusal.
 */
@Entity('idempotency_keys')
@Index('uq_idempotency_keys_actor_key', ['actorKeyId', 'idempotencyKey'], { unique: true })
export class IdempotencyKey {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  actorKeyId!: string;

  @Column({ type: 'varchar', length: 128 })
  idempotencyKey!: string;

  @Column({ type: 'varchar', length: 128 })
  operation!: string;

  /** SHA-256 of the operation name and its canonical input. */
  @Column({ type: 'varchar', length: 64 })
  inputHash!: string;

  /** JSON array of the database ids the first call returned. */
  @Column({ type: 'varchar', length: 2000 })
  resultIds!: string;

  @CreateDateColumn({ type: 'datetime', precision: 3 })
  createdAt!: Date;
}
