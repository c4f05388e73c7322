import 'reflect-metadata';
import { isAbstractType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { resolvers } from '../resolvers';

const ROOT_DESCRIPTIONS = {
  query:
    'Truy vấn — the read side of the emulation and commendation record: look records up, list and filter them, follow the change feed.',
  mutation: 'Thao tác ghi — the write side: every change is validated, transactional and audited.',
};

/**
 * type-graphql gives every plain field (a column, a getter) a resolver that runs its middleware
 * chain around `root[property]`, even with no middleware to run: a large answer pays that per
 * value. Fields without middlewares, roles or a field resolver read the property directly. (Still a
 * resolver: some properties are getters that answer a promise, which only a resolver's result may be.)
 */
function readPlainFieldsDirectly(schema: GraphQLSchema): void {
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

/** Builds the executable schema from the resolver classes; mutation inputs are validated by the mutation runner, so that a violation is a userError. */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, authChecker, validate: false });
  // type-graphql has no option for the root types' descriptions.
  const query = schema.getQueryType();
  if (query) query.description = ROOT_DESCRIPTIONS.query;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
  // Every member of an interface or union is a class named as its GraphQL type (entities, Household).
  // Set here, synchronously: type-graphql wraps a declared resolveType in an async function, and the
  // compiled executor (graphql-jit) takes resolveType's answer as it is, without awaiting it.
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type)) type.resolveType = (value: object) => value.constructor.name;
  }
  readPlainFieldsDirectly(schema);
  return schema;
}
