/**
 * How a subgraph reads other subgraphs' data: through the gateway, as a client with its service
 * token (`<NAME>_SERVICE_TOKEN`, or the file `<NAME>_SERVICE_TOKEN_FILE` names, re-read when it is
 * rewritten), never from their tables.
 */
import { currentServiceToken, type ServiceToken } from './serviceToken';

/** The gateway, or a subgraph behind it, did not answer (or answered with errors): nothing was read. */
export class GatewayUnavailable extends Error {
  override readonly name = 'GatewayUnavailable';
}

export interface GatewayQueryOptions {
  /** Why the subgraph reads (the `purpose` header, recorded in the subjects' access log). */
  purpose: string;
}

interface Connection<TNode> {
  edges: { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export class GatewayClient {
  /** `url` may be a function when the gateway's address is known only after the subgraph starts. */
  constructor(
    private readonly url: string | (() => string),
    /** A token, or a `TokenFile` read afresh when it changes (each request sends the current token). */
    private readonly token: ServiceToken,
    /** The subgraph calling, for messages (`records`: RECORDS_SERVICE_TOKEN). */
    private readonly service = 'subgraph',
  ) {}

  get configured(): boolean {
    return Boolean(this.token);
  }

  /** Runs an operation; throws GatewayUnavailable on any failure, partial answers included. */
  async query<T>(query: string, variables: Record<string, unknown>, options: GatewayQueryOptions): Promise<T> {
    const token = currentServiceToken(this.token);
    if (!token) {
      throw new GatewayUnavailable(`${this.service.toUpperCase()}_SERVICE_TOKEN is not configured, so ${this.service} cannot read through the gateway`);
    }
    const url = typeof this.url === 'function' ? this.url() : this.url;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          purpose: encodeURIComponent(options.purpose),
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new GatewayUnavailable(`the gateway at ${url} did not answer: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
    if (!response.ok || body.errors?.length || !body.data) {
      const reason = body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`;
      throw new GatewayUnavailable(`the gateway failed: ${reason}`);
    }
    return body.data;
  }

  /**
   * Every node of a connection, page by page: `select` picks the connection out of each answer;
   * the operation takes `$after: String` (and whatever `variables` name).
   */
  async *pages<T, TNode>(
    query: string,
    variables: Record<string, unknown>,
    select: (data: T) => Connection<TNode>,
    options: GatewayQueryOptions,
  ): AsyncGenerator<TNode[]> {
    let after: string | null = null;
    for (;;) {
      const connection: Connection<TNode> = select(await this.query<T>(query, { ...variables, after }, options));
      yield connection.edges.map((edge) => edge.node);
      if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return;
      after = connection.pageInfo.endCursor;
    }
  }

  /** All nodes of a connection (see `pages`). */
  async all<T, TNode>(query: string, variables: Record<string, unknown>, select: (data: T) => Connection<TNode>, options: GatewayQueryOptions): Promise<TNode[]> {
    const nodes: TNode[] = [];
    for await (const page of this.pages(query, variables, select, options)) nodes.push(...page);
    return nodes;
  }
}
