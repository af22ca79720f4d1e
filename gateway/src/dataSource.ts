import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { looksLeaky, PUBLIC_CALLER, signedCallerHeaders, type Caller } from '@credit/http';
import { GraphQLError } from 'graphql';
import { Agent, request as undiciRequest } from 'undici';
import type { GatewayContext } from './context';
import { Coalescer } from './coalesce';
import { InFlight } from './inflight';
import { nulledEntities } from './entityFallback';
import type { Logger } from './logging';
import type { Metrics } from './metrics';
import { startStep } from './requestScope';

/** How the gateway talks to a subgraph (README "Performance"). */
export interface SubgraphTransport {
  /** Share the answer of an identical in-flight query of the same caller (inflight.ts). */
  dedupe: boolean;
  /** Merging of concurrent queries of the same text and caller (coalesce.ts); absent: off. */
  coalesce?: CoalescingSettings;
  /** Keep-alive connections through an undici Agent and its `request` API, rather than `fetch`. */
  agent?: Agent;
}

/** A keep-alive pool per subgraph: up to `connections` sockets, idle ones kept 30 s. */
export interface CoalescingSettings {
  /** Most queries in one merged request. */
  maxCopies: number;
  /** Requests of one query text and caller in flight before the next ones wait to go merged. */
  maxInFlight: number;
  /** Longest a query waits to go merged. */
  maxWaitMs: number;
}

export function keepAliveAgent(connections: number): Agent {
  return new Agent({ connections, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, pipelining: 1 });
}

export type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

/** A waiter's own copy of a shared answer (the HTTP response object itself is shared, read only). */
function copyResult(result: ProcessResult): ProcessResult {
  const { http, ...rest } = result as ProcessResult & { http?: unknown };
  return { ...structuredClone(rest), ...(http ? { http } : {}) } as ProcessResult;
}

const COERCION_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/**
 * A subgraph's 4xx answer that is about the request's input (its body holds GraphQL errors with a
 * client code): the code and a message without the subgraph's internals.
 */
function clientErrorOf(error: unknown): { code: string; message: string; field?: string } | null {
  const response = (error as { extensions?: { response?: { status?: number; body?: unknown } } }).extensions?.response;
  if (!response || typeof response.status !== 'number' || response.status < 400 || response.status >= 500 || response.status === 401) return null;
  const body = response.body as { errors?: { message?: unknown; extensions?: { code?: unknown; field?: unknown } }[] } | undefined;
  const first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'BAD_USER_INPUT';
  if (code === 'INTERNAL_SERVER_ERROR' || code === 'UNAUTHENTICATED' || !/^[A-Z_]{3,40}$/.test(code)) return null;
  const message = typeof first?.message === 'string' ? first.message : '';
  const field = typeof first?.extensions?.field === 'string' ? { field: first.extensions.field.slice(0, 200) } : {};
  if (!COERCION_CODES.has(code)) return { code, message: looksLeaky(message) ? 'The request was refused' : message.slice(0, 500), ...field };
  // graphql-js's coercion messages name the variable and the value's problem; keep them short.
  const shown = /^Variable "\$\w+" got invalid value/.test(message) && !looksLeaky(message) ? message.slice(0, 300) : 'A value in the request does not fit the schema';
  return { code: 'BAD_USER_INPUT', message: shown };
}

