import 'reflect-metadata';
import { isAbstractType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { readPlainFieldsDirectly } from '../platform/plain-field-reads';
import { authChecker } from '../auth/auth-checker';
import { resolvers } from '../resolvers';
import { readPagesBySelection } from './page';

const ROOT_DESCRIPTIONS = {
  query:
    'Truy vấn — the read side of the emulation and commendation record: look records up, list and filter them, ' +
    'follow the change feed.',
  mutation: 'Thao tác ghi — the write side: every change is validated, transactional and audited.',
};

/**
 * Builds the executable schema from the resolver classes; mutation inputs are validated by the
 * mutation runner, so that a violation is a userError.
 */
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
  readPagesBySelection(schema);
  return schema;
}
