/** `@credit/kit/testing`: a subgraph on a fresh test database, called as any caller, and its contract suite. */
export { describeSubgraphContract, type ContractSpec } from './contract';
export { GATEWAY_SERVICE_CALLER, PUBLIC_CALLER, startSubgraph, type Query, type RunningSubgraph } from './start';
export { testBackends, type TestBackend } from '@credit/db/testing';
export { postGraphQL, postAsGateway, type GraphQLResult } from '@credit/http/testing';
