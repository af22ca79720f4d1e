/**
 * Reads each subject's evaluation inputs through the gateway, one page of subjects at a time.
 *
 * Inputs come from a table of sources (`INPUT_SOURCES`): each names the Subject fields it reads
 * (variants in order of preference) and how they become input values. A new input is one entry.
 * A source whose fields the supergraph does not have, or whose subgraph errors, yields `null`
 * (unknown) for its inputs: never a good value.
 */
import { GatewayUnavailable, type GraphQLClient, type GraphQLErrorShape } from './gateway';

export type InputValues = Record<string, number | null>;

/** One subject as read for an evaluation. */
export interface SubjectInputs {
  id: string;
  kind: string | null;
  industryCode: string | null;
  regionCode: string | null;
  inputs: InputValues;
}

export interface InputPage {
  subjects: SubjectInputs[];
  endCursor: string | null;
  hasNextPage: boolean;
  /** Sources that failed for at least one subject of the page. */
  failedSources: string[];
}

export interface PreparedReader {
  /** Sources unavailable for the whole run (the supergraph lacks their fields, or they fail). */
  unknownSources: string[];
  /** How each available source is read (a note where the variant is a fallback). */
  notes: Record<string, string>;
}

/** What an evaluation run needs from its reader; tests pass their own. */
export interface InputReader {
  prepare(asOf: string, lookbackYears: number): Promise<PreparedReader>;
  page(after: string | null, first: number): Promise<InputPage>;
  /**
   * Where the page of `first` subjects after `after` ends, read without the subjects' inputs: lets a
   * run read several pages at once (see feed.ts). Optional: without it pages are read one ahead.
   */
  pageEnd?(after: string | null, first: number): Promise<{ endCursor: string | null; hasNextPage: boolean }>;
}

type Node = Record<string, unknown>;

interface SourceVariant {
  /** The Subject selection, given the lookback start date. */
  fields(since: string): string;
  /** Top-level Subject fields this variant selects (to map errors to the source). */
  roots: string[];
  note?: string;
  extract(node: Node): InputValues;
}

export interface InputSource {
  name: string;
  /** Input keys this source provides (model indicators name them). */
  inputs: string[];
  variants: SourceVariant[];
}

const count = (list: unknown, key: string, value: string): number => {
  if (!Array.isArray(list)) return 0;
  let total = 0;
  for (const item of list as Node[]) if (item?.[key] === value) total += typeof item.count === 'number' ? item.count : 1;
  return total;
};

const summaryFields = '{ byCategory { category count } penaltiesByTier { tier count } }';
const fromSummary = (node: Node): InputValues => {
  const summary = node.recordSummary as Node | null | undefined;
  if (!summary) return { seriousPenalties: null, generalPenalties: null, honours: null };
  return {
    seriousPenalties: count(summary.penaltiesByTier, 'tier', 'SERIOUS'),
    generalPenalties: count(summary.penaltiesByTier, 'tier', 'GENERAL'),
    honours: count(summary.byCategory, 'category', 'HONOUR_REWARD'),
  };
};

