/** The subgraph kit: everything a subgraph needs that is not its own domain. */
export * from '@credit/authz';
export { CallerAccess } from './access';
export { buildSubgraph, type BuiltSubgraph, type SubgraphContext, type SubgraphOptions, type SubgraphRequest, type SubgraphResponse } from './app';
export { subgraphConfig, type SubgraphConfig } from './config';
export { openSubgraphDatabase, type SubgraphDatabaseOptions } from './database';
export { defineSubgraph, type SubgraphClock, type SubgraphDefinition, type SubgraphParts, type SubgraphRuntime, type SubgraphSetUp } from './define';
export { ERROR_CODES, ROW_ERROR_CODES, badInput, forbidden, notFound, userError, type ErrorCode, type RowErrorCode } from './errors';
export { GatewayClient, GatewayUnavailable, type GatewayQueryOptions } from './gatewayClient';
export { INTERNAL_ERROR_MESSAGE, looksLikeSql, maskErrors } from './masking';
export { decodeCursor, encodeCursor, pageSize } from './pagination';
export { insertMissing, shipped, type ShippedRows } from './referenceData';
export { runSubgraph, runSubgraphs, type SubgraphToRun } from './run';
export { DateScalar, DateTimeScalar, scalars } from './scalars';
export type { Database, DatabaseHandle } from '@credit/db';
export { DISCLOSED_SUBJECTS_EXTENSION } from '@credit/http';
export { isSubjectId, isUuid } from './ids';
export { groupBy, listsByKey, type ListsByKeyOptions } from './loaders';
export { TokenFile, currentServiceToken, type ServiceToken } from './serviceToken';
