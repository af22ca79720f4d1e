export { createSubgraphApp, type SubgraphAppOptions } from './app';
export { listen, type Listening } from './listen';
