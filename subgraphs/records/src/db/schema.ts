import { sql } from 'drizzle-orm';
import type { RecordChange } from '../generated/graphql';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const recordsSchema = pgSchema('records');

export const recordCategory = recordsSchema.enum('record_category', [
  'ADMINISTRATIVE_LICENCE',
  'ADMINISTRATIVE_PENALTY',
  'COMMITMENT_FULFILMENT',
  'HONOUR_REWARD',
  'SELF_DECLARED',
  'CONTRACT_PERFORMANCE',
  'TAX',
  'SOCIAL_SECURITY',
  'COURT_ENFORCEMENT',
  'ABNORMAL_OPERATION',
]);
export const pushCycle = recordsSchema.enum('push_cycle', ['REAL_TIME', 'DAILY', 'WEEKLY', 'MONTHLY']);
export const disclosureLevel = recordsSchema.enum('disclosure_level', ['PUBLIC', 'GOVERNMENT_SHARED', 'AUTHORISED']);
export const partyCategory = recordsSchema.enum('party_category', ['LEGAL_PERSON', 'NATURAL_PERSON', 'INDIVIDUAL_BUSINESS']);
export const licenceCategory = recordsSchema.enum('licence_category', [
  'ORDINARY',
  'FRANCHISE',
  'RECOGNITION',
  'APPROVAL',
  'REGISTRATION',
  'OTHER',
]);
/** 当前状态 of a licence in the national template: 0 正常, 1 撤销, 2 异议, 3 其他. */
export const licenceStatus = recordsSchema.enum('licence_status', ['NORMAL', 'REVOKED', 'OBJECTED', 'OTHER']);
export const severityTier = recordsSchema.enum('severity_tier', ['MINOR', 'GENERAL', 'SERIOUS']);
export const recordStatus = recordsSchema.enum('record_status', ['ACTIVE', 'CORRECTED', 'REVOKED', 'REPAIRED']);
export const objectionStatus = recordsSchema.enum('objection_status', ['OPEN', 'UPHELD', 'CORRECTED', 'REVOKED']);
export const repairStatus = recordsSchema.enum('repair_status', ['SUBMITTED', 'ACCEPTED', 'CONFIRMED', 'REJECTED']);

/** The credit data catalogue (信用数据清单): what each department provides. */
export const catalogItems = recordsSchema.table('catalog_item', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  department: text('department').notNull(),
  departmentName: text('department_name').notNull(),
  category: recordCategory('category').notNull(),
  pushCycle: pushCycle('push_cycle').notNull(),
  disclosure: disclosureLevel('disclosure').notNull(),
  requiredFields: text('required_fields').array().notNull(),
  registersParties: boolean('registers_parties').notNull().default(false),
});

/**
 * Publicity rules for penalties, effective-dated by decision date: one row per rule set and
 * severity tier. Which set applies is data, so a new regulation is a new row set, not a release.
 */
export const publicityRules = recordsSchema.table(
  'publicity_rule',
  {
    ruleSet: text('rule_set').notNull(),
    title: text('title').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** Inclusive; null while in force. */
    effectiveTo: date('effective_to', { mode: 'string' }),
    tier: severityTier('tier').notNull(),
    published: boolean('published').notNull(),
    minMonths: integer('min_months').notNull(),
    maxMonths: integer('max_months').notNull(),
    /** Penalties that alone are never published under this set (e.g. a warning only). */
    unpublishedWhenOnly: text('unpublished_when_only').array().notNull(),
    /** Penalties whose publication cannot be ended early by repair. */
    fixedPenalties: text('fixed_penalties').array().notNull(),
    /** A restriction longer than the maximum is published for its full length. */
    extendsToRestrictionEnd: boolean('extends_to_restriction_end').notNull(),
    /** Classification thresholds in 10,000 yuan: fines up to `minorFineMax` are minor, from `seriousFineMin` serious. */
    minorFineMax: numeric('minor_fine_max', { mode: 'number' }).notNull(),
    seriousFineMin: numeric('serious_fine_min', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.ruleSet, t.tier] })],
);

