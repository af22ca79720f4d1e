import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SubjectRow, AccessRow } from '../db/schema';
import type { RelationView, RelatedView } from '../relations';
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

/** Which kind of identifying code. */
export type CodeType =
  /** 统一社会信用代码 (18 characters), for organisations. */
  | 'CREDIT_CODE'
  /** 公民身份号码 (18 characters), for natural persons. */
  | 'ID_NUMBER';

export type CreditAgency = {
  __typename?: 'CreditAgency';
  /** Registry code of the credit service agency (owned by the ratings subgraph): the `dept` claim of its tokens. */
  code: Scalars['String']['output'];
};

/** Changes to subjects. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Internal: the gateway records who read which subjects. Not in the public API (`@inaccessible`);
   * refused unless the signed caller is the gateway's own service identity.
   */
  recordSubjectAccess: Scalars['Boolean']['output'];
  /**
   * Internal: the gateway records several reads at once (its group commit: the reads of concurrent
   * requests, each response held until this call has committed them). Not in the public API; refused
   * unless the signed caller is the gateway's own service identity. All or none are recorded. Returns
   * how many were recorded.
   */
  recordSubjectAccesses: Scalars['Int']['output'];
  /**
   * A department pushes subjects in bulk (at most 1000 a call). Upserts by code: pushing the same
   * rows again changes nothing. Each row gets its own result; a bad row never sinks the batch. A
   * department changes only the subjects it registered (NOT_REGISTRANT), the credit centre any; a code
   * never changes between ID number and credit code (CODE_TYPE_CHANGE).
   */
  registerSubjects: RegisterSubjectsPayload;
};


/** Changes to subjects. */
export type MutationRecordSubjectAccessArgs = {
  input: SubjectAccessInput;
};


/** Changes to subjects. */
export type MutationRecordSubjectAccessesArgs = {
  inputs: Array<SubjectAccessInput>;
};


/** Changes to subjects. */
export type MutationRegisterSubjectsArgs = {
  input: RegisterSubjectsInput;
};

/** Where a page of a list ends, and whether more follows (the same type in every subgraph). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item: pass it as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Subjects: look-ups and search. */
export type Query = {
  __typename?: 'Query';
  /**
   * Subjects ordered by name. A query of 4 to 18 letters and digits of the credit-code alphabet is a
   * code: credit codes starting with it, an ID number only in full. Any other query matches names
   * containing it. `first` is 1 to 100.
   */
  searchSubjects: SubjectConnection;
  /** A subject by its opaque id; null when unknown. */
  subject?: Maybe<Subject>;
  /** By 统一社会信用代码 or 公民身份号码; a malformed code is an error that says what is wrong. */
  subjectByCode?: Maybe<Subject>;
  /**
   * Every subject in id order, a page at a time: the credit centre only, for batch jobs such as
   * evaluation runs.
   */
  subjects: SubjectConnection;
  /**
   * Many subjects by code at once (at most 5000), in the order asked: null where a code is malformed
   * or unknown. For other subgraphs and batch jobs matching parties to subjects.
   */
  subjectsByCodes: Array<Maybe<Subject>>;
};


/** Subjects: look-ups and search. */
export type QuerySearchSubjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Subjects: look-ups and search. */
export type QuerySubjectArgs = {
  id: Scalars['ID']['input'];
};


/** Subjects: look-ups and search. */
export type QuerySubjectByCodeArgs = {
  code: Scalars['String']['input'];
};


/** Subjects: look-ups and search. */
export type QuerySubjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Subjects: look-ups and search. */
export type QuerySubjectsByCodesArgs = {
  codes: Array<Scalars['String']['input']>;
};

/** A batch of subjects to register. */
export type RegisterSubjectsInput = {
  /** At most 1000 subjects; each is upserted by code. */
  subjects: Array<SubjectInput>;
};

/** What `registerSubjects` did with a batch. */
export type RegisterSubjectsPayload = {
  __typename?: 'RegisterSubjectsPayload';
  /** Rows that created a subject. */
  created: Scalars['Int']['output'];
  /** Rows refused, each with its `error`. */
  rejected: Scalars['Int']['output'];
  /** One result per row, in the batch's order. */
  results: Array<SubjectRegistration>;
  /** Rows identical to what was stored. */
  unchanged: Scalars['Int']['output'];
  /** Rows that changed a subject. */
  updated: Scalars['Int']['output'];
};

