export { createSubgraphApp, type SubgraphAppOptions } from './app';
export {
  CALLER_HEADER,
  PUBLIC_CALLER,
  ROLES,
  hasRole,
  signedCallerHeaders,
  subgraphSecret,
  verifyCallerHeaders,
  type Caller,
  type Role,
} from './caller';
export { listen, type Listening } from './listen';
