import type { RelationRow } from './db/schema';
import type { RelationRole } from './generated/graphql';
import type { Loaders } from './loaders';

/** A relation as seen from one of its two subjects. */
export interface RelationView {
  kind: RelationRole;
  otherId: string;
  sharePercent: number | null;
  since: Date;
}

export interface RelatedView {
  subjectId: string;
  depth: number;
  fromId: string;
  via: RelationRole;
}

export const MAX_RELATION_DEPTH = 3;
export const MAX_RELATED_SUBJECTS = 500;

const ROLES: Record<RelationRow['kind'], { holder: RelationRole; other: RelationRole }> = {
  LEGAL_REPRESENTATIVE: { holder: 'LEGAL_REPRESENTATIVE', other: 'REPRESENTS' },
  SHAREHOLDER: { holder: 'SHAREHOLDER', other: 'INVESTS_IN' },
  BRANCH: { holder: 'BRANCH', other: 'HEAD_OFFICE' },
};

export function viewFrom(subjectId: string, row: RelationRow): RelationView {
  const holder = row.subjectId === subjectId;
  return {
    kind: holder ? ROLES[row.kind].holder : ROLES[row.kind].other,
    otherId: holder ? row.relatedId : row.subjectId,
    sharePercent: row.sharePercent,
    since: row.since,
  };
}

export function relationViews(subjectId: string, rows: RelationRow[]): RelationView[] {
  return rows
    .map((row) => viewFrom(subjectId, row))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.otherId.localeCompare(b.otherId));
}

/**
 * Breadth-first walk over current relations: each subject once (no cycles), nearest first, one
 * batched query per level.
 */
export async function walkRelations(
  startId: string,
  depth: number,
  limit: number,
  loaders: Loaders,
): Promise<RelatedView[]> {
  const seen = new Set([startId]);
  const found: RelatedView[] = [];
  let frontier = [startId];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const lists = await loaders.relationsOf.loadMany(frontier);
    const next: string[] = [];
    for (const [i, list] of lists.entries()) {
      if (list instanceof Error) throw list;
      const fromId = frontier[i] as string;
      for (const view of relationViews(fromId, list)) {
        if (seen.has(view.otherId)) continue;
        seen.add(view.otherId);
        found.push({ subjectId: view.otherId, depth: level, fromId, via: view.kind });
        if (found.length >= limit) return found;
        next.push(view.otherId);
      }
    }
    frontier = next;
  }
  return found;
}
