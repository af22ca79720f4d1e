/** The sanctions subgraph's tables, in its own PostgreSQL schema `sanctions`. */
import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const sanctionsSchema = pgSchema('sanctions');

export const listType = sanctionsSchema.enum('list_type', ['SERIOUS_DISHONESTY', 'KEY_ATTENTION', 'RED_LIST']);
export const listingStatus = sanctionsSchema.enum('listing_status', ['PROPOSED', 'ACTIVE', 'REMOVED', 'REJECTED']);
export const measureEffect = sanctionsSchema.enum('measure_effect', ['REWARD', 'PUNISHMENT']);
export const measureKind = sanctionsSchema.enum('measure_kind', ['ADMINISTRATIVE', 'MARKET', 'INDUSTRY', 'SOCIAL']);
export const subjectCategory = sanctionsSchema.enum('subject_category', ['ORGANISATION', 'NATURAL_PERSON']);
export const removalReason = sanctionsSchema.enum('removal_reason', ['PERIOD_EXPIRED', 'REPAIRED', 'DECISION_REVOKED', 'OBJECTION_UPHELD', 'WITHDRAWN']);
export const objectionStatus = sanctionsSchema.enum('listing_objection_status', ['OPEN', 'DISMISSED', 'UPHELD']);
export const interviewKind = sanctionsSchema.enum('interview_kind', ['PROMPT', 'WARNING']);
export const repairStatus = sanctionsSchema.enum('listing_repair_status', ['SUBMITTED', 'ACCEPTED', 'REVIEWED', 'CONFIRMED', 'REJECTED']);
export const executionStatus = sanctionsSchema.enum('execution_status', ['PENDING', 'APPLIED', 'NOT_APPLIED', 'LIFTED']);

/** The lists themselves, as data: legal basis, entry criteria, exit conditions, period, publication. */
export const listDefinitions = sanctionsSchema.table('list_definition', {
  listType: listType('list_type').primaryKey(),
  name: text('name').notNull(),
  legalBasis: text('legal_basis').notNull(),
  entryCriteria: text('entry_criteria').notNull(),
  exitConditions: text('exit_conditions').notNull(),
  /** How long a listing lasts from activation; publication ends with it. */
  periodMonths: integer('period_months').notNull(),
  /** A repair may be applied for once this much of the period has passed. */
  minimumMonths: integer('minimum_months').notNull(),
  /** Calendar days between notice and activation during which the subject may object. */
  objectionDays: integer('objection_days').notNull(),
  publicOrganisations: boolean('public_organisations').notNull(),
  publicPersons: boolean('public_persons').notNull(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
});

/** 联合奖惩措施清单: the measures catalogue. */
export const measures = sanctionsSchema.table('measure', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  effect: measureEffect('effect').notNull(),
  kind: measureKind('kind').notNull(),
  legalBasis: text('legal_basis').notNull(),
  listTypes: listType('list_types').array().notNull(),
  matters: text('matters').array().notNull(),
  departments: text('departments').array().notNull(),
});

/**
 * A subject's listing. The subject's code is kept next to its id (denormalised at proposal), so a
 * cross-check of codes is one indexed query here.
 */
