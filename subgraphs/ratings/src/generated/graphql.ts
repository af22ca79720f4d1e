import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SubjectRef, RatingView, InspectionItemView, ItemPageView, GradeGroupView, VerificationView } from '../views';
import type { IndustryRatingRow, MarketRatingRow, AgencyRow, PolicyRow, SamplingPolicyRow, RunRow, InspectionPlanRow, JointInspectionRow, InspectorView, ScopeView } from '../db/schema';
import type { Model } from '../model/load';
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

/** How the public evaluation, industry ratings and market ratings combine (effective-dated data). */
export type CombinationPolicy = {
  __typename?: 'CombinationPolicy';
  /** The policy in words. */
  description: Scalars['String']['output'];
  /** First day in force. */
  effectiveFrom: Scalars['Date']['output'];
  /** Last day in force; null while in force. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** Points an industry or market grade stands for. */
  gradePoints: Array<GradeThreshold>;
  /** Weight of the mean of the valid industry ratings (when there are any). */
  industryWeight: Scalars['Float']['output'];
  /** Weight of the mean of the valid market ratings (when there are any). */
  marketWeight: Scalars['Float']['output'];
  /** Weight of the public evaluation's score. */
  publicWeight: Scalars['Float']['output'];
  /** Version, named in every evaluation it combined. */
  version: Scalars['String']['output'];
};

/**
 * A registered credit service agency (信用服务机构备案); its code is the `dept` claim of its tokens
 * (role AGENCY). An entity: the subjects subgraph names the agency that read a subject's file in
 * its access log, and this registry gives its name.
 */
export type CreditAgency = {
  __typename?: 'CreditAgency';
  /** Registry code. */
  code: Scalars['String']['output'];
  /** 统一社会信用代码 of the agency. */
  creditCode: Scalars['String']['output'];
  /** Registered name. */
  name: Scalars['String']['output'];
  /** Date of registration. */
  registeredOn: Scalars['Date']['output'];
  /** Registration state. */
  status: CreditAgencyStatus;
};

/** Registration state of a credit service agency. */
export type CreditAgencyStatus =
  /** Registered: may submit market ratings. */
  | 'ACTIVE'
  /** Deregistered: may not submit. */
  | 'DEREGISTERED'
  /** Suspended: may not submit. */
  | 'SUSPENDED';

/** What to draw. */
export type DrawInspectionPlanInput = {
  /** The drawing department; defaults to the caller's. Only the credit centre may draw for another, of the departments directory. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** The inspector pool (at least `inspectorsPerSubject`, at most 5000 inspectors). */
  inspectorPool: Array<InspectorInput>;
  /** Inspectors per subject, 2 to 8 (two law-enforcement officers at least). */
  inspectorsPerSubject?: InputMaybe<Scalars['Int']['input']>;
  /** Inspection period: `YYYY`, `YYYY-Qn` or `YYYY-MM`. */
  period: Scalars['String']['input'];
  /** Which subjects; every evaluated subject when left out. */
  scope?: InputMaybe<InspectionScopeInput>;
  /** The seed, published before the draw (8 to 200 characters), e.g. a lottery result and a date. */
  seed: Scalars['String']['input'];
};

/** The drawn plan. */
export type DrawInspectionPlanPayload = {
  __typename?: 'DrawInspectionPlanPayload';
  /** The plan, as published. */
  plan: InspectionPlan;
  /** Drawn subjects with fewer eligible inspectors than asked (conflicts). */
  shortfalls: Array<Scalars['ID']['output']>;
};

/** The public credit comprehensive evaluation model: versioned, effective-dated data. */
export type EvaluationModel = {
  __typename?: 'EvaluationModel';
  /** The score every subject starts from. */
  baseScore: Scalars['Float']['output'];
  /** First day the model is in force. */
  effectiveFrom: Scalars['Date']['output'];
  /** Last day in force; null while in force. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** The indicators, in explanation order. */
  indicators: Array<ModelIndicator>;
  /** How many years back dated inputs count. */
  lookbackYears: Scalars['Int']['output'];
  /** Overriding rules, applied after the score. */
  rules: Array<ModelRule>;
  /** Highest possible score. */
  scoreMax: Scalars['Float']['output'];
  /** Lowest possible score. */
  scoreMin: Scalars['Float']['output'];
  /** Lowest score of each grade (D: anything below C's). */
  thresholds: Array<GradeThreshold>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Version, named in every evaluation it made. */
  version: Scalars['String']['output'];
};

/** An evaluation run over every subject. */
export type EvaluationRun = {
  __typename?: 'EvaluationRun';
  /** The date evaluated as of. */
  asOf: Scalars['Date']['output'];
  /** Whether its grades are the ones in force. */
  current: Scalars['Boolean']['output'];
  /** Why it failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** When it completed. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** How each source was read. */
  inputNotes: Array<InputNote>;
  /** Model version used. */
  modelVersion: Scalars['String']['output'];
  /** Combination policy version used. */
  policyVersion: Scalars['String']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** State. */
  status: RunStatus;
  /** Subjects evaluated so far. */
  subjectsDone: Scalars['Int']['output'];
  /** Input sources unavailable for the whole run: their inputs are unknown. */
  unknownInputs: Array<Scalars['String']['output']>;
};

/** Credit grade (信用等级); thresholds are data of the evaluation model. */
export type Grade =
  /** 诚信: the highest grade. */
  | 'A'
  /** 基本诚信. */
  | 'B'
  /** 失信观察. */
  | 'C'
  /** 严重失信: the lowest grade; always given to a subject on the serious dishonesty list. */
  | 'D';

/** Subjects of one grade in a group. */
export type GradeCount = {
  __typename?: 'GradeCount';
  /** How many subjects. */
  count: Scalars['Int']['output'];
  /** The grade. */
  grade: Grade;
};

/** The grade distribution of one industry or region. */
export type GradeGroup = {
  __typename?: 'GradeGroup';
  /** Per grade. */
  grades: Array<GradeCount>;
  /** The industry or region code; null for subjects without one. */
  key?: Maybe<Scalars['String']['output']>;
  /** Subjects in the group. */
  total: Scalars['Int']['output'];
};

