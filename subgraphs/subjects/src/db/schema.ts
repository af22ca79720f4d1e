import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  jsonb,
  numeric,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const subjectsSchema = pgSchema('subjects');

export const codeType = subjectsSchema.enum('code_type', ['CREDIT_CODE', 'ID_NUMBER']);

export const subjectKind = subjectsSchema.enum('subject_kind', [
  'ENTERPRISE',
  'INDIVIDUAL_BUSINESS',
  'FARMERS_COOPERATIVE',
  'GOVERNMENT_ORGAN',
  'PUBLIC_INSTITUTION',
  'SOCIAL_ORGANISATION',
  'NATURAL_PERSON',
  'OTHER',
]);

export const subjectStatus = subjectsSchema.enum('subject_status', [
  'ACTIVE',
  'ABNORMAL',
  'REVOKED',
  'CANCELLED',
]);

/** LEGAL_REPRESENTATIVE / SHAREHOLDER / BRANCH: `relatedId` is that to `subjectId`. */
export const relationKind = subjectsSchema.enum('relation_kind', [
  'LEGAL_REPRESENTATIVE',
  'SHAREHOLDER',
  'BRANCH',
]);

export const subjects = subjectsSchema.table(
  'subject',
  {
    id: uuid('id').primaryKey(),
    /** 统一社会信用代码 or 公民身份号码, normalised to upper case. */
    code: text('code').notNull(),
    codeType: codeType('code_type').notNull(),
    kind: subjectKind('kind').notNull(),
    name: text('name').notNull(),
    legalRepresentative: text('legal_representative'),
    registeredAt: date('registered_at', { mode: 'string' }),
    industryCode: text('industry_code'),
    regionCode: text('region_code'),
    status: subjectStatus('status').notNull().default('ACTIVE'),
    /** The registry confirmed a code whose check character is wrong. */
    checksumConfirmed: boolean('checksum_confirmed').notNull().default(false),
    /**
     * Who registered the subject: a department code, or `CREDIT_CENTRE`. That department changes
     * the facts it registered; the credit centre changes anything. Null for subjects loaded before
     * registrants were recorded (the credit centre's to change).
     */
    registeredBy: text('registered_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('subject_code_key').on(t.code),
    index('subject_code_prefix_idx').on(t.code.op('text_pattern_ops')),
    index('subject_name_idx').on(t.name, t.id),
    /**
     * The name search's candidates: the distinct two-character parts of each name
     * (`subjects.name_bigrams`, a function of migration 0004), so that a fragment of two or more
     * characters finds the names holding all of its parts without reading the others.
     */
    index('subject_name_bigrams_idx').using('gin', sql`subjects.name_bigrams(${t.name})`),
  ],
);

/** Earlier versions of a subject's registration: an update never loses what was there. */
export const subjectHistory = subjectsSchema.table(
  'subject_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => subjects.id),
    previous: jsonb('previous').notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
    /** The caller (token subject) whose registration replaced `previous`. */
    changedBy: text('changed_by'),
    /** That caller's department, or `CREDIT_CENTRE`. */
    changedByDepartment: text('changed_by_department'),
  },
  (t) => [index('subject_history_subject_idx').on(t.subjectId)],
);

export const subjectRelations = subjectsSchema.table(
  'subject_relation',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => subjects.id),
    relatedId: uuid('related_id')
      .notNull()
      .references(() => subjects.id),
    kind: relationKind('kind').notNull(),
    sharePercent: numeric('share_percent', { precision: 7, scale: 4, mode: 'number' }),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
    /** Set when a later registration no longer lists the relation; never deleted. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('subject_relation_subject_idx').on(t.subjectId).where(sql`${t.endedAt} is null`),
    index('subject_relation_related_idx').on(t.relatedId).where(sql`${t.endedAt} is null`),
  ],
);

export type SubjectRow = typeof subjects.$inferSelect;
export type NewSubjectRow = typeof subjects.$inferInsert;
export type RelationRow = typeof subjectRelations.$inferSelect;


/**
 * Who read which subjects' information, when and why: written by the gateway for every operation
 * that discloses a subject (see src/audit.ts). Append-only: a trigger (migration 0001) refuses
 * UPDATE, DELETE and TRUNCATE, so not even this subgraph's own code can rewrite the trail.
 */
export const subjectAccess = subjectsSchema.table(
  'subject_access',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    callerId: text('caller_id').notNull(),
    department: text('department'),
    roles: text('roles').array().notNull(),
    purpose: text('purpose'),
    operationName: text('operation_name'),
    subjectIds: uuid('subject_ids').array().notNull(),
  },
  (t) => [index('subject_access_at_idx').on(t.at)],
);

/**
 * One row per subject of an access entry, so that a subject's newest accesses are an index range
 * scan (`subject_id, at desc`) however many entries the log holds. Append-only like the entry.
 * Written after the entry, by the projection (src/accessProjection.ts): an entry's rows appear
 * here in the same commit that takes it off `subject_access_pending`.
 */
export const subjectAccessSubjects = subjectsSchema.table(
  'subject_access_subject',
  {
    subjectId: uuid('subject_id').notNull(),
    // No foreign key to the entry: the projection writes these rows from the entries themselves,
    // and a subject's log joins them to their entries, so a row of no entry would never show.
    accessId: bigint('access_id', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('subject_access_subject_newest_idx').on(t.subjectId, t.at.desc(), t.accessId.desc())],
);

/**
 * The entries whose by-subject rows are not written yet: the entry and its row here are inserted by
 * one statement, before the response leaves the gateway; the projection deletes the row in the
 * transaction that writes the entry's by-subject rows. A subject's log reads both (src/audit.ts), so
 * it is whole at every moment, and what a failed projection leaves is taken up by the next.
 */
export const subjectAccessPending = subjectsSchema.table('subject_access_pending', {
  accessId: bigint('access_id', { mode: 'number' })
    .primaryKey()
    .references(() => subjectAccess.id),
});

export type AccessRow = typeof subjectAccess.$inferSelect;
export const schema = { subjects, subjectHistory, subjectRelations, subjectAccess, subjectAccessSubjects, subjectAccessPending };
