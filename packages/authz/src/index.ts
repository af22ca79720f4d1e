export {
  GATEWAY_SERVICE_CALLER,
  GOVERNMENT_ROLES,
  PUBLIC_CALLER,
  ROLES,
  hasRole,
  isGatewayService,
  isGovernment,
  isRole,
  roleNames,
  type Caller,
  type Role,
} from './caller';
export { DISCLOSURE_LEVELS, disclosureLevels, mayReadLevel, type DisclosureLevel } from './disclosure';
export { policyOf, type Scales } from './merge';
export { assertPurpose, isOwnSubject, mayManage, mayRead, needsPurpose, ownSubjectId, purposeRequired } from './rules';
