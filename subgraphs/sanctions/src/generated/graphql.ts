import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SubjectRef, CreditRecordRef, ApplicableMeasureView, ListingPageView, CrossCheckResultView, CrossCheckView, ImportResultView } from '../views';
import type { ListingRow, ListDefinitionRow, MeasureRow, ListingEventRow, ListingObjectionRow, InterviewRow, MeasureExecutionRow, RepairApplicationRow } from '../db/schema';
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

/** Activate a proposed listing after its objection window. */
export type ActivateListingInput = {
  /** First day in force; today by default (not earlier than the day after the window). */
  listedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** The listing. */
  listingId: Scalars['ID']['input'];
  /** By when the subject must rectify. */
  rectificationDeadline?: InputMaybe<Scalars['Date']['input']>;
};

/** Result of activating a listing. */
export type ActivateListingPayload = {
  __typename?: 'ActivateListingPayload';
  /** The listing, ACTIVE. */
  listing: Listing;
  /** Measures pushed to implementing departments for feedback. */
  pushedMeasures: Scalars['Int']['output'];
};

/** A measure that applies to a subject, with the listing that triggers it. */
export type ApplicableMeasure = {
  __typename?: 'ApplicableMeasure';
  /** The listing in force that triggers it. */
  listing: Listing;
  /** The measure and its legal basis. */
  measure: Measure;
};

/** Apply for removal from a list (信用修复). */
export type ApplyForListingRepairInput = {
  /** A public credit commitment (信用承诺) has been made. */
  commitmentMade: Scalars['Boolean']['input'];
  /** The conduct has been corrected. */
  conductCorrected: Scalars['Boolean']['input'];
  /** The listing. */
  listingId: Scalars['ID']['input'];
  /** Fines paid, judgments complied with. */
  obligationsFulfilled: Scalars['Boolean']['input'];
  /** The applicant's statement. */
  statement?: InputMaybe<Scalars['String']['input']>;
};

/** Result of applying for a repair: each condition explained; lodged only when all are met. */
export type ApplyForListingRepairPayload = {
  __typename?: 'ApplyForListingRepairPayload';
  /** Whether the application was lodged. */
  accepted: Scalars['Boolean']['output'];
  /** The application, when lodged. */
  application?: Maybe<ListingRepairApplication>;
  /** Each condition, met or not, explained. */
  conditions: Array<ListingRepairCondition>;
};

export type CreditRecord = {
  __typename?: 'CreditRecord';
  /** The record's id in the records subgraph. */
  id: Scalars['ID']['output'];
};

/** A red/black list cross-check of many codes (a bidding round, a subsidy batch). */
export type CrossCheckInput = {
  /** 统一社会信用代码 or 公民身份号码, at most 10,000; each is answered, malformed ones per code. */
  codes: Array<Scalars['String']['input']>;
  /** The lists to check; all three when left out. */
  lists?: InputMaybe<Array<ListType>>;
};

/** The answers of a cross-check, one per code in input order. */
export type CrossCheckPayload = {
  __typename?: 'CrossCheckPayload';
  /** Codes checked. */
  checked: Scalars['Int']['output'];
  /** Codes found invalid. */
  invalid: Scalars['Int']['output'];
  /** Codes on at least one checked list. */
  listed: Scalars['Int']['output'];
  /** One result per code. */
  results: Array<CrossCheckResult>;
};

/** The answer for one code of a cross-check. */
export type CrossCheckResult = {
  __typename?: 'CrossCheckResult';
  /** The code as given. */
  code: Scalars['String']['output'];
  /** Why the code is invalid, when it is. */
  error?: Maybe<RowError>;
  /** Position of the code in the input, from 0. */
  index: Scalars['Int']['output'];
  /** The list types the subject is on today, among those checked. */
  listTypes: Array<ListType>;
  /** Whether the subject is on any of the checked lists today. */
  listed: Scalars['Boolean']['output'];
  /** The listings in force, among those checked and those the caller may see. */
  listings: Array<Listing>;
  /** Whether the code is a valid credit code or ID number. */
  valid: Scalars['Boolean']['output'];
};

/** File an objection to a proposed listing. */
export type FileListingObjectionInput = {
  /** Evidence offered. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** The listing. */
  listingId: Scalars['ID']['input'];
  /** Why the subject objects. */
  reason: Scalars['String']['input'];
};

/** Result of filing an objection. */
export type FileListingObjectionPayload = {
  __typename?: 'FileListingObjectionPayload';
  /** The objection, OPEN. */
  objection: ListingObjection;
};

/** A listing decided before this system, imported by the credit centre with its dates. */
export type ImportListingInput = {
  /** Other documents it rests on. */
  basisDocuments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ids of the credit records it rests on. */
  basisRecordIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The determining department's code. */
  department: Scalars['String']['input'];
  /** The list. */
  listType: ListType;
  /** First day in force (after the objection window). */
  listedFrom: Scalars['Date']['input'];
  /** The day the subject was notified. */
  notifiedOn: Scalars['Date']['input'];
  /** Why the subject was listed. */
  reasons: Scalars['String']['input'];
  /** The subject's 统一社会信用代码 or 公民身份号码. */
  subjectCode: Scalars['String']['input'];
  /** The subject's id. */
  subjectId: Scalars['ID']['input'];
};

/** The answer for one imported listing. */
export type ImportListingResult = {
  __typename?: 'ImportListingResult';
  /** Why it was not imported. */
  error?: Maybe<RowError>;
  /** Position in the input, from 0. */
  index: Scalars['Int']['output'];
  /** The listing, when imported (or already there). */
  listing?: Maybe<Listing>;
};

/** Import listings decided earlier. */
export type ImportListingsInput = {
  /** At most 5000 listings. */
  listings: Array<ImportListingInput>;
};

/** Result of an import: one result per row; a bad row never sinks the batch. */
export type ImportListingsPayload = {
  __typename?: 'ImportListingsPayload';
  /** Rows imported. */
  imported: Scalars['Int']['output'];
  /** Rows rejected. */
  rejected: Scalars['Int']['output'];
  /** One per row, in order. */
  results: Array<ImportListingResult>;
  /** Rows skipped: the subject already has an open listing of that type. */
  skipped: Scalars['Int']['output'];
};

/** An interview held with a listed subject; its notes go to the credit system. */
export type Interview = {
  __typename?: 'Interview';
  /** The day it was held. */
  heldOn: Scalars['Date']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Prompt or warning. */
  kind: InterviewKind;
  /** What was said and agreed. */
  notes: Scalars['String']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
};