/** What happened to one row of a registration batch. */
export type RegistrationOutcome =
  /** A new subject. */
  | 'CREATED'
  /** Refused: see the row's `error`. */
  | 'REJECTED'
  /** Identical to what was stored: nothing changed. */
  | 'UNCHANGED'
  /** An existing subject changed. */
  | 'UPDATED';

/** A subject reached through relations from a starting subject. */
export type RelatedSubject = {
  __typename?: 'RelatedSubject';
  /** Number of relations between the starting subject and this one. */
  depth: Scalars['Int']['output'];
  /** The subject this one was reached from. */
  from: Subject;
  /** The subject reached. */
  subject: Subject;
  /** What this subject is to `from`. */
  via: RelationRole;
};

/** The subject with code `code` is this subject's `kind`. */
export type RelationInput = {
  /** The other subject's code; it must be registered or in the same batch. */
  code: Scalars['String']['input'];
  /** What the other subject is to this one. */
  kind: RelationKind;
  /** For SHAREHOLDER: the share held, above 0 and at most 100 per cent. */
  sharePercent?: InputMaybe<Scalars['Float']['input']>;
};

/** A relation a department may register. */
export type RelationKind =
  /** The other subject is a branch of this one. */
  | 'BRANCH'
  /** The other subject is this one's legal representative. */
  | 'LEGAL_REPRESENTATIVE'
  /** The other subject holds shares in this one. */
  | 'SHAREHOLDER';

/** What a related subject is to the subject the relation is seen from. */
export type RelationRole =
  /** The other subject is a branch of this one. */
  | 'BRANCH'
  /** The other subject is this one's head office. */
  | 'HEAD_OFFICE'
  /** This subject holds shares in the other. */
  | 'INVESTS_IN'
  /** The other subject is this one's legal representative. */
  | 'LEGAL_REPRESENTATIVE'
  /** This subject is the other's legal representative. */
  | 'REPRESENTS'
  /** The other subject holds shares in this one. */
  | 'SHAREHOLDER';

/** A caller's role, from its token; it decides what the caller may see and do. */
export type Role =
  /** A registered credit service agency (信用服务机构; its registry code comes from the token): reads what the public reads, submits market ratings. */
  | 'AGENCY'
  /** An analyst: aggregates and pseudonymised data. */
  | 'ANALYST'
  /** An officer of the public credit information centre. */
  | 'CREDIT_CENTRE'
  /** An officer of a government department (the department code comes from the token). */
  | 'DEPARTMENT'
  /** No token: public information only. */
  | 'PUBLIC'
  /** A subject's own account (an enterprise's legal-person account, a person's real-name account). */
  | 'SUBJECT';

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

/**
 * An enterprise, organisation or person known to the credit system. Other subgraphs extend it with
 * their own fields (records, ratings, listings, checks).
 *
 * What a caller sees depends on its role: a field it may not see is null with a `FORBIDDEN` error
 * for that field alone, the rest of the subject still arrives. The public sees organisations'
 * registration facts (name, code, kind, legal representative, date of establishment, status,
 * industry, region) and no natural person's data; analysts see natural persons pseudonymised;
 * departments and the credit centre see government-shared information. Every read is recorded in
 * `accessLog`, and callers other than the public must say why they read (`purpose` header).
 */
export type Subject = {
  __typename?: 'Subject';
  /**
   * Who read this subject's information, when and why, newest first (`first` is 1 to 200). Every read
   * for the credit centre and for the subject itself (SUBJECT role); a department sees its own
   * department's reads only; others get FORBIDDEN.
   */
  accessLog?: Maybe<Array<SubjectAccess>>;
  /** 统一社会信用代码, for organisations. */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** Opaque identifier, stable for the life of the subject. */
  id: Scalars['ID']['output'];
  /** 公民身份号码 in full, for natural persons: the credit centre only. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** 公民身份号码 with positions 7–14 hidden, for natural persons. */
  idNumberMasked?: Maybe<Scalars['String']['output']>;
  /** National economic industry classification (GB/T 4754), e.g. `C13`. */
  industryCode?: Maybe<Scalars['String']['output']>;
  /** Derived from the code: positions 1–2 of a 统一社会信用代码, or a natural person for an ID number. */
  kind?: Maybe<SubjectKind>;
  /** The organisation's legal representative (法定代表人) as registered. */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** The registered name. For analysts, a natural person's name is a stable pseudonym (`P-` and a keyed hash). */
  name?: Maybe<Scalars['String']['output']>;
  /** Administrative division (GB/T 2260): positions 3–8 of a credit code, 1–6 of an ID number. */
  regionCode?: Maybe<Scalars['String']['output']>;
  /** Date of establishment (成立日期), or of registration for a person. */
  registeredAt?: Maybe<Scalars['Date']['output']>;
  /**
   * Subjects reachable through relations (legal representatives, shareholders, branches), breadth
   * first, each once, nearest first. `depth` is 1 to 3; at most `first` (1 to 500) subjects.
   */
  relatedSubjects?: Maybe<Array<RelatedSubject>>;
  /** Current relations in both directions. */
  relations?: Maybe<Array<SubjectRelation>>;
  /** Registration status (登记状态). */
  status?: Maybe<SubjectStatus>;
};


