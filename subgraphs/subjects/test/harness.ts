import { listen } from '@credit/http';
import { postGraphQL } from '@credit/http/testing';
import type { TestBackend } from '@credit/db/testing';
import { openSubjectsDatabase, type SubjectsDatabase } from '../src/db';
import { buildSubjectsApp } from '../src/server';

export interface RunningSubjects {
  url: string;
  database: SubjectsDatabase;
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): ReturnType<typeof postGraphQL<T>>;
  close(): Promise<void>;
}

/** The subjects subgraph on a fresh database of the backend, listening on a free port. */
export async function startSubjects(backend: TestBackend): Promise<RunningSubjects> {
  const target = await backend.create();
  const database = await openSubjectsDatabase({ url: target.url });
  const { app, stop } = await buildSubjectsApp(database.db);
  const listening = await listen(app, 0);
  const url = `${listening.url}/graphql`;
  return {
    url,
    database,
    query: (query, variables) => postGraphQL(url, query, variables),
    async close() {
      await listening.close();
      await stop();
      await database.close();
      await target.drop();
    },
  };
}
