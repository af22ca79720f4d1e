/**
 * The subgraph registry: one line per subgraph. Compose, codegen, `pnpm start`, the seed, the
 * system tests and CI read it; everything else about a subgraph follows from its folder's
 * conventions (README "Adding a subgraph"):
 *   schema/<name>.graphql            its SDL (the contract)
 *   subgraphs/<name>/src/server.ts   `export const subgraph = defineSubgraph({...})` (@credit/kit), imported
 *                                    by the registry line (`server`)
 *   subgraphs/<name>/src/main.ts     `await runSubgraph(subgraph, <port>)`
 *   subgraphs/<name>/src/seed.ts     optional: `seed(db, { count, seed, onProgress })` and `count(db)`
 *   subgraphs/<name>/src/afterStart.ts optional: `afterStart({ gatewayUrl, token, subjects, seed, log })`,
 *                                    demo data made through the gateway once the system is up (needs
 *                                    `serviceRoles`); run in registry order
 *   subgraphs/<name>/codegen.json    `{ "mappers": {...} }` for its resolver types
 */
import { existsSync } from 'node:fs';
import type { Database, Role, SubgraphDefinition } from '@credit/kit';

export interface SubgraphEntry {
  name: string;
  /** Default port (`<NAME>_PORT` overrides it). */
  port: number;
  /** Imports its `src/server.ts` (a literal path, so that one build of all subgraphs can bundle it). */
  server: () => Promise<{ subgraph: SubgraphDefinition }>;
  /** Roles of the service token with which it reads other subgraphs through the gateway, if it does. */
  serviceRoles?: Role[];
}

export const SUBGRAPHS: SubgraphEntry[] = [
  { name: 'subjects', port: 4001, server: () => import('@credit/subjects/server') },
  { name: 'records', port: 4002, serviceRoles: ['CREDIT_CENTRE'], server: () => import('@credit/records/server') },
  // Sanctions before ratings: its after-start listings are inputs of ratings' after-start evaluation.
  { name: 'sanctions', port: 4004, serviceRoles: ['CREDIT_CENTRE'], server: () => import('@credit/sanctions/server') },
  { name: 'ratings', port: 4003, serviceRoles: ['CREDIT_CENTRE'], server: () => import('@credit/ratings/server') },
  { name: 'services', port: 4005, server: () => import('@credit/services/server') },
];

export const defaultUrl = (subgraph: SubgraphEntry) => `http://127.0.0.1:${subgraph.port}/graphql`;

/** Where a subgraph's files are, relative to the project root. */
export const subgraphPath = (subgraph: Pick<SubgraphEntry, 'name'>, file: string) => `subgraphs/${subgraph.name}/${file}`;

const root = new URL('../', import.meta.url);

/** The subgraph's definition (`subgraphs/<name>/src/server.ts` exports `subgraph`). */
export async function loadSubgraph(entry: SubgraphEntry): Promise<SubgraphDefinition> {
  return (await entry.server()).subgraph;
}

export interface SeedModule {
  /** Loads the demo population's data for subjects 0 .. count - 1. */
  seed(db: Database<Record<string, unknown>>, options: { count: number; seed: number; onProgress?: (done: number) => void }): Promise<unknown>;
  /** Rows seeded so far (0: empty). */
  count(db: Database<Record<string, unknown>>): Promise<number>;
}

/** The subgraph's seed (`subgraphs/<name>/src/seed.ts`), or null when it has none. */
export async function loadSeed(entry: SubgraphEntry): Promise<SeedModule | null> {
  const file = new URL(subgraphPath(entry, 'src/seed.ts'), root);
  if (!existsSync(file)) return null;
  return (await import(file.href)) as SeedModule;
}

export interface AfterStartOptions {
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** The subgraph's service token (its `serviceRoles`). */
  token: string;
  /** The demo population the offline seeds used. */
  subjects: number;
  seed: number;
  log: (line: string) => void;
}

/** The subgraph's after-start hook (`subgraphs/<name>/src/afterStart.ts`), or null when it has none. */
export async function loadAfterStart(entry: SubgraphEntry): Promise<((options: AfterStartOptions) => Promise<void>) | null> {
  const file = new URL(subgraphPath(entry, 'src/afterStart.ts'), root);
  if (!existsSync(file)) return null;
  return ((await import(file.href)) as { afterStart: (options: AfterStartOptions) => Promise<void> }).afterStart;
}
