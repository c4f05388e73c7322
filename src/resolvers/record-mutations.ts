/**
 * The four mutations of a maintained record — createX, updateX, deleteX (soft), restoreX — made
 * from its write declaration. Each is one call into the record service through the mutation runner.
 */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/caller';
import type { RecordInputTypes } from '../schema/record-inputs';
import { createRecord, deleteRecord, restoreRecordFromInput, updateRecordFromInput, type RecordWrites, type UpdateInput } from '../services/record-service';
import type { WritableRecord } from '../services/record-writer';
import type { RequestContext } from './context';
import { mutate } from './mutation-payload';

export function recordMutationsResolver<T extends WritableRecord>(spec: RecordWrites<T>, types: RecordInputTypes): Function {
  const name = spec.entity.name;
  const roles = spec.adminOnly ? [Role.ADMIN] : [Role.EDITOR];
  const v = spec.vietnamese;
  const replay = (key: string | null | undefined) => ({
    key,
    idsOf: (row: T) => [row.id],
    reload: async (dataSource: RequestContext['dataSource'], ids: number[]) => (await dataSource.manager.findOneOrFail(spec.entity, { where: { id: ids[0] } as never, withDeleted: true })) as T,
  });

  @Resolver()
  class RecordMutations {
    @Authorized(...roles)
    @Mutation(() => types.payload.create, { name: `create${name}`, description: `Tạo ${v}.` })
    create(@Arg('input', () => types.create) input: object & { idempotencyKey?: string | null }, @Ctx() ctx: RequestContext) {
      return mutate(ctx, `create${name}`, spec.field, input, (w) => createRecord(w, spec, input), replay(input.idempotencyKey));
    }

    @Authorized(...roles)
    @Mutation(() => types.payload.update, { name: `update${name}`, description: `Sửa ${v}: only the fields given change; expectedVersion must be the version you read.` })
    update(@Arg('input', () => types.update) input: UpdateInput, @Ctx() ctx: RequestContext) {
      return mutate(ctx, `update${name}`, spec.field, input, (w) => updateRecordFromInput(w, spec, input));
    }

    @Authorized(...roles)
    @Mutation(() => types.payload.remove, { name: `delete${name}`, description: `Xóa ${v} (soft delete: hidden from reads, kept, can be restored).` })
    remove(@Arg('input', () => types.remove) input: UpdateInput, @Ctx() ctx: RequestContext) {
      return mutate(ctx, `delete${name}`, spec.field, input, (w) => deleteRecord(w, spec, input));
    }

    @Authorized(...roles)
    @Mutation(() => types.payload.restore, { name: `restore${name}`, description: `Khôi phục ${v} that was soft-deleted.` })
    restore(@Arg('input', () => types.restore) input: UpdateInput, @Ctx() ctx: RequestContext) {
      return mutate(ctx, `restore${name}`, spec.field, input, (w) => restoreRecordFromInput(w, spec, input));
    }
  }
  Object.defineProperty(RecordMutations, 'name', { value: `${name}Mutations` });
  return RecordMutations;
}