/**
 * An enterprise, organisation or person known to the credit system. Other subgraphs extend it with
 * their own fields (records, ratings, listings, checks).
 *
 * What a caller sees depends on its role: a field it may not see is null with a `FORBIDDEN` error
 * for that field alone, the rest of the subject still arrives. The public sees organisations'
 * registration facts (name, code, kind, legal representative, date of establishment, status,
 * industry, region) and no natural person's data; analysts see natural persons pseudonymised;
 * departments and the credit centre see government-shared information. Every read is recorded in
 * `accessLog`, and callers other than the public must say why they read (`purpose` header).
 */
export type SubjectAccessLogArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An enterprise, organisation or person known to the credit system. Other subgraphs extend it with
 * their own fields (records, ratings, listings, checks).
 *
 * What a caller sees depends on its role: a field it may not see is null with a `FORBIDDEN` error
 * for that field alone, the rest of the subject still arrives. The public sees organisations'
 * registration facts (name, code, kind, legal representative, date of establishment, status,
 * industry, region) and no natural person's data; analysts see natural persons pseudonymised;
 * departments and the credit centre see government-shared information. Every read is recorded in
 * `accessLog`, and callers other than the public must say why they read (`purpose` header).
 */
export type SubjectRelatedSubjectsArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One recorded read of subjects' information. */
export type SubjectAccess = {
  __typename?: 'SubjectAccess';
  /** The credit service agency that read (an AGENCY caller), with its registered name from the ratings subgraph's agency registry; null for other callers, and for a code the registry does not have. */
  agency?: Maybe<CreditAgency>;
  /** When the read happened. */
  at: Scalars['DateTime']['output'];
  /** The reading caller's id: shown to the credit centre only, null for others. */
  callerId?: Maybe<Scalars['String']['output']>;
  /** The reading caller's department code, if any (a credit service agency's registry code for AGENCY callers). */
  department?: Maybe<Scalars['String']['output']>;
  /** The reading department's name in the departments directory (e.g. `市场监督管理局`); null for agencies and callers without a department. */
  departmentName?: Maybe<Scalars['String']['output']>;
  /** The GraphQL operation name the caller gave, if any. */
  operationName?: Maybe<Scalars['String']['output']>;
  /** Why the caller read, as it said in its `purpose` header. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** The reading caller's roles. */
  roles: Array<Role>;
};

/** Internal: one read of subjects' information, as the gateway saw it. */
export type SubjectAccessInput = {
  /** When the read happened. */
  at: Scalars['DateTime']['input'];
  /** The reading caller's id. */
  callerId: Scalars['String']['input'];
  /** The reading caller's department code. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** The GraphQL operation name. */
  operationName?: InputMaybe<Scalars['String']['input']>;
  /** Why the caller read. */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** The reading caller's roles. */
  roles: Array<Role>;
  /** The subjects whose information was disclosed. */
  subjectIds: Array<Scalars['ID']['input']>;
};

