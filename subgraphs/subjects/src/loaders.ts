import DataLoader from 'dataloader';
import { and, inArray, isNull, or } from 'drizzle-orm';
import type { SubjectsDb } from './db';
import { subjectRelations, subjects, type RelationRow, type SubjectRow } from './db/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isSubjectId(id: string): boolean {
  return UUID.test(id);
}

/** Per-request loaders: one SQL query per batch, whatever the number of keys. */
export function createLoaders(db: SubjectsDb) {
  return {
    subjectById: new DataLoader<string, SubjectRow | null>(async (ids) => {
      const valid = ids.filter(isSubjectId);
      const rows = valid.length
        ? await db.select().from(subjects).where(inArray(subjects.id, valid))
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),

    /** Current relations in which the subject takes part, on either side. */
    relationsOf: new DataLoader<string, RelationRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(subjectRelations)
        .where(
          and(
            isNull(subjectRelations.endedAt),
            or(
              inArray(subjectRelations.subjectId, [...ids]),
              inArray(subjectRelations.relatedId, [...ids]),
            ),
          ),
        );
      const bySubject = new Map<string, RelationRow[]>(ids.map((id) => [id, []]));
      for (const row of rows) {
        bySubject.get(row.subjectId)?.push(row);
        if (row.relatedId !== row.subjectId) bySubject.get(row.relatedId)?.push(row);
      }
      return ids.map((id) => bySubject.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
