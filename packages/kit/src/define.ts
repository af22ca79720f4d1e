import type { DatabaseHandle } from '@credit/db';
import type { BuiltSubgraph } from './app';
import type { ServiceToken } from './serviceToken';

/** What a subgraph's `build` gets besides its database: the shared settings of src/config.ts. */
export interface SubgraphRuntime {
  gatewaySecret: string;
  /** The gateway's URL; a function when it is known only after the subgraph starts (tests). */
  gatewayUrl: string | (() => string);
  /** `<NAME>_SERVICE_TOKEN`, or a `TokenFile` (`<NAME>_SERVICE_TOKEN_FILE`); give it to `GatewayClient` as is. */
  serviceToken: ServiceToken;
  pseudonymKey: string;
}

/**
 * A subgraph, as `subgraphs/<name>/src/server.ts` exports it (`export const subgraph =
 * defineSubgraph({...})`): its name, its tables and migrations, and how to build its app over an
 * open database. `runSubgraph` (main.ts), the seed, the system tests and `startSubgraph` (tests)
 * all start it through this one signature. `TOptions` are test-only overrides (a clock, a fake
 * directory).
 */
export interface SubgraphDefinition<TSchema extends Record<string, unknown> = Record<string, unknown>, TOptions = {}> {
  name: string;
  schema: TSchema;
  /** `new URL('./db/migrations', import.meta.url)` */
  migrationsUrl: URL;
  build(database: DatabaseHandle<TSchema>, runtime: SubgraphRuntime, options?: TOptions): Promise<BuiltSubgraph>;
}

export function defineSubgraph<TSchema extends Record<string, unknown>, TOptions = {}>(
  definition: SubgraphDefinition<TSchema, TOptions>,
): SubgraphDefinition<TSchema, TOptions> {
  return definition;
}
