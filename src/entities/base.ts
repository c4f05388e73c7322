/**
 * Columns every table has: id, createdAt, updatedAt and version (optimistic locking), and, for
 * records that operators maintain, a nullable deletedAt (soft delete with restore).
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, DeleteDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { toGlobalId } from '../core/global-id';
import { DateTimeScalar } from '../core/scalars';

@ObjectType()
export abstract class BaseRecord {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Field(() => ID, {
    name: 'id',
    description: 'Mã định danh toàn cục — the opaque global ID of this object. Do not parse it.',
  })
  get nodeId(): string {
    // Entity classes are named as their GraphQL types.
    return toGlobalId(this.constructor.name, this.id);
  }

  @Field(() => Int, { description: 'Khóa cơ sở dữ liệu — the integer primary key, for systems that join on keys.' })
  get databaseId(): number {
    return this.id;
  }

  @Field(() => DateTimeScalar, { description: 'Thời điểm tạo — when this record was created (UTC).' })
  @CreateDateColumn({ type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Thời điểm cập nhật — when this record was last changed (UTC).' })
  @UpdateDateColumn({ type: 'datetime', precision: 3 })
  updatedAt!: Date;

  @Field(() => Int, {
    description: 'Phiên bản — the optimistic-locking version; pass it as expectedVersion when updating.',
  })
  @VersionColumn({ type: 'int', default: 1 })
  version!: number;
}

@ObjectType()
export abstract class MaintainedRecord extends BaseRecord {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Thời điểm xóa — when this record was soft-deleted; null while it is live.',
  })
  @DeleteDateColumn({ type: 'datetime', precision: 3, nullable: true })
  deletedAt!: Date | null;
}
