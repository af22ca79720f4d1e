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
  /** The category of the item's records. */
  category: RecordCategory;
  /** The item's code. */
  code: Scalars['String']['output'];
  /** Department code of the provider, e.g. `SCJGJ`. */
  department: Scalars['String']['output'];
  /** The providing department's name. */
  departmentName: Scalars['String']['output'];
  /** Who may see the item's records. */
  disclosure: DisclosureLevel;
  /** The item's name. */
  name: Scalars['String']['output'];
  /** How often the department pushes it. */
  pushCycle: PushCycle;
  /** Whether a record may register a party not yet known to the subjects subgraph. */
  registersParties: Scalars['Boolean']['output'];
  /** Input fields a record of this item must carry (names of `RecordInput` fields). */
  requiredFields: Array<Scalars['String']['output']>;
};

/** How many records of one category. */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  /** The category. */
  category: RecordCategory;
  /** Number of records. */
  count: Scalars['Int']['output'];
};

/**
 * One record of a subject's credit file, in its current version. An entity: other subgraphs cite
 * records by `id` (the basis of a listing, say), and the gateway resolves them here, under the
 * caller's access (a record the caller may not see is null).
 */
export type CreditRecord = {
  __typename?: 'CreditRecord';
  /** 处罚机关 or 许可机关. */
  authority?: Maybe<Scalars['String']['output']>;
  /** The authority's 统一社会信用代码. */
  authorityCode?: Maybe<Scalars['String']['output']>;
  /** The catalogue item's code. */
  catalogItem: Scalars['String']['output'];
  /** What the record is about. */
  category: RecordCategory;
  /** 许可证书名称. */
  certificateName?: Maybe<Scalars['String']['output']>;
  /** 许可编号. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** In 10,000 yuan (万元). */
  confiscatedAmount?: Maybe<Scalars['Float']['output']>;
  /** 许可内容, or the content of other records. */
  content?: Maybe<Scalars['String']['output']>;
  /** The calendar has no official data for the deadline's year; it assumes Monday to Friday. */
  deadlineProvisional: Scalars['Boolean']['output'];
  /** 处罚决定日期 or 许可决定日期. */
  decisionDate: Scalars['Date']['output'];
  /** The decision document's name. */
  documentName?: Maybe<Scalars['String']['output']>;
  /** 行政处罚决定书文号 or 行政许可决定文书号: unique per department. */
  documentNumber: Scalars['String']['output'];
  /** 违法事实. */
  facts?: Maybe<Scalars['String']['output']>;
  /** In 10,000 yuan (万元). */
  fineAmount?: Maybe<Scalars['Float']['output']>;
  /** Opaque identifier, stable across versions. */
  id: Scalars['ID']['output'];
  /** 处罚依据 or 许可依据. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** As the 双公示 template publishes it; null for analysts (no names of people) and for natural persons' records shown to the public. */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** 许可类别. */
  licenceCategory?: Maybe<LicenceCategory>;
  /** 当前状态 of a licence, as the department states it. */
  licenceStatus?: Maybe<LicenceStatus>;
  /** Objections to this record; empty for the public. */
  objections: Array<Objection>;
  /** The kind of party. */
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
  /** 处罚类别. */
  penaltyCategories: Array<PenaltyCategory>;
  /** 处罚内容. */
  penaltyContent?: Maybe<Scalars['String']['output']>;
  /** The publicity period and where it stands today. */
  publicity: Publicity;
  /** 7 working days after the decision. */
  publishDeadline: Scalars['Date']['output'];
  /** When the record was published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the platform first received the record. */
  receivedAt: Scalars['DateTime']['output'];
  /** 备注. */
  remarks?: Maybe<Scalars['String']['output']>;
  /** 5 working days after the decision (official calendar with 调休, plus local closures). */
  reportDeadline: Scalars['Date']['output'];
  /** The penalty's severity tier. */
  severityTier?: Maybe<SeverityTier>;
  /** The department that decided and pushed the record. */
  sourceDepartment: Scalars['String']['output'];
  /** 数据来源单位. */
  sourceUnit?: Maybe<Scalars['String']['output']>;
  /** The source unit's 统一社会信用代码. */
  sourceUnitCode?: Maybe<Scalars['String']['output']>;
  /**
   * 公示截止期 as the department states it. The publicity period itself (`publicity`) follows the
   * rule set in force on the decision date.
   */
  statedPublicityEnd?: Maybe<Scalars['Date']['output']>;
  /** Where the record stands. */
  status: RecordStatus;
  /** The subject the record is about. */
  subject: Subject;
  /** 暂扣或吊销证照名称及编号. */
  suspendedOrRevokedLicence?: Maybe<Scalars['String']['output']>;
  /** An objection is being handled. */
  underObjection: Scalars['Boolean']['output'];
  /** 有效期自. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** 2099-12-31 means indefinite. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** The current version, from 1. */
  version: Scalars['Int']['output'];
  /** Earlier and current versions, oldest first; empty for the public. */
  versions: Array<RecordVersion>;
  /** 违法行为类型. */
  violationType?: Maybe<Scalars['String']['output']>;
};

