import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SubjectRef, VersionView, SubmissionView, SubmitRecordsView, RecordPageView, SummaryView } from '../views';
import type { CreditRecordRow, CatalogItemRow, ObjectionRow, RepairApplicationRow, AuthorisationRow } from '../db/schema';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A subject's authorisation (授权) for one department to read its AUTHORISED records (social-insurance
 * or utility arrears, say) for one purpose until a date. Recorded by the credit centre or granted by
 * the subject itself; revocable by either.
 */
export type Authorisation = {
  __typename?: 'Authorisation';
  /** When it was recorded or granted. */
  grantedAt: Scalars['DateTime']['output'];
  /** Who recorded or granted it. */
  grantedBy: Scalars['String']['output'];
  /** The department authorised to read (e.g. `RSJ`). */
  granteeDepartment: Scalars['String']['output'];
  /** Its id, to revoke it. */
  id: Scalars['ID']['output'];
  /** The purpose the department must give (`purpose` header) when it reads under this authorisation. */
  purpose: Scalars['String']['output'];
  /** When it was revoked; null while it holds. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The subject that authorises. */
  subject: Subject;
  /** Whether it holds today (not revoked, not past `validUntil`). */
  valid: Scalars['Boolean']['output'];
  /** Last day the authorisation holds (inclusive). */
  validUntil: Scalars['Date']['output'];
};

/** An item of the credit data catalogue (信用数据清单): what a department provides and how. */
export type CatalogItem = {
  __typename?: 'CatalogItem';
  category: RecordCategory;
  code: Scalars['String']['output'];
  /** Department code of the provider, e.g. `SCJGJ`. */
  department: Scalars['String']['output'];
  departmentName: Scalars['String']['output'];
  disclosure: DisclosureLevel;
  name: Scalars['String']['output'];
  pushCycle: PushCycle;
  /** Whether a record may register a party not yet known to the subjects subgraph. */
  registersParties: Scalars['Boolean']['output'];
  /** Input fields a record of this item must carry (names of `RecordInput` fields). */
  requiredFields: Array<Scalars['String']['output']>;
};

export type CategoryCount = {
  __typename?: 'CategoryCount';
  category: RecordCategory;
  count: Scalars['Int']['output'];
};

/** One record of a subject's credit file, in its current version. */
export type CreditRecord = {
  __typename?: 'CreditRecord';
  authority?: Maybe<Scalars['String']['output']>;
  authorityCode?: Maybe<Scalars['String']['output']>;
  catalogItem: Scalars['String']['output'];
  category: RecordCategory;
  certificateName?: Maybe<Scalars['String']['output']>;
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** In 10,000 yuan (万元). */
  confiscatedAmount?: Maybe<Scalars['Float']['output']>;
  content?: Maybe<Scalars['String']['output']>;
  /** The calendar has no official data for the deadline's year; it assumes Monday to Friday. */
  deadlineProvisional: Scalars['Boolean']['output'];
  decisionDate: Scalars['Date']['output'];
  documentName?: Maybe<Scalars['String']['output']>;
  documentNumber: Scalars['String']['output'];
  facts?: Maybe<Scalars['String']['output']>;
  /** In 10,000 yuan (万元). */
  fineAmount?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** As the 双公示 template publishes it; null for analysts (no names of people) and for natural persons' records shown to the public. */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  licenceCategory?: Maybe<LicenceCategory>;
  /** 当前状态 of a licence, as the department states it. */
  licenceStatus?: Maybe<LicenceStatus>;
  /** Objections to this record; empty for the public. */
  objections: Array<Objection>;
  partyCategory: PartyCategory;
  /**
   * 统一社会信用代码, or a natural person's 公民身份号码: in full for the credit centre and the
   * department that decided the record, masked for other departments, null for the public and analysts.
   */
  partyCode?: Maybe<Scalars['String']['output']>;
  /**
   * A natural person's name is the surname and `**` for the public (张**), the person's pseudonym
   * (`P-…`, the same the subjects subgraph gives) for analysts, in full for departments.
   */
  partyName: Scalars['String']['output'];
  penaltyCategories: Array<PenaltyCategory>;
  penaltyContent?: Maybe<Scalars['String']['output']>;
  publicity: Publicity;
  /** 7 working days after the decision. */
  publishDeadline: Scalars['Date']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  remarks?: Maybe<Scalars['String']['output']>;
  /** 5 working days after the decision (official calendar with 调休, plus local closures). */
  reportDeadline: Scalars['Date']['output'];
  severityTier?: Maybe<SeverityTier>;
  sourceDepartment: Scalars['String']['output'];
  sourceUnit?: Maybe<Scalars['String']['output']>;
  sourceUnitCode?: Maybe<Scalars['String']['output']>;
  /**
   * 公示截止期 as the department states it. The publicity period itself (`publicity`) follows the
   * rule set in force on the decision date.
   */
  statedPublicityEnd?: Maybe<Scalars['Date']['output']>;
  status: RecordStatus;
  subject: Subject;
  suspendedOrRevokedLicence?: Maybe<Scalars['String']['output']>;
  /** An objection is being handled. */
  underObjection: Scalars['Boolean']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** 2099-12-31 means indefinite. */
  validTo?: Maybe<Scalars['Date']['output']>;
  version: Scalars['Int']['output'];
  /** Earlier and current versions, oldest first; empty for the public. */
  versions: Array<RecordVersion>;
  violationType?: Maybe<Scalars['String']['output']>;
};

