/** Opaque page cursors of the audit list (the kit's cursors): the position (checked at, id) of the last check returned. */
import { decodeCursor, encodeCursor } from '@credit/kit';

export interface CheckPosition {
  checkedAt: Date;
  id: string;
}

export const checkCursor = (position: CheckPosition): string => encodeCursor([position.checkedAt.toISOString(), position.id]);

export const checkPosition = (cursor: string): CheckPosition =>
  decodeCursor(cursor, ([at, id]) =>
    typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) ? { checkedAt: new Date(at), id } : null,
  );
