/**
 * Child process for the crash test: commits one batch, then runs a second batch whose transaction
 * has executed every statement but not yet committed, says so, and waits to be killed.
 */
import { openSubgraphDatabase } from '@credit/kit';
import { subgraph } from '../../src/server';
import { WorkingCalendar } from '@credit/calendar';
import { ingest } from '../../src/ingest';
import { CATALOG, ensureReferenceData, PUBLICITY_RULES } from '../../src/referenceData';
import { demoDirectory } from '../harness';
import { penalty } from '../fixtures';

const database = await openSubgraphDatabase({ ...subgraph, url: process.env.CRASH_DATABASE_URL || undefined, dataDir: process.env.CRASH_DATA_DIR || undefined });
await ensureReferenceData(database.db);
const context = {
  db: database.db,
  directory: demoDirectory(),
  catalog: CATALOG.map((item) => ({ ...item, registersParties: item.registersParties ?? false })),
  rules: PUBLICITY_RULES,
  calendar: new WorkingCalendar(),
  now: new Date('2026-11-26T04:00:00Z'),
};
const batch = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => penalty(i, { documentNumber: `${prefix}-${i}` }));

await ingest(context, { department: 'SCJGJ', submittedBy: 'crash-test', records: batch('COMMITTED', 100) });

const transaction = database.db.transaction.bind(database.db);
database.db.transaction = ((run: Parameters<typeof transaction>[0]) =>
  transaction(async (tx) => {
    const result = await run(tx);
    process.send!('statements-done');
    await new Promise(() => {}); // killed here, before COMMIT
    return result;
  })) as typeof database.db.transaction;

// 3000 rows: several INSERT statements, rejected rows and the batch row, all in one transaction.
await ingest(context, { department: 'SCJGJ', submittedBy: 'crash-test', records: [...batch('KILLED', 3000), penalty(1, { catalogItem: 'NOPE', documentNumber: 'KILLED-REJECT' })] });
