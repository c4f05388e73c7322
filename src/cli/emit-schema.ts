/** `npm run schema`: writes schema.graphql from the code. */
import { writeFileSync } from 'node:fs';
import { buildGraphQLSchema } from '../schema/build-schema';
import { printApiSchema, SCHEMA_FILE } from '../schema/schema-file';

buildGraphQLSchema()
  .then((schema) => {
    writeFileSync(SCHEMA_FILE, printApiSchema(schema));
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(`schema: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
