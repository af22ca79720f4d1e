import express from 'express';
import { sendError } from './errors';

/** Parses JSON bodies up to `limitBytes`; a larger body is refused with 413 (see `jsonErrorHandler`). */
export function jsonBody(limitBytes: number): express.RequestHandler {
  return express.json({ limit: limitBytes });
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
export function requestDeadline(timeoutMs: number): express.RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      sendError(res, 504, 'REQUEST_TIMEOUT', `The gateway stopped waiting for this request after ${timeoutMs} ms; ask for less data or try again later.`);
    }, timeoutMs);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    next();
  };
}
