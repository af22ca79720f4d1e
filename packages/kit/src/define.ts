import type { Caller } from '@credit/authz';
import type { DatabaseHandle } from '@credit/db';
import { buildSubgraph, type BuiltSubgraph, type SubgraphContext } from './app';
import { databaseHealthy } from './database';
import { insertMissing, type ShippedRows } from './referenceData';
import { loadSubgraphSchema } from './schema';
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
 * all start it through this one signature. `TOptions` are test-only overrides (a fake
 * directory), besides the clock every subgraph takes (`SubgraphClock`).
 */
export interface SubgraphDefinition<TSchema extends Record<string, unknown> = Record<string, unknown>, TOptions = {}> {
  name: string;
  schema: TSchema;
  /** `new URL('./db/migrations', import.meta.url)` */
  migrationsUrl: URL;
  build(database: DatabaseHandle<TSchema>, runtime: SubgraphRuntime, options?: TOptions & SubgraphClock): Promise<BuiltSubgraph>;
}

/** The override every subgraph's `build` takes. */
export interface SubgraphClock {
  /** The current instant, asked once per request; tests pass a fixed or moving clock. */
  clock?: () => Date;
}

/** What a subgraph's `setUp` returns: how each request's context is made, and its body limit. */
export interface SubgraphSetUp<TContext extends SubgraphContext> {
  createContext(caller: Caller): TContext | Promise<TContext>;
  /** Largest request body accepted (`buildSubgraph`'s default when not given). */
  bodyLimit?: string;
  /** Stops what `setUp` started in the background, after the server stopped and before the database closes. */
  stop?(): Promise<void>;
}

/** What `defineSubgraph` takes: the subgraph's own parts; the kit does the rest. */
export interface SubgraphParts<TSchema extends Record<string, unknown>, TOptions, TContext extends SubgraphContext> {
  name: string;
  schema: TSchema;
  /** `new URL('./db/migrations', import.meta.url)` */
  migrationsUrl: URL;
  /** Its resolvers (codegen's `Resolvers`, typed with its context); its SDL is `schema/<name>.graphql`. */
  resolvers: object;
  /** The rows it ships with (catalogues, models, rule sets): the missing ones are added before `setUp` (`insertMissing`). */
  referenceData?: readonly ShippedRows[];
  /**
   * For a subgraph that reads through the gateway: what stops working without its service token
   * (`<NAME>_SERVICE_TOKEN`), given the test overrides (null when they replace those reads). `build`
   * warns when the token is not set.
   */
  withoutServiceToken?: (options: TOptions | undefined) => string | null;
  /**
   * Readies what it needs over its open database (clients, caches) and says how contexts are made;
   * `clock` is the one `build` was given, or the system's.
   */
  setUp(
    database: DatabaseHandle<TSchema>,
    runtime: SubgraphRuntime,
    options: TOptions | undefined,
    clock: () => Date,
  ): SubgraphSetUp<TContext> | Promise<SubgraphSetUp<TContext>>;
}

/**
 * Defines a subgraph from its parts. Its `build` adds the missing reference rows, warns when a
 * service token it reads with is missing, runs `setUp`, then `buildSubgraph` with the SDL
 * `schema/<name>.graphql`, the runtime's gateway secret, and `/health` healthy while the database
 * answers.
 */
export function defineSubgraph<TSchema extends Record<string, unknown>, TOptions = {}, TContext extends SubgraphContext = SubgraphContext>(
  parts: SubgraphParts<TSchema, TOptions, TContext>,
): SubgraphDefinition<TSchema, TOptions> {
  const { name, schema, migrationsUrl, resolvers, referenceData, withoutServiceToken, setUp } = parts;
  const typeDefs = loadSubgraphSchema(name);
  return {
    name,
    schema,
    migrationsUrl,
    async build(database, runtime, options) {
      if (referenceData) await insertMissing(database.db, referenceData);
      const lost = withoutServiceToken?.(options);
      if (lost && !runtime.serviceToken) console.warn(`${name}: ${name.toUpperCase()}_SERVICE_TOKEN is not set; ${lost}`);
      const { createContext, bodyLimit, stop } = await setUp(database, runtime, options, options?.clock ?? (() => new Date()));
      const built = await buildSubgraph({
        name,
        typeDefs,
        resolvers,
        gatewaySecret: runtime.gatewaySecret,
        bodyLimit,
        createContext,
        healthy: databaseHealthy(database.db),
      });
      return stop ? { ...built, stop: () => built.stop().then(stop) } : built;
    },
  };
}
