import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { BuiltSubgraph } from '@credit/kit';
import { PUBLIC_CALLER } from '@credit/http';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';
import { isBulkQuery, SubgraphCalls, type ProcessResult, type SubgraphTelemetry, type SubgraphTransport } from './dataSource';

/** What the gateway needs of a subgraph it runs in its own process (`BuiltSubgraph` of @credit/kit). */
export type EmbeddedSubgraph = Pick<BuiltSubgraph, 'execute'>;

/**
 * A subgraph run in the gateway's process (`GATEWAY_SUBGRAPHS=embedded`, embedded.ts): the
 * operation goes to the subgraph's own Apollo Server pipeline (`execute`), with the verified caller
 * handed over as it is: no HTTP, no JSON, no signature (there is no network hop to guard). Everything
 * else is `SubgraphDataSource`'s (`SubgraphCalls`): dedup, coalescing, metrics, a refusal answered as the
 * client's mistake, a subgraph that throws or overruns its deadline answered SUBGRAPH_UNAVAILABLE
 * (an entity fetch's fields null).
 */
export class EmbeddedDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly calls: SubgraphCalls;

  constructor(
    readonly name: string,
    private readonly subgraph: EmbeddedSubgraph,
    private readonly timeoutMs: number,
    telemetry?: SubgraphTelemetry,
    private readonly bulkTimeoutMs = timeoutMs,
    transport: Pick<SubgraphTransport, 'dedupe' | 'coalesce'> = { dedupe: false },
  ) {
    this.calls = new SubgraphCalls(name, timeoutMs, telemetry, transport);
  }

  /** Queries answered by another request's identical in-flight query. */
  get deduplicated(): number {
    return this.calls.deduplicated;
  }

  /** Queries that shared a subgraph request with another operation's. */
  get coalesced(): number {
    return this.calls.coalesced;
  }

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ProcessResult> {
    return this.calls.run(options, (request) => this.send(request));
  }

  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ProcessResult> {
    const caller = ('context' in options && options.context?.caller) || PUBLIC_CALLER;
    const { query = '', variables, operationName } = options.request;
    const deadlineMs = isBulkQuery(query) ? Math.max(this.timeoutMs, this.bulkTimeoutMs) : this.timeoutMs;
    const answer = await withinDeadline(this.subgraph.execute({ query, variables, operationName }, caller), deadlineMs);
    if (answer.status < 200 || answer.status > 299) {
      // As RemoteGraphQLDataSource reports an HTTP answer that is not a success: the status and
      // body under `extensions.response`, where SubgraphCalls tells a refusal from an outage.
      throw new GraphQLError(`${answer.status}: ${answer.errors?.[0]?.message ?? 'refused'}`, {
        extensions: { response: { status: answer.status, body: { errors: answer.errors } } },
      });
    }
    return { data: answer.data, errors: answer.errors ? [...answer.errors] : undefined, extensions: answer.extensions } as ProcessResult;
  }
}

/** The promise's outcome, or a `TimeoutError` (as `AbortSignal.timeout` raises) once `ms` have passed. */
function withinDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
