import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, INTERNAL_ERROR_MESSAGE, badInput, forbidden, maskErrors, notFound, userError } from '../src';

describe('the error catalogue', () => {
  it('describes every code', () => {
    for (const [code, meaning] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(meaning.length).toBeGreaterThan(20);
    }
  });

  it('builds errors with catalogue codes', () => {
    expect(forbidden('no').extensions.code).toBe('FORBIDDEN');
    expect(notFound('no').extensions.code).toBe('NOT_FOUND');
    expect(badInput('no').extensions.code).toBe('BAD_USER_INPUT');
    expect(userError('BAD_USER_INPUT', 'no', { field: 'first' }).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('masking', () => {
  const logged: string[] = [];
  const mask = maskErrors('test', (line) => logged.push(line));
  const resolverError = (original: Error) => new GraphQLError(original.message, { path: ['a'], originalError: original });

  it('passes the errors made for the caller, without a stack trace', () => {
    const error = resolverError(forbidden('Your role may not see Subject.name'));
    const formatted = mask({ message: error.message, path: ['a'], extensions: { code: 'FORBIDDEN', stacktrace: ['x'] } }, error);
    expect(formatted).toEqual({ message: 'Your role may not see Subject.name', path: ['a'], extensions: { code: 'FORBIDDEN' } });
  });

  it('replaces anything else by one generic message, whatever the request, and logs the detail', () => {
    const sql = new Error('Failed query: select "id" from "subjects"."subject" where "code" = $1\nparams: 91320585MA008D2D1Q', {
      cause: new Error('sorry, too many clients already'),
    });
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const wrapped = new GraphQLError('duplicate key value violates unique constraint "x"');
    const answers = [sql, bug].map((e) => mask({ message: e.message, path: ['a'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: [e.stack!] } }, resolverError(e)));
    answers.push(mask({ message: wrapped.message, extensions: {} }, wrapped));
    for (const answer of answers) {
      expect(answer.message).toBe(INTERNAL_ERROR_MESSAGE);
      expect(answer.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(answer)).not.toMatch(/select|params|91320585|stack|constraint/i);
    }
    expect(logged.join('\n')).toContain('params: 91320585MA008D2D1Q');
    // The database's own error, which drizzle wraps, is logged with it.
    expect(logged.join('\n')).toContain('caused by: sorry, too many clients already');
  });
});
