/** Opaque page cursors of the audit list: the position (checked at, id) of the last check returned. */
import { userError } from './errors';

export interface CheckPosition {
  checkedAt: Date;
  id: string;
}

export function encodeCursor(position: CheckPosition): string {
  return Buffer.from(JSON.stringify([position.checkedAt.toISOString(), position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CheckPosition {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) {
      return { checkedAt: new Date(at), id };
    }
  } catch {
    // reported below
  }
  throw userError('INVALID_CURSOR', '`after` is not a cursor this field returned', { field: 'after' });
}
