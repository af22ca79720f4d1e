/**
 * `pnpm evaluate [--as-of YYYY-MM-DD]`: runs (or resumes) the public credit comprehensive evaluation
 * of every subject on the running system (`pnpm start`), reading each subject's inputs through the
 * gateway page by page, and shows its progress. A failed run keeps the previous grades; running
 * again resumes it from its checkpoint.
 */
import { parseArgs } from 'node:util';
import { evaluateThroughGateway } from '@credit/ratings/evaluateThroughGateway';
import { developmentToken } from '../gateway/src/identity';

const { values } = parseArgs({ options: { 'as-of': { type: 'string' }, gateway: { type: 'string' } } });
const gatewayUrl = values.gateway ?? process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}/graphql`;

const outcome = await evaluateThroughGateway({
  gatewayUrl,
  token: process.env.EVALUATION_TOKEN ?? (await developmentToken({ sub: 'evaluation', dept: 'XYZX', roles: ['CREDIT_CENTRE'] }, '12h')),
  asOf: values['as-of'],
  onProgress: (done) => process.stderr.write(`\revaluated ${done} subjects`),
});
process.stderr.write('\n');
console.log(
  `run ${outcome.runId} ${outcome.status}: ${outcome.subjectsDone} subjects in ${outcome.seconds.toFixed(1)} s` +
    (outcome.unknownInputs.length ? `; unknown inputs (not in the supergraph or failing): ${outcome.unknownInputs.join(', ')}` : '') +
    (outcome.error ? `; ${outcome.error}` : ''),
);
process.exit(outcome.status === 'COMPLETED' ? 0 : 1);