/** What `gradeDistribution` groups by. */
export type GradeGroupBy =
  /** National economic industry classification (GB/T 4754) section and division, e.g. `C13`. */
  | 'INDUSTRY'
  /** Administrative division (GB/T 2260), e.g. `350102`. */
  | 'REGION';

/** The lowest score of a grade. */
export type GradeThreshold = {
  __typename?: 'GradeThreshold';
  /** The grade. */
  grade: Grade;
  /** Lowest score that earns it. */
  minScore: Scalars['Float']['output'];
};

/** One line of a rating's explanation. */
export type IndicatorContribution = {
  __typename?: 'IndicatorContribution';
  /** Points this line adds to the score (negative: deducts); 0 for rules, which act on the grade. */
  contribution: Scalars['Float']['output'];
  /** Indicator code (e.g. `SERIOUS_PENALTIES`), or `BASE`, `INDUSTRY_RATINGS`, `MARKET_RATINGS`, `RULE:<code>`, `SCORE_RANGE`. */
  indicator: Scalars['String']['output'];
  /** Name for people. */
  name: Scalars['String']['output'];
  /** How the input was read or what the rule did, when worth saying. */
  note?: Maybe<Scalars['String']['output']>;
  /** Whether the input was unknown (a subgraph missing or failing): an unknown input is never good. */
  unknown: Scalars['Boolean']['output'];
  /** The input value (a count, or the ratings' mean points); null when unknown or not a value. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A grade given by a competent department (行业信用评价) for one industry and period. */
export type IndustryRating = {
  __typename?: 'IndustryRating';
  /** The legal or regulatory basis and the evaluation it comes from. */
  basis: Scalars['String']['output'];
  /** Code of the department that rated. */
  department: Scalars['String']['output'];
  /** The industry grade, mapped to the A–D scale. */
  grade: Grade;
  /** Identifier of the submission. */
  id: Scalars['ID']['output'];
  /** The industry rated (the department's classification, e.g. `建筑施工`). */
  industry: Scalars['String']['output'];
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** First day the rating is valid. */
  validFrom: Scalars['Date']['output'];
  /** Last day the rating is valid. */
  validTo: Scalars['Date']['output'];
};

/** One industry rating. */
export type IndustryRatingInput = {
  /** Legal or regulatory basis and the evaluation it comes from. */
  basis: Scalars['String']['input'];
  /** The grade on the A–D scale. */
  grade: Grade;
  /** The industry rated. */
  industry: Scalars['String']['input'];
  /** The subject's id. */
  subjectId: Scalars['ID']['input'];
  /** First day valid. */
  validFrom: Scalars['Date']['input'];
  /** Last day valid. */
  validTo: Scalars['Date']['input'];
};

/** The result of one industry rating row. */
export type IndustryRatingResult = {
  __typename?: 'IndustryRatingResult';
  /** Why the row was refused. */
  error?: Maybe<RatingInputError>;
  /** Position of the row in the input, from 0. */
  index: Scalars['Int']['output'];
  /** The stored rating. */
  rating?: Maybe<IndustryRating>;
};

/** How one input source was read in a run. */
export type InputNote = {
  __typename?: 'InputNote';
  /** What to know about it. */
  note: Scalars['String']['output'];
  /** The source (subjects, records, sanctions, services). */
  source: Scalars['String']['output'];
};

/** One drawn subject of a plan, its inspectors and, once inspected, the published result. */
export type InspectionItem = {
  __typename?: 'InspectionItem';
  /** Findings, once recorded. */
  findings?: Maybe<Scalars['String']['output']>;
  /** Its grade in the draw's run; government callers only (null for others). */
  grade?: Maybe<Grade>;
  /** Date inspected. */
  inspectedOn?: Maybe<Scalars['Date']['output']>;
  /** Assigned inspectors. */
  inspectors: Array<Scalars['String']['output']>;
  /** The joint inspection it was merged into, if any. */
  jointInspection?: Maybe<JointInspection>;
  /** Result, once recorded. */
  outcome?: Maybe<InspectionOutcome>;
  /** The subject; null to callers other than government ones when it is a natural person. */
  subject?: Maybe<Subject>;
};

/** A page of drawn subjects. */
export type InspectionItemConnection = {
  __typename?: 'InspectionItemConnection';
  /** The drawn subjects of this page. */
  nodes: Array<InspectionItem>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** Result of an inspection. */
export type InspectionOutcome =
  /** 发现问题. */
  | 'ISSUES_FOUND'
  /** 发现问题, 已责令整改并整改到位. */
  | 'ISSUES_RECTIFIED'
  /** 通过登记的住所(经营场所)无法联系. */
  | 'NOT_FOUND_AT_ADDRESS'
  /** 未发现问题. */
  | 'NO_ISSUES';

/** A published 双随机 inspection plan (一公开): its inputs, its digest and its drawn subjects. */
export type InspectionPlan = {
  __typename?: 'InspectionPlan';
  /** The draw algorithm (see the ratings README): `SHA256-STRATIFIED-1`. */
  algorithm: Scalars['String']['output'];
  /** Subjects in scope. */
  candidates: Scalars['Int']['output'];
  /** Department that drew it. */
  department: Scalars['String']['output'];
  /** SHA-256 over the drawn rows, published with the plan. */
  digest: Scalars['String']['output'];
  /** When it was drawn. */
  drawnAt: Scalars['DateTime']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** The inspector pool. */
  inspectors: Array<Inspector>;
  /** Inspectors assigned to each subject. */
  inspectorsPerSubject: Scalars['Int']['output'];
  /** The drawn subjects, by subject id; `first` is 1 to 500. */
  items: InspectionItemConnection;
  /** Inspection period, e.g. `2026-Q4`. */
  period: Scalars['String']['output'];
  /** The evaluation run whose grades stratified the draw. */
  runId: Scalars['ID']['output'];
  /** The sampling policy version whose ratios applied. */
  samplingVersion: Scalars['String']['output'];
  /** Which subjects it covered. */
  scope: InspectionScope;
  /** The published seed. */
  seed: Scalars['String']['output'];
  /** Per grade: candidates and drawn. Government callers only (grades are not public); empty for others. */
  strata: Array<Stratum>;
};


/** A published 双随机 inspection plan (一公开): its inputs, its digest and its drawn subjects. */
export type InspectionPlanItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of inspecting one subject. */
export type InspectionResultInput = {
  /** Findings, published with the plan (at most 2000 characters). */
  findings: Scalars['String']['input'];
  /** Date inspected. */
  inspectedOn: Scalars['Date']['input'];
  /** The outcome. */
  outcome: InspectionOutcome;
  /** The subject inspected (drawn in the plan). */
  subjectId: Scalars['ID']['input'];
};

/** Which subjects a draw covers (all conditions must hold; none given: every evaluated subject). */
export type InspectionScope = {
  __typename?: 'InspectionScope';
  /** Industry code prefix, e.g. `C`. */
  industryPrefix?: Maybe<Scalars['String']['output']>;
  /** Subject kinds (values of the subjects subgraph's `SubjectKind`). */
  kinds?: Maybe<Array<Scalars['String']['output']>>;
  /** Region code prefix, e.g. `3501`. */
  regionPrefix?: Maybe<Scalars['String']['output']>;
};

/** Which subjects a draw covers. */
export type InspectionScopeInput = {
  /** Industry code prefix, e.g. `C`. */
  industryPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Subject kinds (values of `SubjectKind`). */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Region code prefix, e.g. `3501`. */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
};

/** An inspector of a draw's pool and the subjects it declared a conflict of interest with. */
export type Inspector = {
  __typename?: 'Inspector';
  /** Subjects the inspector may not inspect. Shown to government callers only; empty for others. */
  conflicts: Array<Scalars['ID']['output']>;
  /** The inspector's identifier (执法证号 or staff id). */
  id: Scalars['String']['output'];
};

/** An inspector of the pool. */
export type InspectorInput = {
  /** Subjects the inspector declared a conflict of interest with. */
  conflicts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The inspector's identifier. */
  id: Scalars['String']['input'];
};

/** Plans of several departments that hit one subject in one period, merged into one visit. */
export type JointInspection = {
  __typename?: 'JointInspection';
  /** Departments inspecting together. */
  departments: Array<Scalars['String']['output']>;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** All their inspectors for the subject. */
  inspectors: Array<Scalars['String']['output']>;
  /** The period. */
  period: Scalars['String']['output'];
  /** The merged plans. */
  planIds: Array<Scalars['ID']['output']>;
  /** The subject; null to callers other than government ones when it is a natural person. */
  subject?: Maybe<Subject>;
};

/** A grade given by a registered credit service agency (市场信用评价). */
export type MarketRating = {
  __typename?: 'MarketRating';
  /** The agency that rated. */
  agency: CreditAgency;
  /** The agency's rating report or method. */
  basis: Scalars['String']['output'];
  /** The market grade, mapped to the A–D scale. */
  grade: Grade;
  /** Identifier of the submission. */
  id: Scalars['ID']['output'];
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** First day the rating is valid. */
  validFrom: Scalars['Date']['output'];
  /** Last day the rating is valid. */
  validTo: Scalars['Date']['output'];
};

/** One market rating. */
export type MarketRatingInput = {
  /** The rating report or method. */
  basis: Scalars['String']['input'];
  /** The grade on the A–D scale. */
  grade: Grade;
  /** The subject's id. */
  subjectId: Scalars['ID']['input'];
  /** First day valid. */
  validFrom: Scalars['Date']['input'];
  /** Last day valid. */
  validTo: Scalars['Date']['input'];
};

/** The result of one market rating row. */
export type MarketRatingResult = {
  __typename?: 'MarketRatingResult';
  /** Why the row was refused. */
  error?: Maybe<RatingInputError>;
  /** Position of the row in the input, from 0. */
  index: Scalars['Int']['output'];
  /** The stored rating. */
  rating?: Maybe<MarketRating>;
};

/** Which period to merge. */
export type MergeJointInspectionsInput = {
  /** The period, e.g. `2026-Q4`. */
  period: Scalars['String']['input'];
};

/** Joint inspections created. */
export type MergeJointInspectionsPayload = {
  __typename?: 'MergeJointInspectionsPayload';
  /** How many joint inspections the merge created. */
  created: Scalars['Int']['output'];
};

/** One indicator of the evaluation model. */
export type ModelIndicator = {
  __typename?: 'ModelIndicator';
  /** Stable code. */
  code: Scalars['String']['output'];
  /** The input it reads (see the README's input table). */
  input: Scalars['String']['output'];
  /** Units beyond this count no more. */
  maxUnits: Scalars['Float']['output'];
  /** Name for people. */
  name: Scalars['String']['output'];
  /** Points per unit (negative deducts). */
  pointsPerUnit: Scalars['Float']['output'];
  /** Contribution when the input is unknown: never a bonus. */
  unknownPoints: Scalars['Float']['output'];
};

/** An overriding rule of the evaluation model. */
export type ModelRule = {
  __typename?: 'ModelRule';
  /** Stable code. */
  code: Scalars['String']['output'];
  /** When it holds. */
  condition: RuleCondition;
  /** What it means, for people. */
  description: Scalars['String']['output'];
  /** What it does. */
  effect: RuleEffect;
  /** The grade it forces or caps at. */
  grade: Grade;
  /** The indicator code it reads; null for any. */
  indicator?: Maybe<Scalars['String']['output']>;
  /** Threshold for AT_LEAST. */
  minValue?: Maybe<Scalars['Float']['output']>;
};

/** Evaluation runs, industry and market ratings, and 双随机 inspections. */
export type Mutation = {
  __typename?: 'Mutation';
  /** A department (or the credit centre for one) draws a 双随机 inspection plan from a published seed. */
  drawInspectionPlan: DrawInspectionPlanPayload;
  /** Merges the plans of one period that hit the same subject into joint inspections: the credit centre. */
  mergeJointInspections: MergeJointInspectionsPayload;
  /** The drawing department records inspection results, published with the plan (at most 1000 a call). */
  recordInspectionResults: RecordInspectionResultsPayload;
  /**
   * Starts (or resumes) the evaluation run for `asOf`: the credit centre only. The run continues in
   * the background; follow it with `evaluationRun(id)`. Its grades become current when it completes.
   */
  runEvaluation: RunEvaluationPayload;
  /** A competent department submits industry ratings (at most 5000 a call); each row gets its own result. */
  submitIndustryRatings: SubmitIndustryRatingsPayload;
  /** A registered credit service agency submits market ratings (at most 5000 a call). */
  submitMarketRatings: SubmitMarketRatingsPayload;
};


/** Evaluation runs, industry and market ratings, and 双随机 inspections. */
export type MutationDrawInspectionPlanArgs = {
  input: DrawInspectionPlanInput;
};


/** Evaluation runs, industry and market ratings, and 双随机 inspections. */
export type MutationMergeJointInspectionsArgs = {
  input: MergeJointInspectionsInput;
};


/** Evaluation runs, industry and market ratings, and 双随机 inspections. */
export type MutationRecordInspectionResultsArgs = {
  input: RecordInspectionResultsInput;
};


/** Evaluation runs, industry and market ratings, and 双随机 inspections. */
export type MutationRunEvaluationArgs = {
  input: RunEvaluationInput;
};


/** Evaluation runs, industry and market ratings, and 双随机 inspections. */
export type MutationSubmitIndustryRatingsArgs = {
  input: SubmitIndustryRatingsInput;
};


/** Evaluation runs, industry and market ratings, and 双随机 inspections. */
export type MutationSubmitMarketRatingsArgs = {
  input: SubmitMarketRatingsInput;
};

/** Where a page of a list ends, and whether more follows (the same type in every subgraph). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item: pass it as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Result of re-running a plan's draw. */
export type PlanVerification = {
  __typename?: 'PlanVerification';
  /** Subjects whose stored row differs from the re-run. */
  differenceCount: Scalars['Int']['output'];
  /** The first 20 of them. */
  differences: Array<Scalars['ID']['output']>;
  /** Whether the stored plan is exactly what its published inputs draw. */
  matches: Scalars['Boolean']['output'];
  /** The plan verified. */
  planId: Scalars['ID']['output'];
  /** Digest published when the plan was drawn. */
  publishedDigest: Scalars['String']['output'];
  /** Digest of the re-run. */
  recomputedDigest: Scalars['String']['output'];
  /** Digest of the rows stored now. */
  storedDigest: Scalars['String']['output'];
};

/** Grades, models, policies and published inspection plans. */
export type Query = {
  __typename?: 'Query';
  /** The combination policy in force on `on` (today by default), or the version asked. */
  combinationPolicy?: Maybe<CombinationPolicy>;
  /** The registry of credit service agencies. */
  creditAgencies: Array<CreditAgency>;
  /** The evaluation model in force on `on` (today by default), or the version asked. */
  evaluationModel?: Maybe<EvaluationModel>;
  /** An evaluation run: the credit centre only (null for others, with `FORBIDDEN`). */
  evaluationRun?: Maybe<EvaluationRun>;
  /** Recent evaluation runs, newest first (`first` 1 to 50): the credit centre only. */
  evaluationRuns?: Maybe<Array<EvaluationRun>>;
  /**
   * The distribution of the grades in force by industry or region: departments, the credit centre and
   * analysts (null with `FORBIDDEN` for others).
   */
  gradeDistribution?: Maybe<Array<GradeGroup>>;
  /** A published inspection plan (public: 一公开). */
  inspectionPlan?: Maybe<InspectionPlan>;
  /** Published inspection plans, newest first (`first` 1 to 100). */
  inspectionPlans: Array<InspectionPlan>;
  /** Joint inspections of a period (`first` 1 to 500). */
  jointInspections: Array<JointInspection>;
  /** The sampling policies (one per grade) in force on `on`, today by default. */
  samplingPolicies: Array<SamplingPolicy>;
  /** Re-runs a plan's draw from its published inputs and says whether the stored plan matches. */
  verifyInspectionPlan?: Maybe<PlanVerification>;
};


/** Grades, models, policies and published inspection plans. */
export type QueryCombinationPolicyArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};


/** Grades, models, policies and published inspection plans. */
export type QueryEvaluationModelArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};