/** Kind of interview with a subject that does not rectify. */
export type InterviewKind =
  /** 提示性约谈. */
  | 'PROMPT'
  /** 警示性约谈. */
  | 'WARNING';

/** A list as data: its legal basis, who enters it, how one leaves it, and for how long. */
export type ListDefinition = {
  __typename?: 'ListDefinition';
  /** Since when this definition applies. */
  effectiveFrom: Scalars['Date']['output'];
  /** Which conduct puts a subject on the list. */
  entryCriteria: Scalars['String']['output'];
  /** How and when a subject leaves the list. */
  exitConditions: Scalars['String']['output'];
  /** The laws, regulations and central policy documents it rests on. */
  legalBasis: Scalars['String']['output'];
  /** Which list. */
  listType: ListType;
  /** Months after activation before a repair may be applied for. */
  minimumMonths: Scalars['Int']['output'];
  /** Its official name. */
  name: Scalars['String']['output'];
  /** Calendar days from notice during which the subject may object. */
  objectionDays: Scalars['Int']['output'];
  /** How long a listing lasts from activation, in months. */
  periodMonths: Scalars['Int']['output'];
  /** Whether organisations' listings are published. */
  publicForOrganisations: Scalars['Boolean']['output'];
  /** Whether natural persons' listings are published (without their codes). */
  publicForPersons: Scalars['Boolean']['output'];
};

/** The three lists. */
export type ListType =
  /** 重点关注对象名单: key attention list. */
  | 'KEY_ATTENTION'
  /** 守信激励对象名单: red list. */
  | 'RED_LIST'
  /** 严重失信主体名单: serious dishonesty list. */
  | 'SERIOUS_DISHONESTY';

/** A subject's listing on one list, by one determining department (谁认定、谁负责). */
export type Listing = {
  __typename?: 'Listing';
  /** Other documents the listing rests on (decision numbers, court rulings). */
  basisDocuments: Array<Scalars['String']['output']>;
  /**
   * The credit records the listing rests on (resolved by the records subgraph). An entry is null
   * where the caller may not see that record (outside its publicity period, say), so the listing
   * itself is never lost with it.
   */
  basisRecords: Array<Maybe<CreditRecord>>;
  /** Code of the determining department, e.g. `SCJGJ`. */
  department: Scalars['String']['output'];
  /** Every state change with who, when and why, oldest first: the subject, departments and the credit centre; null for others. */
  history?: Maybe<Array<ListingEvent>>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Whether the listing is in force today. */
  inForce: Scalars['Boolean']['output'];
  /** Prompt and warning interviews: the subject, departments and the credit centre; null for others. */
  interviews?: Maybe<Array<Interview>>;
  /** The list's definition. */
  list: ListDefinition;
  /** The list. */
  listType: ListType;
  /** First day in force; null while proposed. */
  listedFrom?: Maybe<Scalars['Date']['output']>;
  /** Day the listing ends (exclusive); publication ends with it. */
  listedUntil?: Maybe<Scalars['Date']['output']>;
  /** The measures a listing of this type triggers (all matters). */
  measures: Array<Measure>;
  /** Last day of the objection window. */
  objectionDeadline: Scalars['Date']['output'];
  /** Objections filed against it: the subject, departments and the credit centre; null for others. */
  objections?: Maybe<Array<ListingObjection>>;
  /** When it was proposed (and the subject notified). */
  proposedAt: Scalars['DateTime']['output'];
  /** Why the subject is listed, as the subject was told. */
  reasons: Scalars['String']['output'];
  /** By when the subject must rectify; interviews follow if it does not. */
  rectificationDeadline?: Maybe<Scalars['Date']['output']>;
  /** The department's note on the removal. */
  removalNote?: Maybe<Scalars['String']['output']>;
  /** Why it ended, when it did. */
  removalReason?: Maybe<RemovalReason>;
  /** When it ended. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Repair applications: the subject, departments and the credit centre; null for others. */
  repairApplications?: Maybe<Array<ListingRepairApplication>>;
  /** Where it is in its lifecycle. */
  status: ListingStatus;
  /** The listed subject. */
  subject: Subject;
  /**
   * The subject's code: an organisation's 统一社会信用代码 for everyone; a natural person's
   * 公民身份号码 in full for the credit centre, the determining department and the person, masked
   * for other departments, null for the public and analysts.
   */
  subjectCode?: Maybe<Scalars['String']['output']>;
};

/** A page of listings. */
export type ListingConnection = {
  __typename?: 'ListingConnection';
  /** The listings of this page. */
  edges: Array<ListingEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
};

/** One listing in a page. */
export type ListingEdge = {
  __typename?: 'ListingEdge';
  /** Position of this listing, for `after`. */
  cursor: Scalars['String']['output'];
  /** The listing. */
  node: Listing;
};

