import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { StoredReason } from '../decision';
import type { RuleDefinition } from '../incentives';

export const servicesSchema = pgSchema('services');

export const checkDecision = servicesSchema.enum('check_decision', [
  'GREEN_CHANNEL',
  'COMMITMENT_ALLOWED',
  'STANDARD',
  'RESTRICTED',
  'REFUSED',
]);
export const commitmentKind = servicesSchema.enum('commitment_kind', [
  'REPLACES_APPROVAL',
  'MISSING_MATERIALS',
  'CERTIFICATION',
  'REPAIR',
  'INDUSTRY_SELF_DISCIPLINE',
  'VOLUNTARY',
  'OTHER',
]);
export const commitmentStatus = servicesSchema.enum('commitment_status', ['PENDING', 'KEPT', 'PARTLY_KEPT', 'BROKEN']);
export const commitmentMaker = servicesSchema.enum('commitment_maker', ['SUBJECT', 'DEPARTMENT']);

/** The approval matters of the one-network portal (一网通办) and how credit applies to each. */
export const approvalMatters = servicesSchema.table(
  'approval_matter',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    department: text('department').notNull(),
    departmentName: text('department_name').notNull(),
    /** 告知承诺: a commitment may replace materials or proofs. */
    commitmentAllowed: boolean('commitment_allowed').notNull(),
    /** 容缺受理: accepted with materials missing, on a commitment. */
    acceptWithMissingMaterials: boolean('accept_with_missing_materials').notNull(),
    greenChannel: boolean('green_channel').notNull(),
    /** Values of sanctions' `MeasureMatter`: the joint measures on these apply to the matter. */
    measureMatters: text('measure_matters').array().notNull(),
  },
  (t) => [index('approval_matter_department_idx').on(t.department)],
);

export const commitmentTemplates = servicesSchema.table(
  'commitment_template',
  {
    code: text('code').primaryKey(),
    matterCode: text('matter_code')
      .notNull()
      .references(() => approvalMatters.code),
    kind: commitmentKind('kind').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    conditions: text('conditions').array().notNull(),
    deadlineDays: integer('deadline_days').notNull(),
  },
  (t) => [index('commitment_template_matter_idx').on(t.matterCode, t.kind)],
);

/**
 * The decision rules of the credit check, effective-dated: the set in force on a day is the one
 * with the latest `effective_from` not after it. Grades and policies are configurable (DOMAIN.md).
 */
export const decisionRuleSets = servicesSchema.table('decision_rule_set', {
  version: text('version').primaryKey(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  greenChannelGrades: text('green_channel_grades').array().notNull(),
  commitmentGrades: text('commitment_grades').array().notNull(),
  restrictedGrades: text('restricted_grades').array().notNull(),
  /** Lists whose punishment measures on the matter refuse; other lists' restrict. */
  refusingListTypes: text('refusing_list_types').array().notNull(),
  /** Lists whose active listing excludes commitment-based processing and green channels. */
  negativeListTypes: text('negative_list_types').array().notNull(),
  /** How long a broken commitment excludes commitment-based processing, unless repaired. */
  brokenCommitmentMonths: integer('broken_commitment_months').notNull(),
});

/** The 信易+ incentive catalogue; eligibility rules are data. */
export const incentives = servicesSchema.table('incentive', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  provider: text('provider').notNull(),
  benefit: text('benefit').notNull(),
  measureMatter: text('measure_matter'),
  rules: jsonb('rules').$type<RuleDefinition[]>().notNull(),
  position: integer('position').notNull(),
});

/** The inputs a check read, as they arrived (`null` inputs did not arrive). */
export interface CheckInputsSnapshot {
  rating: { grade: string; score: number; modelVersion: string; evaluatedAt: string } | null;
  /** Why the rating is missing, when it is: `NULL` (arrived empty) or `ABSENT` (not sent). */
  ratingState: 'PRESENT' | 'NULL' | 'ABSENT';
  activeMeasures: { code: string; effect: string; matters: string[]; listingId: string; listType: string; department: string }[] | null;
  measuresState: 'PRESENT' | 'NULL' | 'ABSENT';
  brokenCommitments: string[];
}

