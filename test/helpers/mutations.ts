/**
 * Runs a mutation by name with the input type and payload field read from the built schema, so a
 * test states only the mutation and its input.
 */
import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { testSchema, type GraphQLTestClient } from './graphql-client';

export interface MutationShape {
  inputType: string;
  payloadField: string;
}

export function mutationShape(schema: GraphQLSchema, name: string): MutationShape {
  const field = schema.getMutationType()?.getFields()[name];
  if (!field) throw new Error(`no mutation ${name}`);
  const payload = getNamedType(field.type);
  if (!isObjectType(payload)) throw new Error(`${name} does not return an object`);
  const payloadField = Object.keys(payload.getFields()).find((f) => f !== 'userErrors')!;
  return { inputType: field.args[0]!.type.toString(), payloadField };
}

export interface MutationResult {
  record: any;
  userErrors: Array<{ field: string[] | null; message: string; code: string }>;
  errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined;
}

/** Runs `name(input:)` and returns its record (selected as `selection`), userErrors and top-level errors. */
export async function runMutation(
  client: GraphQLTestClient,
  name: string,
  input: object,
  selection = 'id databaseId version',
): Promise<MutationResult> {
  const { inputType, payloadField } = mutationShape(await testSchema(), name);
  const result = await client.run<
    Record<string, { userErrors: MutationResult['userErrors'] } & Record<string, unknown>>
  >(
    `mutation($input: ${inputType}) { ${name}(input: $input) { ${payloadField} { ${selection} } userErrors { ` +
      `field message code } } }`,
    { input },
  );
  const payload = result.data?.[name];
  return { record: payload?.[payloadField] ?? null, userErrors: payload?.userErrors ?? [], errors: result.errors };
}

/** A mutation that must succeed: its record. */
export async function mutateOk(
  client: GraphQLTestClient,
  name: string,
  input: object,
  selection?: string,
): Promise<any> {
  const result = await runMutation(client, name, input, selection);
  if (result.errors?.length || result.userErrors.length)
    throw new Error(`${name} failed: ${JSON.stringify(result.errors ?? result.userErrors)}`);
  return result.record;
}
