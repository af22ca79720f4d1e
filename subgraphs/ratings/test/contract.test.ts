import { describeSubgraphContract } from '@credit/kit/testing';
import { runEvaluation } from '../src/evaluation/run';
import { subgraph } from '../src/server';
import { MemoryReader, population } from './fixtures';

const subjects = population(100);

describeSubgraphContract(subgraph, {
  entity: 'Subject',
  selection: 'id rating { grade score modelVersion }',
  caller: { id: 'centre-1', department: 'XYZX', roles: ['CREDIT_CENTRE'], purpose: 'contract', subjectId: null },
  options: { reader: () => new MemoryReader(subjects) },
  async seed(running) {
    await runEvaluation(running.database.db, new MemoryReader(subjects), { asOf: '2026-11-01', startedBy: 'test' });
    return subjects.map((s) => ({ id: s.id }));
  },
});
