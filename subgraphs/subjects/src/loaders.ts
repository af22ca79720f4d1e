import DataLoader from 'dataloader';
import { isSubjectId } from '@credit/kit';
import { and, inArray, isNull, or } from 'drizzle-orm';
import type { SubjectAccess } from './access';
import { accessLogOf } from './audit';
import type { SubjectsDb } from './db';
import { subjectsByCode, subjectsById } from './db/statements';
import { subjectRelations, type AccessRow, type RelationRow, type SubjectRow } from './db/schema';

/**
 * Per-request loaders: one SQL query per batch, whatever the number of keys. Each first checks that
 * the caller may read subjects at all (its purpose); what it may see of them is decided field by
 * field in the resolvers (src/access.ts).
 */
export function createLoaders(db: SubjectsDb, access: SubjectAccess) {
  const accessLogs = new Map<number, DataLoader<string, AccessRow[]>>();
  return {
    subjectById: new DataLoader<string, SubjectRow | null>(async (ids) => {
      access.assertMayRead();
      const valid = ids.filter(isSubjectId);
      const rows = valid.length ? await subjectsById(db).execute({ ids: valid.map((id) => id.toLowerCase()) }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),

    /** Subjects by their normalised code (several `subjectByCode` fields of one request: one query). */
    subjectByCode: new DataLoader<string, SubjectRow | null>(async (codes) => {
      access.assertMayRead();
      const rows = await subjectsByCode(db).execute({ codes: [...codes] });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),

    /** Current relations in which the subject takes part, on either side. */
    relationsOf: new DataLoader<string, RelationRow[]>(async (ids) => {
      access.assertMayRead();
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

    /** The newest `first` accesses to each subject; one loader per page size. */
    accessLog(first: number): DataLoader<string, AccessRow[]> {
      let loader = accessLogs.get(first);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          access.assertMayRead();
          return accessLogOf(db, ids, first, access.accessLogDepartment());
        });
        accessLogs.set(first, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