/** Grades, models, policies and published inspection plans. */
export type QueryEvaluationRunArgs = {
  id: Scalars['ID']['input'];
};


/** Grades, models, policies and published inspection plans. */
export type QueryEvaluationRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Grades, models, policies and published inspection plans. */
export type QueryGradeDistributionArgs = {
  groupBy: GradeGroupBy;
};


/** Grades, models, policies and published inspection plans. */
export type QueryInspectionPlanArgs = {
  id: Scalars['ID']['input'];
};


/** Grades, models, policies and published inspection plans. */
export type QueryInspectionPlansArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};


/** Grades, models, policies and published inspection plans. */
export type QueryJointInspectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  period: Scalars['String']['input'];
};


/** Grades, models, policies and published inspection plans. */
export type QuerySamplingPoliciesArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** Grades, models, policies and published inspection plans. */
export type QueryVerifyInspectionPlanArgs = {
  id: Scalars['ID']['input'];
};

/**
 * One evaluation of a subject: the public credit comprehensive evaluation combined with industry and
 * market ratings by the combination policy in force, with an explanation of every contribution.
 */
export type Rating = {
  __typename?: 'Rating';
  /** The date the run evaluated the subject as of. */
  asOf: Scalars['Date']['output'];
  /** When the evaluation was computed. */
  evaluatedAt: Scalars['DateTime']['output'];
  /**
   * Why: the base score, each indicator's value and contribution (unknown inputs flagged), the
   * industry and market ratings' contributions and the overriding rules that set the grade.
   */
  explanation: Array<IndicatorContribution>;
  /** The combined grade, after the model's overriding rules. */
  grade: Grade;
  /** Industry ratings valid on the evaluation date (they entered the combination). */
  industryRatings: Array<IndustryRating>;
  /** Market ratings valid on the evaluation date (they entered the combination). */
  marketRatings: Array<MarketRating>;
  /** Version of the evaluation model that made the evaluation. */
  modelVersion: Scalars['String']['output'];
  /** Version of the combination policy that combined the ratings. */
  policyVersion: Scalars['String']['output'];
  /** The public evaluation's grade alone, after the overriding rules. */
  publicGrade: Grade;
  /** The public credit comprehensive evaluation's score alone. */
  publicScore: Scalars['Float']['output'];
  /** The combined score on the model's scale (0 to 100 by default). */
  score: Scalars['Float']['output'];
};

