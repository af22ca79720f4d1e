/**
 * Streams a CSV or JSON-lines file in the national template's columns to `submitRecords`
 * through the gateway, in batches with a few in flight, and tallies the outcome. Memory stays
 * flat: rows are parsed as they are read and a batch is dropped once its receipt is counted.
 */
import { createReadStream, createWriteStream, statSync, type ReadStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { mapRow, type MappedRecord, type TemplateRow } from './nationalTemplate';

export interface IngestOptions {
  file: string;
  url: string;
  token: string;
  /** The department pushing (the credit centre may name any). */
  department?: string | undefined;
  batchSize: number;
  concurrency: number;
  /** Writes each rejected row, with its reason, as a JSON line. */
  rejectsFile?: string | undefined;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export interface IngestSummary {
  supplied: number;
  created: number;
  updated: number;
  unchanged: number;
  accepted: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  /** accepted / supplied, per cent. */
  effectiveStorageRate: number;
  batches: number;
  seconds: number;
}

const SUBMIT = `mutation Ingest($batch: SubmitRecordsInput!) { submitRecords(input: $batch) {
  created updated unchanged rejected rejections { index error { code message field } } } }`;

interface Receipt {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: { index: number; error: { code: string; message: string; field: string | null } | null }[];
}

/** Errors worth another try: the gateway or a subgraph busy or briefly away. */
const RETRYABLE = new Set(['SUBJECTS_UNAVAILABLE', 'RATE_LIMITED', 'TOO_MANY_REQUESTS', 'SERVICE_UNAVAILABLE', 'GATEWAY_TIMEOUT', 'DOWNSTREAM_SERVICE_ERROR']);

class BatchFailed extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

async function submit(options: IngestOptions, records: MappedRecord[]): Promise<Receipt> {
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}`, purpose: 'records ingestion' },
      body: JSON.stringify({ query: SUBMIT, variables: { batch: { department: options.department, records } } }),
    });
  } catch (error) {
    throw new BatchFailed('NETWORK', `the gateway did not answer: ${(error as Error).message}`, true);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: { submitRecords: Receipt }; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.data?.submitRecords) return body.data.submitRecords;
  const error = body.errors?.[0];
  const code = error?.extensions?.code ?? `HTTP_${response.status}`;
  throw new BatchFailed(code, error?.message ?? response.statusText, RETRYABLE.has(code) || response.status === 429 || response.status >= 502);
}

async function submitWithRetry(options: IngestOptions, records: MappedRecord[]): Promise<Receipt> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await submit(options, records);
    } catch (error) {
      // Submissions are idempotent, so a batch may safely be sent again.
      if (!(error instanceof BatchFailed) || !error.retryable || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}

async function* jsonLines(input: ReadStream): AsyncGenerator<TemplateRow | Error> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as TemplateRow;
    } catch (error) {
      yield new Error(`not JSON: ${(error as Error).message}`);
    }
  }
}

function csvRows(input: ReadStream): AsyncIterable<TemplateRow> {
  return input.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }));
}

export async function ingestFile(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const totalBytes = statSync(options.file).size;
  const jsonl = /\.(jsonl|ndjson)$/i.test(options.file);
  const summary: IngestSummary = { supplied: 0, created: 0, updated: 0, unchanged: 0, accepted: 0, rejected: 0, rejectedByReason: {}, effectiveStorageRate: 0, batches: 0, seconds: 0 };
  const rejects: WriteStream | null = options.rejectsFile ? createWriteStream(options.rejectsFile) : null;
  const reject = (line: number, code: string, message: string, field: string | null, row?: unknown) => {
    summary.rejected++;
    summary.rejectedByReason[code] = (summary.rejectedByReason[code] ?? 0) + 1;
    rejects?.write(`${JSON.stringify({ line, code, message, field, row })}\n`);
  };

  let batch: MappedRecord[] = [];
  let lines: number[] = [];
  const inFlight = new Set<Promise<void>>();
  let failure: Error | null = null;
  const send = (records: MappedRecord[], at: number[]) => {
    summary.batches++;
    const done: Promise<void> = submitWithRetry(options, records)
      .then((receipt) => {
        summary.created += receipt.created;
        summary.updated += receipt.updated;
        summary.unchanged += receipt.unchanged;
        for (const { index, error } of receipt.rejections) {
          if (error) reject(at[index]!, error.code, error.message, error.field, records[index]);
        }
      })
      .catch((error: Error) => {
        const code = error instanceof BatchFailed ? `BATCH_${error.code}` : 'BATCH_FAILED';
        records.forEach((record, i) => reject(at[i]!, code, error.message, null, record));
        if (!(error instanceof BatchFailed)) failure = error;
      })
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  const input = createReadStream(options.file);
  const source = jsonl ? jsonLines(input) : csvRows(input);
  let line = jsonl ? 0 : 1;
  for await (const row of source) {
    line++;
    summary.supplied++;
    if (row instanceof Error) {
      reject(line, 'INVALID_JSON', row.message, null);
      continue;
    }
    const mapped = mapRow(row);
    if (!mapped.ok) {
      reject(line, mapped.code, mapped.message, mapped.field, row);
      continue;
    }
    batch.push(mapped.record);
    lines.push(line);
    if (batch.length >= options.batchSize) {
      send(batch, lines);
      batch = [];
      lines = [];
      if (inFlight.size >= options.concurrency) await Promise.race(inFlight);
      if (failure) throw failure;
      options.onProgress?.(Math.min(input.bytesRead, totalBytes), totalBytes);
    }
  }
  if (batch.length) send(batch, lines);
  await Promise.all(inFlight);
  if (failure) throw failure;
  options.onProgress?.(totalBytes, totalBytes);
  await new Promise<void>((resolve) => (rejects ? rejects.end(resolve) : resolve()));

  summary.accepted = summary.created + summary.updated + summary.unchanged;
  summary.effectiveStorageRate = summary.supplied ? Math.round((summary.accepted / summary.supplied) * 10_000) / 100 : 100;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
