import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';
import { printApiSchema, SCHEMA_FILE } from '../src/schema/schema-file';
import { testSchema } from './helpers/graphql-client';

/** A description must start with the Vietnamese term: a word with Vietnamese letters or diacritics, before a dash. */
const VIETNAMESE_FIRST = /^[^—]*[À-ỹĐđ][^—]*—|^[A-Za-zÀ-ỹĐđ ,/()'"&-]+ —/u;

function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (where: string, description: string | null | undefined) => {
    if (!description || !VIETNAMESE_FIRST.test(description))
      missing.push(`${where}: ${JSON.stringify(description ?? null)}`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
    )
      continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        if ('args' in field)
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    if (isUnionType(type)) check(type.name, type.description);
  }
  return missing;
}

describe('the schema', () => {
  it('matches the committed schema.graphql (run `npm run schema` after changing the API)', async () => {
    expect(printApiSchema(await testSchema())).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('describes every type, field, argument and enum value, Vietnamese term first', async () => {
    expect(undocumented(await testSchema())).toEqual([]);
  });
});