/** One state change of a listing. */
export type ListingEvent = {
  __typename?: 'ListingEvent';
  /** Who made the change (caller id). */
  actor: Scalars['String']['output'];
  /** The actor's department, if any. */
  actorDepartment?: Maybe<Scalars['String']['output']>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Status before, when it changed. */
  fromStatus?: Maybe<ListingStatus>;
  /** What happened: PROPOSED, IMPORTED, OBJECTION_FILED, OBJECTION_DISMISSED, OBJECTION_UPHELD, ACTIVATED, RECTIFICATION_DEADLINE_SET, INTERVIEW_RECORDED, REMOVED, REJECTED, REPAIR_APPLIED, REPAIR_ACCEPTED, REPAIR_REVIEWED, REPAIR_CONFIRMED, REPAIR_REJECTED. */
  kind: Scalars['String']['output'];
  /** Why, in the actor's words. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  toStatus: ListingStatus;
};

/** Filters for the listings query. */
export type ListingFilter = {
  /** Only this determining department's listings, a code of the departments directory (UNKNOWN_DEPARTMENT otherwise). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Only this list. */
  listType?: InputMaybe<ListType>;
  /** Only listings in this status. */
  status?: InputMaybe<ListingStatus>;
};

/** A subject's objection (异议) to a listing. */
export type ListingObjection = {
  __typename?: 'ListingObjection';
  /** Evidence offered. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** When it was filed. */
  filedAt: Scalars['DateTime']['output'];
  /** Who filed it (caller id). */
  filedBy: Scalars['String']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The listing objected to. */
  listing: Listing;
  /** The decision's explanation. */
  note?: Maybe<Scalars['String']['output']>;
  /** Why the subject objects. */
  reason: Scalars['String']['output'];
  /** When it was decided. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who decided it. */
  resolvedBy?: Maybe<Scalars['String']['output']>;
  /** Handling state. */
  status: ListingObjectionStatus;
};

/** Outcome of checking a listing objection. */
export type ListingObjectionOutcome =
  /** The listing stands. */
  | 'DISMISSED'
  /** The objection is right: the listing is rejected, or removed if already active. */
  | 'UPHELD';

/** Handling state of a listing objection. */
export type ListingObjectionStatus =
  /** Checked and dismissed: the listing stands. */
  | 'DISMISSED'
  /** Being checked: the listing cannot be activated meanwhile. */
  | 'OPEN'
  /** Upheld: the listing is rejected (or removed, if already active). */
  | 'UPHELD';

/** A subject's application to be removed from a list (信用修复). */
export type ListingRepairApplication = {
  __typename?: 'ListingRepairApplication';
  /** Who applied (caller id). */
  applicant: Scalars['String']['output'];
  /** The conditions as checked when it was lodged. */
  conditions: Array<ListingRepairCondition>;
  /** When. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who took the last decision. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The listing to repair. */
  listing: Listing;
  /** The department's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The applicant's statement. */
  statement?: Maybe<Scalars['String']['output']>;
  /** Handling state. */
  status: ListingRepairStatus;
  /** When it was lodged. */
  submittedAt: Scalars['DateTime']['output'];
};

/** One condition of a listing repair, checked and explained. */
export type ListingRepairCondition = {
  __typename?: 'ListingRepairCondition';
  /** The condition. */
  condition: ListingRepairConditionCode;
  /** What it means here, and what to do if it is not met. */
  explanation: Scalars['String']['output'];
  /** Whether it is met. */
  met: Scalars['Boolean']['output'];
};

/** A condition a listing repair application is checked against. */
export type ListingRepairConditionCode =
  /** The listing is in force and on a punitive list (a red-list listing has nothing to repair). */
  | 'ACTIVE_LISTING'
  /** A public credit commitment (信用承诺) has been made. */
  | 'COMMITMENT_MADE'
  /** The conduct that led to the listing has been corrected. */
  | 'CONDUCT_CORRECTED'
  /** The list's minimum period since activation has passed. */
  | 'MINIMUM_PERIOD'
  /** No other application for the listing is being handled. */
  | 'NO_OPEN_APPLICATION'
  /** Fines paid, decisions and judgments complied with. */
  | 'OBLIGATIONS_FULFILLED';

/** A department's decision on a listing repair application. */
export type ListingRepairDecision =
  /** Accept it for review. */
  | 'ACCEPT'
  /** Confirm: remove the listing and lift its measures at once. */
  | 'CONFIRM'
  /** Reject, with a note. */
  | 'REJECT'
  /** Record the review. */
  | 'REVIEW';

/** Handling state of a listing repair application. */
export type ListingRepairStatus =
  /** Accepted for review (受理). */
  | 'ACCEPTED'
  /** Confirmed: the listing was removed and its measures lifted. */
  | 'CONFIRMED'
  /** Rejected, with the reason in `note`. */
  | 'REJECTED'
  /** Reviewed; waiting for the decision. */
  | 'REVIEWED'
  /** Lodged; waiting for the department to accept it. */
  | 'SUBMITTED';

/** Where a listing is in its lifecycle. */
export type ListingStatus =
  /** In force from `listedFrom` until `listedUntil`. */
  | 'ACTIVE'
  /** Proposed and notified; the objection window is open or the department has not activated it yet. */
  | 'PROPOSED'
  /** Not activated: withdrawn or rejected on objection before it took effect. */
  | 'REJECTED'
  /** Removed (period expired, repaired, decision revoked, objection upheld or withdrawn). */
  | 'REMOVED';

/** A measure of the joint reward and punishment catalogue (联合奖惩措施清单). */
export type Measure = {
  __typename?: 'Measure';
  /** Stable code, e.g. `CJ-001`. */
  code: Scalars['String']['output'];
  /** Codes of the departments that implement it. */
  departments: Array<Scalars['String']['output']>;
  /** Reward or punishment. */
  effect: MeasureEffect;
  /** Administrative, market, industry or social. */
  kind: MeasureKind;
  /** The law, regulation or memorandum it rests on. */
  legalBasis: Scalars['String']['output'];
  /** The lists whose listings trigger it. */
  listTypes: Array<ListType>;
  /** The matters it applies to. */
  matters: Array<MeasureMatter>;
  /** What the measure does. */
  name: Scalars['String']['output'];
};

/** Reward or punishment. */
export type MeasureEffect =
  /** 失信惩戒. */
  | 'PUNISHMENT'
  /** 守信激励. */
  | 'REWARD';

/** A measure pushed to an implementing department for one listing, and its feedback. */
export type MeasureExecution = {
  __typename?: 'MeasureExecution';
  /** The department's case or application number. */
  caseReference?: Maybe<Scalars['String']['output']>;
  /** The implementing department. */
  department: Scalars['String']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The listing that triggered the measure. */
  listing: Listing;
  /** The matter the measure was applied in. */
  matter?: Maybe<MeasureMatter>;
  /** The measure. */
  measure: Measure;
  /** How it was applied, or why not. */
  note?: Maybe<Scalars['String']['output']>;
  /** When the measure was pushed to the department. */
  pushedAt: Scalars['DateTime']['output'];
  /** When it was reported. */
  reportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who reported. */
  reportedBy?: Maybe<Scalars['String']['output']>;
  /** Feedback state. */
  status: MeasureExecutionStatus;
};

/** What the implementing department reported for a pushed measure (双反馈). */
export type MeasureExecutionStatus =
  /** The department applied the measure. */
  | 'APPLIED'
  /** The listing ended before an answer; nothing is owed. */
  | 'LIFTED'
  /** The department did not apply it, and said why. */
  | 'NOT_APPLIED'
  /** Not answered yet: listed for audit. */
  | 'PENDING';

/** Kind of measure. */
export type MeasureKind =
  /** Applied by government departments (行政性). */
  | 'ADMINISTRATIVE'
  /** Applied by industry associations (行业性). */
  | 'INDUSTRY'
  /** Applied by market actors: banks, airlines, railways (市场性). */
  | 'MARKET'
  /** Applied through publicity and social recognition (社会性). */
  | 'SOCIAL';

/** The matters a measure applies to. */
export type MeasureMatter =
  /** Awards and commendations (评先评优). */
  | 'AWARDS'
  /** Bidding for construction and other projects (招标投标). */
  | 'BIDDING'
  /** Credit services: tax invoices, 信易+ and publicity (信用服务). */
  | 'CREDIT_SERVICES'
  /** Loans, bonds and insurance (融资授信). */
  | 'FINANCING'
  /** Applying for fiscal funds and subsidies (财政性资金). */
  | 'FISCAL_FUNDS'
  /** Civil flights (乘坐飞机). */
  | 'FLIGHTS'
  /** Government procurement (政府采购). */
  | 'GOVERNMENT_PROCUREMENT'
  /** High-grade trains (乘坐高等级列车). */
  | 'HIGH_GRADE_TRAINS'
  /** Honorary titles (荣誉称号). */
  | 'HONOURS'
  /** Administrative licensing and approvals (行政许可). */
  | 'LICENSING'
  /** Market access: founding companies, taking office in them (市场准入). */
  | 'MARKET_ACCESS'
  /** Public office and state-owned enterprise posts (任职). */
  | 'PUBLIC_OFFICE';

/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type Mutation = {
  __typename?: 'Mutation';
  /** The determining department activates a proposed listing after its objection window, with no objection open. */
  activateListing: ActivateListingPayload;
  /** The subject (or the credit centre for it) applies for repair; conditions are checked and explained. */
  applyForListingRepair: ApplyForListingRepairPayload;
  /** The listed subject objects within the window (its own SUBJECT token). */
  fileListingObjection: FileListingObjectionPayload;
  /** The credit centre imports listings decided earlier (migration, seeding), set-based. */
  importListings: ImportListingsPayload;
  /** The determining department proposes a listing; the subject is notified and the objection window opens. */
  proposeListing: ProposeListingPayload;
  /** The determining department records a prompt or warning interview after a missed rectification deadline. */
  recordInterview: RecordInterviewPayload;
  /** An implementing department reports whether it applied a pushed measure (双反馈). */
  recordMeasureExecution: RecordMeasureExecutionPayload;
  /** The determining department ends a listing with its reason. */
  removeListing: RemoveListingPayload;
  /** The determining department decides an objection. */
  resolveListingObjection: ResolveListingObjectionPayload;
  /** The determining department accepts, reviews, confirms or rejects a repair application. */
  reviewListingRepair: ReviewListingRepairPayload;
  /** The determining department sets a rectification deadline. */
  setRectificationDeadline: SetRectificationDeadlinePayload;
};


/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type MutationActivateListingArgs = {
  input: ActivateListingInput;
};


/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type MutationApplyForListingRepairArgs = {
  input: ApplyForListingRepairInput;
};


/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type MutationFileListingObjectionArgs = {
  input: FileListingObjectionInput;
};


/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type MutationImportListingsArgs = {
  input: ImportListingsInput;
};


/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type MutationProposeListingArgs = {
  input: ProposeListingInput;
};


/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type MutationRecordInterviewArgs = {
  input: RecordInterviewInput;
};


/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type MutationRecordMeasureExecutionArgs = {
  input: RecordMeasureExecutionInput;
};


/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type MutationRemoveListingArgs = {
  input: RemoveListingInput;
};


/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type MutationResolveListingObjectionArgs = {
  input: ResolveListingObjectionInput;
};


/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type MutationReviewListingRepairArgs = {
  input: ReviewListingRepairInput;
};


/** The listing lifecycle, objections, repair and measure feedback: each takes one `input` and returns a payload. */
export type MutationSetRectificationDeadlineArgs = {
  input: SetRectificationDeadlineInput;
};

/** Page position, identical in every subgraph that pages. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Propose a listing. */
export type ProposeListingInput = {
  /** Other documents it rests on (decision numbers). */
  basisDocuments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ids of the credit records the listing rests on. */
  basisRecordIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The determining department; the caller's own by default. Only the credit centre may name another, of the departments directory. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** The list. */
  listType: ListType;
  /** Why, as the subject will be told. */
  reasons: Scalars['String']['input'];
  /** The subject's 统一社会信用代码 or 公民身份号码, kept with the listing for cross-checks. */
  subjectCode: Scalars['String']['input'];
  /** The subject's id (from the subjects subgraph). */
  subjectId: Scalars['ID']['input'];
};

/** Result of proposing a listing. */
export type ProposeListingPayload = {
  __typename?: 'ProposeListingPayload';
  /** The proposed listing, notified to the subject. */
  listing: Listing;
};

/** Reading lists, measures and listings; cross-checks; the 双反馈 audit. */
export type Query = {
  __typename?: 'Query';
  /**
   * Red/black list cross-check of up to 10,000 codes in one call: each code answered in order,
   * malformed codes reported per code. Departments and the credit centre only (with a purpose).
   */
  crossCheck: CrossCheckPayload;
  /** The three lists, with their legal basis, entry criteria, exit conditions and periods. */
  listDefinitions: Array<ListDefinition>;
  /** One listing, if the caller may see it. */
  listing?: Maybe<Listing>;
  /** Listings newest first, as the caller may see them; `first` is 1 to 500. */
  listings: ListingConnection;
  /** The measures catalogue (联合奖惩措施清单), optionally narrowed. */
  measures: Array<Measure>;
  /**
   * Measures pushed to implementing departments and not answered yet (双反馈 audit), oldest first.
   * A department sees its own; the credit centre all or one department's.
   */
  unansweredMeasureExecutions: Array<MeasureExecution>;
};


/** Reading lists, measures and listings; cross-checks; the 双反馈 audit. */
export type QueryCrossCheckArgs = {
  input: CrossCheckInput;
};


/** Reading lists, measures and listings; cross-checks; the 双反馈 audit. */
export type QueryListingArgs = {
  id: Scalars['ID']['input'];
};


/** Reading lists, measures and listings; cross-checks; the 双反馈 audit. */
export type QueryListingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ListingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reading lists, measures and listings; cross-checks; the 双反馈 audit. */
export type QueryMeasuresArgs = {
  effect?: InputMaybe<MeasureEffect>;
  listType?: InputMaybe<ListType>;
  matter?: InputMaybe<MeasureMatter>;
};


/** Reading lists, measures and listings; cross-checks; the 双反馈 audit. */
export type QueryUnansweredMeasureExecutionsArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  olderThanDays?: InputMaybe<Scalars['Int']['input']>;
};

