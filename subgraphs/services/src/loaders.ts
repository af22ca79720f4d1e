import { isUuid, listsByKey } from '@credit/kit';
import DataLoader from 'dataloader';
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { ServicesDb } from './db';
import {
  approvalMatters,
  commitments,
  commitmentTemplates,
  creditCheckLog,
  creditChecks,
  decisionRuleSets,
  incentives,
  type ApprovalMatterRow,
  type CommitmentRow,
  type CommitmentTemplateRow,
  type CreditCheckLogRow,
  type CreditCheckRow,
  type DecisionRuleSetRow,
  type IncentiveRow,
} from './db/schema';
import type { Exclusion } from './decision';
import { brokenCommitmentsOf } from './db/statements';

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

export interface CommitmentsKey {
  subjectId: string;
  status: CommitmentRow['status'] | null;
  first: number;
}

const commitmentsKey = (key: CommitmentsKey) => `${key.subjectId}|${key.status}|${key.first}`;

/**
 * The catalogues every check reads (matters, rule sets, incentives): small tables, kept in the
 * process and read again after `ttlMs`, so an edited row takes effect within that time and a check
 * does not spend queries on them.
 */
export class ReferenceCache {
  private loaded: { at: number; value: Promise<Reference> } | null = null;

  constructor(
    private readonly db: ServicesDb,
    private readonly ttlMs = 60_000,
  ) {}

  get(): Promise<Reference> {
    const now = Date.now();
    if (!this.loaded || now - this.loaded.at > this.ttlMs) {
      const value = this.load();
      this.loaded = { at: now, value };
      value.catch(() => (this.loaded = null));
    }
    return this.loaded.value;
  }

  private async load(): Promise<Reference> {
    const [matterRows, ruleRows, incentiveRows] = await Promise.all([
      this.db.select().from(approvalMatters).orderBy(asc(approvalMatters.code)),
      this.db.select().from(decisionRuleSets).orderBy(desc(decisionRuleSets.effectiveFrom)),
      this.db.select().from(incentives).orderBy(asc(incentives.position)),
    ]);
    return { matters: new Map(matterRows.map((row) => [row.code, row])), ruleSets: ruleRows, incentives: incentiveRows };
  }
}

export interface Reference {
  matters: Map<string, ApprovalMatterRow>;
  /** Newest first. */
  ruleSets: DecisionRuleSetRow[];
  incentives: IncentiveRow[];
}

/** Per-request loaders: one SQL query per batch, whatever the number of keys. */
export function createLoaders(db: ServicesDb, today: string, reference: ReferenceCache = new ReferenceCache(db, 0)) {
  return {
    matters: once<Map<string, ApprovalMatterRow>>(async () => (await reference.get()).matters),

    /** The decision rule set in force today: the latest that took effect on or before it. */
    rules: once<DecisionRuleSetRow>(async () => {
      const row = (await reference.get()).ruleSets.find((set) => set.effectiveFrom <= today);
      if (!row) throw new Error(`no decision rule set in force on ${today}`);
      return row;
    }),

    incentives: once<IncentiveRow[]>(async () => (await reference.get()).incentives),

    templatesOf: new DataLoader<string, CommitmentTemplateRow[]>(
      listsByKey(db, commitmentTemplates, 'matterCode', { orderBy: [asc(commitmentTemplates.code)] }),
    ),

    /** Broken, unrepaired commitments still excluding each subject today. */
    exclusionsOf: new DataLoader<string, Exclusion[]>(async (subjectIds) => {
      const rows = await brokenCommitmentsOf(db).execute({ subjectIds: [...subjectIds], today });
      return subjectIds.map((id) =>
        rows
          .filter((row) => row.subjectId === id)
          .map((row) => ({ commitmentId: row.id, department: row.department, excludedUntil: row.excludedUntil, note: row.note })),
      );
    }),

    checkById: new DataLoader<string, CreditCheckRow | null>(async (ids) => {
      const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
      const rows = valid.length ? await db.select().from(creditChecks).where(inArray(creditChecks.id, valid)) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),

    logOf: new DataLoader<string, CreditCheckLogRow[]>(
      listsByKey(db, creditCheckLog, 'checkId', { orderBy: [asc(creditCheckLog.askedAt), asc(creditCheckLog.id)] }),
    ),

    commitmentById: new DataLoader<string, CommitmentRow | null>(async (ids) => {
      const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
      const rows = valid.length ? await db.select().from(commitments).where(inArray(commitments.id, valid)) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),

    /** Subjects' commitments, newest first: keys of the same shape share one ranked query. */
    commitmentsOf: new DataLoader<CommitmentsKey, CommitmentRow[], string>(
      async (keys) => {
        const groups = new Map<string, CommitmentsKey[]>();
        for (const key of keys) {
          const shape = `${key.status}|${key.first}`;
          groups.set(shape, [...(groups.get(shape) ?? []), key]);
        }
        const found = new Map<string, CommitmentRow[]>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { status, first } = group[0]!;
            const ranked = db
              .select({
                id: commitments.id,
                rank: sql<number>`row_number() over (partition by ${commitments.subjectId} order by ${commitments.madeAt} desc, ${commitments.id} desc)`.as('rank'),
              })
              .from(commitments)
              .where(and(inArray(commitments.subjectId, group.map((k) => k.subjectId)), status ? eq(commitments.status, status) : undefined))
              .as('ranked');
            const rows = await db
              .select({ commitment: commitments })
              .from(ranked)
              .innerJoin(commitments, eq(commitments.id, ranked.id))
              .where(lte(ranked.rank, first))
              .orderBy(desc(commitments.madeAt), desc(commitments.id));
            for (const key of group) found.set(commitmentsKey(key), []);
            for (const { commitment } of rows) {
              found.get(commitmentsKey({ subjectId: commitment.subjectId, status, first }))?.push(commitment);
            }
          }),
        );
        return keys.map((key) => found.get(commitmentsKey(key)) ?? []);
      },
      { cacheKeyFn: commitmentsKey },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