/** A page of subjects. */
export type SubjectConnection = {
  __typename?: 'SubjectConnection';
  /** The subjects of this page, in order. */
  edges: Array<SubjectEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One subject of a page of search results. */
export type SubjectEdge = {
  __typename?: 'SubjectEdge';
  /** Pass as `after` to get the subjects after this one. */
  cursor: Scalars['String']['output'];
  /** The subject. */
  node: Subject;
};

/** One subject's registration facts, as its registering department holds them. */
export type SubjectInput = {
  /**
   * The registry confirms this code although its check character is wrong (a few early pilot codes
   * were issued so). Only the credit centre may set it (REGISTRY_CONFIRMATION_RESERVED otherwise).
   */
  checksumConfirmedByRegistry?: InputMaybe<Scalars['Boolean']['input']>;
  /** 统一社会信用代码 or 公民身份号码. */
  code: Scalars['String']['input'];
  /** Which kind of code; derived from the code when left out. */
  codeType?: InputMaybe<CodeType>;
  /** GB/T 4754 industry code, e.g. `C`, `C13` or `C1311`. */
  industryCode?: InputMaybe<Scalars['String']['input']>;
  /** The legal representative (法定代表人). */
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  /** The registered name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Date of establishment (成立日期); not in the future. */
  registeredAt?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces the subject's current relations of the kinds given; ended ones are kept as history. */
  relations?: InputMaybe<Array<RelationInput>>;
  /** Registration status. */
  status?: InputMaybe<SubjectStatus>;
};

/** What kind of subject, from the code (positions 1–2 of a 统一社会信用代码). */
export type SubjectKind =
  /** An enterprise (企业). */
  | 'ENTERPRISE'
  /** A farmers' specialised cooperative (农民专业合作社). */
  | 'FARMERS_COOPERATIVE'
  /** A government organ (机关). */
  | 'GOVERNMENT_ORGAN'
  /** An individual business (个体工商户). */
  | 'INDIVIDUAL_BUSINESS'
  /** A natural person, identified by 公民身份号码. */
  | 'NATURAL_PERSON'
  /** Any other organisation. */
  | 'OTHER'
  /** A public institution (事业单位). */
  | 'PUBLIC_INSTITUTION'
  /** A social organisation (社会组织). */
  | 'SOCIAL_ORGANISATION';

/** What happened to one row of a registration batch. */
export type SubjectRegistration = {
  __typename?: 'SubjectRegistration';
  /** The row's code, as given. */
  code: Scalars['String']['output'];
  /** Why the row was rejected; null otherwise. */
  error?: Maybe<RowError>;
  /** Position of the row in the input, from 0. */
  index: Scalars['Int']['output'];
  /** What happened to the row. */
  outcome: RegistrationOutcome;
  /** The subject stored; null when rejected. */
  subject?: Maybe<Subject>;
};

/** A relation seen from one subject: `kind` says what the other subject is to this one. */
export type SubjectRelation = {
  __typename?: 'SubjectRelation';
  /** What the other subject is to this one. */
  kind: RelationRole;
  /** For SHAREHOLDER and INVESTS_IN: the share held, in per cent. */
  sharePercent?: Maybe<Scalars['Float']['output']>;
  /** When the relation was registered. */
  since: Scalars['DateTime']['output'];
  /** The other subject. */
  subject: Subject;
};

/** Registration status (登记状态). */
export type SubjectStatus =
  /** On the abnormal operation list (经营异常). */
  | 'ABNORMAL'
  /** In operation (存续). */
  | 'ACTIVE'
  /** Deregistered (注销). */
  | 'CANCELLED'
  /** Business licence revoked (吊销). */
  | 'REVOKED';

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
  CodeType: CodeType;
  CreditAgency: ResolverTypeWrapper<CreditAgency>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  RegisterSubjectsInput: RegisterSubjectsInput;
  RegisterSubjectsPayload: ResolverTypeWrapper<Omit<RegisterSubjectsPayload, 'results'> & { results: Array<ResolversTypes['SubjectRegistration']> }>;
  RegistrationOutcome: RegistrationOutcome;
  RelatedSubject: ResolverTypeWrapper<RelatedView>;
  RelationInput: RelationInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  RelationKind: RelationKind;
  RelationRole: RelationRole;
  Role: Role;
  RowError: ResolverTypeWrapper<RowError>;
  RowErrorCode: RowErrorCode;
  Subject: ResolverTypeWrapper<SubjectRow>;
  SubjectAccess: ResolverTypeWrapper<AccessRow>;
  SubjectAccessInput: SubjectAccessInput;
  SubjectConnection: ResolverTypeWrapper<Omit<SubjectConnection, 'edges'> & { edges: Array<ResolversTypes['SubjectEdge']> }>;
  SubjectEdge: ResolverTypeWrapper<Omit<SubjectEdge, 'node'> & { node: ResolversTypes['Subject'] }>;
  SubjectInput: SubjectInput;
  SubjectKind: SubjectKind;
  SubjectRegistration: ResolverTypeWrapper<Omit<SubjectRegistration, 'subject'> & { subject?: Maybe<ResolversTypes['Subject']> }>;
  SubjectRelation: ResolverTypeWrapper<RelationView>;
  SubjectStatus: SubjectStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreditAgency: CreditAgency;
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  RegisterSubjectsInput: RegisterSubjectsInput;
  RegisterSubjectsPayload: Omit<RegisterSubjectsPayload, 'results'> & { results: Array<ResolversParentTypes['SubjectRegistration']> };
  RelatedSubject: RelatedView;
  RelationInput: RelationInput;
  Float: Scalars['Float']['output'];
  RowError: RowError;
  Subject: SubjectRow;
  SubjectAccess: AccessRow;
  SubjectAccessInput: SubjectAccessInput;
  SubjectConnection: Omit<SubjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['SubjectEdge']> };
  SubjectEdge: Omit<SubjectEdge, 'node'> & { node: ResolversParentTypes['Subject'] };
  SubjectInput: SubjectInput;
  SubjectRegistration: Omit<SubjectRegistration, 'subject'> & { subject?: Maybe<ResolversParentTypes['Subject']> };
  SubjectRelation: RelationView;
}>;

