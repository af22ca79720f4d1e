/** The subgraphs of the system: where their SDL lives, their default port and their entry point. */
export interface SubgraphDefinition {
  name: string;
  port: number;
  main: string;
}

export const SUBGRAPHS: SubgraphDefinition[] = [
  { name: 'subjects', port: 4001, main: 'subgraphs/subjects/src/main.ts' },
  { name: 'records', port: 4002, main: 'subgraphs/records/src/main.ts' },
  { name: 'ratings', port: 4003, main: 'subgraphs/ratings/src/main.ts' },
];

export const defaultUrl = (subgraph: SubgraphDefinition) => `http://127.0.0.1:${subgraph.port}/graphql`;
