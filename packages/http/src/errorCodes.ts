/**
 * The one catalogue of `extensions.code` values a client may receive, from the gateway and from
 * every subgraph, and of the row codes of batch payloads. The kit types `userError`/`badInput`
 * against `ErrorCode`, the gateway's bad-input corpus (gateway/test/corpus.e2e.ts) checks every
 * error it provokes against it, and scripts/test/errorCodes.test.ts checks that every code the
 * sources send is here and that README "Error codes" documents exactly these. A subgraph adds its
 * domain codes here, not ad hoc.
 */
export const ERROR_CODES = {
  // Request errors (HTTP 400 unless noted)
  BAD_REQUEST: 'The HTTP request is malformed (body not JSON, no query, ...).',
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL.',
  GRAPHQL_VALIDATION_FAILED: 'The document does not fit the schema, or breaks a limit (depth, aliases, cost).',
  OPERATION_RESOLUTION_FAILURE: 'Several operations without `operationName`, or an `operationName` the document lacks.',
  SUBSCRIPTION_NOT_SUPPORTED: 'Subscriptions are not served over HTTP (HTTP 400).',
  BATCHING_NOT_SUPPORTED: 'A JSON array of operations: one operation per request.',
  PERSISTED_QUERY_NOT_FOUND: 'An automatic persisted query hash the gateway does not know.',
  OPERATION_NOT_IN_SAFELIST: 'A front end held to the persisted-operation manifest sent another operation (HTTP 403).',
  PAYLOAD_TOO_LARGE: 'The body is over the limit (HTTP 413).',
  UNSUPPORTED_MEDIA_TYPE: 'A body encoding or charset the gateway does not read (HTTP 415).',
  BAD_USER_INPUT: 'An argument or variable is wrong (type, range, page size); `field` names it when known.',
  INVALID_CHARACTERS: 'A string holds control characters, unpaired surrogates, or `|` in a document number; `field` names it.',
  VALUE_TOO_LONG: 'A string is longer than its field allows; `field` names it.',
  INVALID_DATE: 'A date that does not exist (2026-02-30), or out of the allowed range; `field` names it.',
  INVALID_CURSOR: '`after` is not a cursor the field returned.',
  INVALID_PURPOSE: 'The `purpose` header holds control characters or is too long.',
  PURPOSE_REQUIRED: 'Every role but the public must say why it reads (`purpose` header).',
  INVALID_CREDIT_CODE: 'A 统一社会信用代码 fails its check.',
  INVALID_ID_NUMBER: 'A 公民身份号码 fails its check.',
  BATCH_TOO_LARGE: 'Too many rows in one call.',
  OBJECTION_CLOSED: 'The objection was already resolved.',
  INVALID_TRANSITION: 'A repair application cannot take that step from its state.',
  // Who may do what
  UNAUTHENTICATED: 'No valid token where one is needed, or a bad token (HTTP 401); subgraphs: an unsigned, forged, expired or replayed gateway signature.',
  FORBIDDEN: 'The caller\'s role may not read or do this (HTTP 200 with the field null, or 403 for introspection and /metrics).',
  NOT_FOUND: 'No such record, objection, application or authorisation visible to the caller.',
  // Availability
  RATE_LIMITED: 'Too many requests in the window (HTTP 429).',
  REQUEST_TIMEOUT: 'The whole request took too long (HTTP 504).',
  SUBGRAPH_UNAVAILABLE: 'A subgraph is down or too slow; its part of the answer is missing.',
  SUBJECTS_UNAVAILABLE: 'Records could not match parties to subjects; nothing was stored. Retry the batch.',
  MISSING_FIELD: 'A field a mutation needs is missing or blank; `field` names it.',
  UNKNOWN_DEPARTMENT: 'A department code that is not in the departments directory, or a retired one; `field` names it.',
  AUDIT_UNAVAILABLE: 'The read could not be recorded in the access log, so its data is withheld (HTTP 503).',
  INTERNAL_SERVER_ERROR: 'A fault of the platform; the message is a request id only.',
  // Sanctions (listings)
  BASIS_REQUIRED: 'A listing needs a basis: credit records or documents.',
  DUPLICATE_LISTING: 'The subject already has a proposed or active listing of that type.',
  OBJECTION_WINDOW_OPEN: 'The objection window has not closed yet, or an objection is still being checked: activate later.',
  OBJECTION_WINDOW_CLOSED: 'The objection window has closed (or the listing is no longer proposed).',
  RECTIFICATION_NOT_DUE: 'The rectification deadline has not passed (or none is set): no interview yet.',
  PERIOD_NOT_EXPIRED: 'The listing period has not ended yet.',
  // Ratings
  NO_MODEL_IN_FORCE: 'No evaluation model or combination policy is in force on the date asked.',
  NO_CURRENT_GRADES: 'No evaluation run has completed: nothing to draw an inspection plan from.',
  NO_SAMPLING_POLICY: 'No sampling policy is in force.',
  UNKNOWN_AGENCY: 'The caller is not a registered credit service agency (market ratings).',
  AGENCY_NOT_ACTIVE: 'The credit service agency is suspended or deregistered.',
  SUBJECT_LISTING_UNAVAILABLE: 'The gateway offers no paged subject listing the evaluation can read.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Codes of rows in batch payloads (registerSubjects, submitRecords, ratings' submissions): the
 * `error.code` of a rejected row (the schema's `RowErrorCode` and `RatingErrorCode`), not
 * `extensions.code`.
 */
export const ROW_ERROR_CODES = {
  INVALID_CREDIT_CODE: 'The code fails its check.',
  INVALID_ID_NUMBER: 'The ID number fails its check.',
  INVALID_NAME: 'A name is empty or too long.',
  INVALID_DATE: 'A date is impossible, in the future or inconsistent.',
  INVALID_INDUSTRY_CODE: 'Not a GB/T 4754 code.',
  INVALID_RELATION: 'A subject related to itself.',
  INVALID_SHARE: 'A share outside (0, 100] or on a relation that is not SHAREHOLDER.',
  UNKNOWN_RELATED_SUBJECT: 'A related subject neither registered nor in the batch.',
  DUPLICATE_IN_BATCH: 'The same code or document number earlier in the batch.',
  NOT_REGISTRANT: 'The subject was registered by another department (only it or the credit centre changes it).',
  CODE_TYPE_CHANGE: 'A code never changes between ID number and credit code.',
  REGISTRY_CONFIRMATION_RESERVED: 'Only the credit centre records a registry-confirmed code.',
  VALUE_TOO_LONG: 'A field is longer than its limit.',
  INVALID_CHARACTERS: 'A document number holds a control character or `|`.',
  IMPLAUSIBLE_AMOUNT: 'An amount above 1,000,000 万元 (check the unit: amounts are in 万元).',
  UNKNOWN_CATALOG_ITEM: 'No such catalogue item.',
  ITEM_NOT_PROVIDED: 'The department does not provide that catalogue item.',
  CATEGORY_MISMATCH: 'The category differs from the catalogue item\'s.',
  MISSING_FIELD: 'A field the item requires is missing.',
  INVALID_FIELD: 'A field is inconsistent with the others.',
  INVALID_PARTY_CODE: 'The party code fails its check.',
  UNKNOWN_PARTY: 'The party is not a registered subject and the item does not register parties.',
  REGISTRATION_FAILED: 'Registering the party failed.',
  INVALID_SUBJECT_ID: 'Not a subject id (ratings).',
  INVALID_DATE_RANGE: 'The validity period ends before it starts (ratings).',
  DUPLICATE_RATING: 'The same rating was already submitted (ratings).',
  BAD_USER_INPUT: 'A field of the rating is malformed or out of range (ratings).',
  UNKNOWN_AGENCY: 'The rater is not a registered credit service agency (ratings).',
  AGENCY_NOT_ACTIVE: 'The credit service agency is suspended or deregistered (ratings).',
  BASIS_REQUIRED: 'A listing without credit records or documents as its basis (sanctions).',
  UNKNOWN_DEPARTMENT: 'The determining department is not in the departments directory, or its code was retired (sanctions).',
  DUPLICATE_LISTING: 'The subject already has a proposed or active listing on that list (sanctions).',
} as const;

export type RowErrorCode = keyof typeof ROW_ERROR_CODES;
