import { GATEWAY_SERVICE_CALLER, PUBLIC_CALLER, type Caller } from '@credit/authz';
import type { DatabaseHandle } from '@credit/db';
import type { TestBackend } from '@credit/db/testing';
import { DEVELOPMENT_PSEUDONYM_KEY } from '@credit/identifiers';
import { listen, subgraphSecret } from '@credit/http';
import { postAsGateway, type GraphQLResult } from '@credit/http/testing';
import { openSubgraphDatabase } from '../database';
import type { SubgraphClock, SubgraphDefinition, SubgraphRuntime } from '../define';

export type Query = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;

export interface RunningSubgraph<TSchema extends Record<string, unknown>> {
  name: string;
  /** Its `/graphql` URL. */
  url: string;
  database: DatabaseHandle<TSchema>;
  /** Calls the subgraph as the gateway would, signed for `caller`. */
  callAs(caller: Caller): Query;
  /** Calls as `caller` (the default caller given to `startSubgraph` when omitted). */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/**
 * A subgraph on a fresh, empty database of the backend (packages/db/src/testing.ts), listening on
 * a free port. `options` go to its `build` (a clock, a fake directory, ...).
 */
export async function startSubgraph<TSchema extends Record<string, unknown>, TOptions>(
  definition: SubgraphDefinition<TSchema, TOptions>,
  backend: TestBackend,
  settings: { options?: TOptions & SubgraphClock; runtime?: Partial<SubgraphRuntime>; caller?: Caller } = {},
): Promise<RunningSubgraph<TSchema>> {
  const target = await backend.create();
  const database = await openSubgraphDatabase({ ...definition, url: target.url });
  const runtime: SubgraphRuntime = {
    gatewaySecret: subgraphSecret(definition.name),
    gatewayUrl: 'http://127.0.0.1:9/graphql',
    serviceToken: undefined,
    pseudonymKey: DEVELOPMENT_PSEUDONYM_KEY,
    ...settings.runtime,
  };
  const { app, stop } = await definition.build(database, runtime, settings.options);
  const listening = await listen(app, 0);
  const url = `${listening.url}/graphql`;
  const callAs = (caller: Caller): Query => (query, variables) => postAsGateway(definition.name, url, query, variables, caller);
  return {
    name: definition.name,
    url,
    database,
    callAs,
    query: (query, variables, caller = settings.caller ?? PUBLIC_CALLER) => callAs(caller)(query, variables),
    async close() {
      await listening.close();
      await stop();
      await database.close();
      await target.drop();
    },
  };
}

export { GATEWAY_SERVICE_CALLER, PUBLIC_CALLER };
