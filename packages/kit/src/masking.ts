import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** What a caller gets instead of an internal error: the same words whatever the request. */
export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** Marks of a message from the database or its driver (drizzle's `Failed query: … params: …`). */
const SQL_TRACE =
  /failed query|params:|\bselect\b[\s\S]+\bfrom\b|\binsert\s+into\b|\bupdate\s+\S+\s+set\b|\bdelete\s+from\b|syntax error at|violates [\w\s-]*constraint|duplicate key value|\b(relation|column|schema|table) "[^"]*"|ECONNREFUSED/i;

/** Whether an error's message could carry SQL text or parameters. */
export function looksLikeSql(message: string): boolean {
  return SQL_TRACE.test(message);
}

/**
 * Apollo's `formatError` for a subgraph. Errors made for the caller (a GraphQLError a resolver
 * threw, GraphQL's own parse and validation errors) pass, without a stack trace; anything else (a
 * driver error, a bug), and any message that could carry SQL, becomes INTERNAL_SERVER_ERROR with
 * the same generic message whatever the request, and its detail is logged here. Never SQL text,
 * parameters or a stack trace in a response, in any mode.
 */
export function maskErrors(name: string, log: (line: string) => void = (line) => console.error(line)) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && !looksLikeSql(original.message) && !looksLikeSql(formatted.message)) {
      return withoutStack(formatted);
    }
    // drizzle wraps the database's error ("Failed query: …"); its cause says what went wrong.
    const cause = original instanceof Error && original.cause instanceof Error ? `; caused by: ${original.cause.message}` : '';
    const detail = original instanceof Error ? `${original.stack ?? original.message}${cause}` : String(original);
    log(`${name}: internal error at ${formatted.path?.join('.') ?? 'request'}: ${detail}`);
    return {
      message: INTERNAL_ERROR_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
