import { listen, PUBLIC_CALLER, subgraphSecret, type Caller } from '@credit/http';
import { postAsGateway, type GraphQLResult } from '@credit/http/testing';
import type { TestBackend } from '@credit/db/testing';
import { openSubjectsDatabase, type SubjectsDatabase } from '../src/db';
import { buildSubjectsApp } from '../src/server';

export interface RunningSubjects {
  url: string;
  database: SubjectsDatabase;
  /** Calls the subgraph as the gateway would, for `caller` (the public by default). */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** The subjects subgraph on a fresh database of the backend, listening on a free port. */
export async function startSubjects(backend: TestBackend): Promise<RunningSubjects> {
  const target = await backend.create();
  const database = await openSubjectsDatabase({ url: target.url });
  const { app, stop } = await buildSubjectsApp(database.db, { gatewaySecret: subgraphSecret('subjects') });
  const listening = await listen(app, 0);
  const url = `${listening.url}/graphql`;
  return {
    url,
    database,
    query: (query, variables, caller = PUBLIC_CALLER) => postAsGateway('subjects', url, query, variables, caller),
    async close() {
      await listening.close();
      await stop();
      await database.close();
      await target.drop();
    },
  };
}
