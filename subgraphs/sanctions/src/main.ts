import { runSubgraph } from '@credit/kit';
import { subgraph } from './server';

await runSubgraph(subgraph, 4004);
