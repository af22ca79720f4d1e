import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { PUBLIC_CALLER, signedCallerHeaders } from '@credit/http';
import { GraphQLError } from 'graphql';
import { Agent, request as undiciRequest } from 'undici';
import type { GatewayContext } from './context';
import { InFlight } from './inflight';
import { nulledEntities } from './entityFallback';
import type { Logger } from './logging';
import type { Metrics } from './metrics';

/** How the gateway talks to a subgraph (README "Performance"). */
export interface SubgraphTransport {
  /** Share the answer of an identical in-flight query of the same caller (inflight.ts). */
  dedupe: boolean;
  /** Keep-alive connections through an undici Agent and its `request` API, rather than `fetch`. */
  agent?: Agent;
}

/** A keep-alive pool per subgraph: up to `connections` sockets, idle ones kept 30 s. */
export function keepAliveAgent(connections: number): Agent {
  return new Agent({ connections, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, pipelining: 1 });
}

type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

/** A waiter's own copy of a shared answer (the HTTP response object itself is shared, read only). */
function copyResult(result: ProcessResult): ProcessResult {
  const { http, ...rest } = result as ProcessResult & { http?: unknown };
  return { ...structuredClone(rest), ...(http ? { http } : {}) } as ProcessResult;
}

export interface SubgraphTelemetry {
  logger: Logger;
  metrics: Metrics;
}

/**
 * Calls one subgraph with a deadline, forwarding the verified caller signed with that subgraph's
 * secret. Node's fetch keeps connections to each subgraph alive and reuses them. A subgraph that is
 * down or too slow becomes an error naming it, so the rest of the answer still arrives (an entity
 * fetch's fields arrive null, see entityFallback.ts); nothing is
 * remembered, so the next request reaches the subgraph again as soon as it is back.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly timeoutMs: number,
    private readonly secret: string,
    private readonly telemetry?: SubgraphTelemetry,
    private readonly transport: SubgraphTransport = { dedupe: false },
  ) {
    super({
      url,
      fetcher: (transport.agent
        ? agentFetcher(transport.agent, timeoutMs)
        : (input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  private readonly inFlight = new InFlight<ProcessResult>(copyResult);

  /** Queries answered by another request's identical in-flight query. */
  get deduplicated(): number {
    return this.inFlight.joined;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = signedCallerHeaders(this.secret, context?.caller ?? PUBLIC_CALLER, request.query ?? '');
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const caller = 'context' in options && options.context ? options.context.caller : undefined;
      const key = this.transport.dedupe && caller ? InFlight.keyOf(caller, options.request.query, options.request.variables) : null;
      const response = await this.inFlight.run(key, () => super.process(options));
      const codes = (response.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      this.telemetry?.metrics.observeSubgraph(this.name, seconds(), 'ok', codes);
      return response;
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      const reason = timedOut ? `did not answer within ${this.timeoutMs} ms` : 'is unavailable';
      this.telemetry?.metrics.observeSubgraph(this.name, seconds(), timedOut ? 'timeout' : 'unavailable', ['SUBGRAPH_UNAVAILABLE']);
      this.telemetry?.logger.warn({ subgraph: this.name, err: error }, `subgraph ${this.name} ${reason}`);
      const unavailable = new GraphQLError(`The ${this.name} subgraph ${reason}; its data is missing from this response`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.name },
      });
      // An entity fetch answers its fields as null, so fields that @require them still run and fail safe.
      const entities = nulledEntities(options.request.query, options.request.variables);
      if (entities) return { data: { _entities: entities }, errors: [unavailable.toJSON()] };
      throw unavailable;
    }
  }
}

/**
 * A fetch for RemoteGraphQLDataSource over an undici Agent's pooled keep-alive connections, with
 * undici's `request` (no WHATWG streams): the answer read whole, then offered as `json()`/`text()`.
 * A request past its deadline fails with the `TimeoutError` that `fetch` would raise.
 */
export function agentFetcher(agent: Agent, timeoutMs: number) {
  return async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await undiciRequest(url, { method: (init.method ?? 'POST') as 'POST', headers: init.headers, body: init.body, dispatcher: agent, signal });
      const text = await response.body.text();
      const headers = response.headers;
      return {
        ok: response.statusCode >= 200 && response.statusCode <= 299,
        status: response.statusCode,
        statusText: STATUS_TEXT[response.statusCode] ?? '',
        url,
        headers: { get: (name: string) => headerValue(headers[name.toLowerCase()]) },
        text: async () => text,
        json: async () => JSON.parse(text) as unknown,
      };
    } catch (error) {
      throw signal.aborted ? signal.reason : error;
    }
  };
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}
