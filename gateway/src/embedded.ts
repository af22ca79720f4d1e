/**
 * `GATEWAY_SUBGRAPHS=embedded`: the gateway runs every registered subgraph (scripts/subgraphs.ts)
 * in its own process, each over its own database, configured as its own process would be
 * (`subgraphConfig`: `<NAME>_DATABASE_URL` or `DATABASE_URL`, else the embedded database in
 * `DATA_DIR/<name>`; `<NAME>_SERVICE_TOKEN[_FILE]`, `PSEUDONYM_KEY`). Imported only in that mode, so
 * a gateway in front of subgraph processes loads no subgraph code.
 */
import { randomBytes } from 'node:crypto';
import { connectionLimit } from '@credit/db';
import { openSubgraphDatabase, subgraphConfig, type BuiltSubgraph } from '@credit/kit';
import { SUBGRAPHS, loadSubgraph } from '../../scripts/subgraphs';

export interface EmbeddedSubgraphs {
  /** Each registered subgraph by name, built and started over its open database. */
  subgraphs: ReadonlyMap<string, BuiltSubgraph>;
  /** Stops every subgraph, then closes its database. */
  close(): Promise<void>;
}

/**
 * Refuses what cannot work: gateway workers (node:cluster, `GATEWAY_WORKERS`) each embed their own
 * subgraphs, and two processes cannot open one embedded database's files.
 */
export function checkEmbeddedWorkers(workers: number, env: NodeJS.ProcessEnv = process.env): void {
  if (workers <= 1) return;
  const embeddedDatabase = SUBGRAPHS.filter((entry) => !subgraphConfig(entry.name, entry.port, {}, env).databaseUrl).map((entry) => entry.name);
  if (embeddedDatabase.length > 0) {
    throw new Error(
      `gateway: GATEWAY_SUBGRAPHS=embedded with GATEWAY_WORKERS=${workers} needs PostgreSQL: each worker opens every subgraph's database, ` +
        `and the embedded database (PGlite) of ${embeddedDatabase.join(', ')} can be opened by one process only. ` +
        'Set DATABASE_URL (or <NAME>_DATABASE_URL), or run one worker.',
    );
  }
}

/**
 * Refuses a pool size the PostgreSQL servers cannot hold. Each gateway process (`GATEWAY_WORKERS`
 * of them) opens up to `EMBEDDED_POOL_SIZE` connections per subgraph database, and the databases
 * on one server share its `max_connections`: past it, connections fail under load ("too many
 * clients") and the requests waiting on them with them. So it is refused at start, with the
 * numbers and what to change. Other clients of the server are not counted (they come and go). A
 * server that cannot be asked is left to the databases' own opening, which says why.
 */
export async function checkConnectionBudget(workers: number, poolSize: number, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const servers = new Map<string, { url: string; subgraphs: string[] }>();
  for (const entry of SUBGRAPHS) {
    const url = subgraphConfig(entry.name, entry.port, {}, env).databaseUrl;
    if (!url) continue;
    const parsed = new URL(url);
    const server = `${parsed.hostname || parsed.searchParams.get('host') || 'localhost'}:${parsed.port || 5432}`;
    const found = servers.get(server) ?? { url, subgraphs: [] };
    found.subgraphs.push(entry.name);
    servers.set(server, found);
  }
  for (const [server, { url, subgraphs }] of servers) {
    const limit = await connectionLimit(url);
    if (!limit) continue;
    const allowed = limit.max - limit.reserved;
    const needed = subgraphs.length * poolSize * workers;
    if (needed <= allowed) continue;
    const fits = Math.floor(allowed / (subgraphs.length * workers));
    throw new Error(
      `gateway: GATEWAY_SUBGRAPHS=embedded would open up to ${needed} connections to PostgreSQL at ${server} ` +
        `(the databases of ${subgraphs.join(', ')}, × EMBEDDED_POOL_SIZE=${poolSize} × GATEWAY_WORKERS=${workers}), ` +
        `and it takes ${allowed} (max_connections ${limit.max}, ${limit.reserved} reserved). ` +
        `${fits >= 1 ? `Set EMBEDDED_POOL_SIZE=${fits} or less` : 'Run fewer GATEWAY_WORKERS'}, or raise max_connections.`,
    );
  }
}

/**
 * Opens each registered subgraph's database and builds the subgraph over it, in registry order.
 * `gatewayUrl` is where subgraphs that read through the gateway (records' party matching, ratings'
 * evaluation inputs) reach it: this gateway, over HTTP, unless `GATEWAY_URL` says otherwise.
 */
export async function openEmbeddedSubgraphs(options: {
  gatewayUrl?: (() => string) | undefined;
  /** PostgreSQL connections per subgraph database (10 by default). */
  poolSize?: number;
  env?: NodeJS.ProcessEnv;
}): Promise<EmbeddedSubgraphs> {
  const env = options.env ?? process.env;
  const subgraphs = new Map<string, BuiltSubgraph>();
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closer of closers.splice(0).reverse()) await closer();
  };
  try {
    for (const entry of SUBGRAPHS) {
      const NAME = entry.name.toUpperCase();
      // No HTTP hop reaches an embedded subgraph: its (unused) app accepts no signature at all.
      const config = subgraphConfig(entry.name, entry.port, {}, { ...env, [`GATEWAY_SECRET_${NAME}`]: randomBytes(32).toString('base64url') });
      const definition = await loadSubgraph(entry);
      const database = await openSubgraphDatabase({ ...definition, url: config.databaseUrl, dataDir: config.dataDir, poolSize: options.poolSize });
      closers.push(() => database.close());
      const built = await definition.build(database, { ...config, gatewayUrl: (!env.GATEWAY_URL && options.gatewayUrl) || config.gatewayUrl });
      closers.push(() => built.stop());
      subgraphs.set(entry.name, built);
    }
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
  return { subgraphs, close };
}
