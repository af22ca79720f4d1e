import { openSubjectsDatabase } from '@credit/subjects/db';
import { countSubjects, seedSubjects } from '@credit/subjects/seed';
import { loadConfig as subjectsConfig } from '@credit/subjects/env';
import { progressBar } from './progress';

export interface SeedOptions {
  subjects: number;
  seed: number;
  /** Seed only a database that has no subjects yet. */
  onlyIfEmpty?: boolean;
}

/** Seeds every subgraph's own database with the same demo population. */
export async function seedDemo(options: SeedOptions): Promise<void> {
  const config = subjectsConfig();
  const database = await openSubjectsDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const existing = await countSubjects(database.db);
    if (options.onlyIfEmpty && existing > 0) return;
    const where = config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`;
    console.error(`seeding ${options.subjects} subjects into the ${where} (${existing} there already)`);
    const bar = progressBar('subjects', options.subjects);
    const started = performance.now();
    await seedSubjects(database.db, { count: options.subjects, seed: options.seed, onProgress: bar.update });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    console.error(
      `subjects: ${options.subjects} in ${seconds.toFixed(1)} s (${Math.round(options.subjects / seconds)}/s)`,
    );
  } finally {
    await database.close();
  }
}
