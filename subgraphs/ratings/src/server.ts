import { defineSubgraph } from '@credit/kit';
import { createContext } from './context';
import { schema } from './db/schema';
import { Evaluator } from './evaluation/evaluator';
import { gatewayClient } from './evaluation/gateway';
import { GatewayInputReader, type InputReader } from './evaluation/inputs';
import type { RunProgress } from './evaluation/run';
import { REFERENCE_DATA } from './model/referenceData';
import { resolvers } from './resolvers';

/** The `purpose` evaluation runs give the gateway (recorded in the subjects' access logs). */
export const EVALUATION_PURPOSE = '公共信用综合评价';

export interface RatingsOptions {
  /** Reads the evaluation inputs; through the gateway (RATINGS_SERVICE_TOKEN) by default. */
  reader?: () => InputReader;
  onProgress?: (progress: RunProgress) => void;
  /** Receives the evaluator (tests wait for background runs with it). */
  onEvaluator?: (evaluator: Evaluator) => void;
}

const logProgress = (progress: RunProgress) => {
  if (progress.pages % 20 === 0) console.log(`ratings: run ${progress.runId}: ${progress.subjectsDone} subjects evaluated`);
};

/** The ratings subgraph: built over its open database; `main.ts` listens. */
export const subgraph = defineSubgraph({
  name: 'ratings',
  schema,
  migrationsUrl: new URL('./db/migrations', import.meta.url),
  resolvers,
  referenceData: REFERENCE_DATA,
  withoutServiceToken: (options?: RatingsOptions) => (options?.reader ? null : 'evaluation runs cannot read their inputs'),
  setUp({ db }, runtime, options: RatingsOptions = {}, clock) {
    const reader = options.reader ?? (() => new GatewayInputReader(gatewayClient(runtime.gatewayUrl, runtime.serviceToken, EVALUATION_PURPOSE)));
    const evaluator = new Evaluator(db, reader, options.onProgress ?? logProgress);
    options.onEvaluator?.(evaluator);
    return {
      createContext: (caller) => createContext(db, caller, evaluator, clock()),
    };
  },
});