/** Stable codes of refused input rows and mutations (also in `extensions.code` of errors). */
export type RatingErrorCode =
  /** The agency is suspended or deregistered. */
  | 'AGENCY_NOT_ACTIVE'
  /** A field is malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The same rating (subject, rater, industry, start) was already submitted. */
  | 'DUPLICATE_RATING'
  /** `validTo` is before `validFrom`. */
  | 'INVALID_DATE_RANGE'
  /** `subjectId` is not a subject identifier. */
  | 'INVALID_SUBJECT_ID'
  /** The caller's code is not a registered credit service agency. */
  | 'UNKNOWN_AGENCY';

/** Why one row of a batch was refused. */
export type RatingInputError = {
  __typename?: 'RatingInputError';
  /** Stable code. */
  code: RatingErrorCode;
  /** The input field at fault. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** Results for one plan. */
export type RecordInspectionResultsInput = {
  /** The plan. */
  planId: Scalars['ID']['input'];
  /** At most 1000 results. */
  results: Array<InspectionResultInput>;
};

/** Results recorded. */
export type RecordInspectionResultsPayload = {
  __typename?: 'RecordInspectionResultsPayload';
  /** Subjects not drawn in the plan (their results were not recorded). */
  notInPlan: Array<Scalars['ID']['output']>;
  /** How many results were recorded. */
  recorded: Scalars['Int']['output'];
};

/** When an overriding rule holds. */
export type RuleCondition =
  /** The indicator's value is at least `minValue`. */
  | 'AT_LEAST'
  /** The indicator's input (or, without an indicator, any input) is unknown. */
  | 'UNKNOWN';

/** What an overriding rule does to the grade. */
export type RuleEffect =
  /** Caps the grade: no better than the rule's grade. */
  | 'AT_BEST'
  /** Sets the grade (the worst forced grade wins). */
  | 'FORCE';

/** Starts an evaluation run. */
export type RunEvaluationInput = {
  /** The date the subjects are evaluated as of; today by default. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** The run started or resumed. */
export type RunEvaluationPayload = {
  __typename?: 'RunEvaluationPayload';
  /** Whether an unfinished run for the date was resumed rather than a new one started. */
  resumed: Scalars['Boolean']['output'];
  /** The run. */
  run: EvaluationRun;
};

/** State of an evaluation run. */
export type RunStatus =
  /** Done; its grades are (or were) in force. */
  | 'COMPLETED'
  /** Stopped by an error; the previous grades stay in force. Running again resumes it. */
  | 'FAILED'
  /** Reading and scoring; its grades are not in force yet. */
  | 'RUNNING';

/** 双随机 sampling policy for one grade (effective-dated). */
export type SamplingPolicy = {
  __typename?: 'SamplingPolicy';
  /** The policy in words. */
  description: Scalars['String']['output'];
  /** First day in force. */
  effectiveFrom: Scalars['Date']['output'];
  /** Last day in force; null while in force. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** The grade stratum. */
  grade: Grade;
  /** Whether subjects of this grade are under key supervision. */
  keySupervision: Scalars['Boolean']['output'];
  /** Share of the stratum drawn in each draw (0 to 1). */
  ratio: Scalars['Float']['output'];
  /** Draws a year for this grade. */
  timesPerYear: Scalars['Int']['output'];
  /** Version of the policy set. */
  version: Scalars['String']['output'];
};

/** Candidates and drawn subjects of one grade stratum. */
export type Stratum = {
  __typename?: 'Stratum';
  /** Subjects in scope with this grade. */
  candidates: Scalars['Int']['output'];
  /** Subjects drawn. */
  drawn: Scalars['Int']['output'];
  /** The grade. */
  grade: Grade;
};

export type Subject = {
  __typename?: 'Subject';
  /** Opaque identifier of the subject (owned by the subjects subgraph). */
  id: Scalars['ID']['output'];
  /**
   * The grade in force: the latest completed evaluation run's, combined with the industry and market
   * ratings valid on its date. Null when the subject has not been evaluated yet or the caller may not
   * see ratings.
   */
  rating?: Maybe<Rating>;
  /** Earlier evaluations, newest first; `first` is 1 to 50. */
  ratingHistory?: Maybe<Array<Rating>>;
};


export type SubjectRatingHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Industry ratings of one department. */
export type SubmitIndustryRatingsInput = {
  /** The rating department; defaults to the caller's. Only the credit centre may submit for another, of the departments directory. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** The ratings, at most 5000. */
  ratings: Array<IndustryRatingInput>;
};

/** Per-row results of an industry ratings batch. */
export type SubmitIndustryRatingsPayload = {
  __typename?: 'SubmitIndustryRatingsPayload';
  /** Rows stored. */
  accepted: Scalars['Int']['output'];
  /** Rows refused. */
  rejected: Scalars['Int']['output'];
  /** One result per input row, in order. */
  results: Array<IndustryRatingResult>;
};

/** Market ratings of the calling agency. */
export type SubmitMarketRatingsInput = {
  /** The ratings, at most 5000. */
  ratings: Array<MarketRatingInput>;
};

/** Per-row results of a market ratings batch. */
export type SubmitMarketRatingsPayload = {
  __typename?: 'SubmitMarketRatingsPayload';
  /** Rows stored. */
  accepted: Scalars['Int']['output'];
  /** Rows refused. */
  rejected: Scalars['Int']['output'];
  /** One result per input row, in order. */
  results: Array<MarketRatingResult>;
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
  CreditAgency: CreditAgency;
  Subject: Subject;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CreditAgency:
    ( { __typename: 'CreditAgency' }
    & GraphQLRecursivePick<FederationTypes['CreditAgency'], {"code":true}> );
  Subject:
    ( { __typename: 'Subject' }
    & GraphQLRecursivePick<FederationTypes['Subject'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CombinationPolicy: ResolverTypeWrapper<PolicyRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreditAgency: ResolverTypeWrapper<AgencyRow>;
  CreditAgencyStatus: CreditAgencyStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DrawInspectionPlanInput: DrawInspectionPlanInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DrawInspectionPlanPayload: ResolverTypeWrapper<Omit<DrawInspectionPlanPayload, 'plan'> & { plan: ResolversTypes['InspectionPlan'] }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EvaluationModel: ResolverTypeWrapper<Model>;
  EvaluationRun: ResolverTypeWrapper<RunRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Grade: Grade;
  GradeCount: ResolverTypeWrapper<GradeCount>;
  GradeGroup: ResolverTypeWrapper<GradeGroupView>;
  GradeGroupBy: GradeGroupBy;
  GradeThreshold: ResolverTypeWrapper<GradeThreshold>;
  IndicatorContribution: ResolverTypeWrapper<IndicatorContribution>;
  IndustryRating: ResolverTypeWrapper<IndustryRatingRow>;
  IndustryRatingInput: IndustryRatingInput;
  IndustryRatingResult: ResolverTypeWrapper<Omit<IndustryRatingResult, 'rating'> & { rating?: Maybe<ResolversTypes['IndustryRating']> }>;
  InputNote: ResolverTypeWrapper<InputNote>;
  InspectionItem: ResolverTypeWrapper<InspectionItemView>;
  InspectionItemConnection: ResolverTypeWrapper<ItemPageView>;
  InspectionOutcome: InspectionOutcome;
  InspectionPlan: ResolverTypeWrapper<InspectionPlanRow>;
  InspectionResultInput: InspectionResultInput;
  InspectionScope: ResolverTypeWrapper<ScopeView>;
  InspectionScopeInput: InspectionScopeInput;
  Inspector: ResolverTypeWrapper<InspectorView>;
  InspectorInput: InspectorInput;
  JointInspection: ResolverTypeWrapper<JointInspectionRow>;
  MarketRating: ResolverTypeWrapper<MarketRatingRow>;
  MarketRatingInput: MarketRatingInput;
  MarketRatingResult: ResolverTypeWrapper<Omit<MarketRatingResult, 'rating'> & { rating?: Maybe<ResolversTypes['MarketRating']> }>;
  MergeJointInspectionsInput: MergeJointInspectionsInput;
  MergeJointInspectionsPayload: ResolverTypeWrapper<MergeJointInspectionsPayload>;
  ModelIndicator: ResolverTypeWrapper<ModelIndicator>;
  ModelRule: ResolverTypeWrapper<ModelRule>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlanVerification: ResolverTypeWrapper<VerificationView>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rating: ResolverTypeWrapper<RatingView>;
  RatingErrorCode: RatingErrorCode;
  RatingInputError: ResolverTypeWrapper<RatingInputError>;
  RecordInspectionResultsInput: RecordInspectionResultsInput;
  RecordInspectionResultsPayload: ResolverTypeWrapper<RecordInspectionResultsPayload>;
  RuleCondition: RuleCondition;
  RuleEffect: RuleEffect;
  RunEvaluationInput: RunEvaluationInput;
  RunEvaluationPayload: ResolverTypeWrapper<Omit<RunEvaluationPayload, 'run'> & { run: ResolversTypes['EvaluationRun'] }>;
  RunStatus: RunStatus;
  SamplingPolicy: ResolverTypeWrapper<SamplingPolicyRow>;
  Stratum: ResolverTypeWrapper<Stratum>;
  Subject: ResolverTypeWrapper<SubjectRef>;
  SubmitIndustryRatingsInput: SubmitIndustryRatingsInput;
  SubmitIndustryRatingsPayload: ResolverTypeWrapper<Omit<SubmitIndustryRatingsPayload, 'results'> & { results: Array<ResolversTypes['IndustryRatingResult']> }>;
  SubmitMarketRatingsInput: SubmitMarketRatingsInput;
  SubmitMarketRatingsPayload: ResolverTypeWrapper<Omit<SubmitMarketRatingsPayload, 'results'> & { results: Array<ResolversTypes['MarketRatingResult']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CombinationPolicy: PolicyRow;
  String: Scalars['String']['output'];
  Float: Scalars['Float']['output'];
  CreditAgency: AgencyRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DrawInspectionPlanInput: DrawInspectionPlanInput;
  Int: Scalars['Int']['output'];
  DrawInspectionPlanPayload: Omit<DrawInspectionPlanPayload, 'plan'> & { plan: ResolversParentTypes['InspectionPlan'] };
  ID: Scalars['ID']['output'];
  EvaluationModel: Model;
  EvaluationRun: RunRow;
  Boolean: Scalars['Boolean']['output'];
  GradeCount: GradeCount;
  GradeGroup: GradeGroupView;
  GradeThreshold: GradeThreshold;
  IndicatorContribution: IndicatorContribution;
  IndustryRating: IndustryRatingRow;
  IndustryRatingInput: IndustryRatingInput;
  IndustryRatingResult: Omit<IndustryRatingResult, 'rating'> & { rating?: Maybe<ResolversParentTypes['IndustryRating']> };
  InputNote: InputNote;
  InspectionItem: InspectionItemView;
  InspectionItemConnection: ItemPageView;
  InspectionPlan: InspectionPlanRow;
  InspectionResultInput: InspectionResultInput;
  InspectionScope: ScopeView;
  InspectionScopeInput: InspectionScopeInput;
  Inspector: InspectorView;
  InspectorInput: InspectorInput;
  JointInspection: JointInspectionRow;
  MarketRating: MarketRatingRow;
  MarketRatingInput: MarketRatingInput;
  MarketRatingResult: Omit<MarketRatingResult, 'rating'> & { rating?: Maybe<ResolversParentTypes['MarketRating']> };
  MergeJointInspectionsInput: MergeJointInspectionsInput;
  MergeJointInspectionsPayload: MergeJointInspectionsPayload;
  ModelIndicator: ModelIndicator;
  ModelRule: ModelRule;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PlanVerification: VerificationView;
  Query: Record<PropertyKey, never>;
  Rating: RatingView;
  RatingInputError: RatingInputError;
  RecordInspectionResultsInput: RecordInspectionResultsInput;
  RecordInspectionResultsPayload: RecordInspectionResultsPayload;
  RunEvaluationInput: RunEvaluationInput;
  RunEvaluationPayload: Omit<RunEvaluationPayload, 'run'> & { run: ResolversParentTypes['EvaluationRun'] };
  SamplingPolicy: SamplingPolicyRow;
  Stratum: Stratum;
  Subject: SubjectRef;
  SubmitIndustryRatingsInput: SubmitIndustryRatingsInput;
  SubmitIndustryRatingsPayload: Omit<SubmitIndustryRatingsPayload, 'results'> & { results: Array<ResolversParentTypes['IndustryRatingResult']> };
  SubmitMarketRatingsInput: SubmitMarketRatingsInput;
  SubmitMarketRatingsPayload: Omit<SubmitMarketRatingsPayload, 'results'> & { results: Array<ResolversParentTypes['MarketRatingResult']> };
}>;

export type CombinationPolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CombinationPolicy'] = ResolversParentTypes['CombinationPolicy']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  gradePoints?: Resolver<Array<ResolversTypes['GradeThreshold']>, ParentType, ContextType>;
  industryWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  marketWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  publicWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreditAgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditAgency'] = ResolversParentTypes['CreditAgency'], FederationReferenceType extends FederationReferenceTypes['CreditAgency'] = FederationReferenceTypes['CreditAgency']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CreditAgency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CreditAgencyStatus'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DrawInspectionPlanPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DrawInspectionPlanPayload'] = ResolversParentTypes['DrawInspectionPlanPayload']> = ResolversObject<{
  plan?: Resolver<ResolversTypes['InspectionPlan'], ParentType, ContextType>;
  shortfalls?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type EvaluationModelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationModel'] = ResolversParentTypes['EvaluationModel']> = ResolversObject<{
  baseScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['ModelIndicator']>, ParentType, ContextType>;
  lookbackYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['ModelRule']>, ParentType, ContextType>;
  scoreMax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scoreMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  thresholds?: Resolver<Array<ResolversTypes['GradeThreshold']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EvaluationRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationRun'] = ResolversParentTypes['EvaluationRun']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputNotes?: Resolver<Array<ResolversTypes['InputNote']>, ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RunStatus'], ParentType, ContextType>;
  subjectsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknownInputs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GradeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeCount'] = ResolversParentTypes['GradeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
}>;

export type GradeGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeGroup'] = ResolversParentTypes['GradeGroup']> = ResolversObject<{
  grades?: Resolver<Array<ResolversTypes['GradeCount']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GradeThresholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeThreshold'] = ResolversParentTypes['GradeThreshold']> = ResolversObject<{
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  minScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type IndicatorContributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorContribution'] = ResolversParentTypes['IndicatorContribution']> = ResolversObject<{
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type IndustryRatingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryRating'] = ResolversParentTypes['IndustryRating']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type IndustryRatingResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryRatingResult'] = ResolversParentTypes['IndustryRatingResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['RatingInputError']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['IndustryRating']>, ParentType, ContextType>;
}>;

export type InputNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InputNote'] = ResolversParentTypes['InputNote']> = ResolversObject<{
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InspectionItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionItem'] = ResolversParentTypes['InspectionItem']> = ResolversObject<{
  findings?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  inspectedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inspectors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  jointInspection?: Resolver<Maybe<ResolversTypes['JointInspection']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['InspectionOutcome']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
}>;

export type InspectionItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionItemConnection'] = ResolversParentTypes['InspectionItemConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['InspectionItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type InspectionPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionPlan'] = ResolversParentTypes['InspectionPlan']> = ResolversObject<{
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  digest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  drawnAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectors?: Resolver<Array<ResolversTypes['Inspector']>, ParentType, ContextType>;
  inspectorsPerSubject?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['InspectionItemConnection'], ParentType, ContextType, RequireFields<InspectionPlanItemsArgs, 'first'>>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  samplingVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['InspectionScope'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strata?: Resolver<Array<ResolversTypes['Stratum']>, ParentType, ContextType>;
}>;

export type InspectionScopeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionScope'] = ResolversParentTypes['InspectionScope']> = ResolversObject<{
  industryPrefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kinds?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  regionPrefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InspectorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Inspector'] = ResolversParentTypes['Inspector']> = ResolversObject<{
  conflicts?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JointInspectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointInspection'] = ResolversParentTypes['JointInspection']> = ResolversObject<{
  departments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
}>;

export type MarketRatingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarketRating'] = ResolversParentTypes['MarketRating']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['CreditAgency'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type MarketRatingResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarketRatingResult'] = ResolversParentTypes['MarketRatingResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['RatingInputError']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['MarketRating']>, ParentType, ContextType>;
}>;

