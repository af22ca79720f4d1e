import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { looksLeaky, PUBLIC_CALLER, signedCallerHeaders } from '@credit/http';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';
import type { Logger } from './logging';
import type { Metrics } from './metrics';

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

/** A subgraph request that is a bulk mutation (submitRecords, registerSubjects): it gets the bulk deadline. */
function isBulkBody(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  const head = body.slice(0, 400);
  return /"query":"mutation[^{]*\{\s*(submitRecords|registerSubjects)\b/.test(head);
}

export interface SubgraphTelemetry {
  logger: Logger;
  metrics: Metrics;
}

/**
 * Calls one subgraph with a deadline, forwarding the verified caller signed with that subgraph's
 * secret. Node's fetch keeps connections to each subgraph alive and reuses them. A subgraph that is
 * down or too slow becomes an error naming it, so the rest of the answer still arrives; nothing is
 * remembered, so the next request reaches the subgraph again as soon as it is back.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly timeoutMs: number,
    private readonly secret: string,
    private readonly telemetry?: SubgraphTelemetry,
    private readonly bulkTimeoutMs = timeoutMs,
  ) {
    super({
      url,
      fetcher: ((input: string, init: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(isBulkBody(init.body) ? Math.max(timeoutMs, bulkTimeoutMs) : timeoutMs) })) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = signedCallerHeaders(this.secret, context?.caller ?? PUBLIC_CALLER, {
      query: request.query ?? '',
      variables: request.variables,
      operationName: request.operationName,
    });
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await super.process(options);
      const codes = (response.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      this.telemetry?.metrics.observeSubgraph(this.name, seconds(), 'ok', codes);
      return response;
    } catch (error) {
      const refusal = clientErrorOf(error);
      if (refusal) {
        // The subgraph refused the request as malformed (a bad Date, an Int out of range in the
        // variables): the client's mistake, answered as such, not an outage.
        this.telemetry?.metrics.observeSubgraph(this.name, seconds(), 'ok', [refusal.code]);
        throw new GraphQLError(refusal.message, {
          extensions: { code: refusal.code, subgraph: this.name, ...(refusal.field ? { field: refusal.field } : {}) },
        });
      }
      const timedOut = (error as Error).name === 'TimeoutError';
      const reason = timedOut ? `did not answer within ${this.timeoutMs} ms` : 'is unavailable';
      this.telemetry?.metrics.observeSubgraph(this.name, seconds(), timedOut ? 'timeout' : 'unavailable', ['SUBGRAPH_UNAVAILABLE']);
      this.telemetry?.logger.warn({ subgraph: this.name, err: error }, `subgraph ${this.name} ${reason}`);
      throw new GraphQLError(`The ${this.name} subgraph ${reason}; its data is missing from this response`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.name },
      });
    }
  }
}
