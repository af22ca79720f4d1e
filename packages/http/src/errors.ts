import type { GraphQLFormattedError } from 'graphql';

/**
 * Codes that mean the caller's input is wrong (the `BAD_USER_INPUT` family): graphql-js and Apollo
 * give these for values that do not fit the schema (a bad Date, an Int out of range, ...).
 */
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

/** Text that must never reach a client: SQL, drivers' messages, stack frames, file paths. */
const LEAKY =
  /\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set)\b|\bparams?:|\$\d+\b|violates|\brelation "|\bcolumn "|syntax error at|invalid input syntax|\.(?:ts|js|mjs|cjs):\d+|\/work\/|node_modules|ECONNREFUSED|password|Failed query/i;

/**
 * A subgraph's `formatError`: a known code passes with its message (unless the message looks like
 * SQL or a stack), anything else is `INTERNAL_SERVER_ERROR` with a fixed message. Never a stack
 * trace, never SQL text or parameters, in any mode.
 */
export function maskSubgraphError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  if (code !== 'INTERNAL_SERVER_ERROR' && !LEAKY.test(formatted.message)) return { ...formatted, extensions: { ...extensions, code } };
  if (CLIENT_CODES.has(code)) return { message: 'The request is not valid', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code } };
  return {
    message: 'Internal error in the subgraph',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Whether a message carries text that must not reach a client (SQL, stack frames, paths). */
export function looksLeaky(message: string): boolean {
  return LEAKY.test(message);
}
