export { createSubgraphApp, type SubgraphAppOptions } from './app';
export { DISCLOSED_SUBJECTS_EXTENSION, reportDisclosedSubjects } from './audit';
export {
  CALLER_HEADER,
  MAX_SKEW_MS,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  ReplayGuard,
  developmentSubgraphSecret,
  isProductionEnv,
  operationDigest,
  verifySignedRequest,
  type SignedOperation,
  type VerifyFailure,
  GATEWAY_SERVICE_CALLER,
  PUBLIC_CALLER,
  ROLES,
  hasRole,
  isGatewayService,
  signedCallerHeaders,
  subgraphSecret,
  verifyCallerHeaders,
  type Caller,
  type Role,
} from './caller';
export { parseEnv } from './env';
export { listen, type Listening } from './listen';
export { looksLeaky, maskSubgraphError } from './errors';
export { inputError, inputGuard, MAX_STRING_LENGTH, stringProblem } from './inputGuard';
export { ERROR_CODES, ROW_ERROR_CODES, type ErrorCode, type RowErrorCode } from './errorCodes';
export { STOP_WITH_PARENT, stopWithParent } from './parent';