/** A page of credit records. */
export type CreditRecordConnection = {
  __typename?: 'CreditRecordConnection';
  /** The records of this page, in order. */
  edges: Array<CreditRecordEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One record of a page. */
export type CreditRecordEdge = {
  __typename?: 'CreditRecordEdge';
  /** Pass as `after` to get the records after this one. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: CreditRecord;
};

/** A department's publicity figures (双公示 timeliness and storage rate) over a period. */
export type DepartmentCompliance = {
  __typename?: 'DepartmentCompliance';
  /** Rows accepted in the period. */
  accepted: Scalars['Int']['output'];
  /** The department code. */
  department: Scalars['String']['output'];
  /** Per cent of supplied rows accepted (target 98). */
  effectiveStorageRate: Scalars['Float']['output'];
  /** Whether every target is met. */
  meetsTargets: Scalars['Boolean']['output'];
  /** Per cent of public records published within 7 working days (target 100). */
  publishedOnTime: Scalars['Float']['output'];
  /** Number of records decided in the period. */
  records: Scalars['Int']['output'];
  /** Per cent of records received within 5 working days of the decision (target 100). */
  reportedOnTime: Scalars['Float']['output'];
  /** Rows supplied in the period. */
  supplied: Scalars['Int']['output'];
};

/** Who may see a catalogue item's records (DOMAIN.md, "Disclosure"). */
export type DisclosureLevel =
  /** Only with the subject's authorisation. */
  | 'AUTHORISED'
  /** Shared among government departments. */
  | 'GOVERNMENT_SHARED'
  /** Published to everyone within its publicity period. */
  | 'PUBLIC';

/** An objection to a record. */
export type FileObjectionInput = {
  /** Supporting evidence, as text or references. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** Why the record is wrong. */
  reason: Scalars['String']['input'];
  /** The record objected to. */
  recordId: Scalars['ID']['input'];
};

/** What `fileObjection` did. */
export type FileObjectionPayload = {
  __typename?: 'FileObjectionPayload';
  /** The objection filed; the record is labelled as under objection at once. */
  objection: Objection;
};

/** An authorisation to record or grant. */
export type GrantAuthorisationInput = {
  /** The department authorised to read: a code of the departments directory (e.g. `RSJ`); UNKNOWN_DEPARTMENT otherwise. */
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

/** 许可类别 of the national 双公示 template. */
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

/** Changes to the credit file. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Checks the repair conditions and explains any that fail; lodges the application when all are met. */
  applyForRepair: RepairApplicationPayload;
  /** Labels the record as under objection at once. */
  fileObjection: FileObjectionPayload;
  /** The credit centre records, or the subject itself grants, an authorisation to read its AUTHORISED records. */
  grantAuthorisation: GrantAuthorisationPayload;
  /** By the record's source department (or the credit centre). */
  resolveObjection: ResolveObjectionPayload;
  /** By the record's source department: accept, then confirm (ends publication) or reject. */
  reviewRepair: ReviewRepairPayload;
  /** The credit centre or the subject itself revokes an authorisation; it stops holding at once. */
  revokeAuthorisation: RevokeAuthorisationPayload;
  /**
   * A department pushes up to 5000 records. Idempotent by (department, document number): the same
   * row again changes nothing, a changed row becomes a new version. Accepted rows are stored in one
   * transaction; rejected rows are kept with their reason.
   */
  submitRecords: SubmitRecordsPayload;
};


/** Changes to the credit file. */
export type MutationApplyForRepairArgs = {
  input: RepairApplicationInput;
};


/** Changes to the credit file. */
export type MutationFileObjectionArgs = {
  input: FileObjectionInput;
};


/** Changes to the credit file. */
export type MutationGrantAuthorisationArgs = {
  input: GrantAuthorisationInput;
};


/** Changes to the credit file. */
export type MutationResolveObjectionArgs = {
  input: ResolveObjectionInput;
};


/** Changes to the credit file. */
export type MutationReviewRepairArgs = {
  input: ReviewRepairInput;
};


/** Changes to the credit file. */
export type MutationRevokeAuthorisationArgs = {
  input: RevokeAuthorisationInput;
};


/** Changes to the credit file. */
export type MutationSubmitRecordsArgs = {
  input: SubmitRecordsInput;
};

/** An objection (异议) to a record, filed by its subject or on its behalf. */
export type Objection = {
  __typename?: 'Objection';
  /** Handling deadline, in working days from filing. */
  dueDate: Scalars['Date']['output'];
  /** Supporting evidence, as text or references. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** When it was filed. */
  filedAt: Scalars['DateTime']['output'];
  /** Who filed it (a user id). */
  filedBy: Scalars['String']['output'];
  /** The objection's id. */
  id: Scalars['ID']['output'];
  /** The resolution's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Still open past its due date. */
  overdue: Scalars['Boolean']['output'];
  /** Why the record is wrong. */
  reason: Scalars['String']['output'];
  /** The record objected to; null (with an error) when the caller may not see it. */
  record?: Maybe<CreditRecord>;
  /** When it was resolved. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who resolved it. */
  resolvedBy?: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: ObjectionStatus;
};

/** How an objection is resolved. */
export type ObjectionOutcome =
  /** The record is corrected: a new version. */
  | 'CORRECTED'
  /** The decision is revoked and withdrawn from publication. */
  | 'REVOKED'
  /** The record stands unchanged. */
  | 'UPHELD';

/** Where an objection stands. */
export type ObjectionStatus =
  /** Resolved: the record was corrected. */
  | 'CORRECTED'
  /** Being handled. */
  | 'OPEN'
  /** Resolved: the decision was revoked. */
  | 'REVOKED'
  /** Resolved: the record stands. */
  | 'UPHELD';

/** Where a page of a list ends, and whether more follows (the same type in every subgraph). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item: pass it as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The kind of party a record is about, as the 双公示 template states it. */
export type PartyCategory =
  /** 个体工商户 */
  | 'INDIVIDUAL_BUSINESS'
  /** 法人及非法人组织 */
  | 'LEGAL_PERSON'
  /** 自然人 */
  | 'NATURAL_PERSON';

/** Penalty categories of 行政处罚法 (2021) art. 9. */
export type PenaltyCategory =
  /** 行政拘留 */
  | 'ADMINISTRATIVE_DETENTION'
  /** 限制开展生产经营活动 */
  | 'BUSINESS_RESTRICTION'
  /** 通报批评 */
  | 'CIRCULATED_CRITICISM'
  /** 责令关闭 */
  | 'CLOSURE'
  /** 没收违法所得、没收非法财物 */
  | 'CONFISCATION'
  /** 限制从业 */
  | 'EMPLOYMENT_RESTRICTION'
  /** 罚款 */
  | 'FINE'
  /** 吊销许可证件 */
  | 'LICENCE_REVOCATION'
  /** 暂扣许可证件 */
  | 'LICENCE_SUSPENSION'
  /** 其他 */
  | 'OTHER'
  /** 降低资质等级 */
  | 'QUALIFICATION_DOWNGRADE'
  /** 责令停产停业 */
  | 'STOP_PRODUCTION'
  /** 警告 */
  | 'WARNING';

/** A record's publicity period (公示期) and where it stands today. */
export type Publicity = {
  __typename?: 'Publicity';
  /** When a repair may first be applied for; null when publication cannot be ended early. */
  earliestRepairDate?: Maybe<Scalars['Date']['output']>;
  /** Publication starts on this day. */
  publishFrom?: Maybe<Scalars['Date']['output']>;
  /** Publication ends automatically on this day (exclusive); null while a licence or other record stays public. */
  publishUntil?: Maybe<Scalars['Date']['output']>;
  /** The rule set that decided the period, e.g. `NDRC-2025-36`. */
  ruleSet?: Maybe<Scalars['String']['output']>;
  /** Where publication stands today. */
  status: PublicityStatus;
};

/** Whether a record is being published today. */
export type PublicityStatus =
  /** Its publicity period has ended. */
  | 'ENDED'
  /** Not published: not a public item, or its publication has not started. */
  | 'NOT_PUBLISHED'
  /** Being published. */
  | 'PUBLISHED'
  /** Withdrawn from publication (revoked, or repaired). */
  | 'WITHDRAWN';

/** How often a department pushes a catalogue item. */
export type PushCycle =
  /** Once a day. */
  | 'DAILY'
  /** Once a month. */
  | 'MONTHLY'
  /** As each decision is made. */
  | 'REAL_TIME'
  /** Once a week. */
  | 'WEEKLY';

/** The credit file: catalogue, records, figures. */
export type Query = {
  __typename?: 'Query';
  /** A record the caller may see, by id; null otherwise. */
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


/** The credit file: catalogue, records, figures. */
export type QueryCreditRecordArgs = {
  id: Scalars['ID']['input'];
};


/** The credit file: catalogue, records, figures. */
export type QueryDataCatalogArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
};


/** The credit file: catalogue, records, figures. */
export type QueryPublicityComplianceArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** What a credit record is about (the catalogue's categories). */
export type RecordCategory =
  /** 经营异常: the abnormal operation list. */
  | 'ABNORMAL_OPERATION'
  /** 行政许可: an administrative licence (双公示). */
  | 'ADMINISTRATIVE_LICENCE'
  /** 行政处罚: an administrative penalty (双公示). */
  | 'ADMINISTRATIVE_PENALTY'
  /** 信用承诺履约: how a credit commitment was kept. */
  | 'COMMITMENT_FULFILMENT'
  /** 合同履约: contract performance. */
  | 'CONTRACT_PERFORMANCE'
  /** 法院执行: court enforcement (dishonest judgment debtors and the like). */
  | 'COURT_ENFORCEMENT'
  /** 表彰奖励: an honour or reward. */
  | 'HONOUR_REWARD'
  /** 自主申报: information the subject declared itself. */
  | 'SELF_DECLARED'
  /** 社会保险: social-insurance contributions and arrears. */
  | 'SOCIAL_SECURITY'
  /** 纳税: tax payment and arrears. */
  | 'TAX';

/** What made a version of a record. */
export type RecordChange =
  /** Received from the department. */
  | 'INGESTED'
  /** An objection was resolved by correcting the record. */
  | 'OBJECTION_CORRECTED'
  /** An objection was resolved by revoking the decision. */
  | 'OBJECTION_REVOKED'
  /** A confirmed credit repair ended its publication. */
  | 'REPAIRED'
  /** The department pushed the same document again with other content. */
  | 'RESUBMITTED';

/** The corrected fields of a record (only those given change). */
export type RecordCorrectionInput = {
  /** In 10,000 yuan (万元). */
  confiscatedAmount?: InputMaybe<Scalars['Float']['input']>;
  /** 违法事实. */
  facts?: InputMaybe<Scalars['String']['input']>;
  /** In 10,000 yuan (万元). */
  fineAmount?: InputMaybe<Scalars['Float']['input']>;
  /** 处罚类别. */
  penaltyCategories?: InputMaybe<Array<PenaltyCategory>>;
  /** 处罚内容. */
  penaltyContent?: InputMaybe<Scalars['String']['input']>;
  /** 备注. */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** The severity tier. */
  severityTier?: InputMaybe<SeverityTier>;
  /** 有效期至. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * One record in the national 双公示 template's columns (licences and penalties), or the common
 * fields of other record kinds.
 */
export type RecordInput = {
  /** 处罚机关 or 许可机关. */
  authority?: InputMaybe<Scalars['String']['input']>;
  /** The authority's 统一社会信用代码. */
  authorityCode?: InputMaybe<Scalars['String']['input']>;
  /** The catalogue item's code. */
  catalogItem: Scalars['String']['input'];
  /** The item's category. */
  category: RecordCategory;
  /** 许可证书名称. */
  certificateName?: InputMaybe<Scalars['String']['input']>;
  /** 许可编号. */
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  /** In 10,000 yuan (万元). */
  confiscatedAmount?: InputMaybe<Scalars['Float']['input']>;
  /** 许可内容, or the content of other records. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** The decision date; not in the future, not before 1990. */
  decisionDate: Scalars['Date']['input'];
  /** The decision document's name. */
  documentName?: InputMaybe<Scalars['String']['input']>;
  /** The decision document's number, unique per department. */
  documentNumber: Scalars['String']['input'];
  /** 违法事实. */
  facts?: InputMaybe<Scalars['String']['input']>;
  /** In 10,000 yuan (万元). */
  fineAmount?: InputMaybe<Scalars['Float']['input']>;
  /** 处罚依据 or 许可依据. */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** 法定代表人. */
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  /** 许可类别, for licences. */
  licenceCategory?: InputMaybe<LicenceCategory>;
  /** 当前状态, for licences. */
  licenceStatus?: InputMaybe<LicenceStatus>;
  /** 行政相对人类别. */
  partyCategory: PartyCategory;
  /** 统一社会信用代码 or 公民身份号码. */
  partyCode: Scalars['String']['input'];
  /** 行政相对人名称. */
  partyName: Scalars['String']['input'];
  /** 处罚类别, for penalties. */
  penaltyCategories?: InputMaybe<Array<PenaltyCategory>>;
  /** 处罚内容. */
  penaltyContent?: InputMaybe<Scalars['String']['input']>;
  /** When the department published the decision itself; defaults to the time of receipt. */
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 备注. */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** The deciding department's own tier; derived from the penalty when left out. */
  severityTier?: InputMaybe<SeverityTier>;
  /** 数据来源单位. */
  sourceUnit?: InputMaybe<Scalars['String']['input']>;
  /** The source unit's 统一社会信用代码. */
  sourceUnitCode?: InputMaybe<Scalars['String']['input']>;
  /** 公示截止期, kept as stated (on or after the decision date). */
  statedPublicityEnd?: InputMaybe<Scalars['Date']['input']>;
  /** 暂扣或吊销证照名称及编号. */
  suspendedOrRevokedLicence?: InputMaybe<Scalars['String']['input']>;
  /** 有效期自. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 有效期至; 2099-12-31 means indefinite. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** 违法行为类型. */
  violationType?: InputMaybe<Scalars['String']['input']>;
};

/** Where a record stands. */
export type RecordStatus =
  /** In force. */
  | 'ACTIVE'
  /** A later version corrected the decision. */
  | 'CORRECTED'
  /** Publication ended by a confirmed credit repair. */
  | 'REPAIRED'
  /** The decision was revoked; withdrawn from publication. */
  | 'REVOKED';

/** What happened to one row of a batch of records. */
export type RecordSubmission = {
  __typename?: 'RecordSubmission';
  /** The row's document number. */
  documentNumber: Scalars['String']['output'];
  /** Why the row was rejected; null otherwise. */
  error?: Maybe<RowError>;
  /** Position of the row in the batch, from 0. */
  index: Scalars['Int']['output'];
  /** What happened to the row. */
  outcome: SubmissionOutcome;
  /** The record stored; null when rejected. */
  record?: Maybe<CreditRecord>;
};

/** Counts over a subject's records that the caller may see. */
export type RecordSummary = {
  __typename?: 'RecordSummary';
  /** Number of records by category. */
  byCategory: Array<CategoryCount>;
  /** The latest decision date. */
  lastDecisionDate?: Maybe<Scalars['Date']['output']>;
  /** Administrative penalties by severity tier. */
  penaltiesByTier: Array<TierCount>;
  /** Number of records. */
  total: Scalars['Int']['output'];
};

/** One version of a record. */
export type RecordVersion = {
  __typename?: 'RecordVersion';
  /** What made this version. */
  change: RecordChange;
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who made it (a user id, or `seed`). */
  changedBy: Scalars['String']['output'];
  /** Why, as the person who made the change said. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The record's fields as they were in this version, as JSON. */
  snapshot: Scalars['String']['output'];
  /** The record's status in this version. */
  status: RecordStatus;
  /** The version number, from 1. */
  version: Scalars['Int']['output'];
};

/** An application for credit repair of one record. */
export type RepairApplication = {
  __typename?: 'RepairApplication';
  /** Who applied (a user id). */
  applicant: Scalars['String']['output'];
  /** When it was decided last. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who decided last. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The application's id. */
  id: Scalars['ID']['output'];
  /** The decision's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The record to repair; null (with an error) when the caller may not see it. */
  record?: Maybe<CreditRecord>;
  /** Where it stands. */
  status: RepairStatus;
  /** When it was lodged. */
  submittedAt: Scalars['DateTime']['output'];
};

/** An application for credit repair. */
export type RepairApplicationInput = {
  /** A public credit commitment (信用承诺) has been made. */
  commitmentMade: Scalars['Boolean']['input'];
  /** The conduct has been corrected. */
  conductCorrected: Scalars['Boolean']['input'];
  /** Fines paid, orders complied with. */
  obligationsFulfilled: Scalars['Boolean']['input'];
  /** The record to repair. */
  recordId: Scalars['ID']['input'];
  /** The applicant's statement. */
  statement?: InputMaybe<Scalars['String']['input']>;
};

/** What `applyForRepair` found. */
export type RepairApplicationPayload = {
  __typename?: 'RepairApplicationPayload';
  /** Whether the application was lodged: only when every condition is met. */
  accepted: Scalars['Boolean']['output'];
  /** The application lodged; null when not accepted. */
  application?: Maybe<RepairApplication>;
  /** Every condition, met or not. */
  conditions: Array<RepairCondition>;
};

/** One repair condition checked, and why it is met or not. */
export type RepairCondition = {
  __typename?: 'RepairCondition';
  /** The condition. */
  condition: RepairConditionCode;
  /** Why, for people. */
  explanation: Scalars['String']['output'];
  /** Whether it is met. */
  met: Scalars['Boolean']['output'];
};

/** A condition of credit repair (信用修复). */
export type RepairConditionCode =
  /** The rules let this penalty's publication end early. */
  | 'CAN_END_EARLY'
  /** A public credit commitment (信用承诺) has been made. */
  | 'COMMITMENT_MADE'
  /** The conduct has been corrected. */
  | 'CONDUCT_CORRECTED'
  /** The minimum publicity period has passed. */
  | 'MINIMUM_PERIOD'
  /** No other application for the record is pending. */
  | 'NO_PENDING_APPLICATION'
  /** The decision's obligations are fulfilled (fines paid, orders complied with). */
  | 'OBLIGATIONS_FULFILLED'
  /** The record is an administrative penalty being published. */
  | 'PUBLISHED';

/** A department's step on a repair application. */
export type RepairDecision =
  /** Accept the application for review. */
  | 'ACCEPT'
  /** Confirm the repair: publication ends. */
  | 'CONFIRM'
  /** Reject the application. */
  | 'REJECT';

/** Where a repair application stands. */
export type RepairStatus =
  /** Accepted for review by the department. */
  | 'ACCEPTED'
  /** Confirmed: the record's publication ended. */
  | 'CONFIRMED'
  /** Rejected by the department. */
  | 'REJECTED'
  /** Lodged, awaiting the department. */
  | 'SUBMITTED';

/** The resolution of an objection. */
export type ResolveObjectionInput = {
  /** For CORRECTED: the corrected fields. */
  correction?: InputMaybe<RecordCorrectionInput>;
  /** The objection's id. */
  id: Scalars['ID']['input'];
  /** Why, for the applicant and the record's history. */
  note: Scalars['String']['input'];
  /** How it is resolved. */
  outcome: ObjectionOutcome;
};

/** What `resolveObjection` did. */
export type ResolveObjectionPayload = {
  __typename?: 'ResolveObjectionPayload';
  /** The objection, resolved. */
  objection: Objection;
};

/** A department's step on a repair application. */
export type ReviewRepairInput = {
  /** Accept, confirm or reject. */
  decision: RepairDecision;
  /** The application's id. */
  id: Scalars['ID']['input'];
  /** Why, for the applicant. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What `reviewRepair` did. */
export type ReviewRepairPayload = {
  __typename?: 'ReviewRepairPayload';
  /** The application after the step. */
  application: RepairApplication;
};

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

/** Why one row of a batch was refused (the same type in every subgraph taking batches). */
export type RowError = {
  __typename?: 'RowError';
  /** Stable code saying what is wrong. */
  code: RowErrorCode;
  /** The input field at fault. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** Why a batch row was refused (subjects and credit records). */
export type RowErrorCode =
  /** The category does not match the catalogue item's. */
  | 'CATEGORY_MISMATCH'
  /** A registered code never changes between 公民身份号码 and 统一社会信用代码. */
  | 'CODE_TYPE_CHANGE'
  /** The same code or document number appears earlier in the batch. */
  | 'DUPLICATE_IN_BATCH'
  /** An amount above 1,000,000 万元: check the unit (amounts are in 万元). */
  | 'IMPLAUSIBLE_AMOUNT'
  /** A document number holds a control character, a line break or `|`. */
  | 'INVALID_CHARACTERS'
  /** The 统一社会信用代码 is malformed or its check character is wrong. */
  | 'INVALID_CREDIT_CODE'
  /** A date is impossible (in the future, before 1990, or out of order). */
  | 'INVALID_DATE'
  /** A field's value is not allowed. */
  | 'INVALID_FIELD'
  /** The 公民身份号码 is malformed or its check character is wrong. */
  | 'INVALID_ID_NUMBER'
  /** The industry code is not a GB/T 4754 code. */
  | 'INVALID_INDUSTRY_CODE'
  /** The name is empty or longer than 200 characters. */
  | 'INVALID_NAME'
  /** The party code is neither a valid credit code nor a valid ID number. */
  | 'INVALID_PARTY_CODE'
  /** A subject cannot be related to itself. */
  | 'INVALID_RELATION'
  /** A share is given for a relation other than SHAREHOLDER, or is outside (0, 100]. */
  | 'INVALID_SHARE'
  /** The department does not provide this catalogue item. */
  | 'ITEM_NOT_PROVIDED'
  /** A field the catalogue item requires is missing. */
  | 'MISSING_FIELD'
  /** The subject was registered by another department: only it, or the credit centre, changes it. */
  | 'NOT_REGISTRANT'
  /** The party could not be registered as a subject. */
  | 'REGISTRATION_FAILED'
  /** Only the credit centre records that the registration authority confirmed a code. */
  | 'REGISTRY_CONFIRMATION_RESERVED'
  /** The catalogue has no such item. */
  | 'UNKNOWN_CATALOG_ITEM'
  /** No subject has the party code, and the item may not register parties. */
  | 'UNKNOWN_PARTY'
  /** A related subject is neither registered nor in the batch. */
  | 'UNKNOWN_RELATED_SUBJECT'
  /** A text field is longer than its limit (README, Limits). */
  | 'VALUE_TOO_LONG';

/** How serious a penalty is (失信行为的严重程度), deciding its publicity period. */
export type SeverityTier =
  /** 一般 */
  | 'GENERAL'
  /** 轻微 */
  | 'MINOR'
  /** 严重 */
  | 'SERIOUS';

export type Subject = {
  __typename?: 'Subject';
  /**
   * The subject's authorisations for departments to read its AUTHORISED records, newest first: for the
   * credit centre and the subject itself; a department sees those granted to it. Null with FORBIDDEN
   * for other callers.
   */
  authorisations?: Maybe<Array<Authorisation>>;
  /** The subject's id (the subjects subgraph's). */
  id: Scalars['ID']['output'];
  /**
   * Counts over the records the caller may see; with `since`, only the records decided on or after
   * that date (an evaluation's lookback). Null (with an error) when the records cannot be read.
   */
  recordSummary?: Maybe<RecordSummary>;
  /**
   * The subject's current credit records, newest decision first. `first` is 1 to 100. The public sees
   * only records within their publicity period. Null (with an error) when the records cannot be read.
   */
  records?: Maybe<CreditRecordConnection>;
};


export type SubjectRecordSummaryArgs = {
  since?: InputMaybe<Scalars['Date']['input']>;
};


export type SubjectRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<RecordCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What happened to one row of a batch of records. */
export type SubmissionOutcome =
  /** A new record. */
  | 'CREATED'
  /** Refused: see the row's `error`. */
  | 'REJECTED'
  /** The same row as before: nothing changed. */
  | 'UNCHANGED'
  /** A new version of a record submitted before with other content. */
  | 'UPDATED';

/** A batch of records pushed by one department. */
export type SubmitRecordsInput = {
  /** The department pushing; defaults to the caller's. Only the credit centre may push for another, of the departments directory. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** At most 5000 records. */
  records: Array<RecordInput>;
};

/** What `submitRecords` did with a batch. */
export type SubmitRecordsPayload = {
  __typename?: 'SubmitRecordsPayload';
  /** The batch's id. */
  batchId: Scalars['ID']['output'];
  /** Rows that created a record. */
  created: Scalars['Int']['output'];
  /** The department the batch is from. */
  department: Scalars['String']['output'];
  /** Rows refused. */
  rejected: Scalars['Int']['output'];
  /** Only the rejected rows: what to correct and resubmit (a small answer for a large batch). */
  rejections: Array<RecordSubmission>;
  /** One result per row, in the batch's order. */
  results: Array<RecordSubmission>;
  /** Rows identical to what was stored. */
  unchanged: Scalars['Int']['output'];
  /** Rows that made a new version. */
  updated: Scalars['Int']['output'];
};

/** How many penalties of one severity tier. */
export type TierCount = {
  __typename?: 'TierCount';
  /** Number of penalties. */
  count: Scalars['Int']['output'];
  /** The tier. */
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
  CreditRecord: CreditRecord;
  Subject: Subject;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CreditRecord:
    ( { __typename: 'CreditRecord' }
    & GraphQLRecursivePick<FederationTypes['CreditRecord'], {"id":true}> );
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
  FileObjectionInput: FileObjectionInput;
  FileObjectionPayload: ResolverTypeWrapper<Omit<FileObjectionPayload, 'objection'> & { objection: ResolversTypes['Objection'] }>;
  GrantAuthorisationInput: GrantAuthorisationInput;
  GrantAuthorisationPayload: ResolverTypeWrapper<Omit<GrantAuthorisationPayload, 'authorisation'> & { authorisation: ResolversTypes['Authorisation'] }>;
  LicenceCategory: LicenceCategory;
  LicenceStatus: LicenceStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Objection: ResolverTypeWrapper<ObjectionRow>;
  ObjectionOutcome: ObjectionOutcome;
  ObjectionStatus: ObjectionStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyCategory: PartyCategory;
  PenaltyCategory: PenaltyCategory;
  Publicity: ResolverTypeWrapper<Publicity>;
  PublicityStatus: PublicityStatus;
  PushCycle: PushCycle;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCategory: RecordCategory;
  RecordChange: RecordChange;
  RecordCorrectionInput: RecordCorrectionInput;
  RecordInput: RecordInput;
  RecordStatus: RecordStatus;
  RecordSubmission: ResolverTypeWrapper<SubmissionView>;
  RecordSummary: ResolverTypeWrapper<SummaryView>;
  RecordVersion: ResolverTypeWrapper<VersionView>;
  RepairApplication: ResolverTypeWrapper<RepairApplicationRow>;
  RepairApplicationInput: RepairApplicationInput;
  RepairApplicationPayload: ResolverTypeWrapper<Omit<RepairApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['RepairApplication']> }>;
  RepairCondition: ResolverTypeWrapper<RepairCondition>;
  RepairConditionCode: RepairConditionCode;
  RepairDecision: RepairDecision;
  RepairStatus: RepairStatus;
  ResolveObjectionInput: ResolveObjectionInput;
  ResolveObjectionPayload: ResolverTypeWrapper<Omit<ResolveObjectionPayload, 'objection'> & { objection: ResolversTypes['Objection'] }>;
  ReviewRepairInput: ReviewRepairInput;
  ReviewRepairPayload: ResolverTypeWrapper<Omit<ReviewRepairPayload, 'application'> & { application: ResolversTypes['RepairApplication'] }>;
  RevokeAuthorisationInput: RevokeAuthorisationInput;
  RevokeAuthorisationPayload: ResolverTypeWrapper<Omit<RevokeAuthorisationPayload, 'authorisation'> & { authorisation: ResolversTypes['Authorisation'] }>;
  RowError: ResolverTypeWrapper<RowError>;
  RowErrorCode: RowErrorCode;
  SeverityTier: SeverityTier;
  Subject: ResolverTypeWrapper<SubjectRef>;
  SubmissionOutcome: SubmissionOutcome;
  SubmitRecordsInput: SubmitRecordsInput;
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
  FileObjectionInput: FileObjectionInput;
  FileObjectionPayload: Omit<FileObjectionPayload, 'objection'> & { objection: ResolversParentTypes['Objection'] };
  GrantAuthorisationInput: GrantAuthorisationInput;
  GrantAuthorisationPayload: Omit<GrantAuthorisationPayload, 'authorisation'> & { authorisation: ResolversParentTypes['Authorisation'] };
  Mutation: Record<PropertyKey, never>;
  Objection: ObjectionRow;
  PageInfo: PageInfo;
  Publicity: Publicity;
  Query: Record<PropertyKey, never>;
  RecordCorrectionInput: RecordCorrectionInput;
  RecordInput: RecordInput;
  RecordSubmission: SubmissionView;
  RecordSummary: SummaryView;
  RecordVersion: VersionView;
  RepairApplication: RepairApplicationRow;
  RepairApplicationInput: RepairApplicationInput;
  RepairApplicationPayload: Omit<RepairApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['RepairApplication']> };
  RepairCondition: RepairCondition;
  ResolveObjectionInput: ResolveObjectionInput;
  ResolveObjectionPayload: Omit<ResolveObjectionPayload, 'objection'> & { objection: ResolversParentTypes['Objection'] };
  ReviewRepairInput: ReviewRepairInput;
  ReviewRepairPayload: Omit<ReviewRepairPayload, 'application'> & { application: ResolversParentTypes['RepairApplication'] };
  RevokeAuthorisationInput: RevokeAuthorisationInput;
  RevokeAuthorisationPayload: Omit<RevokeAuthorisationPayload, 'authorisation'> & { authorisation: ResolversParentTypes['Authorisation'] };
  RowError: RowError;
  Subject: SubjectRef;
  SubmitRecordsInput: SubmitRecordsInput;
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

export type CreditRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRecord'] = ResolversParentTypes['CreditRecord'], FederationReferenceType extends FederationReferenceTypes['CreditRecord'] = FederationReferenceTypes['CreditRecord']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CreditRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
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
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
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

export type FileObjectionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FileObjectionPayload'] = ResolversParentTypes['FileObjectionPayload']> = ResolversObject<{
  objection?: Resolver<ResolversTypes['Objection'], ParentType, ContextType>;
}>;

export type GrantAuthorisationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GrantAuthorisationPayload'] = ResolversParentTypes['GrantAuthorisationPayload']> = ResolversObject<{
  authorisation?: Resolver<ResolversTypes['Authorisation'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  applyForRepair?: Resolver<ResolversTypes['RepairApplicationPayload'], ParentType, ContextType, RequireFields<MutationApplyForRepairArgs, 'input'>>;
  fileObjection?: Resolver<ResolversTypes['FileObjectionPayload'], ParentType, ContextType, RequireFields<MutationFileObjectionArgs, 'input'>>;
  grantAuthorisation?: Resolver<ResolversTypes['GrantAuthorisationPayload'], ParentType, ContextType, RequireFields<MutationGrantAuthorisationArgs, 'input'>>;
  resolveObjection?: Resolver<ResolversTypes['ResolveObjectionPayload'], ParentType, ContextType, RequireFields<MutationResolveObjectionArgs, 'input'>>;
  reviewRepair?: Resolver<ResolversTypes['ReviewRepairPayload'], ParentType, ContextType, RequireFields<MutationReviewRepairArgs, 'input'>>;
  revokeAuthorisation?: Resolver<ResolversTypes['RevokeAuthorisationPayload'], ParentType, ContextType, RequireFields<MutationRevokeAuthorisationArgs, 'input'>>;
  submitRecords?: Resolver<ResolversTypes['SubmitRecordsPayload'], ParentType, ContextType, RequireFields<MutationSubmitRecordsArgs, 'input'>>;
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
  record?: Resolver<Maybe<ResolversTypes['CreditRecord']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObjectionStatus'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type RecordSubmissionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordSubmission'] = ResolversParentTypes['RecordSubmission']> = ResolversObject<{
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['RowError']>, ParentType, ContextType>;
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
  change?: Resolver<ResolversTypes['RecordChange'], ParentType, ContextType>;
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
  record?: Resolver<Maybe<ResolversTypes['CreditRecord']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RepairStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type RepairApplicationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepairApplicationPayload'] = ResolversParentTypes['RepairApplicationPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['RepairApplication']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['RepairCondition']>, ParentType, ContextType>;
}>;

export type RepairConditionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepairCondition'] = ResolversParentTypes['RepairCondition']> = ResolversObject<{
  condition?: Resolver<ResolversTypes['RepairConditionCode'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ResolveObjectionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolveObjectionPayload'] = ResolversParentTypes['ResolveObjectionPayload']> = ResolversObject<{
  objection?: Resolver<ResolversTypes['Objection'], ParentType, ContextType>;
}>;

export type ReviewRepairPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewRepairPayload'] = ResolversParentTypes['ReviewRepairPayload']> = ResolversObject<{
  application?: Resolver<ResolversTypes['RepairApplication'], ParentType, ContextType>;
}>;

export type RevokeAuthorisationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeAuthorisationPayload'] = ResolversParentTypes['RevokeAuthorisationPayload']> = ResolversObject<{
  authorisation?: Resolver<ResolversTypes['Authorisation'], ParentType, ContextType>;
}>;

export type RowErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RowError'] = ResolversParentTypes['RowError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['RowErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  authorisations?: Resolver<Maybe<Array<ResolversTypes['Authorisation']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordSummary?: Resolver<Maybe<ResolversTypes['RecordSummary']>, ParentType, ContextType, Partial<SubjectRecordSummaryArgs>>;
  records?: Resolver<Maybe<ResolversTypes['CreditRecordConnection']>, ParentType, ContextType, RequireFields<SubjectRecordsArgs, 'first'>>;
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
  FileObjectionPayload?: FileObjectionPayloadResolvers<ContextType>;
  GrantAuthorisationPayload?: GrantAuthorisationPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Objection?: ObjectionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Publicity?: PublicityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordSubmission?: RecordSubmissionResolvers<ContextType>;
  RecordSummary?: RecordSummaryResolvers<ContextType>;
  RecordVersion?: RecordVersionResolvers<ContextType>;
  RepairApplication?: RepairApplicationResolvers<ContextType>;
  RepairApplicationPayload?: RepairApplicationPayloadResolvers<ContextType>;
  RepairCondition?: RepairConditionResolvers<ContextType>;
  ResolveObjectionPayload?: ResolveObjectionPayloadResolvers<ContextType>;
  ReviewRepairPayload?: ReviewRepairPayloadResolvers<ContextType>;
  RevokeAuthorisationPayload?: RevokeAuthorisationPayloadResolvers<ContextType>;
  RowError?: RowErrorResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  SubmitRecordsPayload?: SubmitRecordsPayloadResolvers<ContextType>;
  TierCount?: TierCountResolvers<ContextType>;
}>;

