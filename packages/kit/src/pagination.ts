import { badInput } from './errors';

/** An opaque cursor for a position (the sort key of the last row returned, e.g. `[date, id]`). */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/**
 * The position a cursor names, checked by `validate` (which returns the typed position, or null
 * when the parts are not one this field returns); INVALID_CURSOR otherwise.
 */
export function decodeCursor<T>(cursor: string, validate: (parts: unknown[]) => T | null): T {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    const position = Array.isArray(parts) ? validate(parts) : null;
    if (position !== null) return position;
  } catch {
    // reported below
  }
  throw badInput('`after` is not a cursor this field returned', 'INVALID_CURSOR', { field: 'after' });
}

/** `first` checked against the field's cap: BAD_USER_INPUT outside 1..max. */
export function pageSize(first: number, max: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badInput(`\`${argument}\` must be between 1 and ${max}, got ${first}`, 'BAD_USER_INPUT', { field: argument });
  }
  return first;
}
