/**
 * The GraphQL side of a record's write declaration: CreateXInput (required fields non-null, an
 * optional idempotencyKey), UpdateXInput (id, expectedVersion, every field optional: absent keeps
 * the value, null clears it), DeleteXInput / RestoreXInput, and one payload per operation.
 * Input limits are class-validator constraints, checked by the mutation runner so that a
 * violation is a userError rather than a request error.
 */
import { ArrayMaxSize, IsNotEmpty, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { type ClassType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

type ReturnTypeFunc = Parameters<typeof Field>[0] & (() => unknown);
import type { RecordWrites, WriteField } from '../services/record-service';
import type { WritableRecord } from '../services/record-writer';
import { DateScalar, DecimalScalar, VndScalar } from '../core/scalars';
import { MAX_LINES } from '../core/paging';
import { UserError } from './user-error';

export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;
export const MAX_TEXT = 20000;

export interface RecordInputTypes {
  /** Absent for records whose create is a richer mutation of its own. */
  create?: ClassType<object>;
  update: ClassType<object>;
  remove: ClassType<object>;
  restore: ClassType<object>;
  payload: {
    create?: ClassType<object>;
    update: ClassType<object>;
    remove: ClassType<object>;
    restore: ClassType<object>;
  };
}

function graphqlType(field: WriteField): ReturnTypeFunc {
  switch (field.kind) {
    case 'string':
    case 'text':
      return () => String;
    case 'int':
    case 'year':
      return () => Int;
    case 'date':
      return () => DateScalar;
    case 'vnd':
      return () => VndScalar;
    case 'decimal':
      return () => DecimalScalar;
    case 'boolean':
      return () => Boolean;
    case 'enum':
      return () => field.enum as object;
    case 'enumList':
      return () => [field.enum as object];
    case 'ref':
      return () => ID;
  }
}

/** Applies a field's limits as class-validator constraints. */
export function constrain(prototype: object, name: string, field: WriteField, required: boolean): void {
  switch (field.kind) {
    case 'string':
      MaxLength(field.max, { message: `${name} must be at most ${field.max} characters` })(prototype, name);
      if (required) IsNotEmpty({ message: `${name} cannot be empty` })(prototype, name);
      break;
    case 'text':
      MaxLength(MAX_TEXT, { message: `${name} must be at most ${MAX_TEXT} characters` })(prototype, name);
      break;
    case 'int':
      if (field.min !== undefined)
        Min(field.min, { message: `${name} must be at least ${field.min}` })(prototype, name);
      if (field.max !== undefined) Max(field.max, { message: `${name} must be at most ${field.max}` })(prototype, name);
      break;
    case 'year':
      Min(MIN_YEAR, { message: `${name} must be a year from ${MIN_YEAR}` })(prototype, name);
      Max(MAX_YEAR, { message: `${name} must be a year up to ${MAX_YEAR}` })(prototype, name);
      break;
    case 'decimal':
      Matches(/^\d/, { message: `${name} cannot be negative` })(prototype, name);
      break;
    default:
      break;
  }
}

/** Adds one declared field to an input class. */
export function addInputField(prototype: object, name: string, field: WriteField, required: boolean): void {
  Field(graphqlType(field), { nullable: !required, description: field.description })(prototype, name);
  constrain(prototype, name, field, required);
}

export function idempotencyKeyField(prototype: object): void {
  Field(() => String, {
    nullable: true,
    description:
      'Khóa chống lặp — send the same key again (e.g. after a timeout) to get the first result back instead of a ' +
      'second record; reusing it with a different input is refused.',
  })(prototype, 'idempotencyKey');
  MaxLength(128, { message: 'idempotencyKey must be at most 128 characters' })(prototype, 'idempotencyKey');
}

export function identifyingFields(prototype: object, typeName: string): void {
  Field(() => ID, { description: `Mã định danh — the ${typeName}'s global ID.` })(prototype, 'id');
  Field(() => Int, {
    description:
      'Phiên bản mong đợi — the version you read; a newer one means someone else changed the record (STALE_VERSION).',
  })(prototype, 'expectedVersion');
}

export function payloadType(
  name: string,
  entity: () => ClassType<object> | Function,
  field: string,
  description: string,
): ClassType<object> {
  @ObjectType(name, { description })
  class Payload {}
  Field(entity as () => ClassType<object>, {
    nullable: true,
    description: 'Bản ghi — the record as stored after the change; null when refused.',
  })(Payload.prototype, field);
  Field(() => [UserError], { description: 'Lỗi — why the mutation was refused; empty on success.' })(
    Payload.prototype,
    'userErrors',
  );
  return Payload;
}

export function recordInputTypes<T extends WritableRecord>(spec: RecordWrites<T>, withCreate = true): RecordInputTypes {
  const typeName = spec.entity.name;
  const v = spec.vietnamese;

  class CreateInput {}
  @InputType(`Update${typeName}Input`, {
    description:
      `Sửa ${v} — the record, the version you read, and the fields to change ` + '(absent: unchanged; null: cleared).',
  })
  class UpdateInput {}
  for (const [name, field] of Object.entries(spec.fields)) {
    addInputField(CreateInput.prototype, name, field, field.required === true);
    addInputField(UpdateInput.prototype, name, field, false);
  }
  idempotencyKeyField(CreateInput.prototype);
  if (withCreate)
    InputType(`Create${typeName}Input`, { description: `Tạo ${v} — the new record's values.` })(CreateInput);
  identifyingFields(UpdateInput.prototype, typeName);

  @InputType(`Delete${typeName}Input`, {
    description: `Xóa ${v} — soft delete: the record is hidden and can be restored.`,
  })
  class DeleteInput {}
  identifyingFields(DeleteInput.prototype, typeName);
  @InputType(`Restore${typeName}Input`, { description: `Khôi phục ${v} — bring a soft-deleted record back.` })
  class RestoreInput {}
  identifyingFields(RestoreInput.prototype, typeName);

  const payload = (verb: string, vn: string) =>
    payloadType(
      `${verb}${typeName}Payload`,
      () => spec.entity,
      spec.field,
      `Kết quả ${vn} ${v} — the record, or why it was refused.`,
    );
  return {
    create: withCreate ? CreateInput : undefined,
    update: UpdateInput,
    remove: DeleteInput,
    restore: RestoreInput,
    payload: {
      create: withCreate ? payload('Create', 'tạo') : undefined,
      update: payload('Update', 'sửa'),
      remove: payload('Delete', 'xóa'),
      restore: payload('Restore', 'khôi phục'),
    },
  };
}

/** An input type made of declared fields (one line of a multi-row input, or a mutation's own input). */
export function fieldsInputType(
  name: string,
  description: string,
  fields: Record<string, WriteField>,
  omit: readonly string[] = [],
): ClassType<object> {
  @InputType(name, { description })
  class Input {}
  for (const [field, declaration] of Object.entries(fields)) {
    if (!omit.includes(field)) addInputField(Input.prototype, field, declaration, declaration.required === true);
  }
  return Input;
}

/** Adds a list of line inputs to an input type, each line validated in turn. */
export function addLinesField(prototype: object, name: string, line: ClassType<object>, description: string): void {
  Field(() => [line], { description })(prototype, name);
  ValidateNested({ each: true })(prototype, name);
  ArrayMaxSize(MAX_LINES, { message: `${name} takes at most ${MAX_LINES} lines` })(prototype, name);
}
