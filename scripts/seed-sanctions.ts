/**
 * `pnpm seed:sanctions [--subjects N] [--seed S] [--gateway URL]`: with the system running
 * (`pnpm start`), lists the demo subjects whose seeded serious penalties call for it (and the red
 * list for honoured organisations), reading the penalties through the gateway. Idempotent.
 * Token: SANCTIONS_SERVICE_TOKEN, or a development credit-centre token.
 */
import { parseArgs } from 'node:util';
import { DEMO_SEED } from '@credit/demo-data';
import { developmentToken } from '@credit/gateway/identity';
import { GatewayClient } from '@credit/kit';
import { seedListingsFromGateway } from '@credit/sanctions/demoListings';

const { values } = parseArgs({
  options: {
    subjects: { type: 'string', default: '2000' },
    seed: { type: 'string', default: String(DEMO_SEED) },
    gateway: { type: 'string', default: process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}/graphql` },
  },
});
const token = process.env.SANCTIONS_SERVICE_TOKEN ?? (await developmentToken({ sub: 'sanctions-service', dept: 'XYZX', roles: ['CREDIT_CENTRE'] }));
const started = performance.now();
const totals = await seedListingsFromGateway(new GatewayClient(values.gateway, token, 'sanctions'), {
  subjects: Number(values.subjects),
  seed: Number(values.seed),
  onProgress: (done) => process.stderr.write(`\rsanctions: ${done} subjects read`),
});
process.stderr.write('\n');
console.log(`sanctions: ${totals.imported} listings imported, ${totals.skipped} already there, ${totals.rejected} rejected in ${((performance.now() - started) / 1000).toFixed(1)} s`);