export type CreditRecordConnection = {
  __typename?: 'CreditRecordConnection';
  edges: Array<CreditRecordEdge>;
  pageInfo: RecordPageInfo;
};

export type CreditRecordEdge = {
  __typename?: 'CreditRecordEdge';
  cursor: Scalars['String']['output'];
  node: CreditRecord;
};

export type DepartmentCompliance = {
  __typename?: 'DepartmentCompliance';
  accepted: Scalars['Int']['output'];
  department: Scalars['String']['output'];
  /** Per cent of supplied rows accepted (target 98). */
  effectiveStorageRate: Scalars['Float']['output'];
  meetsTargets: Scalars['Boolean']['output'];
  /** Per cent of public records published within 7 working days (target 100). */
  publishedOnTime: Scalars['Float']['output'];
  records: Scalars['Int']['output'];
  /** Per cent of records received within 5 working days of the decision (target 100). */
  reportedOnTime: Scalars['Float']['output'];
  supplied: Scalars['Int']['output'];
};

export type DisclosureLevel =
  /** Only with the subject's authorisation. */
  | 'AUTHORISED'
  /** Shared among government departments. */
  | 'GOVERNMENT_SHARED'
  /** Published to everyone within its publicity period. */
  | 'PUBLIC';

/** An authorisation to record or grant. */
export type GrantAuthorisationInput = {
  /** The department authorised to read, 2 to 16 capital letters or digits. */
  granteeDepartment: Scalars['String']['input'];
  /** The purpose the department will give when it reads, 1 to 200 characters. */
  purpose: Scalars['String']['input'];
  /** The subject that authorises (its id). */
  subjectId: Scalars['ID']['input'];
  /** Last day it holds: today or later, at most 3 years ahead. */
  validUntil: Scalars['Date']['input'];
};

/** What `grantAuthorisation` recorded. */
export type GrantAuthorisationPayload = {
  __typename?: 'GrantAuthorisationPayload';
  /** The authorisation as stored. */
  authorisation: Authorisation;
};

export type LicenceCategory =
  /** 核准 */
  | 'APPROVAL'
  /** 特许 */
  | 'FRANCHISE'
  /** 普通 */
  | 'ORDINARY'
  /** 其他 */
  | 'OTHER'
  /** 认可 */
  | 'RECOGNITION'
  /** 登记 */
  | 'REGISTRATION';

/** 当前状态 of a licence in the national 双公示 template. */
export type LicenceStatus =
  /** 0 正常 */
  | 'NORMAL'
  /** 2 异议 */
  | 'OBJECTED'
  /** 3 其他 (explained in remarks) */
  | 'OTHER'
  /** 1 撤销 */
  | 'REVOKED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Checks the repair conditions and explains any that fail; lodges the application when all are met. */
  applyForRepair: RepairApplicationPayload;
  /** Labels the record as under objection at once. */
  fileObjection: Objection;
  /** The credit centre records, or the subject itself grants, an authorisation to read its AUTHORISED records. */
  grantAuthorisation: GrantAuthorisationPayload;
  /** By the record's source department (or the credit centre). */
  resolveObjection: Objection;
  /** By the record's source department: accept, then confirm (ends publication) or reject. */
  reviewRepair: RepairApplication;
  /** The credit centre or the subject itself revokes an authorisation; it stops holding at once. */
  revokeAuthorisation: RevokeAuthorisationPayload;
  /**
   * A department pushes up to 5000 records. Idempotent by (department, document number): the same
   * row again changes nothing, a changed row becomes a new version. Accepted rows are stored in one
   * transaction; rejected rows are kept with their reason.
   */
  submitRecords: SubmitRecordsPayload;
};