export const listings = sanctionsSchema.table(
  'listing',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectId: uuid('subject_id').notNull(),
    subjectCode: text('subject_code').notNull(),
    subjectCategory: subjectCategory('subject_category').notNull(),
    listType: listType('list_type').notNull(),
    status: listingStatus('status').notNull(),
    /** The determining department (谁认定、谁负责). */
    department: text('department').notNull(),
    reasons: text('reasons').notNull(),
    basisRecordIds: uuid('basis_record_ids').array().notNull().default(sql`'{}'::uuid[]`),
    basisDocuments: text('basis_documents').array().notNull().default(sql`'{}'::text[]`),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    proposedBy: text('proposed_by').notNull(),
    /** The day the subject was told the reasons, basis and its rights. */
    notifiedOn: date('notified_on', { mode: 'string' }).notNull(),
    /** Last day of the objection window. */
    objectionDeadline: date('objection_deadline', { mode: 'string' }).notNull(),
    listedFrom: date('listed_from', { mode: 'string' }),
    listedUntil: date('listed_until', { mode: 'string' }),
    rectificationDeadline: date('rectification_deadline', { mode: 'string' }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removalReason: removalReason('removal_reason'),
    removalNote: text('removal_note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('listing_subject_idx').on(t.subjectId, t.status),
    index('listing_code_idx').on(t.subjectCode, t.listType, t.status),
    index('listing_department_idx').on(t.department, t.status),
    index('listing_type_idx').on(t.listType, t.status, t.id),
    // One open listing of a kind per subject: proposed or active.
    uniqueIndex('listing_open_idx').on(t.subjectId, t.listType).where(sql`status in ('PROPOSED', 'ACTIVE')`),
  ],
);

/** Every state change of a listing: who, when, why. Nothing is deleted. */
export const listingEvents = sanctionsSchema.table(
  'listing_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    listingId: uuid('listing_id').notNull(),
    kind: text('kind').notNull(),
    fromStatus: listingStatus('from_status'),
    toStatus: listingStatus('to_status').notNull(),
    actor: text('actor').notNull(),
    actorDepartment: text('actor_department'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('listing_event_listing_idx').on(t.listingId, t.id)],
);

export const listingObjections = sanctionsSchema.table(
  'listing_objection',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingId: uuid('listing_id').notNull(),
    filedBy: text('filed_by').notNull(),
    reason: text('reason').notNull(),
    evidence: text('evidence'),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    status: objectionStatus('status').notNull().default('OPEN'),
    resolvedBy: text('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    note: text('note'),
  },
  (t) => [index('listing_objection_listing_idx').on(t.listingId)],
);

/** 提示性/警示性约谈 for subjects that do not rectify; the notes go to the credit system. */
export const interviews = sanctionsSchema.table(
  'interview',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingId: uuid('listing_id').notNull(),
    kind: interviewKind('kind').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    notes: text('notes').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('interview_listing_idx').on(t.listingId)],
);

/**
 * 双反馈: each measure an active listing triggers, pushed to each implementing department, which
 * reports whether it applied it, or why not. Pending ones are the audit list.
 */
export const measureExecutions = sanctionsSchema.table(
  'measure_execution',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingId: uuid('listing_id').notNull(),
    subjectId: uuid('subject_id').notNull(),
    measureCode: text('measure_code').notNull(),
    department: text('department').notNull(),
    status: executionStatus('status').notNull().default('PENDING'),
    pushedAt: timestamp('pushed_at', { withTimezone: true }).notNull(),
    matter: text('matter'),
    caseReference: text('case_reference'),
    note: text('note'),
    reportedBy: text('reported_by'),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('measure_execution_key_idx').on(t.listingId, t.measureCode, t.department),
    index('measure_execution_pending_idx').on(t.department, t.pushedAt).where(sql`status = 'PENDING'`),
  ],
);

export const repairApplications = sanctionsSchema.table(
  'listing_repair',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingId: uuid('listing_id').notNull(),
    applicant: text('applicant').notNull(),
    status: repairStatus('status').notNull().default('SUBMITTED'),
    statement: text('statement'),
    conditions: jsonb('conditions').$type<RepairConditionResult[]>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    note: text('note'),
  },
  (t) => [index('listing_repair_listing_idx').on(t.listingId)],
);

export interface RepairConditionResult {
  condition: 'ACTIVE_LISTING' | 'MINIMUM_PERIOD' | 'OBLIGATIONS_FULFILLED' | 'CONDUCT_CORRECTED' | 'COMMITMENT_MADE' | 'NO_OPEN_APPLICATION';
  met: boolean;
  explanation: string;
}

export type ListType = (typeof listType.enumValues)[number];
export type ListingStatus = (typeof listingStatus.enumValues)[number];
export type RemovalReason = (typeof removalReason.enumValues)[number];
export type ListDefinitionRow = typeof listDefinitions.$inferSelect;
export type MeasureRow = typeof measures.$inferSelect;
export type ListingRow = typeof listings.$inferSelect;
export type NewListingRow = typeof listings.$inferInsert;
export type ListingEventRow = typeof listingEvents.$inferSelect;
export type NewListingEventRow = typeof listingEvents.$inferInsert;
export type ListingObjectionRow = typeof listingObjections.$inferSelect;
export type InterviewRow = typeof interviews.$inferSelect;
export type MeasureExecutionRow = typeof measureExecutions.$inferSelect;
export type RepairApplicationRow = typeof repairApplications.$inferSelect;

export const schema = {
  listDefinitions,
  measures,
  listings,
  listingEvents,
  listingObjections,
  interviews,
  measureExecutions,
  repairApplications,
};
