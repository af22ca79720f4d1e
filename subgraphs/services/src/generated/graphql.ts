import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SubjectRef, EligibilityView, CheckPageView } from '../views';
import type { ApprovalMatterRow, CommitmentTemplateRow, DecisionRuleSetRow, IncentiveRow, CreditCheckRow, CreditCheckLogRow, CommitmentRow } from '../db/schema';
import type { StoredReason, RatingInput, MeasureInput } from '../decision';
import type { RuleDefinition, RuleResult } from '../incentives';
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

/** A measure applying to the subject because of a listing, as the sanctions subgraph reports it. */
export type ApplicableMeasure = {
  __typename?: 'ApplicableMeasure';
  /** The listing it follows from. */
  listing: Listing;
  /** The measure. */
  measure: Measure;
};

/** A government service matter of the one-network approval portal (一网通办), and how credit applies to it. */
export type ApprovalMatter = {
  __typename?: 'ApprovalMatter';
  /** Whether an application may be accepted with materials missing, on a commitment (容缺受理). */
  acceptWithMissingMaterials: Scalars['Boolean']['output'];
  /** Stable code of the matter, e.g. `SZ-ZJ-001`. */
  code: Scalars['String']['output'];
  /** Whether a credit commitment may replace materials or proofs (告知承诺). */
  commitmentAllowed: Scalars['Boolean']['output'];
  /** Commitment templates for this matter. */
  commitmentTemplates: Array<CommitmentTemplate>;
  /** Code of the department that handles it, e.g. `ZJJ`. */
  department: Scalars['String']['output'];
  /** Name of that department. */
  departmentName: Scalars['String']['output'];
  /** Whether subjects in good standing get a green channel (绿色通道, 信易批). */
  greenChannel: Scalars['Boolean']['output'];
  /** The measure matters this matter touches: the joint measures on these apply to it. */
  measureMatters: Array<MeasureMatter>;
  /** Name of the matter as the portal lists it. */
  name: Scalars['String']['output'];
};

/** How to treat an applicant for a matter, from the most favourable to the least. */
export type CheckDecision =
  /** A credit commitment may replace materials or cover missing ones (告知承诺 / 容缺受理). */
  | 'COMMITMENT_ALLOWED'
  /** Green channel: fast track, priority, fewer checks (信易批). */
  | 'GREEN_CHANNEL'
  /** The application must be refused under a joint punishment measure on this matter. */
  | 'REFUSED'
  /** Processing with the restrictions named in the reasons (stricter review, key supervision). */
  | 'RESTRICTED'
  /** Ordinary processing with full materials. */
  | 'STANDARD';

/** The officer's answer to a check (双反馈): whether the measures were applied, or why not. */
export type CheckFeedback = {
  __typename?: 'CheckFeedback';
  /** Whether the officer applied what the check said. */
  applied: Scalars['Boolean']['output'];
  /** Why not, or a note. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who answered: the credit centre and the checking department see it. */
  recordedBy?: Maybe<Scalars['String']['output']>;
};

/** The inputs a check reads from other subgraphs. */
export type CheckInput =
  /** The active joint measures and their listings (sanctions subgraph). */
  | 'ACTIVE_MEASURES'
  /** The current grade (ratings subgraph). */
  | 'RATING';

/** One ask of a check (逢办必查 log): who asked, when, with which inputs, and the answer. */
export type CheckLogEntry = {
  __typename?: 'CheckLogEntry';
  /** When it was asked. */
  askedAt: Scalars['DateTime']['output'];
  /** Who asked (caller id). */
  askedBy: Scalars['String']['output'];
  /** The decision answered. */
  decision: CheckDecision;
  /** The asking department. */
  department?: Maybe<Scalars['String']['output']>;
  /** The grade that arrived with this ask, if any. */
  grade?: Maybe<Grade>;
  /** The codes of the active measures that arrived with this ask, if they did. */
  measureCodes?: Maybe<Array<Scalars['String']['output']>>;
  /** Inputs missing from this ask. */
  missingInputs: Array<CheckInput>;
  /** The purpose the caller gave. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Whether this ask was a retry answered with the stored check. */
  replay: Scalars['Boolean']['output'];
};

/** One reason of a check: what it rests on, what it does to the decision, and what the officer must do. */
export type CheckReason = {
  __typename?: 'CheckReason';
  /** The most favourable decision this reason allows (the check takes the least favourable of all). */
  allows: CheckDecision;
  /** The broken commitment's id, for a `BROKEN_COMMITMENT` reason. */
  commitmentId?: Maybe<Scalars['ID']['output']>;
  /** When the grade was evaluated, for a `GRADE` reason. */
  evaluatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The reason in words, naming its source. */
  explanation: Scalars['String']['output'];
  /** The grade, for a `GRADE` reason. */
  grade?: Maybe<Grade>;
  /** What the reason rests on. */
  kind: ReasonKind;
  /** The measure's legal basis, for a measure reason. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** The listing's list, for a measure reason. */
  listType?: Maybe<ListType>;
  /** The listing's id, for a measure reason. */
  listingId?: Maybe<Scalars['ID']['output']>;
  /** The measure's code, for a measure reason. */
  measureCode?: Maybe<Scalars['String']['output']>;
  /** The missing input, for a `MISSING_INPUT` reason. */
  missingInput?: Maybe<CheckInput>;
  /** The evaluation model version, for a `GRADE` reason. */
  modelVersion?: Maybe<Scalars['String']['output']>;
  /** What the officer must do because of it. */
  officerAction: Scalars['String']['output'];
  /** Where it comes from: grade and model version, listing and department, measure and legal basis, commitment. */
  source: Scalars['String']['output'];
};

