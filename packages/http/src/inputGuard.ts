import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

/** Longest string any argument or variable may hold; fields have their own, shorter limits. */
export const MAX_STRING_LENGTH = 20_000;

/**
 * Characters no input may hold: C0 controls but tab, line feed and carriage return; DEL and C1
 * controls; the non-characters U+FFFE/U+FFFF; and unpaired surrogates (which PostgreSQL cannot
 * store as UTF-8).
 */
const FORBIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string is refused as input, or null when it is acceptable. */
export function stringProblem(value: string, maxLength = MAX_STRING_LENGTH): 'INVALID_CHARACTERS' | 'VALUE_TOO_LONG' | null {
  if (FORBIDDEN_CHARACTERS.test(value)) return 'INVALID_CHARACTERS';
  if (value.length > maxLength) return 'VALUE_TOO_LONG';
  return null;
}

export function inputError(code: 'INVALID_CHARACTERS' | 'VALUE_TOO_LONG', field: string): GraphQLError {
  const message =
    code === 'INVALID_CHARACTERS'
      ? `${field} holds control characters (NUL and the like) or unpaired surrogates: send plain text`
      : `${field} is longer than ${MAX_STRING_LENGTH} characters`;
  return new GraphQLError(message, { extensions: { code, field, http: { status: 400 } } });
}

/** The first bad string in a JSON value (variables), with its path. */
function findBadString(value: unknown, path: string, depth = 0): GraphQLError | null {
  if (typeof value === 'string') {
    const problem = stringProblem(value);
    return problem ? inputError(problem, path) : null;
  }
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadString(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = stringProblem(key, 200);
    if (keyProblem) return inputError(keyProblem, `${path} (a key)`);
    const found = findBadString(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

interface LiteralProblem {
  code: 'INVALID_CHARACTERS' | 'VALUE_TOO_LONG';
  field: string;
}

/** The first bad string literal of a document, named by its argument or input field. */
function findBadLiteral(document: DocumentNode): LiteralProblem | null {
  let found: LiteralProblem | null = null;
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      const code = found ? null : stringProblem(node.value);
      if (code) found = { code, field: names.join('.') || 'a string' };
    },
  });
  return found;
}

/**
 * `findBadLiteral` once per parsed document: Apollo Server hands the same document object to every
 * request of the same text (its document cache), and literals are the document's own.
 */
const literalProblems = new WeakMap<DocumentNode, LiteralProblem | null>();

function badLiteral(document: DocumentNode): GraphQLError | null {
  let problem = literalProblems.get(document);
  if (problem === undefined) literalProblems.set(document, (problem = findBadLiteral(document)));
  return problem && inputError(problem.code, problem.field);
}

/**
 * Refuses, before anything runs, a request whose variables or string literals hold control
 * characters, unpaired surrogates or strings past `MAX_STRING_LENGTH`: `INVALID_CHARACTERS` or
 * `VALUE_TOO_LONG` (HTTP 400) naming the variable or argument. Used by the gateway and by every
 * subgraph, so a direct call is held to the same rule.
 */
export function inputGuard<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const error = findBadString(request.variables ?? {}, '$variables') ?? badLiteral(document);
          if (error) throw error;
          if (typeof request.operationName === 'string') {
            const problem = stringProblem(request.operationName, 200);
            if (problem) throw inputError(problem, 'operationName');
          }
        },
      };
    },
  };
}
