/**
 * Every root field carries an authorization rule: asked anonymously (with anonymous reads off),
 * each one answers UNAUTHENTICATED before its resolver runs. A new root field without `@Authorized`
 * fails this test.
 */
import { ApolloServer } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isScalarType,
  isEnumType,
  isInputObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { createRequestContext, type RequestContext } from '../src/resolvers/context';
import { describeEachEngine } from './helpers/engines';
import { startTestApollo, testSchema } from './helpers/graphql-client';

/** A literal that passes validation for a required argument; its value never reaches a resolver. */
function literalFor(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literalFor(type.ofType);
  if (isListType(type)) return `[${literalFor(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${literalFor(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type) && type.name === 'Date') return '"2022-01-01"';
  if (isScalarType(type) && (type.name === 'Vnd' || type.name === 'Decimal')) return '"1"';
  if (isScalarType(type) && (type.name === 'Int' || type.name === 'Float')) return '1';
  if (isScalarType(type) && type.name === 'Boolean') return 'true';
  return '"x"';
}

function operationFor(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${literalFor(a.type)}`);
  const named = getNamedType(getNullableType(field.type));
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

describeEachEngine('authorization of root fields', (ctx) => {
  let server: ApolloServer<RequestContext>;
  beforeAll(async () => {
    server = await startTestApollo();
  });
  afterAll(() => server.stop());

  it('refuses every Query and Mutation field to an anonymous caller', async () => {
    const schema = await testSchema();
    const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => Boolean(t));
    const unguarded: string[] = [];
    let checked = 0;
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        const query = root === schema.getMutationType() ? `mutation ${operationFor(field)}` : operationFor(field);
        const response = await server.executeOperation(
          { query },
          { contextValue: createRequestContext(ctx.dataSource, 'test', null, false) },
        );
        if (response.body.kind !== 'single') throw new Error('single result expected');
        const codes = (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code);
        if (!codes.includes('UNAUTHENTICATED'))
          unguarded.push(
            `${root.name}.${field.name}: ${JSON.stringify(response.body.singleResult.errors ?? 'answered')}`,
          );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(unguarded).toEqual([]);
  });
});