/** Local closures and openings that differ from the official calendar. */
export const calendarOverrides = recordsSchema.table('calendar_override', {
  day: date('day', { mode: 'string' }).primaryKey(),
  working: boolean('working').notNull(),
  reason: text('reason').notNull(),
});

export const ingestBatches = recordsSchema.table(
  'ingest_batch',
  {
    id: uuid('id').primaryKey(),
    department: text('department').notNull(),
    submittedBy: text('submitted_by').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    supplied: integer('supplied').notNull(),
    created: integer('created').notNull(),
    updated: integer('updated').notNull(),
    unchanged: integer('unchanged').notNull(),
    rejected: integer('rejected').notNull(),
  },
  (t) => [index('ingest_batch_department_idx').on(t.department, t.receivedOn)],
);

export const creditRecords = recordsSchema.table(
  'credit_record',
  {
    id: uuid('id').primaryKey(),
    subjectId: uuid('subject_id').notNull(),
    sourceDepartment: text('source_department').notNull(),
    documentNumber: text('document_number').notNull(),
    catalogItem: text('catalog_item').notNull(),
    category: recordCategory('category').notNull(),
    disclosure: disclosureLevel('disclosure').notNull(),
    partyName: text('party_name').notNull(),
    partyCategory: partyCategory('party_category').notNull(),
    partyCode: text('party_code').notNull(),
    legalRepresentative: text('legal_representative'),
    documentName: text('document_name'),
    violationType: text('violation_type'),
    facts: text('facts'),
    legalBasis: text('legal_basis'),
    penaltyCategories: text('penalty_categories').array().notNull(),
    penaltyContent: text('penalty_content'),
    fineAmount: numeric('fine_amount', { mode: 'number' }),
    confiscatedAmount: numeric('confiscated_amount', { mode: 'number' }),
    suspendedOrRevokedLicence: text('suspended_or_revoked_licence'),
    licenceCategory: licenceCategory('licence_category'),
    certificateName: text('certificate_name'),
    certificateNumber: text('certificate_number'),
    content: text('content'),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    /** 当前状态, as the department states it for a licence. */
    licenceStatus: licenceStatus('licence_status'),
    /** 公示截止期, as the department states it; the publicity period itself follows the rule set. */
    statedPublicityEnd: date('stated_publicity_end', { mode: 'string' }),
    authority: text('authority'),
    authorityCode: text('authority_code'),
    sourceUnit: text('source_unit'),
    sourceUnitCode: text('source_unit_code'),
    remarks: text('remarks'),
    severityTier: severityTier('severity_tier'),
    /** Hash of the submitted content: a resubmission with the same hash changes nothing. */
    fingerprint: text('fingerprint').notNull(),
    status: recordStatus('status').notNull().default('ACTIVE'),
    version: integer('version').notNull().default(1),
    batchId: uuid('batch_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** Dates in China Standard Time, for deadline comparisons on either backend. */
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedOn: date('published_on', { mode: 'string' }),
    reportDeadline: date('report_deadline', { mode: 'string' }).notNull(),
    publishDeadline: date('publish_deadline', { mode: 'string' }).notNull(),
    deadlineProvisional: boolean('deadline_provisional').notNull(),
    /** Publicity as decided by the rule set in force on the decision date. */
    ruleSet: text('rule_set'),
    publishFrom: date('publish_from', { mode: 'string' }),
    publishUntil: date('publish_until', { mode: 'string' }),
    earliestRepairDate: date('earliest_repair_date', { mode: 'string' }),
    underObjection: boolean('under_objection').notNull().default(false),
    /** How the current version came about (see `record_version.change`), who made it, when, why. */
    change: text('change').$type<RecordChange>().notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    changeReason: text('change_reason'),
  },
  (t) => [
    uniqueIndex('credit_record_document_key').on(t.sourceDepartment, t.documentNumber),
    index('credit_record_subject_idx').on(t.subjectId, t.decisionDate.desc(), t.id.desc()),
    index('credit_record_compliance_idx').on(t.sourceDepartment, t.decisionDate),
  ],
);

/**
 * Superseded versions of records: before a record changes, its row is copied here whole, so every
 * earlier version stays readable with who made it, when and why.
 */
export const recordVersions = recordsSchema.table(
  'record_version',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => creditRecords.id),
    version: integer('version').notNull(),
    status: recordStatus('status').notNull(),
    change: text('change').$type<RecordChange>().notNull(),
    changedBy: text('changed_by').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    reason: text('reason'),
    snapshot: jsonb('snapshot').notNull(),
  },
  (t) => [uniqueIndex('record_version_key').on(t.recordId, t.version)],
);

