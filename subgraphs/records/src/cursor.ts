/** Opaque page cursors of `Subject.records`: the position (decision date, id) of the last record returned. */
import { decodeCursor, encodeCursor } from '@credit/kit';

export interface RecordPosition {
  decisionDate: string;
  id: string;
}

export const recordCursor = (position: RecordPosition): string => encodeCursor([position.decisionDate, position.id]);

export const recordPosition = (cursor: string): RecordPosition =>
  decodeCursor(cursor, ([decisionDate, id]) =>
    typeof decisionDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(decisionDate) && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)
      ? { decisionDate, id }
      : null,
  );