export const INPUT_SOURCES: InputSource[] = [
  {
    name: 'subjects',
    inputs: ['licenceRevoked', 'abnormalOperation'],
    variants: [
      {
        fields: () => 'status',
        roots: ['status'],
        extract: (node) =>
          typeof node.status === 'string'
            ? { licenceRevoked: node.status === 'REVOKED' ? 1 : 0, abnormalOperation: node.status === 'ABNORMAL' ? 1 : 0 }
            : { licenceRevoked: null, abnormalOperation: null },
      },
    ],
  },
  {
    name: 'records',
    inputs: ['seriousPenalties', 'generalPenalties', 'honours'],
    variants: [
      { fields: (since) => `recordSummary(since: "${since}") ${summaryFields}`, roots: ['recordSummary'], extract: fromSummary },
      {
        fields: () => `recordSummary ${summaryFields}`,
        roots: ['recordSummary'],
        note: 'records offers no dated summary (recordSummary(since:)): all current records are counted, not only the last years',
        extract: fromSummary,
      },
    ],
  },
  {
    name: 'sanctions',
    inputs: ['seriousDishonestyListings', 'keyAttentionListings', 'redListListings'],
    variants: [
      {
        fields: () => 'listings(activeOnly: true) { listType status }',
        roots: ['listings'],
        extract: (node) => {
          if (!Array.isArray(node.listings)) return { seriousDishonestyListings: null, keyAttentionListings: null, redListListings: null };
          const active = (node.listings as Node[]).filter((l) => l?.status === undefined || l.status === 'ACTIVE');
          return {
            seriousDishonestyListings: count(active, 'listType', 'SERIOUS_DISHONESTY'),
            keyAttentionListings: count(active, 'listType', 'KEY_ATTENTION'),
            redListListings: count(active, 'listType', 'RED_LIST'),
          };
        },
      },
    ],
  },
  {
    name: 'services',
    inputs: ['brokenCommitments', 'keptCommitments'],
    variants: [
      {
        // The 40 newest commitments: broken ones, and fully kept ones. 40 × a page of 500 subjects
        // stays within the gateway's cap on nested page sizes (20,000 items); more would refuse the
        // whole page and leave every subject's commitments unknown.
        fields: () => 'commitments(first: 40) { status }',
        roots: ['commitments'],
        extract: (node) => {
          if (!Array.isArray(node.commitments)) return { brokenCommitments: null, keptCommitments: null };
          const list = node.commitments as Node[];
          return { brokenCommitments: count(list, 'status', 'BROKEN'), keptCommitments: count(list, 'status', 'KEPT') };
        },
      },
    ],
  },
];

/** Paged subject listings the reader can use, in order of preference. */
const LISTINGS = [{ field: 'subjects', call: 'subjects(first: $first, after: $after)' }];

const BASE_FIELDS = 'id kind industryCode regionCode';

export class NoSubjectListing extends Error {
  override name = 'NoSubjectListing';
}

function minusYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface Connection {
  edges: { node: Node | null }[] | null;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The reader over the gateway: a GraphQL client with a credit-centre service token. */
export class GatewayInputReader implements InputReader {
  private since = '';
  private listing: (typeof LISTINGS)[number] | null = null;
  /** The variant used for each available source. */
  private chosen = new Map<string, SourceVariant>();

  constructor(
    private readonly client: GraphQLClient,
    private readonly sources: InputSource[] = INPUT_SOURCES,
  ) {}

  private document(selection: string): string {
    const listing = this.listing!;
    return `query RatingsEvaluationInputs($first: Int!, $after: String) { ${listing.call} { edges { node { ${BASE_FIELDS} ${selection} } } pageInfo { hasNextPage endCursor } } }`;
  }

  async prepare(asOf: string, lookbackYears: number): Promise<PreparedReader> {
    this.since = minusYears(asOf, lookbackYears);
    const refusals: string[] = [];
    for (const listing of LISTINGS) {
      this.listing = listing;
      const probe = await this.client.request<Record<string, Connection>>(this.document(''), { first: 1, after: null });
      if (probe.data?.[listing.field]) break;
      refusals.push(describe(probe.errors ?? []));
      this.listing = null;
    }
    if (!this.listing) {
      throw new NoSubjectListing(
        `the gateway offers no paged subject listing (Query.subjects(first, after)) this service may read: ${refusals.join('; ')}`,
      );
    }
    const unknownSources: string[] = [];
    const notes: Record<string, string> = {};
    this.chosen.clear();
    for (const source of this.sources) {
      for (const variant of source.variants) {
        const probe = await this.client.request<Record<string, Connection>>(this.document(variant.fields(this.since)), { first: 1, after: null });
        if (probe.data?.[this.listing.field] && !probe.errors?.length) {
          this.chosen.set(source.name, variant);
          if (variant.note) notes[source.name] = variant.note;
          break;
        }
      }
      if (!this.chosen.has(source.name)) {
        unknownSources.push(source.name);
        notes[source.name] = 'unavailable through the gateway for this run: its inputs are unknown';
      }
    }
    return { unknownSources, notes };
  }

  private async fetch(selection: string, after: string | null, first: number) {
    const response = await this.client.request<Record<string, Connection>>(this.document(selection), { first, after });
    return { connection: response.data?.[this.listing!.field] ?? null, errors: response.errors ?? [] };
  }

  async pageEnd(after: string | null, first: number): Promise<{ endCursor: string | null; hasNextPage: boolean }> {
    if (!this.listing) throw new Error('prepare() the reader before reading pages');
    const { field, call } = this.listing;
    const response = await this.client.request<Record<string, Connection>>(
      `query RatingsEvaluationPageEnd($first: Int!, $after: String) { ${call} { pageInfo { hasNextPage endCursor } } }`,
      { first, after },
    );
    const connection = response.data?.[field];
    if (!connection) throw new GatewayUnavailable(`subject listing failed: ${describe(response.errors ?? [])}`);
    return connection.pageInfo;
  }

  async page(after: string | null, first: number): Promise<InputPage> {
    if (!this.listing) throw new Error('prepare() the reader before reading pages');
    const active = this.sources.filter((s) => this.chosen.has(s.name));
    const selection = active.map((s) => this.chosen.get(s.name)!.fields(this.since)).join(' ');
    let { connection, errors } = await this.fetch(selection, after, first);
    const failed = new Set<string>();
    /** Per source, the positions of the subjects whose part failed; null: the whole page. */
    const failedAt = new Map<string, Set<number> | null>();
    const nodesBySource = new Map<string, (Node | null)[]>();

    if (connection?.edges) {
      for (const error of errors) attribute(error, active, this.chosen, failedAt);
    } else {
      // A non-null field failing nulls the whole page: read the subjects alone, then each source alone.
      const base = await this.fetch('', after, first);
      if (!base.connection?.edges) throw new GatewayUnavailable(`subject listing failed: ${describe(base.errors)}`);
      connection = base.connection;
      for (const source of active) {
        const part = await this.fetch(this.chosen.get(source.name)!.fields(this.since), after, first);
        if (!part.connection?.edges || part.connection.edges.length !== connection.edges!.length) failedAt.set(source.name, null);
        else {
          nodesBySource.set(source.name, part.connection.edges.map((e) => e.node));
          for (const error of part.errors) attribute(error, [source], this.chosen, failedAt);
        }
      }
    }

    const edges = connection.edges!;
    const subjects: SubjectInputs[] = [];
    edges.forEach((edge, i) => {
      const node = edge.node;
      if (!node || typeof node.id !== 'string') return;
      const inputs: InputValues = {};
      for (const source of this.sources) {
        const variant = this.chosen.get(source.name);
        const failures = failedAt.get(source.name);
        const sourceNode = nodesBySource.get(source.name)?.[i] ?? node;
        if (!variant || failures === null || failures?.has(i) || !sourceNode) {
          for (const key of source.inputs) inputs[key] = null;
          if (variant) failed.add(source.name);
          continue;
        }
        Object.assign(inputs, variant.extract(sourceNode));
      }
      subjects.push({
        id: node.id,
        kind: typeof node.kind === 'string' ? node.kind : null,
        industryCode: typeof node.industryCode === 'string' ? node.industryCode : null,
        regionCode: typeof node.regionCode === 'string' ? node.regionCode : null,
        inputs,
      });
    });
    return { subjects, endCursor: connection.pageInfo.endCursor, hasNextPage: connection.pageInfo.hasNextPage, failedSources: [...failed] };
  }
}

/** Marks the source whose field an error's path names as failed for that subject (or the page). */
function attribute(
  error: GraphQLErrorShape,
  sources: InputSource[],
  chosen: Map<string, SourceVariant>,
  failedAt: Map<string, Set<number> | null>,
): void {
  const path = error.path ?? [];
  const index = typeof path[2] === 'number' ? path[2] : null;
  const field = typeof path[4] === 'string' ? path[4] : null;
  const owners = field ? sources.filter((s) => chosen.get(s.name)?.roots.includes(field)) : sources;
  for (const source of owners) {
    if (index === null || !field) failedAt.set(source.name, null);
    else if (failedAt.get(source.name) !== null) failedAt.set(source.name, (failedAt.get(source.name) ?? new Set()).add(index));
  }
}

function describe(errors: GraphQLErrorShape[]): string {
  return errors.map((e) => `${String(e.extensions?.code ?? 'ERROR')}: ${e.message}`).join('; ') || 'no data';
}
