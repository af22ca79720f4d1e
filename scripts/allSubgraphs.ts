/**
 * Every registered subgraph (scripts/subgraphs.ts) in this one Node.js process, each as its own
 * `main.ts` runs it: its own port, database, secret and configuration (`runSubgraphs`,
 * @credit/kit). `pnpm start --subgraphs-in-one-process` runs this instead of one process per
 * subgraph, for small deployments: one Node.js runtime's memory instead of five.
 */
import { runSubgraphs } from '@credit/kit';
import { SUBGRAPHS, loadSubgraph } from './subgraphs';

await runSubgraphs(await Promise.all(SUBGRAPHS.map(async (entry) => ({ definition: await loadSubgraph(entry), defaultPort: entry.port }))));
