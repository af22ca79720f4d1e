/**
 * `pnpm ingest FILE [--token T] [--department D] [--batch 2000] [--concurrency 3] [--url U] [--rejects R]`:
 * streams a CSV or JSON-lines file in the national 双公示 template's columns through the gateway
 * (`submitRecords`) in batches, with a progress bar and a final summary.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingestFile } from './lib/ingestFile';
import { progressBar } from './lib/progress';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: `http://${process.env.HOST ?? '127.0.0.1'}:${process.env.GATEWAY_PORT ?? 4000}/graphql` },
    token: { type: 'string', default: process.env.CREDIT_TOKEN },
    department: { type: 'string' },
    batch: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '3' },
    rejects: { type: 'string' },
  },
});
const file = positionals[0];
const batchSize = Number(values.batch);
const concurrency = Number(values.concurrency);
if (!file || !values.token || !(batchSize >= 1 && batchSize <= 5000) || !(concurrency >= 1)) {
  console.error(`usage: pnpm ingest FILE --token TOKEN [--department CODE] [--batch 1..5000] [--concurrency N] [--url GATEWAY] [--rejects FILE]
  FILE     .csv (header row of the national template's columns) or .jsonl/.ndjson (one object a line)
  --token  a department or credit-centre bearer token (or CREDIT_TOKEN); e.g. pnpm token --dept SCJGJ --roles DEPARTMENT`);
  process.exit(2);
}

const bar = progressBar('ingest KB', Math.max(1, Math.ceil(statSync(file).size / 1024)));
try {
  const summary = await ingestFile({
    file,
    url: values.url!,
    token: values.token,
    department: values.department,
    batchSize,
    concurrency,
    rejectsFile: values.rejects,
    onProgress: (read) => bar.update(Math.ceil(read / 1024)),
  });
  bar.stop();
  const reasons = Object.entries(summary.rejectedByReason).sort((a, b) => b[1] - a[1]);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`
supplied   ${summary.supplied}
accepted   ${summary.accepted}  (created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged})
rejected   ${summary.rejected}${reasons.map(([code, n]) => `\n  ${code.padEnd(22)} ${n}`).join('')}
effective storage rate  ${summary.effectiveStorageRate}%  (target 98%)
${summary.batches} batches in ${summary.seconds.toFixed(1)} s, ${Math.round(summary.supplied / summary.seconds)} records/s, peak RSS ${peakRssMb.toFixed(0)} MB${values.rejects ? `\nrejected rows with reasons: ${values.rejects}` : ''}`);
} catch (error) {
  bar.stop();
  console.error(`ingest failed: ${(error as Error).message}`);
  process.exit(1);
}
