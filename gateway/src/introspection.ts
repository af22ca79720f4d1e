import type { ApolloServerPlugin } from '@apollo/server';
import { hasRole } from '@credit/http';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { GatewayContext } from './context';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (!INTROSPECTION_FIELDS.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * In production only analysts may introspect the schema (`__schema`, `__type`); `__typename`
 * stays open to everyone. Checked on every request with its caller, so a document cached after an
 * analyst's request does not open the schema to others.
 */
export function introspectionForAnalystsOnly(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (hasRole(contextValue.caller, 'ANALYST')) return {};
      return {
        async didResolveOperation({ document }) {
          if (!introspects(document)) return;
          throw new GraphQLError('Schema introspection is available to analysts only; see the published schema documentation instead.', {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}
