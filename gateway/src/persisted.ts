import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Caller } from '@credit/http';
import type express from 'express';
import { sendError } from './errors';

/**
 * Persisted operations. A manifest (Apollo's persisted-query manifest format:
 * `{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id", "name", "type", "body" }] }`,
 * each id the SHA-256 of its body in hex) lists the operations registered front ends send. Any
 * client may send a manifest operation by its id alone (`extensions.persistedQuery.sha256Hash`,
 * as automatic persisted queries do): the gateway puts the text in, so it never answers
 * `PERSISTED_QUERY_NOT_FOUND` for one. Callers named in `SAFELIST_CALLERS` (token subjects, such as
 * the approval portal's service account) are held to the manifest: any other operation, by text or
 * by hash, is refused with 403 `OPERATION_NOT_IN_SAFELIST`, so a stolen front-end token cannot run
 * arbitrary queries. Other callers may also send their own operations, and automatic persisted
 * queries (Apollo Server's in-memory APQ cache) keep their request bodies small.
 */
export interface PersistedOperation {
  id: string;
  name: string | null;
  body: string;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function loadManifest(file: string): Map<string, PersistedOperation> {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { operations?: { id?: unknown; name?: unknown; body?: unknown }[] };
  if (!Array.isArray(parsed.operations)) throw new Error(`${file}: a persisted-query manifest has an "operations" array`);
  const operations = new Map<string, PersistedOperation>();
  for (const op of parsed.operations) {
    if (typeof op.id !== 'string' || typeof op.body !== 'string') throw new Error(`${file}: every operation has a string id and body`);
    if (sha256(op.body) !== op.id) throw new Error(`${file}: operation ${op.id} is not the SHA-256 of its body`);
    operations.set(op.id, { id: op.id, name: typeof op.name === 'string' ? op.name : null, body: op.body });
  }
  return operations;
}

/**
 * Express middleware after the JSON body parser: resolves manifest ids to their text and holds
 * safelisted callers to the manifest.
 */
export function persistedOperations(options: {
  manifest: Map<string, PersistedOperation>;
  safelistCallers: readonly string[];
  callerOf: (req: express.Request) => Promise<Caller>;
}): express.RequestHandler {
  const held = new Set(options.safelistCallers);
  return (req, res, next) => {
    const body = (req.method === 'GET' ? fromUrl(req) : req.body) as
      | { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } }
      | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return next();
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    const registered = typeof hash === 'string' ? options.manifest.get(hash) : undefined;
    // (A POST body only: a GET request's parameters are read again from its URL.)
    if (registered && body.query === undefined && req.method !== 'GET') body.query = registered.body;
    if (held.size === 0) return next();
    options.callerOf(req).then(
      (caller) => {
        if (!held.has(caller.id)) return next();
        const text = typeof body.query === 'string' ? body.query : undefined;
        const allowed = text !== undefined ? options.manifest.has(sha256(text)) : false;
        if (allowed) return next();
        sendError(res, 403, 'OPERATION_NOT_IN_SAFELIST', 'This client may run only the operations registered in its manifest; send one of them (by id or text)');
      },
      // A bad token: the GraphQL layer answers it as UNAUTHENTICATED.
      () => next(),
    );
  };
}

/** A GET request's operation (query string parameters), for the same checks as a POST body. */
function fromUrl(req: express.Request): { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } {
  let extensions: { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  try {
    extensions = typeof req.query.extensions === 'string' ? (JSON.parse(req.query.extensions) as typeof extensions) : undefined;
  } catch {
    extensions = undefined;
  }
  return { query: typeof req.query.query === 'string' ? req.query.query : undefined, extensions };
}
