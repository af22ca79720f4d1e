import { defineSubgraph } from '@credit/kit';
import { accessProjection, type AccessProjection, type AccessProjectionOptions } from './accessProjection';
import { createContext } from './context';
import { schema } from './db/schema';
import { resolvers } from './resolvers';

/** Test overrides. */
export interface SubjectsOptions {
  /** The access log's projection timings (src/accessProjection.ts). */
  accessProjection?: AccessProjectionOptions;
  /** Receives the projection (tests drain it to see the by-subject rows). */
  onAccessProjection?: (projection: AccessProjection) => void;
}

/** The subjects subgraph: built over its open database; `main.ts` listens. */
export const subgraph = defineSubgraph({
  name: 'subjects',
  schema,
  migrationsUrl: new URL('./db/migrations', import.meta.url),
  resolvers,
  setUp({ db, background }, runtime, options: SubjectsOptions = {}) {
    const projection = accessProjection(background, options.accessProjection);
    options.onAccessProjection?.(projection);
    return {
      createContext: (caller) => createContext(db, caller, runtime.pseudonymKey, projection),
      stop: () => projection.stop(),
    };
  },
});
