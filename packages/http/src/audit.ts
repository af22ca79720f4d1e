import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * Response extension in which a subgraph lists the ids of the subjects whose information it
 * disclosed in a response (beyond their ids). The gateway gathers these from every subgraph, with
 * the Subject entities it resolved, into the subject access log (gateway/src/audit.ts).
 */
export const DISCLOSED_SUBJECTS_EXTENSION = 'subjectsDisclosed';

/**
 * Adds the ids of the subjects a request disclosed to its response (`DISCLOSED_SUBJECTS_EXTENSION`),
 * for the gateway's audit. `disclosed` reads them from the request's context once it has run.
 */
export function reportDisclosedSubjects<C extends BaseContext>(disclosed: (context: C) => ReadonlySet<string>): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const ids = disclosed(contextValue);
          if (ids.size === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [DISCLOSED_SUBJECTS_EXTENSION]: [...ids] };
        },
      };
    },
  };
}
