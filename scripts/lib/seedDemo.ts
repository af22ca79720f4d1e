import { openRecordsDatabase } from '@credit/records/db';
import { loadConfig as recordsConfig } from '@credit/records/env';
import { countRecords, seedRecords } from '@credit/records/seed';
import { openSubjectsDatabase } from '@credit/subjects/db';
import { countSubjects, seedSubjects } from '@credit/subjects/seed';
import { loadConfig as subjectsConfig } from '@credit/subjects/env';
import { progressBar } from './progress';

export interface SeedOptions {
  subjects: number;
  seed: number;
  /** Seed only a subgraph's database that is still empty. */
  onlyIfEmpty?: boolean;
}

/**
 * Seeds every subgraph's own database from the same demo population: each regenerates the
 * subjects it needs with `demoSubject(seed, i)`, none reads another's tables.
 */
export async function seedDemo(options: SeedOptions): Promise<void> {
  await seedSubgraph('subjects', subjectsConfig(), options, openSubjectsDatabase, countSubjects, seedSubjects);
  await seedSubgraph('records', recordsConfig(), options, openRecordsDatabase, countRecords, seedRecords);
}

interface Handle<Db> {
  db: Db;
  close(): Promise<void>;
}

async function seedSubgraph<Db>(
  name: string,
  config: { databaseUrl: string | undefined; dataDir: string },
  options: SeedOptions,
  open: (target: { url: string | undefined; dataDir: string }) => Promise<Handle<Db>>,
  count: (db: Db) => Promise<number>,
  seed: (db: Db, options: { count: number; seed: number; onProgress: (done: number) => void }) => Promise<unknown>,
): Promise<void> {
  const database = await open({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const existing = await count(database.db);
    if (options.onlyIfEmpty && existing > 0) return;
    const where = config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`;
    console.error(`seeding ${name} for ${options.subjects} demo subjects into the ${where} (${existing} rows there already)`);
    const bar = progressBar(name, options.subjects);
    const started = performance.now();
    await seed(database.db, { count: options.subjects, seed: options.seed, onProgress: bar.update });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    const now = await count(database.db);
    console.error(`${name}: ${now - existing} new rows for ${options.subjects} subjects in ${seconds.toFixed(1)} s`);
  } finally {
    await database.close();
  }
}