/**
 * One stored check per application, matter and subject (a retry returns it), with the inputs and
 * the decision, and the officer's feedback once given.
 */
export const creditChecks = servicesSchema.table(
  'credit_check',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectId: text('subject_id').notNull(),
    matterCode: text('matter_code')
      .notNull()
      .references(() => approvalMatters.code),
    applicationId: text('application_id').notNull(),
    decision: checkDecision('decision').notNull(),
    reasons: jsonb('reasons').$type<StoredReason[]>().notNull(),
    missingInputs: text('missing_inputs').array().notNull(),
    inputs: jsonb('inputs').$type<CheckInputsSnapshot>().notNull(),
    grade: text('grade'),
    measureCodes: text('measure_codes').array(),
    ruleSetVersion: text('rule_set_version').notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
    checkedBy: text('checked_by').notNull(),
    department: text('department'),
    purpose: text('purpose'),
    feedbackApplied: boolean('feedback_applied'),
    feedbackReason: text('feedback_reason'),
    feedbackBy: text('feedback_by'),
    feedbackAt: timestamp('feedback_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('credit_check_application_idx').on(t.applicationId, t.matterCode, t.subjectId),
    index('credit_check_subject_idx').on(t.subjectId),
    // The audit list of checks awaiting feedback, per department, oldest first.
    index('credit_check_awaiting_idx').on(t.department, t.checkedAt, t.id).where(sql`${t.feedbackAt} is null`),
  ],
);

/** Every ask of a check, retries included: who, when, with which inputs, and what was answered. */
export const creditCheckLog = servicesSchema.table(
  'credit_check_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    checkId: uuid('check_id')
      .notNull()
      .references(() => creditChecks.id),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    callerId: text('caller_id').notNull(),
    department: text('department'),
    roles: text('roles').array().notNull(),
    purpose: text('purpose'),
    /** True when the ask found the stored check (a retry) rather than making it. */
    replay: boolean('replay').notNull(),
    inputs: jsonb('inputs').$type<CheckInputsSnapshot>().notNull(),
    decision: checkDecision('decision').notNull(),
  },
  (t) => [index('credit_check_log_check_idx').on(t.checkId, t.askedAt)],
);

export const commitments = servicesSchema.table(
  'commitment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectId: text('subject_id').notNull(),
    matterCode: text('matter_code').references(() => approvalMatters.code),
    kind: commitmentKind('kind').notNull(),
    text: text('text').notNull(),
    conditions: text('conditions').array().notNull(),
    deadline: date('deadline', { mode: 'string' }),
    madeBy: commitmentMaker('made_by').notNull(),
    madeByCaller: text('made_by_caller').notNull(),
    department: text('department').notNull(),
    madeAt: timestamp('made_at', { withTimezone: true }).notNull(),
    status: commitmentStatus('status').notNull().default('PENDING'),
    verificationNote: text('verification_note'),
    verifiedBy: text('verified_by'),
    verifiedDepartment: text('verified_department'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    excludedUntil: date('excluded_until', { mode: 'string' }),
    repairedAt: timestamp('repaired_at', { withTimezone: true }),
    repairedBy: text('repaired_by'),
    repairNote: text('repair_note'),
  },
  (t) => [
    index('commitment_subject_idx').on(t.subjectId, t.madeAt),
    // Exclusions: broken, unrepaired commitments, looked up by subject on every check.
    index('commitment_broken_idx').on(t.subjectId, t.excludedUntil).where(sql`${t.status} = 'BROKEN' and ${t.repairedAt} is null`),
  ],
);

export const schema = {
  approvalMatters,
  commitmentTemplates,
  decisionRuleSets,
  incentives,
  creditChecks,
  creditCheckLog,
  commitments,
};

export type ApprovalMatterRow = typeof approvalMatters.$inferSelect;
export type CommitmentTemplateRow = typeof commitmentTemplates.$inferSelect;
export type DecisionRuleSetRow = typeof decisionRuleSets.$inferSelect;
export type IncentiveRow = typeof incentives.$inferSelect;
export type CreditCheckRow = typeof creditChecks.$inferSelect;
export type CreditCheckLogRow = typeof creditCheckLog.$inferSelect;
export type CommitmentRow = typeof commitments.$inferSelect;
