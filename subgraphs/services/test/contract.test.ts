import { describeSubgraphContract } from '@credit/kit/testing';
import { subgraph } from '../src/server';
import { ZJJ, rating, subjectId } from './harness';

// 100 credit checks in one `_entities` batch: the reference data (matters, rule sets, incentives:
// three selects, kept in memory afterwards), then one statement storing the checks with their log
// entries (none of these subjects has a broken commitment, so none is read).
describeSubgraphContract(subgraph, {
  entity: 'Subject',
  caller: ZJJ,
  seed: async () => Array.from({ length: 100 }, (_, n) => ({ id: subjectId(5000 + n), rating: rating('A'), activeMeasures: [] })),
  selection: 'id creditCheck(matterCode: "SZ-ZJ-001", applicationId: "CONTRACT-1") { decision }',
  queries: 4,
});
