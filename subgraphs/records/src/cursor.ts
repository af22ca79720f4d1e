/** Opaque page cursors: the position (decision date, id) of the last record returned. */
import { badInput } from './access';

export interface RecordPosition {
  decisionDate: string;
  id: string;
}

export function encodeCursor(position: RecordPosition): string {
  return Buffer.from(JSON.stringify([position.decisionDate, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): RecordPosition {
  try {
    const [decisionDate, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof decisionDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(decisionDate) && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) {
      return { decisionDate, id };
    }
  } catch {
    // reported below
  }
  throw badInput('`after` is not a cursor this field returned', 'INVALID_CURSOR');
}