/** Record an interview with a subject that has not rectified by its deadline. */
export type RecordInterviewInput = {
  /** The day it was held. */
  heldOn: Scalars['Date']['input'];
  /** Prompt or warning. */
  kind: InterviewKind;
  /** The listing. */
  listingId: Scalars['ID']['input'];
  /** What was said and agreed. */
  notes: Scalars['String']['input'];
};

/** Result of recording an interview. */
export type RecordInterviewPayload = {
  __typename?: 'RecordInterviewPayload';
  /** The interview. */
  interview: Interview;
  /** The listing. */
  listing: Listing;
};

/** Report whether a pushed measure was applied (双反馈). */
export type RecordMeasureExecutionInput = {
  /** Whether it was applied. */
  applied: Scalars['Boolean']['input'];
  /** The department's case or application number. */
  caseReference?: InputMaybe<Scalars['String']['input']>;
  /** The listing that triggered the measure. */
  listingId: Scalars['ID']['input'];
  /** The matter it was applied in. */
  matter?: InputMaybe<MeasureMatter>;
  /** The measure's code. */
  measureCode: Scalars['String']['input'];
  /** How it was applied; why not, when it was not (required then). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Result of reporting a measure execution. */
export type RecordMeasureExecutionPayload = {
  __typename?: 'RecordMeasureExecutionPayload';
  /** The execution, answered. */
  execution: MeasureExecution;
};

/** Why a listing ended. */
export type RemovalReason =
  /** The decision the listing rests on was revoked or changed. */
  | 'DECISION_REVOKED'
  /** The subject's objection was upheld. */
  | 'OBJECTION_UPHELD'
  /** The listing period ended. */
  | 'PERIOD_EXPIRED'
  /** A credit repair was confirmed. */
  | 'REPAIRED'
  /** The department withdrew the listing. */
  | 'WITHDRAWN';

/** End a listing. */
export type RemoveListingInput = {
  /** The listing. */
  listingId: Scalars['ID']['input'];
  /** The department's explanation. */
  note: Scalars['String']['input'];
  /** Why it ends (REPAIRED only through a confirmed repair). */
  reason: RemovalReason;
};

/** Result of ending a listing. */
export type RemoveListingPayload = {
  __typename?: 'RemoveListingPayload';
  /** The listing, REMOVED (or REJECTED if it was only proposed). */
  listing: Listing;
};

/** Decide an objection. */
export type ResolveListingObjectionInput = {
  /** The explanation given to the subject. */
  note: Scalars['String']['input'];
  /** The objection. */
  objectionId: Scalars['ID']['input'];
  /** Dismissed or upheld. */
  outcome: ListingObjectionOutcome;
};

/** Result of deciding an objection. */
export type ResolveListingObjectionPayload = {
  __typename?: 'ResolveListingObjectionPayload';
  /** The listing after the decision. */
  listing: Listing;
  /** The objection, decided. */
  objection: ListingObjection;
};

/** A department's decision on a repair application. */
export type ReviewListingRepairInput = {
  /** The application. */
  applicationId: Scalars['ID']['input'];
  /** Accept, review, confirm or reject. */
  decision: ListingRepairDecision;
  /** The department's note (required to reject). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Result of deciding a repair application. */
export type ReviewListingRepairPayload = {
  __typename?: 'ReviewListingRepairPayload';
  /** The application after the decision. */
  application: ListingRepairApplication;
  /** The listing after the decision (REMOVED once confirmed). */
  listing: Listing;
};

/** What is wrong with one row of a batch (the same type in every subgraph). */
export type RowError = {
  __typename?: 'RowError';
  /** Stable code saying what is wrong. */
  code: RowErrorCode;
  /** The input field at fault. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** Codes of row errors (each subgraph declares those it reports; the supergraph has them all). */
export type RowErrorCode =
  /** The row needs a basis: credit records or documents. */
  | 'BASIS_REQUIRED'
  /** The subject already has a proposed or active listing of that type. */
  | 'DUPLICATE_LISTING'
  /** The 统一社会信用代码 is malformed or its check character is wrong. */
  | 'INVALID_CREDIT_CODE'
  /** A date is impossible (in the future, before 1990, or out of order). */
  | 'INVALID_DATE'
  /** A field's value is not allowed. */
  | 'INVALID_FIELD'
  /** The 公民身份号码 is malformed or its check character is wrong. */
  | 'INVALID_ID_NUMBER'
  /** A field the row requires is missing. */
  | 'MISSING_FIELD'
  /** The department is not in the departments directory, or its code was retired (the message names the new one). */
  | 'UNKNOWN_DEPARTMENT';

/** Set or move a listing's rectification deadline. */
export type SetRectificationDeadlineInput = {
  /** By when the subject must rectify. */
  deadline: Scalars['Date']['input'];
  /** The listing. */
  listingId: Scalars['ID']['input'];
  /** Why. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Result of setting a rectification deadline. */
export type SetRectificationDeadlinePayload = {
  __typename?: 'SetRectificationDeadlinePayload';
  /** The listing. */
  listing: Listing;
};

export type Subject = {
  __typename?: 'Subject';
  /** Every measure that applies to the subject now, for all matters, each with the listing that triggers it. */
  activeMeasures?: Maybe<Array<ApplicableMeasure>>;
  /** The measures that apply to the subject now for one matter (逢办必查: automatic matching). */
  applicableMeasures?: Maybe<Array<ApplicableMeasure>>;
  /** Opaque identifier of the subject. */
  id: Scalars['ID']['output'];
  /**
   * The subject's listings, newest first. `activeOnly` (the default) keeps those in force today. The
   * public sees listings in force of the published list types only; the subject itself, departments,
   * the credit centre and analysts see all (with a purpose).
   */
  listings?: Maybe<Array<Listing>>;
};


export type SubjectApplicableMeasuresArgs = {
  matter: MeasureMatter;
};


export type SubjectListingsArgs = {
  activeOnly?: Scalars['Boolean']['input'];
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
  Listing: Listing;
  Subject: Subject;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Listing:
    ( { __typename: 'Listing' }
    & GraphQLRecursivePick<FederationTypes['Listing'], {"id":true}> );
  Subject:
    ( { __typename: 'Subject' }
    & GraphQLRecursivePick<FederationTypes['Subject'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivateListingInput: ActivateListingInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivateListingPayload: ResolverTypeWrapper<Omit<ActivateListingPayload, 'listing'> & { listing: ResolversTypes['Listing'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApplicableMeasure: ResolverTypeWrapper<ApplicableMeasureView>;
  ApplyForListingRepairInput: ApplyForListingRepairInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApplyForListingRepairPayload: ResolverTypeWrapper<Omit<ApplyForListingRepairPayload, 'application'> & { application?: Maybe<ResolversTypes['ListingRepairApplication']> }>;
  CreditRecord: ResolverTypeWrapper<CreditRecordRef>;
  CrossCheckInput: CrossCheckInput;
  CrossCheckPayload: ResolverTypeWrapper<CrossCheckView>;
  CrossCheckResult: ResolverTypeWrapper<CrossCheckResultView>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FileListingObjectionInput: FileListingObjectionInput;
  FileListingObjectionPayload: ResolverTypeWrapper<Omit<FileListingObjectionPayload, 'objection'> & { objection: ResolversTypes['ListingObjection'] }>;
  ImportListingInput: ImportListingInput;
  ImportListingResult: ResolverTypeWrapper<ImportResultView>;
  ImportListingsInput: ImportListingsInput;
  ImportListingsPayload: ResolverTypeWrapper<Omit<ImportListingsPayload, 'results'> & { results: Array<ResolversTypes['ImportListingResult']> }>;
  Interview: ResolverTypeWrapper<InterviewRow>;
  InterviewKind: InterviewKind;
  ListDefinition: ResolverTypeWrapper<ListDefinitionRow>;
  ListType: ListType;
  Listing: ResolverTypeWrapper<ListingRow>;
  ListingConnection: ResolverTypeWrapper<ListingPageView>;
  ListingEdge: ResolverTypeWrapper<Omit<ListingEdge, 'node'> & { node: ResolversTypes['Listing'] }>;
  ListingEvent: ResolverTypeWrapper<ListingEventRow>;
  ListingFilter: ListingFilter;
  ListingObjection: ResolverTypeWrapper<ListingObjectionRow>;
  ListingObjectionOutcome: ListingObjectionOutcome;
  ListingObjectionStatus: ListingObjectionStatus;
  ListingRepairApplication: ResolverTypeWrapper<RepairApplicationRow>;
  ListingRepairCondition: ResolverTypeWrapper<ListingRepairCondition>;
  ListingRepairConditionCode: ListingRepairConditionCode;
  ListingRepairDecision: ListingRepairDecision;
  ListingRepairStatus: ListingRepairStatus;
  ListingStatus: ListingStatus;
  Measure: ResolverTypeWrapper<MeasureRow>;
  MeasureEffect: MeasureEffect;
  MeasureExecution: ResolverTypeWrapper<MeasureExecutionRow>;
  MeasureExecutionStatus: MeasureExecutionStatus;
  MeasureKind: MeasureKind;
  MeasureMatter: MeasureMatter;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProposeListingInput: ProposeListingInput;
  ProposeListingPayload: ResolverTypeWrapper<Omit<ProposeListingPayload, 'listing'> & { listing: ResolversTypes['Listing'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordInterviewInput: RecordInterviewInput;
  RecordInterviewPayload: ResolverTypeWrapper<Omit<RecordInterviewPayload, 'interview' | 'listing'> & { interview: ResolversTypes['Interview'], listing: ResolversTypes['Listing'] }>;
  RecordMeasureExecutionInput: RecordMeasureExecutionInput;
  RecordMeasureExecutionPayload: ResolverTypeWrapper<Omit<RecordMeasureExecutionPayload, 'execution'> & { execution: ResolversTypes['MeasureExecution'] }>;
  RemovalReason: RemovalReason;
  RemoveListingInput: RemoveListingInput;
  RemoveListingPayload: ResolverTypeWrapper<Omit<RemoveListingPayload, 'listing'> & { listing: ResolversTypes['Listing'] }>;
  ResolveListingObjectionInput: ResolveListingObjectionInput;
  ResolveListingObjectionPayload: ResolverTypeWrapper<Omit<ResolveListingObjectionPayload, 'listing' | 'objection'> & { listing: ResolversTypes['Listing'], objection: ResolversTypes['ListingObjection'] }>;
  ReviewListingRepairInput: ReviewListingRepairInput;
  ReviewListingRepairPayload: ResolverTypeWrapper<Omit<ReviewListingRepairPayload, 'application' | 'listing'> & { application: ResolversTypes['ListingRepairApplication'], listing: ResolversTypes['Listing'] }>;
  RowError: ResolverTypeWrapper<RowError>;
  RowErrorCode: RowErrorCode;
  SetRectificationDeadlineInput: SetRectificationDeadlineInput;
  SetRectificationDeadlinePayload: ResolverTypeWrapper<Omit<SetRectificationDeadlinePayload, 'listing'> & { listing: ResolversTypes['Listing'] }>;
  Subject: ResolverTypeWrapper<SubjectRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivateListingInput: ActivateListingInput;
  ID: Scalars['ID']['output'];
  ActivateListingPayload: Omit<ActivateListingPayload, 'listing'> & { listing: ResolversParentTypes['Listing'] };
  Int: Scalars['Int']['output'];
  ApplicableMeasure: ApplicableMeasureView;
  ApplyForListingRepairInput: ApplyForListingRepairInput;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  ApplyForListingRepairPayload: Omit<ApplyForListingRepairPayload, 'application'> & { application?: Maybe<ResolversParentTypes['ListingRepairApplication']> };
  CreditRecord: CreditRecordRef;
  CrossCheckInput: CrossCheckInput;
  CrossCheckPayload: CrossCheckView;
  CrossCheckResult: CrossCheckResultView;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FileListingObjectionInput: FileListingObjectionInput;
  FileListingObjectionPayload: Omit<FileListingObjectionPayload, 'objection'> & { objection: ResolversParentTypes['ListingObjection'] };
  ImportListingInput: ImportListingInput;
  ImportListingResult: ImportResultView;
  ImportListingsInput: ImportListingsInput;
  ImportListingsPayload: Omit<ImportListingsPayload, 'results'> & { results: Array<ResolversParentTypes['ImportListingResult']> };
  Interview: InterviewRow;
  ListDefinition: ListDefinitionRow;
  Listing: ListingRow;
  ListingConnection: ListingPageView;
  ListingEdge: Omit<ListingEdge, 'node'> & { node: ResolversParentTypes['Listing'] };
  ListingEvent: ListingEventRow;
  ListingFilter: ListingFilter;
  ListingObjection: ListingObjectionRow;
  ListingRepairApplication: RepairApplicationRow;
  ListingRepairCondition: ListingRepairCondition;
  Measure: MeasureRow;
  MeasureExecution: MeasureExecutionRow;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ProposeListingInput: ProposeListingInput;
  ProposeListingPayload: Omit<ProposeListingPayload, 'listing'> & { listing: ResolversParentTypes['Listing'] };
  Query: Record<PropertyKey, never>;
  RecordInterviewInput: RecordInterviewInput;
  RecordInterviewPayload: Omit<RecordInterviewPayload, 'interview' | 'listing'> & { interview: ResolversParentTypes['Interview'], listing: ResolversParentTypes['Listing'] };
  RecordMeasureExecutionInput: RecordMeasureExecutionInput;
  RecordMeasureExecutionPayload: Omit<RecordMeasureExecutionPayload, 'execution'> & { execution: ResolversParentTypes['MeasureExecution'] };
  RemoveListingInput: RemoveListingInput;
  RemoveListingPayload: Omit<RemoveListingPayload, 'listing'> & { listing: ResolversParentTypes['Listing'] };
  ResolveListingObjectionInput: ResolveListingObjectionInput;
  ResolveListingObjectionPayload: Omit<ResolveListingObjectionPayload, 'listing' | 'objection'> & { listing: ResolversParentTypes['Listing'], objection: ResolversParentTypes['ListingObjection'] };
  ReviewListingRepairInput: ReviewListingRepairInput;
  ReviewListingRepairPayload: Omit<ReviewListingRepairPayload, 'application' | 'listing'> & { application: ResolversParentTypes['ListingRepairApplication'], listing: ResolversParentTypes['Listing'] };
  RowError: RowError;
  SetRectificationDeadlineInput: SetRectificationDeadlineInput;
  SetRectificationDeadlinePayload: Omit<SetRectificationDeadlinePayload, 'listing'> & { listing: ResolversParentTypes['Listing'] };
  Subject: SubjectRef;
}>;

export type ActivateListingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivateListingPayload'] = ResolversParentTypes['ActivateListingPayload']> = ResolversObject<{
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  pushedMeasures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApplicableMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicableMeasure'] = ResolversParentTypes['ApplicableMeasure']> = ResolversObject<{
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
}>;

export type ApplyForListingRepairPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplyForListingRepairPayload'] = ResolversParentTypes['ApplyForListingRepairPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['ListingRepairApplication']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['ListingRepairCondition']>, ParentType, ContextType>;
}>;

export type CreditRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRecord'] = ResolversParentTypes['CreditRecord']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CrossCheckPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CrossCheckPayload'] = ResolversParentTypes['CrossCheckPayload']> = ResolversObject<{
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invalid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['CrossCheckResult']>, ParentType, ContextType>;
}>;

export type CrossCheckResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CrossCheckResult'] = ResolversParentTypes['CrossCheckResult']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['RowError']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listTypes?: Resolver<Array<ResolversTypes['ListType']>, ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  listings?: Resolver<Array<ResolversTypes['Listing']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FileListingObjectionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FileListingObjectionPayload'] = ResolversParentTypes['FileListingObjectionPayload']> = ResolversObject<{
  objection?: Resolver<ResolversTypes['ListingObjection'], ParentType, ContextType>;
}>;

export type ImportListingResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportListingResult'] = ResolversParentTypes['ImportListingResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['RowError']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType>;
}>;

export type ImportListingsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportListingsPayload'] = ResolversParentTypes['ImportListingsPayload']> = ResolversObject<{
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['ImportListingResult']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InterviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Interview'] = ResolversParentTypes['Interview']> = ResolversObject<{
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InterviewKind'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ListDefinitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListDefinition'] = ResolversParentTypes['ListDefinition']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  entryCriteria?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exitConditions?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listType?: Resolver<ResolversTypes['ListType'], ParentType, ContextType>;
  minimumMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publicForOrganisations?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publicForPersons?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ListingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Listing'] = ResolversParentTypes['Listing'], FederationReferenceType extends FederationReferenceTypes['Listing'] = FederationReferenceTypes['Listing']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Listing']> | FederationReferenceType, FederationReferenceType, ContextType>;
  basisDocuments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  basisRecords?: Resolver<Array<Maybe<ResolversTypes['CreditRecord']>>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ListingEvent']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  interviews?: Resolver<Maybe<Array<ResolversTypes['Interview']>>, ParentType, ContextType>;
  list?: Resolver<ResolversTypes['ListDefinition'], ParentType, ContextType>;
  listType?: Resolver<ResolversTypes['ListType'], ParentType, ContextType>;
  listedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  listedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  objectionDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  objections?: Resolver<Maybe<Array<ResolversTypes['ListingObjection']>>, ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reasons?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectificationDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  removalNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removalReason?: Resolver<Maybe<ResolversTypes['RemovalReason']>, ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  repairApplications?: Resolver<Maybe<Array<ResolversTypes['ListingRepairApplication']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ListingStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  subjectCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ListingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListingConnection'] = ResolversParentTypes['ListingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ListingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ListingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListingEdge'] = ResolversParentTypes['ListingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
}>;

export type ListingEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListingEvent'] = ResolversParentTypes['ListingEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorDepartment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ListingStatus']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ListingStatus'], ParentType, ContextType>;
}>;

