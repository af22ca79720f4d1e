import { describeSubgraphContract } from '@credit/kit/testing';
import { subgraph } from '../src/server';
import { ZJJ, rating, subjectId } from './harness';

// 100 credit checks in one `_entities` batch: reference data comes from memory, then one select of
// broken commitments, one insert of the checks and one insert of the log.
describeSubgraphContract(subgraph, {
  entity: 'Subject',
  caller: ZJJ,
  seed: async () => Array.from({ length: 100 }, (_, n) => ({ id: subjectId(5000 + n), rating: rating('A'), activeMeasures: [] })),
  selection: 'id creditCheck(matterCode: "SZ-ZJ-001", applicationId: "CONTRACT-1") { decision }',
  queries: 5,
});