export type CreditAgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditAgency'] = ResolversParentTypes['CreditAgency']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordSubjectAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecordSubjectAccessArgs, 'input'>>;
  recordSubjectAccesses?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecordSubjectAccessesArgs, 'inputs'>>;
  registerSubjects?: Resolver<ResolversTypes['RegisterSubjectsPayload'], ParentType, ContextType, RequireFields<MutationRegisterSubjectsArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  searchSubjects?: Resolver<ResolversTypes['SubjectConnection'], ParentType, ContextType, RequireFields<QuerySearchSubjectsArgs, 'first' | 'query'>>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType, RequireFields<QuerySubjectArgs, 'id'>>;
  subjectByCode?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType, RequireFields<QuerySubjectByCodeArgs, 'code'>>;
  subjects?: Resolver<ResolversTypes['SubjectConnection'], ParentType, ContextType, RequireFields<QuerySubjectsArgs, 'first'>>;
  subjectsByCodes?: Resolver<Array<Maybe<ResolversTypes['Subject']>>, ParentType, ContextType, RequireFields<QuerySubjectsByCodesArgs, 'codes'>>;
}>;

export type RegisterSubjectsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterSubjectsPayload'] = ResolversParentTypes['RegisterSubjectsPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['SubjectRegistration']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RelatedSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelatedSubject'] = ResolversParentTypes['RelatedSubject']> = ResolversObject<{
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['RelationRole'], ParentType, ContextType>;
}>;

export type RowErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RowError'] = ResolversParentTypes['RowError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['RowErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessLog?: Resolver<Maybe<Array<ResolversTypes['SubjectAccess']>>, ParentType, ContextType, RequireFields<SubjectAccessLogArgs, 'first'>>;
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idNumberMasked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  industryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['SubjectKind']>, ParentType, ContextType>;
  legalRepresentative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  relatedSubjects?: Resolver<Maybe<Array<ResolversTypes['RelatedSubject']>>, ParentType, ContextType, RequireFields<SubjectRelatedSubjectsArgs, 'depth' | 'first'>>;
  relations?: Resolver<Maybe<Array<ResolversTypes['SubjectRelation']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['SubjectStatus']>, ParentType, ContextType>;
}>;

export type SubjectAccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubjectAccess'] = ResolversParentTypes['SubjectAccess']> = ResolversObject<{
  agency?: Resolver<Maybe<ResolversTypes['CreditAgency']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  callerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departmentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type SubjectConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubjectConnection'] = ResolversParentTypes['SubjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SubjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SubjectEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubjectEdge'] = ResolversParentTypes['SubjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
}>;

export type SubjectRegistrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubjectRegistration'] = ResolversParentTypes['SubjectRegistration']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['RowError']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['RegistrationOutcome'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
}>;

export type SubjectRelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubjectRelation'] = ResolversParentTypes['SubjectRelation']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['RelationRole'], ParentType, ContextType>;
  sharePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  CreditAgency?: CreditAgencyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterSubjectsPayload?: RegisterSubjectsPayloadResolvers<ContextType>;
  RelatedSubject?: RelatedSubjectResolvers<ContextType>;
  RowError?: RowErrorResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  SubjectAccess?: SubjectAccessResolvers<ContextType>;
  SubjectConnection?: SubjectConnectionResolvers<ContextType>;
  SubjectEdge?: SubjectEdgeResolvers<ContextType>;
  SubjectRegistration?: SubjectRegistrationResolvers<ContextType>;
  SubjectRelation?: SubjectRelationResolvers<ContextType>;
}>;

