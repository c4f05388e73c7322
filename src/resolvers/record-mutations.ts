/**
 * The mutations of a maintained record — createX, updateX, deleteX (soft), restoreX — made from
 * its write declaration. Each area names the operations it offers where it calls this (so every
 * mutation's name can be found by searching for it); each is one call into the record service
 * through the mutation runner.
 */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/caller';
import { recordInputTypes } from '../schema/record-inputs';
import {
  createRecord,
  deleteRecord,
  restoreRecordFromInput,
  updateRecordFromInput,
  type CreateInput,
  type RecordWrites,
  type UpdateInput,
} from '../services/record-service';
import type { WritableRecord } from '../services/record-writer';
import type { RequestContext } from './context';
import { mutate } from './mutation-payload';
import { replayOne } from './replay';

/** The operations a record offers, each with its mutation's name spelled out. */
export interface RecordMutationNames {
  create?: string;
  update?: string;
  delete?: string;
  restore?: string;
}

const INPUT = { description: "Dữ liệu vào — the mutation's input." };

function requireName(name: string | undefined, operation: string, typeName: string): string {
  // The names are written by hand so that they can be found; they must still follow the convention.
  if (name !== undefined && name !== `${operation}${typeName}`)
    throw new Error(`the ${operation} mutation of ${typeName} must be named ${operation}${typeName}, not ${name}`);
  return name ?? `${operation}${typeName}`;
}

/** One resolver class per operation offered: a record whose create is a richer mutation leaves it out. */
export function recordMutations<T extends WritableRecord>(
  spec: RecordWrites<T>,
  names: RecordMutationNames,
): Function[] {
  const typeName = spec.entity.name;
  const types = recordInputTypes(spec, names.create !== undefined);
  const roles = spec.adminOnly ? [Role.ADMIN] : [Role.EDITOR];
  const v = spec.vietnamese;
  const resolvers: Function[] = [];

  if (types.create && types.payload.create) {
    const name = requireName(names.create, 'create', typeName);
    const { create, payload } = { create: types.create, payload: types.payload.create };
    @Resolver()
    class CreateRecordMutation {
      @Authorized(...roles)
      @Mutation(() => payload, { name, description: `Tạo ${v}.` })
      create(@Arg('input', () => create, INPUT) input: CreateInput, @Ctx() ctx: RequestContext) {
        const replay = replayOne(spec.entity, input.idempotencyKey);
        return mutate(ctx, name, spec.field, input, (w) => createRecord(w, spec, input), replay);
      }
    }
    resolvers.push(CreateRecordMutation);
  }

  if (names.update !== undefined) {
    const name = requireName(names.update, 'update', typeName);
    @Resolver()
    class UpdateRecordMutation {
      @Authorized(...roles)
      @Mutation(() => types.payload.update, {
        name,
        description: `Sửa ${v}: only the fields given change; expectedVersion must be the version you read.`,
      })
      update(@Arg('input', () => types.update, INPUT) input: UpdateInput, @Ctx() ctx: RequestContext) {
        return mutate(ctx, name, spec.field, input, (w) => updateRecordFromInput(w, spec, input));
      }
    }
    resolvers.push(UpdateRecordMutation);
  }

  if (names.delete !== undefined) {
    const name = requireName(names.delete, 'delete', typeName);
    @Resolver()
    class DeleteRecordMutation {
      @Authorized(...roles)
      @Mutation(() => types.payload.remove, {
        name,
        description: `Xóa ${v} (soft delete: hidden from reads, kept, can be restored).`,
      })
      remove(@Arg('input', () => types.remove, INPUT) input: UpdateInput, @Ctx() ctx: RequestContext) {
        return mutate(ctx, name, spec.field, input, (w) => deleteRecord(w, spec, input));
      }
    }
    resolvers.push(DeleteRecordMutation);
  }

  if (names.restore !== undefined) {
    const name = requireName(names.restore, 'restore', typeName);
    @Resolver()
    class RestoreRecordMutation {
      @Authorized(...roles)
      @Mutation(() => types.payload.restore, { name, description: `Khôi phục ${v} that was soft-deleted.` })
      restore(@Arg('input', () => types.restore, INPUT) input: UpdateInput, @Ctx() ctx: RequestContext) {
        return mutate(ctx, name, spec.field, input, (w) => restoreRecordFromInput(w, spec, input));
      }
    }
    resolvers.push(RestoreRecordMutation);
  }
  return resolvers;
}
