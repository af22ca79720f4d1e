import cluster from 'node:cluster';
import type express from 'express';
import { pino, type DestinationStream, type Logger } from 'pino';
import { currentScope, scopeOf } from './requestScope';

export type { Logger } from 'pino';

/** 公民身份号码: 18 characters, not part of a longer code. Keeps positions 1–6 and 15–18. */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
/** A JSON Web Token (three base64url parts, the first a JSON header). */
const JWT = /\beyJ[\w-]*\.[\w-]*\.[\w-]*/g;
const BEARER = /\b(Bearer\s+)\S+/gi;

/** Hides personal ID numbers and credentials inside free text. */
export function redactText(text: string): string {
  return text.replace(ID_NUMBER, '$1********$2').replace(BEARER, '$1[Redacted]').replace(JWT, '[Redacted]');
}

/** Redacts every string of a log record, nested objects and errors included. */
function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      type: value.name,
      message: redactText(value.message),
      stack: value.stack && redactText(value.stack),
      ...(code === undefined ? {} : { code }),
    };
  }
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, depth + 1)]));
}

/**
 * Structured JSON logs. Credentials are removed by key wherever they appear, personal ID numbers
 * and tokens are masked inside any text, and every line written during a request carries its id
 * (and, in cluster mode, every line the worker's).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'gateway', ...(cluster.isWorker && cluster.worker ? { worker: cluster.worker.id } : {}) },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'authorization',
        'token',
        'password',
        '*.authorization',
        '*.token',
        '*.password',
        '*.headers.authorization',
        '*.headers.cookie',
      ],
      censor: '[Redacted]',
    },
    mixin: () => {
      const scope = currentScope();
      return scope ? { requestId: scope.requestId } : {};
    },
    formatters: { log: (record: Record<string, unknown>) => redactDeep(record) as Record<string, unknown> },
    hooks: {
      logMethod(this: Logger, args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg)));
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Probed every few seconds by load balancers and Prometheus: logged at debug level when fine. */
const PROBES = new Set(['/health', '/ready', '/metrics']);

/**
 * One line per HTTP request: method, path, status, duration, and what GraphQL learnt about it. A
 * request that took `slowMs` or more (0: never) is logged at `warn` as a slow request, with what it
 * waited for (`steps`: each subgraph call, GraphQL's work and the access-log write, from its
 * arrival); a failed one that slow, at `error` with its steps too.
 */
export function accessLog(logger: Logger, slowMs = 0): express.RequestHandler {
  return (req, res, next) => {
    // The request's scope (requestScope, mounted before) holds its arrival: the origin of its steps too.
    const started = scopeOf(res)?.startedAt ?? performance.now();
    res.once('finish', () => {
      const scope = scopeOf(res);
      const line = {
        requestId: scope?.requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        durationMs: performance.now() - started,
        operation: scope?.operation,
        caller: scope?.callerId,
        errors: scope?.errorCodes.length ? scope.errorCodes : undefined,
        rejected: scope?.rejected,
      };
      const slow = slowMs > 0 && line.durationMs >= slowMs;
      const detailed = slow ? { ...line, steps: scope?.steps } : line;
      if (res.statusCode >= 500 && !PROBES.has(line.path ?? '')) logger.error(detailed, 'request failed');
      else if (PROBES.has(line.path ?? '') && res.statusCode < 500) logger.debug(line, 'request');
      else if (slow) logger.warn(detailed, 'slow request');
      else logger.info(line, 'request');
    });
    next();
  };
}