export type MergeJointInspectionsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeJointInspectionsPayload'] = ResolversParentTypes['MergeJointInspectionsPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModelIndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModelIndicator'] = ResolversParentTypes['ModelIndicator']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  input?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxUnits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointsPerUnit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unknownPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ModelRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModelRule'] = ResolversParentTypes['ModelRule']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['RuleCondition'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effect?: Resolver<ResolversTypes['RuleEffect'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  minValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  drawInspectionPlan?: Resolver<ResolversTypes['DrawInspectionPlanPayload'], ParentType, ContextType, RequireFields<MutationDrawInspectionPlanArgs, 'input'>>;
  mergeJointInspections?: Resolver<ResolversTypes['MergeJointInspectionsPayload'], ParentType, ContextType, RequireFields<MutationMergeJointInspectionsArgs, 'input'>>;
  recordInspectionResults?: Resolver<ResolversTypes['RecordInspectionResultsPayload'], ParentType, ContextType, RequireFields<MutationRecordInspectionResultsArgs, 'input'>>;
  runEvaluation?: Resolver<ResolversTypes['RunEvaluationPayload'], ParentType, ContextType, RequireFields<MutationRunEvaluationArgs, 'input'>>;
  submitIndustryRatings?: Resolver<ResolversTypes['SubmitIndustryRatingsPayload'], ParentType, ContextType, RequireFields<MutationSubmitIndustryRatingsArgs, 'input'>>;
  submitMarketRatings?: Resolver<ResolversTypes['SubmitMarketRatingsPayload'], ParentType, ContextType, RequireFields<MutationSubmitMarketRatingsArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlanVerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanVerification'] = ResolversParentTypes['PlanVerification']> = ResolversObject<{
  differenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedDigest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recomputedDigest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storedDigest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  combinationPolicy?: Resolver<Maybe<ResolversTypes['CombinationPolicy']>, ParentType, ContextType, Partial<QueryCombinationPolicyArgs>>;
  creditAgencies?: Resolver<Array<ResolversTypes['CreditAgency']>, ParentType, ContextType>;
  evaluationModel?: Resolver<Maybe<ResolversTypes['EvaluationModel']>, ParentType, ContextType, Partial<QueryEvaluationModelArgs>>;
  evaluationRun?: Resolver<Maybe<ResolversTypes['EvaluationRun']>, ParentType, ContextType, RequireFields<QueryEvaluationRunArgs, 'id'>>;
  evaluationRuns?: Resolver<Maybe<Array<ResolversTypes['EvaluationRun']>>, ParentType, ContextType, RequireFields<QueryEvaluationRunsArgs, 'first'>>;
  gradeDistribution?: Resolver<Maybe<Array<ResolversTypes['GradeGroup']>>, ParentType, ContextType, RequireFields<QueryGradeDistributionArgs, 'groupBy'>>;
  inspectionPlan?: Resolver<Maybe<ResolversTypes['InspectionPlan']>, ParentType, ContextType, RequireFields<QueryInspectionPlanArgs, 'id'>>;
  inspectionPlans?: Resolver<Array<ResolversTypes['InspectionPlan']>, ParentType, ContextType, RequireFields<QueryInspectionPlansArgs, 'first'>>;
  jointInspections?: Resolver<Array<ResolversTypes['JointInspection']>, ParentType, ContextType, RequireFields<QueryJointInspectionsArgs, 'first' | 'period'>>;
  samplingPolicies?: Resolver<Array<ResolversTypes['SamplingPolicy']>, ParentType, ContextType, Partial<QuerySamplingPoliciesArgs>>;
  verifyInspectionPlan?: Resolver<Maybe<ResolversTypes['PlanVerification']>, ParentType, ContextType, RequireFields<QueryVerifyInspectionPlanArgs, 'id'>>;
}>;

export type RatingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Rating'] = ResolversParentTypes['Rating']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evaluatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  explanation?: Resolver<Array<ResolversTypes['IndicatorContribution']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  industryRatings?: Resolver<Array<ResolversTypes['IndustryRating']>, ParentType, ContextType>;
  marketRatings?: Resolver<Array<ResolversTypes['MarketRating']>, ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicGrade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  publicScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RatingInputErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatingInputError'] = ResolversParentTypes['RatingInputError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['RatingErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecordInspectionResultsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordInspectionResultsPayload'] = ResolversParentTypes['RecordInspectionResultsPayload']> = ResolversObject<{
  notInPlan?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RunEvaluationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RunEvaluationPayload'] = ResolversParentTypes['RunEvaluationPayload']> = ResolversObject<{
  resumed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  run?: Resolver<ResolversTypes['EvaluationRun'], ParentType, ContextType>;
}>;

export type SamplingPolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SamplingPolicy'] = ResolversParentTypes['SamplingPolicy']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  keySupervision?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  timesPerYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StratumResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stratum'] = ResolversParentTypes['Stratum']> = ResolversObject<{
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  drawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
}>;

