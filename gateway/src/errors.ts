import { unwrapResolverError } from '@apollo/server/errors';
import { looksLeaky } from '@credit/http';
import type { GraphQLFormattedError } from 'graphql';
import type express from 'express';
import type { Logger } from './logging';
import { currentScope, scopeOf } from './requestScope';

/** An error response in the shape GraphQL clients read, for requests refused before GraphQL runs. */
export function sendError(
  res: express.Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  const scope = scopeOf(res);
  if (scope) {
    scope.errorCodes.push(code);
    scope.rejected ??= code;
  }
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

function isInternal(code: unknown): boolean {
  return code === undefined || code === 'INTERNAL_SERVER_ERROR';
}

/**
 * Apollo's `formatError`, which sees every error of every response (and records its code for the
 * access log and metrics): never a stack trace; errors with a known code (from the gateway or a
 * subgraph: INVALID_CREDIT_CODE, BAD_USER_INPUT, FORBIDDEN, ...) pass unchanged; internal errors
 * are logged with the request id and, in production, reach the client as that id only.
 */
export function formatError(mode: 'development' | 'production', logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    const scope = currentScope();
    scope?.errorCodes.push(isInternal(extensions.code) ? 'INTERNAL_SERVER_ERROR' : String(extensions.code));
    if (!isInternal(extensions.code) && !looksLeaky(formatted.message)) return { ...formatted, extensions };
    const requestId = scope?.requestId;
    logger.error({ err: unwrapResolverError(error), path: formatted.path, extensions }, 'internal error');
    if (mode === 'development' && !looksLeaky(formatted.message)) {
      return { ...formatted, extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR', requestId } };
    }
    return {
      message: `Internal error: the platform operators can trace it by request id ${requestId}`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: isInternal(extensions.code) ? 'INTERNAL_SERVER_ERROR' : String(extensions.code), requestId },
    };
  };
}

interface HttpError extends Error {
  status?: number;
  type?: string;
  limit?: number;
  length?: number;
}

/** Express's last error handler: JSON errors for bad bodies, and a masked 500 for anything else. */
export function jsonErrorHandler(logger: Logger): express.ErrorRequestHandler {
  return (error: HttpError, _req, res, _next) => {
    if (res.headersSent) {
      // E.g. GraphQL finishing after the deadline answered 504: the client already has its answer.
      logger.debug({ err: error }, 'error after the response was sent');
      if (!res.writableEnded) res.destroy(error);
      return;
    }
    switch (error.type) {
      case 'entity.too.large':
        return sendError(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `The request body is ${error.length ?? 'more than the limit of'} bytes; the gateway accepts at most ${error.limit} bytes. Send large inputs in several requests.`,
          { limitBytes: error.limit },
        );
      case 'entity.parse.failed':
        return sendError(res, 400, 'BAD_REQUEST', `The request body is not valid JSON: ${error.message}`);
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', error.message);
    }
    if (error.status && error.status >= 400 && error.status < 500) {
      return sendError(res, error.status, 'BAD_REQUEST', error.message);
    }
    const requestId = scopeOf(res)?.requestId;
    logger.error({ err: error, requestId }, 'unexpected error');
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', `Internal error: the platform operators can trace it by request id ${requestId}`, {
      requestId,
    });
  };
}
