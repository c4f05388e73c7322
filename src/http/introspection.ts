/**
 * In production the schema is described only to authenticated callers (the playground sends its
 * key); an anonymous request that asks for __schema or __type is refused before it runs.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, visit, BREAK, type DocumentNode } from 'graphql';

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export function anonymousIntrospectionPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          const caller = (contextValue as { caller?: unknown }).caller;
          if (!caller && asksForSchema(document)) {
            throw new GraphQLError('Introspection needs an API key: send it as "Authorization: Bearer <key>"', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}
