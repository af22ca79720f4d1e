/** Opaque page cursors of `Subject.records`: the position (decision date, id) of the last record returned. */
import { decodeCursor, encodeCursor } from '@credit/kit';
import { isRealDate } from './validation';

export interface RecordPosition {
  decisionDate: string;
  id: string;
}

export const recordCursor = (position: RecordPosition): string => encodeCursor([position.decisionDate, position.id]);

export const recordPosition = (cursor: string): RecordPosition =>
  decodeCursor(cursor, ([decisionDate, id]) =>
    // A real date (not 2026-02-30) and a real UUID: anything else would reach SQL as an error.
    cursor.length <= 200 &&
    typeof decisionDate === 'string' &&
    isRealDate(decisionDate) &&
    typeof id === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)
      ? { decisionDate, id }
      : null,
  );
