import { defineSubgraph, GatewayClient } from '@credit/kit';
import { createContext } from './context';
import { schema } from './db/schema';
import { CachingSubjectDirectory, GatewaySubjectDirectory, type SubjectDirectory } from './directory';
import { REFERENCE_DATA } from './referenceData';
import { resolvers } from './resolvers';

export interface RecordsOptions {
  /** Matches parties to subjects; through the gateway (RECORDS_SERVICE_TOKEN) by default. */
  directory?: SubjectDirectory;
}

/** The records subgraph: built over its open database; `main.ts` listens. */
export const subgraph = defineSubgraph({
  name: 'records',
  schema,
  migrationsUrl: new URL('./db/migrations', import.meta.url),
  resolvers,
  referenceData: REFERENCE_DATA,
  withoutServiceToken: (options?: RecordsOptions) => (options?.directory ? null : 'submitRecords cannot match parties'),
  setUp({ db }, runtime, options: RecordsOptions = {}, clock) {
    const directory =
      options.directory ?? new CachingSubjectDirectory(new GatewaySubjectDirectory(new GatewayClient(runtime.gatewayUrl, runtime.serviceToken, 'records')));
    return {
      bodyLimit: '50mb',
      createContext: (caller) => createContext(db, caller, directory, clock(), runtime.pseudonymKey),
    };
  },
});
