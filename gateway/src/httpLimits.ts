import express from 'express';
import { Kind, parse, type DocumentNode } from 'graphql';
import { sendError } from './errors';

/** Mutations whose input is a large batch by design (5,000 records a call). */
export const BULK_FIELDS = new Set(['submitRecords', 'registerSubjects']);

/** Whether a document is one mutation selecting only bulk fields (no fragments, no other root fields). */
export function isBulkMutation(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || document.definitions.length !== 1) return false;
  const [operation] = operations;
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'mutation') return false;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (BULK_FIELDS.has(s.name.value) || s.name.value === '__typename'));
}

/**
 * Parses JSON bodies up to `limitBytes`; a larger body is refused with 413 (see `jsonErrorHandler`),
 * except, up to `bulkLimitBytes`, a bulk mutation alone in its document (`isBulkMutation`) sent
 * with a token (the subgraph decides whether the token may push).
 */
export function jsonBody(limitBytes: number, bulkLimitBytes = limitBytes): express.RequestHandler {
  const lengths = new WeakMap<object, number>();
  const parser = express.json({ limit: bulkLimitBytes, verify: (req, _res, buf) => void lengths.set(req, buf.length) });
  return (req, res, next) => {
    parser(req, res, (error?: unknown) => {
      if (error) return next(error);
      const length = lengths.get(req) ?? 0;
      const query = (req.body as { query?: unknown } | undefined)?.query;
      let bulk = false;
      if (typeof query === 'string' && query.length < 100_000 && /submitRecords|registerSubjects/.test(query)) {
        try {
          bulk = isBulkMutation(parse(query, { maxTokens: 5000 }));
        } catch {
          bulk = false;
        }
      }
      // The request deadline (requestDeadline) and the subgraph's are the bulk ones for these.
      res.locals.bulk = bulk;
      if (length <= limitBytes) return next();
      if (bulk && /^Bearer\s/i.test(req.get('authorization') ?? '')) return next();
      sendError(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `The request body is ${length} bytes; the gateway accepts at most ${limitBytes} bytes (up to ${bulkLimitBytes} for submitRecords or registerSubjects alone, with a token). Send large inputs in several requests.`,
        { limitBytes },
      );
    });
  };
}

/** A JSON array of operations (HTTP batching) is refused: one operation per request. */
export function refuseBatches(): express.RequestHandler {
  return (req, res, next) => {
    if (!Array.isArray(req.body)) return next();
    sendError(
      res,
      400,
      'BATCHING_NOT_SUPPORTED',
      `The body is a JSON array of ${req.body.length} operations; this gateway takes one operation per request. Send each operation in its own request.`,
    );
  };
}

/**
 * Answers 504 when the whole request takes longer than `timeoutMs`. Calls to subgraphs have their
 * own, shorter deadline; this one bounds everything else (planning, several rounds of fetches).
 */
export function requestDeadline(timeoutMs: number, bulkTimeoutMs = timeoutMs): express.RequestHandler {
  return (_req, res, next) => {
    const deadline = res.locals.bulk === true ? Math.max(timeoutMs, bulkTimeoutMs) : timeoutMs;
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      sendError(res, 504, 'REQUEST_TIMEOUT', `The gateway stopped waiting for this request after ${deadline} ms; ask for less data or try again later.`);
    }, deadline);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    next();
  };
}
