import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../core/role';

/** An API key: its public id, the SHA-256 of its secret (never the secret), role and lifetime. */
@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Index('uq_api_keys_key_id', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  keyId!: string;

  @Column({ type: 'varchar', length: 64 })
  secretHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'int', nullable: true })
  unitId!: number | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @CreateDateColumn({ type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastUsedAt!: Date | null;
}