export type ListingObjectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListingObjection'] = ResolversParentTypes['ListingObjection']> = ResolversObject<{
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ListingObjectionStatus'], ParentType, ContextType>;
}>;

export type ListingRepairApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListingRepairApplication'] = ResolversParentTypes['ListingRepairApplication']> = ResolversObject<{
  applicant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['ListingRepairCondition']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ListingRepairStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ListingRepairConditionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListingRepairCondition'] = ResolversParentTypes['ListingRepairCondition']> = ResolversObject<{
  condition?: Resolver<ResolversTypes['ListingRepairConditionCode'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  effect?: Resolver<ResolversTypes['MeasureEffect'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeasureKind'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listTypes?: Resolver<Array<ResolversTypes['ListType']>, ParentType, ContextType>;
  matters?: Resolver<Array<ResolversTypes['MeasureMatter']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MeasureExecutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureExecution'] = ResolversParentTypes['MeasureExecution']> = ResolversObject<{
  caseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  matter?: Resolver<Maybe<ResolversTypes['MeasureMatter']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pushedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeasureExecutionStatus'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  activateListing?: Resolver<ResolversTypes['ActivateListingPayload'], ParentType, ContextType, RequireFields<MutationActivateListingArgs, 'input'>>;
  applyForListingRepair?: Resolver<ResolversTypes['ApplyForListingRepairPayload'], ParentType, ContextType, RequireFields<MutationApplyForListingRepairArgs, 'input'>>;
  fileListingObjection?: Resolver<ResolversTypes['FileListingObjectionPayload'], ParentType, ContextType, RequireFields<MutationFileListingObjectionArgs, 'input'>>;
  importListings?: Resolver<ResolversTypes['ImportListingsPayload'], ParentType, ContextType, RequireFields<MutationImportListingsArgs, 'input'>>;
  proposeListing?: Resolver<ResolversTypes['ProposeListingPayload'], ParentType, ContextType, RequireFields<MutationProposeListingArgs, 'input'>>;
  recordInterview?: Resolver<ResolversTypes['RecordInterviewPayload'], ParentType, ContextType, RequireFields<MutationRecordInterviewArgs, 'input'>>;
  recordMeasureExecution?: Resolver<ResolversTypes['RecordMeasureExecutionPayload'], ParentType, ContextType, RequireFields<MutationRecordMeasureExecutionArgs, 'input'>>;
  removeListing?: Resolver<ResolversTypes['RemoveListingPayload'], ParentType, ContextType, RequireFields<MutationRemoveListingArgs, 'input'>>;
  resolveListingObjection?: Resolver<ResolversTypes['ResolveListingObjectionPayload'], ParentType, ContextType, RequireFields<MutationResolveListingObjectionArgs, 'input'>>;
  reviewListingRepair?: Resolver<ResolversTypes['ReviewListingRepairPayload'], ParentType, ContextType, RequireFields<MutationReviewListingRepairArgs, 'input'>>;
  setRectificationDeadline?: Resolver<ResolversTypes['SetRectificationDeadlinePayload'], ParentType, ContextType, RequireFields<MutationSetRectificationDeadlineArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProposeListingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposeListingPayload'] = ResolversParentTypes['ProposeListingPayload']> = ResolversObject<{
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  crossCheck?: Resolver<ResolversTypes['CrossCheckPayload'], ParentType, ContextType, RequireFields<QueryCrossCheckArgs, 'input'>>;
  listDefinitions?: Resolver<Array<ResolversTypes['ListDefinition']>, ParentType, ContextType>;
  listing?: Resolver<Maybe<ResolversTypes['Listing']>, ParentType, ContextType, RequireFields<QueryListingArgs, 'id'>>;
  listings?: Resolver<ResolversTypes['ListingConnection'], ParentType, ContextType, RequireFields<QueryListingsArgs, 'first'>>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType, Partial<QueryMeasuresArgs>>;
  unansweredMeasureExecutions?: Resolver<Array<ResolversTypes['MeasureExecution']>, ParentType, ContextType, RequireFields<QueryUnansweredMeasureExecutionsArgs, 'first' | 'olderThanDays'>>;
}>;

export type RecordInterviewPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordInterviewPayload'] = ResolversParentTypes['RecordInterviewPayload']> = ResolversObject<{
  interview?: Resolver<ResolversTypes['Interview'], ParentType, ContextType>;
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
}>;