/** A subgraph operation that is a bulk mutation (submitRecords, registerSubjects): it gets the bulk deadline. */
export function isBulkQuery(query: string | undefined): boolean {
  return typeof query === 'string' && /^\s*mutation[^{]*\{\s*(submitRecords|registerSubjects)\b/.test(query.slice(0, 400));
}

/** `isBulkQuery` of a request body (JSON text, its query first, as the gateway writes it). */
function isBulkBody(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  const at = body.indexOf('"query":"');
  return at >= 0 && at < 100 && isBulkQuery(body.slice(at + 9, at + 409));
}

export interface SubgraphTelemetry {
  logger: Logger;
  metrics: Metrics;
}

/**
 * What a subgraph data source does whatever its transport (HTTP here, in process in
 * embeddedDataSource.ts): in-flight dedup, metrics, and the answers to failures. A subgraph that
 * refuses the request as malformed is the client's mistake (its code, not an outage); one that is
 * down, throws or is too slow becomes an error naming it, so the rest of the answer still arrives
 * (an entity fetch's fields arrive null, see entityFallback.ts). Nothing is remembered, so the next
 * request reaches the subgraph again as soon as it is back.
 */
export class SubgraphCalls {
  private readonly inFlight = new InFlight<ProcessResult>(copyResult);
  private readonly coalescer: Coalescer<ProcessResult> | null;

  constructor(
    readonly name: string,
    private readonly timeoutMs: number,
    private readonly telemetry: SubgraphTelemetry | undefined,
    private readonly transport: Pick<SubgraphTransport, 'dedupe' | 'coalesce'>,
  ) {
    this.coalescer = transport.coalesce
      ? new Coalescer<ProcessResult>({
          ...transport.coalesce,
          retryAlone: (error) => clientErrorOf(error) !== null,
          onMerged: (queries) => telemetry?.metrics.observeCoalesced(name, queries),
        })
      : null;
  }

  /** Queries answered by another request's identical in-flight query. */
  get deduplicated(): number {
    return this.inFlight.joined;
  }

  /** Queries that shared a subgraph request with another operation's. */
  get coalesced(): number {
    return this.coalescer?.coalesced ?? 0;
  }

  /**
   * Sends the request (`send`: as it came, or as a merged batch of concurrent ones when coalescing
   * is on), sharing an identical in-flight one's answer when dedup is on.
   */
  async run(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    send: (options: GraphQLDataSourceProcessOptions<GatewayContext>) => Promise<ProcessResult>,
  ): Promise<ProcessResult> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const done = startStep(this.name);
    try {
      const caller = 'context' in options && options.context ? options.context.caller : undefined;
      const key = this.transport.dedupe && caller ? InFlight.keyOf(caller, options.request.query, options.request.variables) : null;
      const response = await this.inFlight.run(key, () => this.coalesce(options, caller, send));
      const codes = (response.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      this.telemetry?.metrics.observeSubgraph(this.name, seconds(), 'ok', codes);
      done();
      return response;
    } catch (error) {
      const refusal = clientErrorOf(error);
      if (refusal) {
        // The subgraph refused the request as malformed (a bad Date, an Int out of range in the
        // variables): the client's mistake, answered as such, not an outage.
        this.telemetry?.metrics.observeSubgraph(this.name, seconds(), 'ok', [refusal.code]);
        done(refusal.code);
        throw new GraphQLError(refusal.message, {
          extensions: { code: refusal.code, subgraph: this.name, ...(refusal.field ? { field: refusal.field } : {}) },
        });
      }
      const timedOut = (error as Error).name === 'TimeoutError';
      const reason = timedOut ? `did not answer within ${this.timeoutMs} ms` : 'is unavailable';
      this.telemetry?.metrics.observeSubgraph(this.name, seconds(), timedOut ? 'timeout' : 'unavailable', ['SUBGRAPH_UNAVAILABLE']);
      done(timedOut ? 'timeout' : 'unavailable');
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

  /** Sends the request now, or merged with the same query of concurrent operations (coalesce.ts). */
  private coalesce(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    caller: Caller | undefined,
    send: (options: GraphQLDataSourceProcessOptions<GatewayContext>) => Promise<ProcessResult>,
  ): Promise<ProcessResult> {
    const { query, variables } = options.request;
    const key = this.coalescer && caller ? Coalescer.keyOf(caller, query) : null;
    if (!this.coalescer || key === null) return send(options);
    return this.coalescer.run(key, query!, variables, (merged) => send(merged ? { ...options, request: { ...options.request, ...merged } } : options));
  }
}

/**
 * Calls one subgraph over HTTP with a deadline, forwarding the verified caller signed with that
 * subgraph's secret, over keep-alive connections (`SubgraphTransport`); failures, metrics and dedup
 * as `SubgraphCalls` says.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly calls: SubgraphCalls;

  constructor(
    readonly name: string,
    url: string,
    timeoutMs: number,
    private readonly secret: string,
    telemetry?: SubgraphTelemetry,
    bulkTimeoutMs = timeoutMs,
    transport: SubgraphTransport = { dedupe: false },
  ) {
    const deadline = (body: unknown) => (isBulkBody(body) ? Math.max(timeoutMs, bulkTimeoutMs) : timeoutMs);
    super({ url, fetcher: subgraphFetcher(transport.agent, deadline) as never });
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

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = signedCallerHeaders(this.secret, context?.caller ?? PUBLIC_CALLER, {
      query: request.query ?? '',
      variables: request.variables,
      operationName: request.operationName,
    });
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<ProcessResult> {
    return this.calls.run(options, (request) => super.process(request));
  }
}

/**
 * How the gateway calls a subgraph over HTTP (its data source, and the access log to subjects):
 * over the subgraph's keep-alive pool when it has one (`agentFetcher`), else with `fetch`; either
 * way within `deadlineMs` of the body, failing with a `TimeoutError`.
 */
export function subgraphFetcher(agent: Agent | undefined, deadlineMs: (body: unknown) => number) {
  if (agent) return agentFetcher(agent, deadlineMs);
  return (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) =>
    fetch(url, { ...init, signal: AbortSignal.timeout(deadlineMs(init.body)) });
}

/**
 * A fetch for RemoteGraphQLDataSource over an undici Agent's pooled keep-alive connections, with
 * undici's `request` (no WHATWG streams): the answer read whole, then offered as `json()`/`text()`.
 * A request past its deadline fails with the `TimeoutError` that `fetch` would raise.
 */
function agentFetcher(agent: Agent, deadlineMs: (body: unknown) => number) {
  return async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const signal = AbortSignal.timeout(deadlineMs(init.body));
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
