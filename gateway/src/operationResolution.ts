import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';

/**
 * Request errors that GraphQL over HTTP answers with 400, refused before planning: a document with
 * several operations and no `operationName`, an `operationName` the document does not define, and
 * subscriptions (this gateway serves queries and mutations over HTTP only).
 */
export function operationResolution(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (!operation) {
            const names = document.definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? [d.name?.value ?? '(unnamed)'] : []));
            const message = request.operationName
              ? `The document defines no operation named \`${String(request.operationName).slice(0, 64)}\`; it defines ${names.length ? names.join(', ').slice(0, 300) : 'none'}`
              : `The document defines ${names.length} operations: say which one to run with \`operationName\``;
            throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
          }
          if (operation.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are not served over HTTP by this gateway: send a query or a mutation', {
              extensions: { code: 'SUBSCRIPTION_NOT_SUPPORTED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