/** A credit commitment (信用承诺). */
export type Commitment = {
  __typename?: 'Commitment';
  /** The conditions. */
  conditions: Array<Scalars['String']['output']>;
  /** When it must be fulfilled. */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** The department that received it (or made it on the subject's behalf). */
  department: Scalars['String']['output'];
  /** For a broken commitment: until when it excludes commitment-based processing, unless repaired. */
  excludedUntil?: Maybe<Scalars['Date']['output']>;
  /** Whether it was fulfilled (DOMAIN §6: fully, partly, not kept); null until verified. */
  fulfilment?: Maybe<CommitmentFulfilment>;
  /** The commitment's id. */
  id: Scalars['ID']['output'];
  /** Its kind. */
  kind: CommitmentKind;
  /** When it was made. */
  madeAt: Scalars['DateTime']['output'];
  /** Who made it. */
  madeBy: CommitmentMaker;
  /** The matter it was made for, if any. */
  matter?: Maybe<ApprovalMatter>;
  /** When a broken commitment was repaired (信用修复). */
  repairedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: CommitmentStatus;
  /** The subject that committed. */
  subject: Subject;
  /** The text the subject committed to. */
  text: Scalars['String']['output'];
  /** The verification, once made. */
  verification?: Maybe<CommitmentVerification>;
};

/** How a verified commitment was fulfilled (履约情况). */
export type CommitmentFulfilment =
  /** Fully kept. */
  | 'FULLY'
  /** Not kept, or false. */
  | 'NOT_KEPT'
  /** Partly kept. */
  | 'PARTLY';

/** Kinds of credit commitment (信用承诺). */
export type CommitmentKind =
  /** 证明事项型: replaces a certificate. */
  | 'CERTIFICATION'
  /** 行业自律型: industry self-discipline. */
  | 'INDUSTRY_SELF_DISCIPLINE'
  /** 容缺受理型: accepted with missing materials, supplied later. */
  | 'MISSING_MATERIALS'
  /** Any other. */
  | 'OTHER'
  /** 信用修复型: made to repair credit. */
  | 'REPAIR'
  /** 审批替代型: replaces an approval or materials. */
  | 'REPLACES_APPROVAL'
  /** 主动型: made voluntarily. */
  | 'VOLUNTARY';

/** Who made a commitment. */
export type CommitmentMaker =
  /** A department on the subject's behalf, at the counter. */
  | 'DEPARTMENT'
  /** The subject itself (its legal-person or real-name account). */
  | 'SUBJECT';

/** Whether a commitment was kept, as the verifying department found. */
export type CommitmentOutcome =
  /** Not kept, or the commitment was false. */
  | 'BROKEN'
  /** Fully kept. */
  | 'KEPT'
  /** Partly kept. */
  | 'PARTLY_KEPT';

/** Where a commitment stands. */
export type CommitmentStatus =
  /** Verified as not kept or false: excludes commitment-based processing until it expires or is repaired. */
  | 'BROKEN'
  /** Verified as fully kept. */
  | 'KEPT'
  /** Verified as partly kept. */
  | 'PARTLY_KEPT'
  /** Made, not yet verified. */
  | 'PENDING';

/** A template of commitment text for a matter and kind. */
export type CommitmentTemplate = {
  __typename?: 'CommitmentTemplate';
  /** The template's code. */
  code: Scalars['String']['output'];
  /** Conditions the subject commits to. */
  conditions: Array<Scalars['String']['output']>;
  /** Days after the commitment by which it must be fulfilled. */
  deadlineDays: Scalars['Int']['output'];
  /** The kind of commitment. */
  kind: CommitmentKind;
  /** The matter it is for. */
  matterCode: Scalars['String']['output'];
  /** The commitment text, with `{subject}` where the subject's name goes. */
  text: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** A department's verification of a commitment. */
export type CommitmentVerification = {
  __typename?: 'CommitmentVerification';
  /** The verifying department. */
  department: Scalars['String']['output'];
  /** What was found. */
  note?: Maybe<Scalars['String']['output']>;
  /** The outcome. */
  outcome: CommitmentOutcome;
  /** When. */
  verifiedAt: Scalars['DateTime']['output'];
};

/**
 * A stored credit check (逢办必查): made once per application, matter and subject, with the inputs it
 * read and the decision, for audit.
 */
export type CreditCheck = {
  __typename?: 'CreditCheck';
  /** The approval portal's application id. */
  applicationId: Scalars['String']['output'];
  /** When the check was made. */
  checkedAt: Scalars['DateTime']['output'];
  /** Who asked: the credit centre and the checking department see it. */
  checkedBy?: Maybe<Scalars['String']['output']>;
  /** The decision. */
  decision: CheckDecision;
  /** Department that asked. */
  department?: Maybe<Scalars['String']['output']>;
  /** The officer's feedback, if given. */
  feedback?: Maybe<CheckFeedback>;
  /** The grade the check read, if it arrived. */
  grade?: Maybe<Grade>;
  /** The check's id. */
  id: Scalars['ID']['output'];
  /** Every ask of this check, retries included, oldest first: the credit centre and the checking department. */
  log?: Maybe<Array<CheckLogEntry>>;
  /** The matter applied for. */
  matter: ApprovalMatter;
  /** The codes of the active measures the check read (all matters), if they arrived. */
  measureCodes?: Maybe<Array<Scalars['String']['output']>>;
  /** Inputs that did not arrive: the decision does not rely on them and is never a green channel. */
  missingInputs: Array<CheckInput>;
  /** What the officer must do, from all the reasons, in order. */
  officerActions: Array<Scalars['String']['output']>;
  /** Every reason behind the decision, most restrictive first. */
  reasons: Array<CheckReason>;
  /** Version of the decision rules applied. */
  ruleSetVersion: Scalars['String']['output'];
  /** The subject checked. */
  subject: Subject;
};

/** A page of checks. */
export type CreditCheckConnection = {
  __typename?: 'CreditCheckConnection';
  /** The checks of this page. */
  edges: Array<CreditCheckEdge>;
  /** Whether more follow, and where to continue. */
  pageInfo: PageInfo;
};

/** One check in a page. */
export type CreditCheckEdge = {
  __typename?: 'CreditCheckEdge';
  /** Cursor to continue after this check. */
  cursor: Scalars['String']['output'];
  /** The check. */
  node: CreditCheck;
};

/** The decision rules in force (configurable data, effective-dated). */
export type DecisionRuleSet = {
  __typename?: 'DecisionRuleSet';
  /** Grades that allow commitment-based processing on matters that offer it. */
  commitmentGrades: Array<Grade>;
  /** In force from. */
  effectiveFrom: Scalars['Date']['output'];
  /** Grades that allow a green channel on matters that offer one. */
  greenChannelGrades: Array<Grade>;
  /** Lists whose punishment measures on the matter refuse the application; other lists' restrict it. */
  refusingListTypes: Array<ListType>;
  /** Grades processed with restrictions (key supervision). */
  restrictedGrades: Array<Grade>;
  /** Version of the rule set. */
  version: Scalars['String']['output'];
};

/** One eligibility rule of an incentive (data, not code). */
export type EligibilityRule = {
  __typename?: 'EligibilityRule';
  /** The rule in words. */
  description: Scalars['String']['output'];
  /** What it requires. */
  kind: EligibilityRuleKind;
  /** The minimum grade, for `MINIMUM_GRADE`. */
  minimumGrade?: Maybe<Grade>;
};

/** What an eligibility rule requires. */
export type EligibilityRuleKind =
  /** A grade at least as good as `minimumGrade`. */
  | 'MINIMUM_GRADE'
  /** No broken commitment excluding the subject. */
  | 'NO_BROKEN_COMMITMENT'
  /** No active listing on the serious dishonesty or key attention list. */
  | 'NO_NEGATIVE_LISTING'
  /** No joint punishment measure on the incentive's measure matter. */
  | 'NO_PUNISHMENT_MEASURE';

/** Credit grades, owned by the ratings subgraph. */
export type Grade =
  /** 诚信. */
  | 'A'
  /** 基本诚信. */
  | 'B'
  /** 失信观察. */
  | 'C'
  /** 严重失信. */
  | 'D';

/** A 信易+ incentive for subjects in good standing. */
export type Incentive = {
  __typename?: 'Incentive';
  /** What the subject gets. */
  benefit: Scalars['String']['output'];
  /** The incentive's code, e.g. `XYD-01`. */
  code: Scalars['String']['output'];
  /** The measure matter it belongs to, if any. */
  measureMatter?: Maybe<MeasureMatter>;
  /** Name, e.g. 信易贷. */
  name: Scalars['String']['output'];
  /** Who provides it (a bank, a department, a platform). */
  provider: Scalars['String']['output'];
  /** The rules a subject must satisfy. */
  rules: Array<EligibilityRule>;
};

/** Whether a subject may claim an incentive, and why. */
export type IncentiveEligibility = {
  __typename?: 'IncentiveEligibility';
  /** Whether it is granted: every rule satisfied and no input it needs missing. */
  eligible: Scalars['Boolean']['output'];
  /** The rules failed or undecidable (with a missing input): why it is not granted. */
  failed: Array<RuleOutcome>;
  /** The incentive. */
  incentive: Incentive;
  /** Inputs that did not arrive. */
  missingInputs: Array<CheckInput>;
  /** The rules satisfied. */
  satisfied: Array<RuleOutcome>;
};

/** Lists, owned by the sanctions subgraph. */
export type ListType =
  /** 重点关注对象名单. */
  | 'KEY_ATTENTION'
  /** 守信激励对象名单 (red list). */
  | 'RED_LIST'
  /** 严重失信主体名单. */
  | 'SERIOUS_DISHONESTY';

export type Listing = {
  __typename?: 'Listing';
  /** Department that determined the listing (谁认定谁负责). */
  department: Scalars['String']['output'];
  /** The listing's id. */
  id: Scalars['ID']['output'];
  /** The list. */
  listType: ListType;
};

/** A commitment to make. */
export type MakeCommitmentInput = {
  /** The conditions (or from the template). */
  conditions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When it must be fulfilled (or the template's days from today). */
  deadline?: InputMaybe<Scalars['Date']['input']>;
  /** The receiving department, a code of the departments directory (required for a subject's own commitment without a matter); UNKNOWN_DEPARTMENT otherwise. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** The kind. */
  kind: CommitmentKind;
  /** The matter, if the commitment is for one (its code). */
  matterCode?: InputMaybe<Scalars['String']['input']>;
  /** The subject committing: with a SUBJECT token, its own id (or omitted). */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** A template to start from: its text and conditions are used when `text`/`conditions` are omitted. */
  templateCode?: InputMaybe<Scalars['String']['input']>;
  /** The commitment text, 1 to 4,000 characters (or from the template). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The commitment made. */
export type MakeCommitmentPayload = {
  __typename?: 'MakeCommitmentPayload';
  /** The commitment. */
  commitment: Commitment;
};

/** A measure of the sanctions subgraph's measure list: the part the check reads. */
export type Measure = {
  __typename?: 'Measure';
  /** The measure's code. */
  code: Scalars['String']['output'];
  /** Reward or punishment. */
  effect: MeasureEffect;
  /** The law, regulation or central policy the measure rests on. */
  legalBasis: Scalars['String']['output'];
  /** The matters it applies to. */
  matters: Array<MeasureMatter>;
  /** The measure's name. */
  name: Scalars['String']['output'];
};

/** Whether a measure rewards or punishes, owned by the sanctions subgraph. */
export type MeasureEffect =
  /** A joint punishment (restriction, prohibition). */
  | 'PUNISHMENT'
  /** A joint reward (green channel, priority, 信易+). */
  | 'REWARD';

/** The matters a measure applies to, owned by the sanctions subgraph. */
export type MeasureMatter =
  /** 评优评先. */
  | 'AWARDS'
  /** 招标投标. */
  | 'BIDDING'
  /** 信用服务. */
  | 'CREDIT_SERVICES'
  /** 融资授信. */
  | 'FINANCING'
  /** 财政资金. */
  | 'FISCAL_FUNDS'
  /** 乘坐飞机. */
  | 'FLIGHTS'
  /** 政府采购. */
  | 'GOVERNMENT_PROCUREMENT'
  /** 乘坐高等级列车. */
  | 'HIGH_GRADE_TRAINS'
  /** 荣誉称号. */
  | 'HONOURS'
  /** 行政许可. */
  | 'LICENSING'
  /** 市场准入. */
  | 'MARKET_ACCESS'
  /** 担任公职. */
  | 'PUBLIC_OFFICE';

/** The services subgraph's mutations: feedback on checks, and credit commitments. */
export type Mutation = {
  __typename?: 'Mutation';
  /** A subject commits (its own account), or a department records a commitment on its behalf. */
  makeCommitment: MakeCommitmentPayload;
  /** The officer records whether the check's measures were applied, or why not (双反馈). */
  recordCheckFeedback: RecordCheckFeedbackPayload;
  /** Ends a broken commitment's exclusion after credit repair (谁认定谁修复): its department or the credit centre. */
  repairCommitment: RepairCommitmentPayload;
  /** The department that received a commitment (or the credit centre) records whether it was kept. */
  verifyCommitment: VerifyCommitmentPayload;
};


/** The services subgraph's mutations: feedback on checks, and credit commitments. */
export type MutationMakeCommitmentArgs = {
  input: MakeCommitmentInput;
};


/** The services subgraph's mutations: feedback on checks, and credit commitments. */
export type MutationRecordCheckFeedbackArgs = {
  input: RecordCheckFeedbackInput;
};


/** The services subgraph's mutations: feedback on checks, and credit commitments. */
export type MutationRepairCommitmentArgs = {
  input: RepairCommitmentInput;
};


/** The services subgraph's mutations: feedback on checks, and credit commitments. */
export type MutationVerifyCommitmentArgs = {
  input: VerifyCommitmentInput;
};

/** Page information of a connection, identical in every subgraph that pages. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge, to ask for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The services subgraph's queries: catalogues, stored checks and the audit of unanswered checks. */
export type Query = {
  __typename?: 'Query';
  /** One approval matter by code, or null. */
  approvalMatter?: Maybe<ApprovalMatter>;
  /** The approval matters of the portal, by code; only one department's with `department`. */
  approvalMatters: Array<ApprovalMatter>;
  /**
   * Checks without the officer's feedback, oldest first, for audit: the credit centre sees all,
   * a department its own. `first` is 1 to 100.
   */
  checksAwaitingFeedback: CreditCheckConnection;
  /** Commitment templates, for one matter and optionally one kind. */
  commitmentTemplates: Array<CommitmentTemplate>;
  /** A check by id: the checking department and the credit centre. */
  creditCheck?: Maybe<CreditCheck>;
  /** The decision rules in force. */
  decisionRules: DecisionRuleSet;
  /** The 信易+ incentive catalogue. */
  incentives: Array<Incentive>;
};


/** The services subgraph's queries: catalogues, stored checks and the audit of unanswered checks. */
export type QueryApprovalMatterArgs = {
  code: Scalars['String']['input'];
};


/** The services subgraph's queries: catalogues, stored checks and the audit of unanswered checks. */
export type QueryApprovalMattersArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
};


/** The services subgraph's queries: catalogues, stored checks and the audit of unanswered checks. */
export type QueryChecksAwaitingFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The services subgraph's queries: catalogues, stored checks and the audit of unanswered checks. */
export type QueryCommitmentTemplatesArgs = {
  kind?: InputMaybe<CommitmentKind>;
  matterCode: Scalars['String']['input'];
};


/** The services subgraph's queries: catalogues, stored checks and the audit of unanswered checks. */
export type QueryCreditCheckArgs = {
  id: Scalars['ID']['input'];
};

/** The part of the ratings subgraph's current rating that the check reads. */
export type Rating = {
  __typename?: 'Rating';
  /** When the evaluation ran. */
  evaluatedAt: Scalars['DateTime']['output'];
  /** The grade. */
  grade: Grade;
  /** Version of the evaluation model that produced it. */
  modelVersion: Scalars['String']['output'];
  /** The score behind the grade. */
  score: Scalars['Float']['output'];
};

/** What a reason of a check rests on. */
export type ReasonKind =
  /** A broken or false commitment that excludes commitment-based processing. */
  | 'BROKEN_COMMITMENT'
  /** The subject's grade and its evaluation. */
  | 'GRADE'
  /** An active listing on a negative list, which excludes facilitation whatever the matter. */
  | 'LISTING'
  /** What the matter itself allows (commitment, missing materials, green channel). */
  | 'MATTER'
  /** An input that did not arrive: the check cannot rely on it. */
  | 'MISSING_INPUT'
  /** A joint punishment measure on this matter, following from a listing. */
  | 'PUNISHMENT_MEASURE'
  /** A joint reward measure on this matter, following from a listing. */
  | 'REWARD_MEASURE';

/** The officer's answer to a check. */
export type RecordCheckFeedbackInput = {
  /** Whether what the check said was applied. */
  applied: Scalars['Boolean']['input'];
  /** The check answered. */
  checkId: Scalars['ID']['input'];
  /** Why not (required when `applied` is false), or a note; at most 2,000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The check with its feedback. */
export type RecordCheckFeedbackPayload = {
  __typename?: 'RecordCheckFeedbackPayload';
  /** The check, now with feedback. */
  check: CreditCheck;
};

/** A repair to record. */
export type RepairCommitmentInput = {
  /** The broken commitment. */
  commitmentId: Scalars['ID']['input'];
  /** The repair's basis (corrected conduct, a new commitment). At most 2,000 characters. */
  note: Scalars['String']['input'];
};

/** The commitment repaired. */
export type RepairCommitmentPayload = {
  __typename?: 'RepairCommitmentPayload';
  /** The commitment, no longer excluding. */
  commitment: Commitment;
};

/** How one rule went for one subject. */
export type RuleOutcome = {
  __typename?: 'RuleOutcome';
  /** Why it was satisfied or failed, naming the source. */
  explanation: Scalars['String']['output'];
  /** The rule. */
  rule: EligibilityRule;
};

export type Subject = {
  __typename?: 'Subject';
  /** Every measure applying to the subject now, from the sanctions subgraph (an input of the check). */
  activeMeasures?: Maybe<Array<ApplicableMeasure>>;
  /**
   * The subject's credit commitments, newest first (`first` is 1 to 100). Organisations' commitments
   * are public; a natural person's only to the person, departments and the credit centre.
   */
  commitments?: Maybe<Array<Commitment>>;
  /**
   * The credit check of this subject for one approval matter in one application (逢办必查): the
   * decision, the reasons with their sources and what the officer must do. Made once per application,
   * matter and subject: a retried call returns the same stored check. Every check is logged. A missing
   * input (ratings or sanctions unavailable) is named, and never yields a green channel.
   * Departments and the credit centre only; others get `FORBIDDEN`.
   */
  creditCheck?: Maybe<CreditCheck>;
  /**
   * Each 信易+ incentive of the catalogue, granted or not, with the rules it satisfied and, when not
   * granted, the rules that failed. A missing input (ratings or sanctions unavailable) grants nothing
   * that depends on it. Departments, the credit centre and the subject itself.
   */
  eligibleIncentives?: Maybe<Array<IncentiveEligibility>>;
  /** The subject's id, as the subjects subgraph issues it. */
  id: Scalars['ID']['output'];
  /** The subject's kind, from the subjects subgraph: decides whether its commitments are public. */
  kind?: Maybe<SubjectKind>;
  /** The current rating, from the ratings subgraph (an input of the check). */
  rating?: Maybe<Rating>;
};


export type SubjectCommitmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CommitmentStatus>;
};


export type SubjectCreditCheckArgs = {
  applicationId: Scalars['String']['input'];
  matterCode: Scalars['String']['input'];
};

/** Kinds of subject, owned by the subjects subgraph. */
export type SubjectKind =
  /** 企业. */
  | 'ENTERPRISE'
  /** 农民专业合作社. */
  | 'FARMERS_COOPERATIVE'
  /** 机关. */
  | 'GOVERNMENT_ORGAN'
  /** 个体工商户. */
  | 'INDIVIDUAL_BUSINESS'
  /** 自然人. */
  | 'NATURAL_PERSON'
  /** Any other kind. */
  | 'OTHER'
  /** 事业单位. */
  | 'PUBLIC_INSTITUTION'
  /** 社会组织. */
  | 'SOCIAL_ORGANISATION';

/** A verification to record. */
export type VerifyCommitmentInput = {
  /** The commitment. */
  commitmentId: Scalars['ID']['input'];
  /** What was found; required for BROKEN and PARTLY_KEPT. At most 2,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether it was kept. */
  outcome: CommitmentOutcome;
};

/** The commitment verified. */
export type VerifyCommitmentPayload = {
  __typename?: 'VerifyCommitmentPayload';
  /** The commitment, now verified. */
  commitment: Commitment;
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
    & GraphQLRecursivePick<FederationTypes['Subject'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Subject'], {"kind":true}>
        | GraphQLRecursivePick<FederationTypes['Subject'], {"kind":true,"rating":{"grade":true,"score":true,"modelVersion":true,"evaluatedAt":true},"activeMeasures":{"measure":{"code":true,"name":true,"effect":true,"legalBasis":true,"matters":true},"listing":{"id":true,"listType":true,"department":true}}}>
        | GraphQLRecursivePick<FederationTypes['Subject'], {"kind":true,"rating":{"grade":true,"score":true,"modelVersion":true,"evaluatedAt":true},"activeMeasures":{"measure":{"code":true,"name":true,"effect":true,"legalBasis":true,"matters":true},"listing":{"id":true,"listType":true,"department":true}}}>
        | GraphQLRecursivePick<FederationTypes['Subject'], {"kind":true,"rating":{"grade":true,"score":true,"modelVersion":true,"evaluatedAt":true},"activeMeasures":{"measure":{"code":true,"name":true,"effect":true,"legalBasis":true,"matters":true},"listing":{"id":true,"listType":true,"department":true}}}>
        | GraphQLRecursivePick<FederationTypes['Subject'], {"rating":{"grade":true,"score":true,"modelVersion":true,"evaluatedAt":true},"activeMeasures":{"measure":{"code":true,"name":true,"effect":true,"legalBasis":true,"matters":true},"listing":{"id":true,"listType":true,"department":true}}}>
        | GraphQLRecursivePick<FederationTypes['Subject'], {"rating":{"grade":true,"score":true,"modelVersion":true,"evaluatedAt":true},"activeMeasures":{"measure":{"code":true,"name":true,"effect":true,"legalBasis":true,"matters":true},"listing":{"id":true,"listType":true,"department":true}}}>
        | GraphQLRecursivePick<FederationTypes['Subject'], {"rating":{"grade":true,"score":true,"modelVersion":true,"evaluatedAt":true},"activeMeasures":{"measure":{"code":true,"name":true,"effect":true,"legalBasis":true,"matters":true},"listing":{"id":true,"listType":true,"department":true}}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApplicableMeasure: ResolverTypeWrapper<MeasureInput>;
  ApprovalMatter: ResolverTypeWrapper<ApprovalMatterRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CheckDecision: CheckDecision;
  CheckFeedback: ResolverTypeWrapper<CheckFeedback>;
  CheckInput: CheckInput;
  CheckLogEntry: ResolverTypeWrapper<CreditCheckLogRow>;
  CheckReason: ResolverTypeWrapper<StoredReason>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Commitment: ResolverTypeWrapper<CommitmentRow>;
  CommitmentFulfilment: CommitmentFulfilment;
  CommitmentKind: CommitmentKind;
  CommitmentMaker: CommitmentMaker;
  CommitmentOutcome: CommitmentOutcome;
  CommitmentStatus: CommitmentStatus;
  CommitmentTemplate: ResolverTypeWrapper<CommitmentTemplateRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CommitmentVerification: ResolverTypeWrapper<CommitmentVerification>;
  CreditCheck: ResolverTypeWrapper<CreditCheckRow>;
  CreditCheckConnection: ResolverTypeWrapper<CheckPageView>;
  CreditCheckEdge: ResolverTypeWrapper<Omit<CreditCheckEdge, 'node'> & { node: ResolversTypes['CreditCheck'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecisionRuleSet: ResolverTypeWrapper<DecisionRuleSetRow>;
  EligibilityRule: ResolverTypeWrapper<RuleDefinition>;
  EligibilityRuleKind: EligibilityRuleKind;
  Grade: Grade;
  Incentive: ResolverTypeWrapper<IncentiveRow>;
  IncentiveEligibility: ResolverTypeWrapper<EligibilityView>;
  ListType: ListType;
  Listing: ResolverTypeWrapper<Listing>;
  MakeCommitmentInput: MakeCommitmentInput;
  MakeCommitmentPayload: ResolverTypeWrapper<Omit<MakeCommitmentPayload, 'commitment'> & { commitment: ResolversTypes['Commitment'] }>;
  Measure: ResolverTypeWrapper<Measure>;
  MeasureEffect: MeasureEffect;
  MeasureMatter: MeasureMatter;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rating: ResolverTypeWrapper<RatingInput>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ReasonKind: ReasonKind;
  RecordCheckFeedbackInput: RecordCheckFeedbackInput;
  RecordCheckFeedbackPayload: ResolverTypeWrapper<Omit<RecordCheckFeedbackPayload, 'check'> & { check: ResolversTypes['CreditCheck'] }>;
  RepairCommitmentInput: RepairCommitmentInput;
  RepairCommitmentPayload: ResolverTypeWrapper<Omit<RepairCommitmentPayload, 'commitment'> & { commitment: ResolversTypes['Commitment'] }>;
  RuleOutcome: ResolverTypeWrapper<RuleResult>;
  Subject: ResolverTypeWrapper<SubjectRef>;
  SubjectKind: SubjectKind;
  VerifyCommitmentInput: VerifyCommitmentInput;
  VerifyCommitmentPayload: ResolverTypeWrapper<Omit<VerifyCommitmentPayload, 'commitment'> & { commitment: ResolversTypes['Commitment'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApplicableMeasure: MeasureInput;
  ApprovalMatter: ApprovalMatterRow;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  CheckFeedback: CheckFeedback;
  CheckLogEntry: CreditCheckLogRow;
  CheckReason: StoredReason;
  ID: Scalars['ID']['output'];
  Commitment: CommitmentRow;
  CommitmentTemplate: CommitmentTemplateRow;
  Int: Scalars['Int']['output'];
  CommitmentVerification: CommitmentVerification;
  CreditCheck: CreditCheckRow;
  CreditCheckConnection: CheckPageView;
  CreditCheckEdge: Omit<CreditCheckEdge, 'node'> & { node: ResolversParentTypes['CreditCheck'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecisionRuleSet: DecisionRuleSetRow;
  EligibilityRule: RuleDefinition;
  Incentive: IncentiveRow;
  IncentiveEligibility: EligibilityView;
  Listing: Listing;
  MakeCommitmentInput: MakeCommitmentInput;
  MakeCommitmentPayload: Omit<MakeCommitmentPayload, 'commitment'> & { commitment: ResolversParentTypes['Commitment'] };
  Measure: Measure;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Rating: RatingInput;
  Float: Scalars['Float']['output'];
  RecordCheckFeedbackInput: RecordCheckFeedbackInput;
  RecordCheckFeedbackPayload: Omit<RecordCheckFeedbackPayload, 'check'> & { check: ResolversParentTypes['CreditCheck'] };
  RepairCommitmentInput: RepairCommitmentInput;
  RepairCommitmentPayload: Omit<RepairCommitmentPayload, 'commitment'> & { commitment: ResolversParentTypes['Commitment'] };
  RuleOutcome: RuleResult;
  Subject: SubjectRef;
  VerifyCommitmentInput: VerifyCommitmentInput;
  VerifyCommitmentPayload: Omit<VerifyCommitmentPayload, 'commitment'> & { commitment: ResolversParentTypes['Commitment'] };
}>;

export type ApprovalMatterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApprovalMatter'] = ResolversParentTypes['ApprovalMatter']> = ResolversObject<{
  acceptWithMissingMaterials?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commitmentAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commitmentTemplates?: Resolver<Array<ResolversTypes['CommitmentTemplate']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  greenChannel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measureMatters?: Resolver<Array<ResolversTypes['MeasureMatter']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CheckFeedbackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckFeedback'] = ResolversParentTypes['CheckFeedback']> = ResolversObject<{
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CheckLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckLogEntry'] = ResolversParentTypes['CheckLogEntry']> = ResolversObject<{
  askedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  askedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['CheckDecision'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  measureCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  missingInputs?: Resolver<Array<ResolversTypes['CheckInput']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CheckReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckReason'] = ResolversParentTypes['CheckReason']> = ResolversObject<{
  allows?: Resolver<ResolversTypes['CheckDecision'], ParentType, ContextType>;
  commitmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  evaluatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReasonKind'], ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  listType?: Resolver<Maybe<ResolversTypes['ListType']>, ParentType, ContextType>;
  listingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  measureCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  missingInput?: Resolver<Maybe<ResolversTypes['CheckInput']>, ParentType, ContextType>;
  modelVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  officerAction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CommitmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment']> = ResolversObject<{
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  excludedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fulfilment?: Resolver<Maybe<ResolversTypes['CommitmentFulfilment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CommitmentKind'], ParentType, ContextType>;
  madeAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  madeBy?: Resolver<ResolversTypes['CommitmentMaker'], ParentType, ContextType>;
  matter?: Resolver<Maybe<ResolversTypes['ApprovalMatter']>, ParentType, ContextType>;
  repairedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommitmentStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verification?: Resolver<Maybe<ResolversTypes['CommitmentVerification']>, ParentType, ContextType>;
}>;

export type CommitmentTemplateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentTemplate'] = ResolversParentTypes['CommitmentTemplate']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  deadlineDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CommitmentKind'], ParentType, ContextType>;
  matterCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CommitmentVerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitmentVerification'] = ResolversParentTypes['CommitmentVerification']> = ResolversObject<{
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CommitmentOutcome'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CreditCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditCheck'] = ResolversParentTypes['CreditCheck']> = ResolversObject<{
  applicationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['CheckDecision'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['CheckFeedback']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  log?: Resolver<Maybe<Array<ResolversTypes['CheckLogEntry']>>, ParentType, ContextType>;
  matter?: Resolver<ResolversTypes['ApprovalMatter'], ParentType, ContextType>;
  measureCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  missingInputs?: Resolver<Array<ResolversTypes['CheckInput']>, ParentType, ContextType>;
  officerActions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['CheckReason']>, ParentType, ContextType>;
  ruleSetVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
}>;

export type CreditCheckConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditCheckConnection'] = ResolversParentTypes['CreditCheckConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CreditCheckEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CreditCheckEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditCheckEdge'] = ResolversParentTypes['CreditCheckEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditCheck'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionRuleSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DecisionRuleSet'] = ResolversParentTypes['DecisionRuleSet']> = ResolversObject<{
  commitmentGrades?: Resolver<Array<ResolversTypes['Grade']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  greenChannelGrades?: Resolver<Array<ResolversTypes['Grade']>, ParentType, ContextType>;
  refusingListTypes?: Resolver<Array<ResolversTypes['ListType']>, ParentType, ContextType>;
  restrictedGrades?: Resolver<Array<ResolversTypes['Grade']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EligibilityRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EligibilityRule'] = ResolversParentTypes['EligibilityRule']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EligibilityRuleKind'], ParentType, ContextType>;
  minimumGrade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
}>;

export type IncentiveResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Incentive'] = ResolversParentTypes['Incentive']> = ResolversObject<{
  benefit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measureMatter?: Resolver<Maybe<ResolversTypes['MeasureMatter']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['EligibilityRule']>, ParentType, ContextType>;
}>;

export type IncentiveEligibilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncentiveEligibility'] = ResolversParentTypes['IncentiveEligibility']> = ResolversObject<{
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  failed?: Resolver<Array<ResolversTypes['RuleOutcome']>, ParentType, ContextType>;
  incentive?: Resolver<ResolversTypes['Incentive'], ParentType, ContextType>;
  missingInputs?: Resolver<Array<ResolversTypes['CheckInput']>, ParentType, ContextType>;
  satisfied?: Resolver<Array<ResolversTypes['RuleOutcome']>, ParentType, ContextType>;
}>;

export type ListingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Listing'] = ResolversParentTypes['Listing']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MakeCommitmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MakeCommitmentPayload'] = ResolversParentTypes['MakeCommitmentPayload']> = ResolversObject<{
  commitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  makeCommitment?: Resolver<ResolversTypes['MakeCommitmentPayload'], ParentType, ContextType, RequireFields<MutationMakeCommitmentArgs, 'input'>>;
  recordCheckFeedback?: Resolver<ResolversTypes['RecordCheckFeedbackPayload'], ParentType, ContextType, RequireFields<MutationRecordCheckFeedbackArgs, 'input'>>;
  repairCommitment?: Resolver<ResolversTypes['RepairCommitmentPayload'], ParentType, ContextType, RequireFields<MutationRepairCommitmentArgs, 'input'>>;
  verifyCommitment?: Resolver<ResolversTypes['VerifyCommitmentPayload'], ParentType, ContextType, RequireFields<MutationVerifyCommitmentArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  approvalMatter?: Resolver<Maybe<ResolversTypes['ApprovalMatter']>, ParentType, ContextType, RequireFields<QueryApprovalMatterArgs, 'code'>>;
  approvalMatters?: Resolver<Array<ResolversTypes['ApprovalMatter']>, ParentType, ContextType, Partial<QueryApprovalMattersArgs>>;
  checksAwaitingFeedback?: Resolver<ResolversTypes['CreditCheckConnection'], ParentType, ContextType, RequireFields<QueryChecksAwaitingFeedbackArgs, 'first'>>;
  commitmentTemplates?: Resolver<Array<ResolversTypes['CommitmentTemplate']>, ParentType, ContextType, RequireFields<QueryCommitmentTemplatesArgs, 'matterCode'>>;
  creditCheck?: Resolver<Maybe<ResolversTypes['CreditCheck']>, ParentType, ContextType, RequireFields<QueryCreditCheckArgs, 'id'>>;
  decisionRules?: Resolver<ResolversTypes['DecisionRuleSet'], ParentType, ContextType>;
  incentives?: Resolver<Array<ResolversTypes['Incentive']>, ParentType, ContextType>;
}>;

export type RecordCheckFeedbackPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordCheckFeedbackPayload'] = ResolversParentTypes['RecordCheckFeedbackPayload']> = ResolversObject<{
  check?: Resolver<ResolversTypes['CreditCheck'], ParentType, ContextType>;
}>;

export type RepairCommitmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepairCommitmentPayload'] = ResolversParentTypes['RepairCommitmentPayload']> = ResolversObject<{
  commitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
}>;

export type RuleOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RuleOutcome'] = ResolversParentTypes['RuleOutcome']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['EligibilityRule'], ParentType, ContextType>;
}>;

export type SubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  commitments?: Resolver<Maybe<Array<ResolversTypes['Commitment']>>, ParentType, ContextType, RequireFields<SubjectCommitmentsArgs, 'first'>>;
  creditCheck?: Resolver<Maybe<ResolversTypes['CreditCheck']>, ParentType, ContextType, RequireFields<SubjectCreditCheckArgs, 'applicationId' | 'matterCode'>>;
  eligibleIncentives?: Resolver<Maybe<Array<ResolversTypes['IncentiveEligibility']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VerifyCommitmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerifyCommitmentPayload'] = ResolversParentTypes['VerifyCommitmentPayload']> = ResolversObject<{
  commitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ApprovalMatter?: ApprovalMatterResolvers<ContextType>;
  CheckFeedback?: CheckFeedbackResolvers<ContextType>;
  CheckLogEntry?: CheckLogEntryResolvers<ContextType>;
  CheckReason?: CheckReasonResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  CommitmentTemplate?: CommitmentTemplateResolvers<ContextType>;
  CommitmentVerification?: CommitmentVerificationResolvers<ContextType>;
  CreditCheck?: CreditCheckResolvers<ContextType>;
  CreditCheckConnection?: CreditCheckConnectionResolvers<ContextType>;
  CreditCheckEdge?: CreditCheckEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DecisionRuleSet?: DecisionRuleSetResolvers<ContextType>;
  EligibilityRule?: EligibilityRuleResolvers<ContextType>;
  Incentive?: IncentiveResolvers<ContextType>;
  IncentiveEligibility?: IncentiveEligibilityResolvers<ContextType>;
  Listing?: ListingResolvers<ContextType>;
  MakeCommitmentPayload?: MakeCommitmentPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordCheckFeedbackPayload?: RecordCheckFeedbackPayloadResolvers<ContextType>;
  RepairCommitmentPayload?: RepairCommitmentPayloadResolvers<ContextType>;
  RuleOutcome?: RuleOutcomeResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  VerifyCommitmentPayload?: VerifyCommitmentPayloadResolvers<ContextType>;
}>;

