/**
 * The committed SDL of the API (schema.graphql at the repository root), printed from the code so
 * that a test can tell when the two drift apart.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The repository root: the nearest folder above this file with a package.json (src/ or dist/src/). */
function repositoryRoot(): string {
  let folder = __dirname;
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('package.json not found above ' + __dirname);
    folder = parent;
  }
  return folder;
}

export const SCHEMA_FILE = path.join(repositoryRoot(), 'schema.graphql');

/** Sorted so that moving a resolver between files does not reorder the committed schema. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
