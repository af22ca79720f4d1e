import { GATEWAY_SERVICE_CALLER, signedCallerHeaders } from '@credit/http';
import type { Agent } from 'undici';
import { subgraphFetcher } from './dataSource';

/**
 * Audit of subject reads: an entry per client operation that touched subjects (which subjects,
 * and when the entry is written: accessTrail.ts), with the caller, department, roles, purpose,
 * operation name, time and the subjects' ids. This file writes the entries.
 *
 * Where it is kept: the subjects subgraph owns the log (table `subjects.subject_access`, append-only
 * by trigger, and the `Subject.accessLog` field), because it is information about subjects and is
 * read next to them. The gateway writes it, because only the gateway sees a whole operation across
 * subgraphs. It calls the subjects subgraph directly (not through the supergraph) on the internal
 * `recordSubjectAccess` mutation, `@inaccessible` in the public API and refused to any caller but
 * the gateway's signed service identity (with `GATEWAY_SUBGRAPHS=embedded`, handed over in process:
 * `subjectsInProcess`). No subgraph reads another's tables.
 *
 * When the write fails: the read fails. Every entry is written before the response leaves the
 * gateway (with a few quick retries), together with the entries of concurrent requests (group
 * commit, `batchingRecorder`: each response waits for the commit of the batches that hold its
 * entries); if one still cannot be written, the client gets no data,
 * only `AUDIT_UNAVAILABLE` (503). So no subject data is ever disclosed without its record: at
 * worst an entry exists for a response the client never got, or twice after a retry whose first
 * attempt did land (at-least-once; a duplicate is harmless in an access log, a gap is not).
 */

export interface AccessEntry {
  at: string;
  callerId: string;
  department: string | null;
  roles: string[];
  purpose: string | null;
  operationName: string | null;
  subjectIds: string[];
}

export interface AccessRecorder {
  record(entry: AccessEntry): Promise<void>;
}

const RECORD = `mutation RecordSubjectAccess($input: SubjectAccessInput!) { recordSubjectAccess(input: $input) }`;
const RECORD_MANY = `mutation RecordSubjectAccesses($inputs: [SubjectAccessInput!]!) { recordSubjectAccesses(inputs: $inputs) }`;

/** Writes entries, all or none: resolves once every entry is committed, rejects if any may not be. */
export type AccessWriter = (entries: AccessEntry[]) => Promise<void>;

/**
 * Group commit of access entries. Entries recorded while a write is on its way (the reads of
 * concurrent requests) wait and go together in the next write, up to `maxBatch` a write and
 * `concurrency` writes at once; an entry arriving when a write slot is free goes at the next turn
 * of the event loop, with whatever else arrived in the same turn. Each `record` settles with its
 * batch: it resolves only after the write that holds its entry committed, and rejects when it was
 * not, so the caller never releases a response whose entry was not recorded. A batch that fails is
 * written again entry by entry (the writer is all or none), so only the entries the log refuses
 * fail. With `maxBatch` 1 every entry is its own write (one subgraph call per read).
 */
export function batchingRecorder(write: AccessWriter, options: { maxBatch?: number; concurrency?: number } = {}): AccessRecorder & { pending(): number } {
  const maxBatch = Math.max(1, options.maxBatch ?? 200);
  const concurrency = Math.max(1, options.concurrency ?? 2);
  let queue: { entry: AccessEntry; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let inFlight = 0;
  let scheduled = false;

  function pump(): void {
    scheduled = false;
    while (inFlight < concurrency && queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      inFlight++;
      write(batch.map((item) => item.entry))
        .then(
          (): unknown => {
            for (const item of batch) item.resolve();
            return undefined;
          },
          // The batch was refused as a whole (one statement: none of it stored). So that one entry
          // the log cannot take does not withhold its neighbours' answers, each is tried alone.
          (error: unknown): unknown =>
            batch.length === 1
              ? batch[0]!.reject(error)
              : Promise.all(batch.map((item) => write([item.entry]).then(item.resolve, item.reject))),
        )
        .finally(() => {
          inFlight--;
          schedule();
        });
    }
  }
  function schedule(): void {
    if (scheduled || queue.length === 0 || inFlight >= concurrency) return;
    scheduled = true;
    setImmediate(pump);
  }
  return {
    record(entry) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ entry, resolve, reject });
        schedule();
      });
    },
    pending: () => queue.length + inFlight,
  };
}

