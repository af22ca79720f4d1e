/** Opaque page cursors: the position (decision date, id) of the last record returned. */
import { badInput } from './access';
import { isRealDate } from './validation';

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
    if (
      cursor.length <= 200 &&
      typeof decisionDate === 'string' &&
      isRealDate(decisionDate) &&
      typeof id === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)
    ) {
      return { decisionDate, id };
    }
  } catch {
    // reported below
  }
  throw badInput('`after` is not a cursor this field returned', 'INVALID_CURSOR');
}