export type SubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Rating']>, ParentType, ContextType>;
  ratingHistory?: Resolver<Maybe<Array<ResolversTypes['Rating']>>, ParentType, ContextType, RequireFields<SubjectRatingHistoryArgs, 'first'>>;
}>;

export type SubmitIndustryRatingsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitIndustryRatingsPayload'] = ResolversParentTypes['SubmitIndustryRatingsPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['IndustryRatingResult']>, ParentType, ContextType>;
}>;

export type SubmitMarketRatingsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitMarketRatingsPayload'] = ResolversParentTypes['SubmitMarketRatingsPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['MarketRatingResult']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  CombinationPolicy?: CombinationPolicyResolvers<ContextType>;
  CreditAgency?: CreditAgencyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DrawInspectionPlanPayload?: DrawInspectionPlanPayloadResolvers<ContextType>;
  EvaluationModel?: EvaluationModelResolvers<ContextType>;
  EvaluationRun?: EvaluationRunResolvers<ContextType>;
  GradeCount?: GradeCountResolvers<ContextType>;
  GradeGroup?: GradeGroupResolvers<ContextType>;
  GradeThreshold?: GradeThresholdResolvers<ContextType>;
  IndicatorContribution?: IndicatorContributionResolvers<ContextType>;
  IndustryRating?: IndustryRatingResolvers<ContextType>;
  IndustryRatingResult?: IndustryRatingResultResolvers<ContextType>;
  InputNote?: InputNoteResolvers<ContextType>;
  InspectionItem?: InspectionItemResolvers<ContextType>;
  InspectionItemConnection?: InspectionItemConnectionResolvers<ContextType>;
  InspectionPlan?: InspectionPlanResolvers<ContextType>;
  InspectionScope?: InspectionScopeResolvers<ContextType>;
  Inspector?: InspectorResolvers<ContextType>;
  JointInspection?: JointInspectionResolvers<ContextType>;
  MarketRating?: MarketRatingResolvers<ContextType>;
  MarketRatingResult?: MarketRatingResultResolvers<ContextType>;
  MergeJointInspectionsPayload?: MergeJointInspectionsPayloadResolvers<ContextType>;
  ModelIndicator?: ModelIndicatorResolvers<ContextType>;
  ModelRule?: ModelRuleResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlanVerification?: PlanVerificationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  RatingInputError?: RatingInputErrorResolvers<ContextType>;
  RecordInspectionResultsPayload?: RecordInspectionResultsPayloadResolvers<ContextType>;
  RunEvaluationPayload?: RunEvaluationPayloadResolvers<ContextType>;
  SamplingPolicy?: SamplingPolicyResolvers<ContextType>;
  Stratum?: StratumResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  SubmitIndustryRatingsPayload?: SubmitIndustryRatingsPayloadResolvers<ContextType>;
  SubmitMarketRatingsPayload?: SubmitMarketRatingsPayloadResolvers<ContextType>;
}>;