/** An operation sent to the subjects subgraph as the gateway's own service identity. */
export interface SubjectsOperation {
  query: string;
  variables: Record<string, unknown>;
}

/** What the subjects subgraph answered: the HTTP status and the GraphQL body. */
export interface SubjectsAnswer {
  status: number;
  data?: { recordSubjectAccess?: boolean; recordSubjectAccesses?: number } | null;
  errors?: readonly { message: string }[];
}

/** Sends one operation to the subjects subgraph as `GATEWAY_SERVICE_CALLER`: over HTTP, or in process (embedded.ts). */
export type SubjectsCall = (operation: SubjectsOperation) => Promise<SubjectsAnswer>;

/**
 * The subjects subgraph over HTTP, the operation signed with its secret, within `timeoutMs`: over
 * the subgraph's keep-alive connections (`agent`, the same pool as its data source) when the
 * gateway keeps them (`SUBGRAPH_CONNECTIONS`), otherwise with `fetch`.
 */
export function subjectsOverHttp(options: {
  /** The subjects subgraph's GraphQL URL, once the supergraph names it. */
  url: () => string | undefined;
  secret: string;
  timeoutMs: number;
  /** The subjects subgraph's keep-alive pool, once the supergraph names it. */
  agent?: () => Agent | undefined;
}): SubjectsCall {
  return async (operation) => {
    const url = options.url();
    if (!url) throw new Error('the subjects subgraph is not known yet');
    const response = await subgraphFetcher(options.agent?.(), () => options.timeoutMs)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedCallerHeaders(options.secret, GATEWAY_SERVICE_CALLER, operation) },
      body: JSON.stringify(operation),
    });
    return { status: response.status, ...((await response.json().catch(() => ({}))) as Omit<SubjectsAnswer, 'status'>) };
  };
}

/** The subjects subgraph in the gateway's process (`GATEWAY_SUBGRAPHS=embedded`): the service identity handed over, no signature. */
export function subjectsInProcess(subjects: { execute(operation: SubjectsOperation, caller: typeof GATEWAY_SERVICE_CALLER): Promise<SubjectsAnswer> }): SubjectsCall {
  return (operation) => subjects.execute(operation, GATEWAY_SERVICE_CALLER);
}

/**
 * Writes entries to the subjects subgraph as the gateway's service identity, retrying briefly, in
 * batches (`batchingRecorder`): one `recordSubjectAccesses` call for the reads of concurrent
 * requests, or with `maxBatch` 1 one `recordSubjectAccess` call per read.
 */
export function subjectsAccessRecorder(options: {
  call: SubjectsCall;
  retryDelaysMs?: number[];
  maxBatch?: number;
  concurrency?: number;
}): AccessRecorder {
  const delays = options.retryDelaysMs ?? [50, 250];
  async function attempt(entries: AccessEntry[]): Promise<void> {
    const single = entries.length === 1;
    const operation = single ? { query: RECORD, variables: { input: entries[0] } } : { query: RECORD_MANY, variables: { inputs: entries } };
    const answer = await options.call(operation);
    const recorded = single ? answer.data?.recordSubjectAccess === true : answer.data?.recordSubjectAccesses === entries.length;
    if (!recorded) {
      throw new Error(`subjects refused the access entries (HTTP ${answer.status}): ${answer.errors?.[0]?.message ?? 'no answer'}`);
    }
  }
  async function write(entries: AccessEntry[]): Promise<void> {
    for (let i = 0; ; i++) {
      try {
        return await attempt(entries);
      } catch (error) {
        if (i >= delays.length) throw error;
        await new Promise((resolve) => setTimeout(resolve, delays[i]));
      }
    }
  }
  return batchingRecorder(write, { maxBatch: options.maxBatch, concurrency: options.concurrency });
}
