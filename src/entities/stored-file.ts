import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A file kept under FILES_DIR, named by its SHA-256: the row exists while documents name the file,
 * and is what uploads and removals lock (see src/storage/file-register.ts). Not part of the API:
 * documents show their own size, media type and hash.
 */
@Entity('stored_files')
export class StoredFile {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'varchar', length: 100 })
  mediaType!: string;

  @CreateDateColumn({ type: 'datetime', precision: 3 })
  createdAt!: Date;
}
