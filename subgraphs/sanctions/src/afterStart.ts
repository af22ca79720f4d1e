/**
 * What `pnpm start` runs for sanctions once the system is up (the registry's after-start hook):
 * listings for the seeded serious penalties, read through the gateway. Skipped when sanctions
 * already has listings.
 */
import { GatewayClient } from '@credit/kit';
import { seedListingsFromGateway } from './demoListings';

export interface AfterStartOptions {
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  /** A credit-centre token (the sanctions service's). */
  token: string;
  /** The demo population the other subgraphs were seeded with. */
  subjects: number;
  seed: number;
  log?: (line: string) => void;
}

export async function afterStart(options: AfterStartOptions): Promise<void> {
  const client = new GatewayClient(options.gatewayUrl, options.token, 'sanctions');
  const existing = await client.query<{ listings: { edges: unknown[] } }>(`query SanctionsSeeded { listings(first: 1) { edges { cursor } } }`, {}, { purpose: 'sanctions: seed check' });
  if (existing.listings.edges.length) return;
  const started = performance.now();
  const totals = await seedListingsFromGateway(client, { subjects: options.subjects, seed: options.seed });
  options.log?.(`sanctions: ${totals.imported} listings from the seeded serious penalties and honours in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
