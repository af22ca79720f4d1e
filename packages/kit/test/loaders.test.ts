import { PGlite } from '@electric-sql/pglite';
import { asc, sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { describe, expect, it } from 'vitest';
import { groupBy, isSubjectId, isUuid, listsByKey } from '../src';

const notes = pgTable('note', { id: text('id').primaryKey(), ownerId: text('owner_id').notNull() });

/** An embedded database holding `rows` in table `note`, counting the statements sent after the set-up. */
async function notesDb(rows: { id: string; ownerId: string }[]) {
  const queries = { count: 0 };
  const db = drizzle({ client: new PGlite(), logger: { logQuery: () => void queries.count++ } });
  await db.execute(sql`create table note (id text primary key, owner_id text not null)`);
  if (rows.length) await db.insert(notes).values(rows);
  queries.count = 0;
  return { db, queries };
}

describe('DataLoader helpers', () => {
  it('groups rows by key, keeping the rows\' order in each group', () => {
    const rows = [
      { subjectId: 'b', n: 1 },
      { subjectId: 'a', n: 2 },
      { subjectId: 'b', n: 3 },
    ];
    const groups = groupBy(rows, (row) => row.subjectId);
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')!.map((row) => row.n)).toEqual([1, 3]);
    expect(groups.get('a')!.map((row) => row.n)).toEqual([2]);
    expect(groups.get('c')).toBeUndefined();
    expect(groupBy([], (row: { id: string }) => row.id).size).toBe(0);
  });

  it('checks UUIDs in either letter case, and nothing else', () => {
    expect(isUuid('0b7c6f1e-3d2a-4c5b-8e9f-0a1b2c3d4e5f')).toBe(true);
    expect(isUuid('0B7C6F1E-3D2A-4C5B-8E9F-0A1B2C3D4E5F')).toBe(true);
    expect(isUuid('0b7c6f1e3d2a4c5b8e9f0a1b2c3d4e5f')).toBe(false);
    expect(isUuid("' or 1=1 --")).toBe(false);
    expect(isSubjectId('0b7c6f1e-3d2a-4c5b-8e9f-0a1b2c3d4e5f')).toBe(true);
  });

  it('answers each key of a batch with its rows, in the query\'s order, from one query', async () => {
    const { db, queries } = await notesDb([
      { id: '3', ownerId: 'b' },
      { id: '2', ownerId: 'a' },
      { id: '1', ownerId: 'b' },
    ]);
    const load = listsByKey(db, notes, 'ownerId', { orderBy: [asc(notes.id)] });
    expect(await load(['a', 'b', 'c'])).toEqual([[{ id: '2', ownerId: 'a' }], [{ id: '1', ownerId: 'b' }, { id: '3', ownerId: 'b' }], []]);
    expect(queries.count).toBe(1);
  });

  it('asks only for valid keys, and nothing when none is', async () => {
    const { db, queries } = await notesDb([
      { id: '1', ownerId: 'a' },
      { id: '2', ownerId: 'x' },
    ]);
    const load = listsByKey(db, notes, 'ownerId', { valid: (key) => key !== 'x' });
    expect(await load(['x', 'a'])).toEqual([[], [{ id: '1', ownerId: 'a' }]]);
    expect(queries.count).toBe(1);
    expect(await load(['x'])).toEqual([[]]);
    expect(queries.count).toBe(1);
  });
});
