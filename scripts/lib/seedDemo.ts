import { openSubgraphDatabase, subgraphConfig } from '@credit/kit';
import { SUBGRAPHS, loadSeed, loadSubgraph, type SeedModule, type SubgraphEntry } from '../subgraphs';
import { progressBar } from './progress';

export interface SeedOptions {
  subjects: number;
  seed: number;
  /** Seed only a subgraph's database that is still empty. */
  onlyIfEmpty?: boolean;
}

/**
 * Seeds every registered subgraph's own database from the same demo population: each regenerates
 * the subjects it needs with `demoSubject(seed, i)`, none reads another's tables.
 */
export async function seedDemo(options: SeedOptions): Promise<void> {
  for (const entry of SUBGRAPHS) {
    const seed = await loadSeed(entry);
    if (seed) await seedSubgraph(entry, seed, options);
  }
}

async function seedSubgraph(entry: SubgraphEntry, module: SeedModule, options: SeedOptions): Promise<void> {
  const { name } = entry;
  const config = subgraphConfig(name, entry.port);
  const database = await openSubgraphDatabase({ ...(await loadSubgraph(entry)), url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const existing = await module.count(database.db);
    if (options.onlyIfEmpty && existing > 0) return;
    const where = config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`;
    console.error(`seeding ${name} for ${options.subjects} demo subjects into the ${where} (${existing} rows there already)`);
    const bar = progressBar(name, options.subjects);
    const started = performance.now();
    await module.seed(database.db, { count: options.subjects, seed: options.seed, onProgress: bar.update });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    const now = await module.count(database.db);
    console.error(`${name}: ${now - existing} new rows for ${options.subjects} subjects in ${seconds.toFixed(1)} s`);
  } finally {
    await database.close();
  }
}