/** Rows a department supplied that were not accepted, with why, so it can correct and resubmit. */
export const rejectedRows = recordsSchema.table(
  'rejected_row',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => ingestBatches.id),
    rowIndex: integer('row_index').notNull(),
    department: text('department').notNull(),
    documentNumber: text('document_number').notNull(),
    code: text('code').notNull(),
    message: text('message').notNull(),
    field: text('field'),
    payload: jsonb('payload').notNull(),
  },
  (t) => [index('rejected_row_batch_idx').on(t.batchId), index('rejected_row_department_idx').on(t.department, t.documentNumber)],
);

export const objections = recordsSchema.table(
  'objection',
  {
    id: uuid('id').primaryKey(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => creditRecords.id),
    filedBy: text('filed_by').notNull(),
    reason: text('reason').notNull(),
    evidence: text('evidence'),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: objectionStatus('status').notNull().default('OPEN'),
    resolvedBy: text('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    note: text('note'),
  },
  (t) => [
    index('objection_record_idx').on(t.recordId),
    index('objection_open_idx').on(t.dueDate).where(sql`${t.status} = 'OPEN'`),
  ],
);

export const repairApplications = recordsSchema.table(
  'repair_application',
  {
    id: uuid('id').primaryKey(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => creditRecords.id),
    applicant: text('applicant').notNull(),
    statement: text('statement'),
    conditions: jsonb('conditions').notNull(),
    status: repairStatus('status').notNull().default('SUBMITTED'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    note: text('note'),
  },
  (t) => [index('repair_application_record_idx').on(t.recordId)],
);

/**
 * A subject's authorisation (授权) for a department to read its AUTHORISED records, for one
 * purpose, until a date: recorded by the credit centre (from a signed paper authorisation) or
 * granted by the subject itself. Never deleted: a revocation sets `revokedAt`.
 */
export const authorisations = recordsSchema.table(
  'authorisation',
  {
    id: uuid('id').primaryKey(),
    subjectId: uuid('subject_id').notNull(),
    granteeDepartment: text('grantee_department').notNull(),
    purpose: text('purpose').notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    grantedBy: text('granted_by').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    revokedBy: text('revoked_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('authorisation_subject_idx').on(t.subjectId, t.granteeDepartment).where(sql`${t.revokedAt} is null`)],
);

export type AuthorisationRow = typeof authorisations.$inferSelect;
export type CatalogItemRow = typeof catalogItems.$inferSelect;
export type PublicityRuleRow = typeof publicityRules.$inferSelect;
export type CreditRecordRow = typeof creditRecords.$inferSelect;
export type NewCreditRecordRow = typeof creditRecords.$inferInsert;
export type RecordVersionRow = typeof recordVersions.$inferSelect;
export type ObjectionRow = typeof objections.$inferSelect;
export type RepairApplicationRow = typeof repairApplications.$inferSelect;

export const schema = {
  catalogItems,
  publicityRules,
  calendarOverrides,
  ingestBatches,
  creditRecords,
  recordVersions,
  rejectedRows,
  objections,
  repairApplications,
  authorisations,
};
