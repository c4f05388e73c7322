/**
 * The four mutations of a maintained record — createX, updateX, deleteX (soft), restoreX — made
 * from its write declaration. Each is one call into the record service through the mutation runner.
 */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/caller';
import { recordInputTypes } from '../schema/record-inputs';
import {
  createRecord,
  deleteRecord,
  restoreRecordFromInput,
  updateRecordFromInput,
  type RecordWrites,
  type UpdateInput,
} from '../services/record-service';
import type { WritableRecord } from '../services/record-writer';
import type { RequestContext } from './context';
import { mutate } from './mutation-payload';
import { replayOne } from './replay';

export type RecordOperation = 'create' | 'update' | 'delete' | 'restore';

/** One resolver class per operation, so a record whose create is a richer mutation can leave it out. */
export function recordMutationsResolvers<T extends WritableRecord>(
  spec: RecordWrites<T>,
  operations: readonly RecordOperation[] = ['create', 'update', 'delete', 'restore'],
): Function[] {
  const types = recordInputTypes(spec, operations.includes('create'));
  const name = spec.entity.name;
  const roles = spec.adminOnly ? [Role.ADMIN] : [Role.EDITOR];
  const v = spec.vietnamese;
  @Resolver()
  class CreateMutation {
    @Authorized(...roles)
    @Mutation(() => types.payload.create!, { name: `create${name}`, description: `Tạo ${v}.` })
    create(
      @Arg('input', () => types.create!, { description: "Dữ liệu vào — the mutation's input." })
      input: object & { idempotencyKey?: string | null },
      @Ctx() ctx: RequestContext,
    ) {
      return mutate(
        ctx,
        `create${name}`,
        spec.field,
        input,
        (w) => createRecord(w, spec, input),
        replayOne(spec.entity, input.idempotencyKey),
      );
    }
  }
  Object.defineProperty(CreateMutation, 'name', { value: `Create${name}Mutation` });

  @Resolver()
  class UpdateMutation {
    @Authorized(...roles)
    @Mutation(() => types.payload.update, {
      name: `update${name}`,
      description: `Sửa ${v}: only the fields given change; expectedVersion must be the version you read.`,
    })
    update(
      @Arg('input', () => types.update, { description: "Dữ liệu vào — the mutation's input." }) input: UpdateInput,
      @Ctx() ctx: RequestContext,
    ) {
      return mutate(ctx, `update${name}`, spec.field, input, (w) => updateRecordFromInput(w, spec, input));
    }
  }
  Object.defineProperty(UpdateMutation, 'name', { value: `Update${name}Mutation` });

  @Resolver()
  class DeleteMutation {
    @Authorized(...roles)
    @Mutation(() => types.payload.remove, {
      name: `delete${name}`,
      description: `Xóa ${v} (soft delete: hidden from reads, kept, can be restored).`,
    })
    remove(
      @Arg('input', () => types.remove, { description: "Dữ liệu vào — the mutation's input." }) input: UpdateInput,
      @Ctx() ctx: RequestContext,
    ) {
      return mutate(ctx, `delete${name}`, spec.field, input, (w) => deleteRecord(w, spec, input));
    }
  }
  Object.defineProperty(DeleteMutation, 'name', { value: `Delete${name}Mutation` });

  @Resolver()
  class RestoreMutation {
    @Authorized(...roles)
    @Mutation(() => types.payload.restore, {
      name: `restore${name}`,
      description: `Khôi phục ${v} that was soft-deleted.`,
    })
    restore(
      @Arg('input', () => types.restore, { description: "Dữ liệu vào — the mutation's input." }) input: UpdateInput,
      @Ctx() ctx: RequestContext,
    ) {
      return mutate(ctx, `restore${name}`, spec.field, input, (w) => restoreRecordFromInput(w, spec, input));
    }
  }
  Object.defineProperty(RestoreMutation, 'name', { value: `Restore${name}Mutation` });

  const byOperation: Record<RecordOperation, Function> = {
    create: CreateMutation,
    update: UpdateMutation,
    delete: DeleteMutation,
    restore: RestoreMutation,
  };
  return operations.map((operation) => byOperation[operation]);
}