export type RecordMeasureExecutionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordMeasureExecutionPayload'] = ResolversParentTypes['RecordMeasureExecutionPayload']> = ResolversObject<{
  execution?: Resolver<ResolversTypes['MeasureExecution'], ParentType, ContextType>;
}>;

export type RemoveListingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveListingPayload'] = ResolversParentTypes['RemoveListingPayload']> = ResolversObject<{
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
}>;

export type ResolveListingObjectionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolveListingObjectionPayload'] = ResolversParentTypes['ResolveListingObjectionPayload']> = ResolversObject<{
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
  objection?: Resolver<ResolversTypes['ListingObjection'], ParentType, ContextType>;
}>;

export type ReviewListingRepairPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewListingRepairPayload'] = ResolversParentTypes['ReviewListingRepairPayload']> = ResolversObject<{
  application?: Resolver<ResolversTypes['ListingRepairApplication'], ParentType, ContextType>;
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
}>;

export type RowErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RowError'] = ResolversParentTypes['RowError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['RowErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SetRectificationDeadlinePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetRectificationDeadlinePayload'] = ResolversParentTypes['SetRectificationDeadlinePayload']> = ResolversObject<{
  listing?: Resolver<ResolversTypes['Listing'], ParentType, ContextType>;
}>;

export type SubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeMeasures?: Resolver<Maybe<Array<ResolversTypes['ApplicableMeasure']>>, ParentType, ContextType>;
  applicableMeasures?: Resolver<Maybe<Array<ResolversTypes['ApplicableMeasure']>>, ParentType, ContextType, RequireFields<SubjectApplicableMeasuresArgs, 'matter'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listings?: Resolver<Maybe<Array<ResolversTypes['Listing']>>, ParentType, ContextType, RequireFields<SubjectListingsArgs, 'activeOnly'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ActivateListingPayload?: ActivateListingPayloadResolvers<ContextType>;
  ApplicableMeasure?: ApplicableMeasureResolvers<ContextType>;
  ApplyForListingRepairPayload?: ApplyForListingRepairPayloadResolvers<ContextType>;
  CreditRecord?: CreditRecordResolvers<ContextType>;
  CrossCheckPayload?: CrossCheckPayloadResolvers<ContextType>;
  CrossCheckResult?: CrossCheckResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FileListingObjectionPayload?: FileListingObjectionPayloadResolvers<ContextType>;
  ImportListingResult?: ImportListingResultResolvers<ContextType>;
  ImportListingsPayload?: ImportListingsPayloadResolvers<ContextType>;
  Interview?: InterviewResolvers<ContextType>;
  ListDefinition?: ListDefinitionResolvers<ContextType>;
  Listing?: ListingResolvers<ContextType>;
  ListingConnection?: ListingConnectionResolvers<ContextType>;
  ListingEdge?: ListingEdgeResolvers<ContextType>;
  ListingEvent?: ListingEventResolvers<ContextType>;
  ListingObjection?: ListingObjectionResolvers<ContextType>;
  ListingRepairApplication?: ListingRepairApplicationResolvers<ContextType>;
  ListingRepairCondition?: ListingRepairConditionResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  MeasureExecution?: MeasureExecutionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProposeListingPayload?: ProposeListingPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordInterviewPayload?: RecordInterviewPayloadResolvers<ContextType>;
  RecordMeasureExecutionPayload?: RecordMeasureExecutionPayloadResolvers<ContextType>;
  RemoveListingPayload?: RemoveListingPayloadResolvers<ContextType>;
  ResolveListingObjectionPayload?: ResolveListingObjectionPayloadResolvers<ContextType>;
  ReviewListingRepairPayload?: ReviewListingRepairPayloadResolvers<ContextType>;
  RowError?: RowErrorResolvers<ContextType>;
  SetRectificationDeadlinePayload?: SetRectificationDeadlinePayloadResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
}>;

