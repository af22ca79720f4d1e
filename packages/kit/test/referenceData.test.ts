import { PGlite } from '@electric-sql/pglite';
import { asc, eq, sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { describe, expect, it } from 'vitest';
import { insertMissing, shipped } from '../src';

const matters = pgTable('matter', { code: text('code').primaryKey(), name: text('name').notNull() });
const rules = pgTable('rule', { code: text('code').primaryKey() });

describe('insertMissing', () => {
  it('adds the shipped rows that are missing and leaves the ones there, edited or not, as they are', async () => {
    const db = drizzle({ client: new PGlite() });
    await db.execute(sql`create table matter (code text primary key, name text not null)`);
    await db.execute(sql`create table rule (code text primary key)`);
    await db.insert(matters).values({ code: 'A', name: 'edited by an administrator' });

    await insertMissing(db, [
      shipped(matters, [
        { code: 'A', name: 'as shipped' },
        { code: 'B', name: 'as shipped' },
      ]),
      shipped(rules, { code: 'R1' }),
      shipped(rules, []),
    ]);
    await insertMissing(db, [shipped(matters, { code: 'B', name: 'shipped again' })]);

    expect(await db.select().from(matters).orderBy(asc(matters.code))).toEqual([
      { code: 'A', name: 'edited by an administrator' },
      { code: 'B', name: 'as shipped' },
    ]);
    expect(await db.select().from(rules).where(eq(rules.code, 'R1'))).toEqual([{ code: 'R1' }]);
  });
});
