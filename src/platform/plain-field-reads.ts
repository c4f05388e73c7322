/**
 * Replaces: type-graphql's resolver for a plain field (a column, a getter), which runs the field's
 * middleware chain around `root[property]` even when there is no middleware to run; a large answer
 * pays that for every value. Fields without middlewares, roles or a field resolver read the property
 * directly. (Still a resolver: some properties are getters that answer a promise, which only a
 * resolver's result may be.)
 * Checked against: type-graphql 2.0.0-rc.4 (test/platform-assumptions.test.ts fails on another).
 */
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

export const PLAIN_FIELD_READS_CHECKED_WITH = { package: 'type-graphql', version: '2.0.0-rc.4' };

export function readPlainFieldsDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const resolvedElsewhere = (target: Function, name: string) =>
    storage.fieldResolvers.some((r) => r.getObjectType?.() === target && r.methodName === name);
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const graphqlField = fields[field.schemaName];
      if (!graphqlField || field.middlewares?.length || field.roles || resolvedElsewhere(field.target, field.name))
        continue;
      const property = field.name;
      const read: GraphQLFieldResolver<Record<string, unknown>, unknown> = (root) => root[property];
      graphqlField.resolve = read;
    }
  }
}