export type MutationApplyForRepairArgs = {
  input: RepairApplicationInput;
};


export type MutationFileObjectionArgs = {
  evidence?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  recordId: Scalars['ID']['input'];
};


export type MutationGrantAuthorisationArgs = {
  input: GrantAuthorisationInput;
};


export type MutationResolveObjectionArgs = {
  correction?: InputMaybe<RecordCorrectionInput>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  outcome: ObjectionOutcome;
};


export type MutationReviewRepairArgs = {
  decision: RepairDecision;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeAuthorisationArgs = {
  input: RevokeAuthorisationInput;
};


export type MutationSubmitRecordsArgs = {
  batch: RecordBatchInput;
};

export type Objection = {
  __typename?: 'Objection';
  /** Handling deadline, in working days from filing. */
  dueDate: Scalars['Date']['output'];
  evidence?: Maybe<Scalars['String']['output']>;
  filedAt: Scalars['DateTime']['output'];
  filedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  overdue: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  record: CreditRecord;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<Scalars['String']['output']>;
  status: ObjectionStatus;
};

export type ObjectionOutcome =
  /** The record is corrected: a new version. */
  | 'CORRECTED'
  /** The decision is revoked and withdrawn from publication. */
  | 'REVOKED'
  /** The record stands unchanged. */
  | 'UPHELD';

export type ObjectionStatus =
  | 'CORRECTED'
  | 'OPEN'
  | 'REVOKED'
  | 'UPHELD';

export type PartyCategory =
  /** 个体工商户 */
  | 'INDIVIDUAL_BUSINESS'
  /** 法人及非法人组织 */
  | 'LEGAL_PERSON'
  /** 自然人 */
  | 'NATURAL_PERSON';

/** Penalty categories of 行政处罚法 (2021) art. 9. */
export type PenaltyCategory =
  | 'ADMINISTRATIVE_DETENTION'
  | 'BUSINESS_RESTRICTION'
  | 'CIRCULATED_CRITICISM'
  | 'CLOSURE'
  | 'CONFISCATION'
  | 'EMPLOYMENT_RESTRICTION'
  | 'FINE'
  | 'LICENCE_REVOCATION'
  | 'LICENCE_SUSPENSION'
  | 'OTHER'
  | 'QUALIFICATION_DOWNGRADE'
  | 'STOP_PRODUCTION'
  | 'WARNING';

export type Publicity = {
  __typename?: 'Publicity';
  /** When a repair may first be applied for; null when publication cannot be ended early. */
  earliestRepairDate?: Maybe<Scalars['Date']['output']>;
  publishFrom?: Maybe<Scalars['Date']['output']>;
  /** Publication ends automatically on this day (exclusive); null while a licence or other record stays public. */
  publishUntil?: Maybe<Scalars['Date']['output']>;
  /** The rule set that decided the period, e.g. `NDRC-2025-36`. */
  ruleSet?: Maybe<Scalars['String']['output']>;
  status: PublicityStatus;
};

export type PublicityStatus =
  | 'ENDED'
  | 'NOT_PUBLISHED'
  | 'PUBLISHED'
  | 'WITHDRAWN';

export type PushCycle =
  | 'DAILY'
  | 'MONTHLY'
  | 'REAL_TIME'
  | 'WEEKLY';

export type Query = {
  __typename?: 'Query';
  creditRecord?: Maybe<CreditRecord>;
  /** The credit data catalogue, optionally for one department. */
  dataCatalog: Array<CatalogItem>;
  /** Open objections past their handling deadline; a department sees those on its own records. */
  overdueObjections: Array<Objection>;
  /**
   * Timeliness and storage rate by department for decisions from `from` to `to` inclusive. A
   * department sees its own figures; the credit centre and analysts see all.
   */
  publicityCompliance: Array<DepartmentCompliance>;
};


export type QueryCreditRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDataCatalogArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPublicityComplianceArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

export type RecordBatchInput = {
  /** The department pushing; defaults to the caller's. Only the credit centre may push for another. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** At most 5000 records. */
  records: Array<RecordInput>;
};

export type RecordCategory =
  | 'ABNORMAL_OPERATION'
  | 'ADMINISTRATIVE_LICENCE'
  | 'ADMINISTRATIVE_PENALTY'
  | 'COMMITMENT_FULFILMENT'
  | 'CONTRACT_PERFORMANCE'
  | 'COURT_ENFORCEMENT'
  | 'HONOUR_REWARD'
  | 'SELF_DECLARED'
  | 'SOCIAL_SECURITY'
  | 'TAX';

export type RecordCorrectionInput = {
  confiscatedAmount?: InputMaybe<Scalars['Float']['input']>;
  facts?: InputMaybe<Scalars['String']['input']>;
  fineAmount?: InputMaybe<Scalars['Float']['input']>;
  penaltyCategories?: InputMaybe<Array<PenaltyCategory>>;
  penaltyContent?: InputMaybe<Scalars['String']['input']>;
  remarks?: InputMaybe<Scalars['String']['input']>;
  severityTier?: InputMaybe<SeverityTier>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * One record in the national 双公示 template's columns (licences and penalties), or the common
 * fields of other record kinds.
 */
export type RecordInput = {
  authority?: InputMaybe<Scalars['String']['input']>;
  authorityCode?: InputMaybe<Scalars['String']['input']>;
  catalogItem: Scalars['String']['input'];
  category: RecordCategory;
  certificateName?: InputMaybe<Scalars['String']['input']>;
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  confiscatedAmount?: InputMaybe<Scalars['Float']['input']>;
  content?: InputMaybe<Scalars['String']['input']>;
  decisionDate: Scalars['Date']['input'];
  documentName?: InputMaybe<Scalars['String']['input']>;
  documentNumber: Scalars['String']['input'];
  facts?: InputMaybe<Scalars['String']['input']>;
  fineAmount?: InputMaybe<Scalars['Float']['input']>;
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  licenceCategory?: InputMaybe<LicenceCategory>;
  /** 当前状态, for licences. */
  licenceStatus?: InputMaybe<LicenceStatus>;
  partyCategory: PartyCategory;
  partyCode: Scalars['String']['input'];
  partyName: Scalars['String']['input'];
  penaltyCategories?: InputMaybe<Array<PenaltyCategory>>;
  penaltyContent?: InputMaybe<Scalars['String']['input']>;
  /** When the department published the decision itself; defaults to the time of receipt. */
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** The deciding department's own tier; derived from the penalty when left out. */
  severityTier?: InputMaybe<SeverityTier>;
  sourceUnit?: InputMaybe<Scalars['String']['input']>;
  sourceUnitCode?: InputMaybe<Scalars['String']['input']>;
  /** 公示截止期, kept as stated (on or after the decision date). */
  statedPublicityEnd?: InputMaybe<Scalars['Date']['input']>;
  suspendedOrRevokedLicence?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
  violationType?: InputMaybe<Scalars['String']['input']>;
};

export type RecordPageInfo = {
  __typename?: 'RecordPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type RecordRowError = {
  __typename?: 'RecordRowError';
  /**
   * Stable code: UNKNOWN_CATALOG_ITEM, ITEM_NOT_PROVIDED, CATEGORY_MISMATCH, MISSING_FIELD,
   * INVALID_FIELD, INVALID_PARTY_CODE, UNKNOWN_PARTY, REGISTRATION_FAILED, INVALID_DATE,
   * DUPLICATE_IN_BATCH.
   */
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type RecordStatus =
  | 'ACTIVE'
  /** A later version corrected the decision. */
  | 'CORRECTED'
  /** Publication ended by a confirmed credit repair. */
  | 'REPAIRED'
  /** The decision was revoked; withdrawn from publication. */
  | 'REVOKED';

export type RecordSubmission = {
  __typename?: 'RecordSubmission';
  documentNumber: Scalars['String']['output'];
  error?: Maybe<RecordRowError>;
  /** Position of the row in the batch, from 0. */
  index: Scalars['Int']['output'];
  outcome: SubmissionOutcome;
  record?: Maybe<CreditRecord>;
};

export type RecordSummary = {
  __typename?: 'RecordSummary';
  byCategory: Array<CategoryCount>;
  lastDecisionDate?: Maybe<Scalars['Date']['output']>;
  /** Administrative penalties by severity tier. */
  penaltiesByTier: Array<TierCount>;
  total: Scalars['Int']['output'];
};

export type RecordVersion = {
  __typename?: 'RecordVersion';
  /** What changed the record: INGESTED, RESUBMITTED, OBJECTION_CORRECTED, OBJECTION_REVOKED, REPAIRED. */
  change: Scalars['String']['output'];
  changedAt: Scalars['DateTime']['output'];
  changedBy: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** The record's fields as they were in this version, as JSON. */
  snapshot: Scalars['String']['output'];
  status: RecordStatus;
  version: Scalars['Int']['output'];
};

export type RepairApplication = {
  __typename?: 'RepairApplication';
  applicant: Scalars['String']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  record: CreditRecord;
  status: RepairStatus;
  submittedAt: Scalars['DateTime']['output'];
};

export type RepairApplicationInput = {
  /** A public credit commitment (信用承诺) has been made. */
  commitmentMade: Scalars['Boolean']['input'];
  /** The conduct has been corrected. */
  conductCorrected: Scalars['Boolean']['input'];
  /** Fines paid, orders complied with. */
  obligationsFulfilled: Scalars['Boolean']['input'];
  recordId: Scalars['ID']['input'];
  statement?: InputMaybe<Scalars['String']['input']>;
};

export type RepairApplicationPayload = {
  __typename?: 'RepairApplicationPayload';
  /** Whether the application was lodged: only when every condition is met. */
  accepted: Scalars['Boolean']['output'];
  application?: Maybe<RepairApplication>;
  conditions: Array<RepairCondition>;
};

export type RepairCondition = {
  __typename?: 'RepairCondition';
  /** MINIMUM_PERIOD, CAN_END_EARLY, OBLIGATIONS_FULFILLED, CONDUCT_CORRECTED, COMMITMENT_MADE, PUBLISHED. */
  condition: Scalars['String']['output'];
  explanation: Scalars['String']['output'];
  met: Scalars['Boolean']['output'];
};

export type RepairDecision =
  | 'ACCEPT'
  | 'CONFIRM'
  | 'REJECT';

export type RepairStatus =
  | 'ACCEPTED'
  | 'CONFIRMED'
  | 'REJECTED'
  | 'SUBMITTED';

/** An authorisation to revoke. */
export type RevokeAuthorisationInput = {
  /** The authorisation's id. */
  id: Scalars['ID']['input'];
};

/** What `revokeAuthorisation` changed. */
export type RevokeAuthorisationPayload = {
  __typename?: 'RevokeAuthorisationPayload';
  /** The authorisation, now revoked. */
  authorisation: Authorisation;
};

export type SeverityTier =
  /** 一般 */
  | 'GENERAL'
  /** 轻微 */
  | 'MINOR'
  /** 严重 */
  | 'SERIOUS';

/** The subject's credit file, kept by the records subgraph. */
export type Subject = {
  __typename?: 'Subject';
  /**
   * The subject's authorisations for departments to read its AUTHORISED records, newest first: for the
   * credit centre and the subject itself; a department sees those granted to it. Null with FORBIDDEN
   * for other callers.
   */
  authorisations?: Maybe<Array<Authorisation>>;
  id: Scalars['ID']['output'];
  /** Counts over the records the caller may see. */
  recordSummary: RecordSummary;
  /**
   * The subject's current credit records, newest decision first. `first` is 1 to 100. The public sees
   * only records within their publicity period.
   */
  records: CreditRecordConnection;
};


/** The subject's credit file, kept by the records subgraph. */
export type SubjectRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<RecordCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SubmissionOutcome =
  | 'CREATED'
  | 'REJECTED'
  | 'UNCHANGED'
  /** A new version of a record submitted before with other content. */
  | 'UPDATED';

export type SubmitRecordsPayload = {
  __typename?: 'SubmitRecordsPayload';
  batchId: Scalars['ID']['output'];
  created: Scalars['Int']['output'];
  department: Scalars['String']['output'];
  rejected: Scalars['Int']['output'];
  /** Only the rejected rows: what to correct and resubmit (a small answer for a large batch). */
  rejections: Array<RecordSubmission>;
  /** One result per row, in the batch's order. */
  results: Array<RecordSubmission>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type TierCount = {
  __typename?: 'TierCount';
  count: Scalars['Int']['output'];
  tier: SeverityTier;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Subject: Subject;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Subject:
    ( { __typename: 'Subject' }
    & GraphQLRecursivePick<FederationTypes['Subject'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Authorisation: ResolverTypeWrapper<AuthorisationRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CatalogItem: ResolverTypeWrapper<CatalogItemRow>;
  CategoryCount: ResolverTypeWrapper<CategoryCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreditRecord: ResolverTypeWrapper<CreditRecordRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreditRecordConnection: ResolverTypeWrapper<RecordPageView>;
  CreditRecordEdge: ResolverTypeWrapper<Omit<CreditRecordEdge, 'node'> & { node: ResolversTypes['CreditRecord'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DepartmentCompliance: ResolverTypeWrapper<DepartmentCompliance>;
  DisclosureLevel: DisclosureLevel;
  GrantAuthorisationInput: GrantAuthorisationInput;
  GrantAuthorisationPayload: ResolverTypeWrapper<Omit<GrantAuthorisationPayload, 'authorisation'> & { authorisation: ResolversTypes['Authorisation'] }>;
  LicenceCategory: LicenceCategory;
  LicenceStatus: LicenceStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Objection: ResolverTypeWrapper<ObjectionRow>;
  ObjectionOutcome: ObjectionOutcome;
  ObjectionStatus: ObjectionStatus;
  PartyCategory: PartyCategory;
  PenaltyCategory: PenaltyCategory;
  Publicity: ResolverTypeWrapper<Publicity>;
  PublicityStatus: PublicityStatus;
  PushCycle: PushCycle;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordBatchInput: RecordBatchInput;
  RecordCategory: RecordCategory;
  RecordCorrectionInput: RecordCorrectionInput;
  RecordInput: RecordInput;
  RecordPageInfo: ResolverTypeWrapper<RecordPageInfo>;
  RecordRowError: ResolverTypeWrapper<RecordRowError>;
  RecordStatus: RecordStatus;
  RecordSubmission: ResolverTypeWrapper<SubmissionView>;
  RecordSummary: ResolverTypeWrapper<SummaryView>;
  RecordVersion: ResolverTypeWrapper<VersionView>;
  RepairApplication: ResolverTypeWrapper<RepairApplicationRow>;
  RepairApplicationInput: RepairApplicationInput;
  RepairApplicationPayload: ResolverTypeWrapper<Omit<RepairApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['RepairApplication']> }>;
  RepairCondition: ResolverTypeWrapper<RepairCondition>;
  RepairDecision: RepairDecision;
  RepairStatus: RepairStatus;
  RevokeAuthorisationInput: RevokeAuthorisationInput;
  RevokeAuthorisationPayload: ResolverTypeWrapper<Omit<RevokeAuthorisationPayload, 'authorisation'> & { authorisation: ResolversTypes['Authorisation'] }>;
  SeverityTier: SeverityTier;
  Subject: ResolverTypeWrapper<SubjectRef>;
  SubmissionOutcome: SubmissionOutcome;
  SubmitRecordsPayload: ResolverTypeWrapper<SubmitRecordsView>;
  TierCount: ResolverTypeWrapper<TierCount>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Authorisation: AuthorisationRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  CatalogItem: CatalogItemRow;
  CategoryCount: CategoryCount;
  Int: Scalars['Int']['output'];
  CreditRecord: CreditRecordRow;
  Float: Scalars['Float']['output'];
  CreditRecordConnection: RecordPageView;
  CreditRecordEdge: Omit<CreditRecordEdge, 'node'> & { node: ResolversParentTypes['CreditRecord'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DepartmentCompliance: DepartmentCompliance;
  GrantAuthorisationInput: GrantAuthorisationInput;
  GrantAuthorisationPayload: Omit<GrantAuthorisationPayload, 'authorisation'> & { authorisation: ResolversParentTypes['Authorisation'] };
  Mutation: Record<PropertyKey, never>;
  Objection: ObjectionRow;
  Publicity: Publicity;
  Query: Record<PropertyKey, never>;
  RecordBatchInput: RecordBatchInput;
  RecordCorrectionInput: RecordCorrectionInput;
  RecordInput: RecordInput;
  RecordPageInfo: RecordPageInfo;
  RecordRowError: RecordRowError;
  RecordSubmission: SubmissionView;
  RecordSummary: SummaryView;
  RecordVersion: VersionView;
  RepairApplication: RepairApplicationRow;
  RepairApplicationInput: RepairApplicationInput;
  RepairApplicationPayload: Omit<RepairApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['RepairApplication']> };
  RepairCondition: RepairCondition;
  RevokeAuthorisationInput: RevokeAuthorisationInput;
  RevokeAuthorisationPayload: Omit<RevokeAuthorisationPayload, 'authorisation'> & { authorisation: ResolversParentTypes['Authorisation'] };
  Subject: SubjectRef;
  SubmitRecordsPayload: SubmitRecordsView;
  TierCount: TierCount;
}>;

export type AuthorisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Authorisation'] = ResolversParentTypes['Authorisation']> = ResolversObject<{
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  granteeDepartment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type CatalogItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CatalogItem'] = ResolversParentTypes['CatalogItem']> = ResolversObject<{
  category?: Resolver<ResolversTypes['RecordCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['DisclosureLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pushCycle?: Resolver<ResolversTypes['PushCycle'], ParentType, ContextType>;
  registersParties?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requiredFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CategoryCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryCount'] = ResolversParentTypes['CategoryCount']> = ResolversObject<{
  category?: Resolver<ResolversTypes['RecordCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreditRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRecord'] = ResolversParentTypes['CreditRecord']> = ResolversObject<{
  authority?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authorityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  catalogItem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['RecordCategory'], ParentType, ContextType>;
  certificateName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confiscatedAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadlineProvisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decisionDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  documentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facts?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fineAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalRepresentative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licenceCategory?: Resolver<Maybe<ResolversTypes['LicenceCategory']>, ParentType, ContextType>;
  licenceStatus?: Resolver<Maybe<ResolversTypes['LicenceStatus']>, ParentType, ContextType>;
  objections?: Resolver<Array<ResolversTypes['Objection']>, ParentType, ContextType>;
  partyCategory?: Resolver<ResolversTypes['PartyCategory'], ParentType, ContextType>;
  partyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  penaltyCategories?: Resolver<Array<ResolversTypes['PenaltyCategory']>, ParentType, ContextType>;
  penaltyContent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publicity?: Resolver<ResolversTypes['Publicity'], ParentType, ContextType>;
  publishDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  remarks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  severityTier?: Resolver<Maybe<ResolversTypes['SeverityTier']>, ParentType, ContextType>;
  sourceDepartment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUnitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statedPublicityEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecordStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  suspendedOrRevokedLicence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  underObjection?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['RecordVersion']>, ParentType, ContextType>;
  violationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CreditRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRecordConnection'] = ResolversParentTypes['CreditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CreditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['RecordPageInfo'], ParentType, ContextType>;
}>;

export type CreditRecordEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRecordEdge'] = ResolversParentTypes['CreditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditRecord'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DepartmentComplianceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DepartmentCompliance'] = ResolversParentTypes['DepartmentCompliance']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveStorageRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  meetsTargets?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedOnTime?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedOnTime?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  supplied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GrantAuthorisationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GrantAuthorisationPayload'] = ResolversParentTypes['GrantAuthorisationPayload']> = ResolversObject<{
  authorisation?: Resolver<ResolversTypes['Authorisation'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  applyForRepair?: Resolver<ResolversTypes['RepairApplicationPayload'], ParentType, ContextType, RequireFields<MutationApplyForRepairArgs, 'input'>>;
  fileObjection?: Resolver<ResolversTypes['Objection'], ParentType, ContextType, RequireFields<MutationFileObjectionArgs, 'reason' | 'recordId'>>;
  grantAuthorisation?: Resolver<ResolversTypes['GrantAuthorisationPayload'], ParentType, ContextType, RequireFields<MutationGrantAuthorisationArgs, 'input'>>;
  resolveObjection?: Resolver<ResolversTypes['Objection'], ParentType, ContextType, RequireFields<MutationResolveObjectionArgs, 'id' | 'note' | 'outcome'>>;
  reviewRepair?: Resolver<ResolversTypes['RepairApplication'], ParentType, ContextType, RequireFields<MutationReviewRepairArgs, 'decision' | 'id'>>;
  revokeAuthorisation?: Resolver<ResolversTypes['RevokeAuthorisationPayload'], ParentType, ContextType, RequireFields<MutationRevokeAuthorisationArgs, 'input'>>;
  submitRecords?: Resolver<ResolversTypes['SubmitRecordsPayload'], ParentType, ContextType, RequireFields<MutationSubmitRecordsArgs, 'batch'>>;
}>;

export type ObjectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Objection'] = ResolversParentTypes['Objection']> = ResolversObject<{
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['CreditRecord'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObjectionStatus'], ParentType, ContextType>;
}>;

export type PublicityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Publicity'] = ResolversParentTypes['Publicity']> = ResolversObject<{
  earliestRepairDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publishFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publishUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  ruleSet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicityStatus'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  creditRecord?: Resolver<Maybe<ResolversTypes['CreditRecord']>, ParentType, ContextType, RequireFields<QueryCreditRecordArgs, 'id'>>;
  dataCatalog?: Resolver<Array<ResolversTypes['CatalogItem']>, ParentType, ContextType, Partial<QueryDataCatalogArgs>>;
  overdueObjections?: Resolver<Array<ResolversTypes['Objection']>, ParentType, ContextType>;
  publicityCompliance?: Resolver<Array<ResolversTypes['DepartmentCompliance']>, ParentType, ContextType, RequireFields<QueryPublicityComplianceArgs, 'from' | 'to'>>;
}>;

export type RecordPageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordPageInfo'] = ResolversParentTypes['RecordPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RecordRowErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordRowError'] = ResolversParentTypes['RecordRowError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecordSubmissionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordSubmission'] = ResolversParentTypes['RecordSubmission']> = ResolversObject<{
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['RecordRowError']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['SubmissionOutcome'], ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['CreditRecord']>, ParentType, ContextType>;
}>;

export type RecordSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordSummary'] = ResolversParentTypes['RecordSummary']> = ResolversObject<{
  byCategory?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
  lastDecisionDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  penaltiesByTier?: Resolver<Array<ResolversTypes['TierCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecordVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordVersion'] = ResolversParentTypes['RecordVersion']> = ResolversObject<{
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecordStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RepairApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepairApplication'] = ResolversParentTypes['RepairApplication']> = ResolversObject<{
  applicant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['CreditRecord'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RepairStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type RepairApplicationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepairApplicationPayload'] = ResolversParentTypes['RepairApplicationPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['RepairApplication']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['RepairCondition']>, ParentType, ContextType>;
}>;

export type RepairConditionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepairCondition'] = ResolversParentTypes['RepairCondition']> = ResolversObject<{
  condition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RevokeAuthorisationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeAuthorisationPayload'] = ResolversParentTypes['RevokeAuthorisationPayload']> = ResolversObject<{
  authorisation?: Resolver<ResolversTypes['Authorisation'], ParentType, ContextType>;
}>;

export type SubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  authorisations?: Resolver<Maybe<Array<ResolversTypes['Authorisation']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordSummary?: Resolver<ResolversTypes['RecordSummary'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['CreditRecordConnection'], ParentType, ContextType, RequireFields<SubjectRecordsArgs, 'first'>>;
}>;

export type SubmitRecordsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitRecordsPayload'] = ResolversParentTypes['SubmitRecordsPayload']> = ResolversObject<{
  batchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes['RecordSubmission']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['RecordSubmission']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TierCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TierCount'] = ResolversParentTypes['TierCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['SeverityTier'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Authorisation?: AuthorisationResolvers<ContextType>;
  CatalogItem?: CatalogItemResolvers<ContextType>;
  CategoryCount?: CategoryCountResolvers<ContextType>;
  CreditRecord?: CreditRecordResolvers<ContextType>;
  CreditRecordConnection?: CreditRecordConnectionResolvers<ContextType>;
  CreditRecordEdge?: CreditRecordEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DepartmentCompliance?: DepartmentComplianceResolvers<ContextType>;
  GrantAuthorisationPayload?: GrantAuthorisationPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Objection?: ObjectionResolvers<ContextType>;
  Publicity?: PublicityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordPageInfo?: RecordPageInfoResolvers<ContextType>;
  RecordRowError?: RecordRowErrorResolvers<ContextType>;
  RecordSubmission?: RecordSubmissionResolvers<ContextType>;
  RecordSummary?: RecordSummaryResolvers<ContextType>;
  RecordVersion?: RecordVersionResolvers<ContextType>;
  RepairApplication?: RepairApplicationResolvers<ContextType>;
  RepairApplicationPayload?: RepairApplicationPayloadResolvers<ContextType>;
  RepairCondition?: RepairConditionResolvers<ContextType>;
  RevokeAuthorisationPayload?: RevokeAuthorisationPayloadResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  SubmitRecordsPayload?: SubmitRecordsPayloadResolvers<ContextType>;
  TierCount?: TierCountResolvers<ContextType>;
}>;

