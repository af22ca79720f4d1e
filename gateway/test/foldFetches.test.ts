/**
 * Folding a plan's early call to a subgraph into its next call to the same subgraph, on plans shaped
 * as the planner makes them (the Credit profile's: subjects, then ratings, sanctions and services'
 * commitments side by side, then services' check).
 */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { foldFetches, type PlanNode } from '../src/foldFetches';

const entities = (name: string, variables: string, fields: string) =>
  `query ${name}($representations:[_Any!]!${variables}){_entities(representations:$representations){...on Subject{${fields}}}}`;
const key = (...fields: string[]) => [{ kind: 'InlineFragment', typeCondition: 'Subject', selections: ['__typename', 'id', ...fields].map((name) => ({ kind: 'Field', name })) }];

function fetch(service: string, fields: string, requires: ReturnType<typeof key>, variables: string[] = [], path = ['subjectByCode']): PlanNode {
  const declared = variables.map((v) => `$${v}:String!`).join('');
  return {
    kind: 'Flatten',
    path,
    node: {
      kind: 'Fetch',
      serviceName: service,
      requires: requires as never,
      variableUsages: variables,
      operation: entities(`P__${service}`, declared, fields),
      operationName: `P__${service}`,
      operationKind: 'query' as never,
    },
  };
}

const subjects: PlanNode = { kind: 'Fetch', serviceName: 'subjects', variableUsages: ['code'], operation: 'query P__subjects($code:String!){subjectByCode(code:$code){__typename id kind}}', operationName: 'P__subjects', operationKind: 'query' as never };
const commitments = fetch('services', 'commitments{id status}', key('kind'));
const ratings = fetch('ratings', 'rating{grade}', key());
const sanctions = fetch('sanctions', 'activeMeasures{measure{code}}', key());
const check = fetch('services', 'creditCheck(matterCode:$matter){decision}', key('rating', 'activeMeasures'), ['matter']);

const profile = (...stages: PlanNode[]): PlanNode => ({ kind: 'Sequence', nodes: [subjects, { kind: 'Parallel', nodes: [commitments, ratings, sanctions] }, ...stages] });
const fetchesOf = (node: PlanNode): { serviceName: string; operation: string; requires?: unknown; variableUsages?: string[] }[] =>
  node.kind === 'Fetch' ? [node] : node.kind === 'Flatten' ? fetchesOf(node.node) : 'nodes' in node ? node.nodes.flatMap(fetchesOf) : [];

describe('folding a plan’s two calls to one subgraph', () => {
  it('makes the early call part of the next one: one services call, asking for both fields with both inputs', () => {
    const folded = foldFetches(profile(check));
    const services = fetchesOf(folded).filter((f) => f.serviceName === 'services');
    expect(services).toHaveLength(1);
    expect(services[0]!.operation).toBe(
      'query P__services($representations:[_Any!]!$matter:String!){_entities(representations:$representations){...on Subject{creditCheck(matterCode:$matter){decision}}...on Subject{commitments{id status}}}}',
    );
    expect(() => parse(services[0]!.operation)).not.toThrow();
    expect(services[0]!.requires).toEqual([...key('rating', 'activeMeasures'), ...key('kind')]);
    expect(services[0]!.variableUsages).toEqual(['matter']);
    // The parallel stage keeps the other two calls, and the sequence its order.
    expect(fetchesOf(folded).map((f) => f.serviceName)).toEqual(['subjects', 'ratings', 'sanctions', 'services']);
  });

  it('leaves a stage of one call as that call', () => {
    const plan: PlanNode = { kind: 'Sequence', nodes: [subjects, { kind: 'Parallel', nodes: [commitments, ratings] }, check] };
    const folded = foldFetches(plan);
    expect(folded.kind === 'Sequence' && folded.nodes[1]).toEqual(ratings);
  });

  it('does not change the plan it was given (plans are cached)', () => {
    const plan = profile(check);
    const before = JSON.stringify(plan);
    foldFetches(plan);
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('keeps the early call when a later call reads what it returns', () => {
    const readsCommitments = fetch('records', 'recordSummary{total}', key('commitments'));
    expect(fetchesOf(foldFetches(profile(check, readsCommitments))).filter((f) => f.serviceName === 'services')).toHaveLength(2);
  });

  it('keeps the calls apart at different paths, for different subgraphs, or with overlapping fields', () => {
    const elsewhere = fetch('services', 'creditCheck(matterCode:$matter){decision}', key('rating'), ['matter'], ['subjectsByCodes', '@']);
    const other = fetch('records', 'recordSummary{total}', key());
    const overlapping = fetch('services', 'commitments{id status}', key('rating'));
    for (const next of [elsewhere, other, overlapping]) expect(foldFetches(profile(next))).toEqual(profile(next));
  });

  it('keeps calls with rewrites, deferred parts, or fragments of one name defined twice', () => {
    const rewritten = { ...check, node: { ...(check as { node: object }).node, inputRewrites: [{ kind: 'KeyRenamer', path: ['x'], renameKeyTo: 'y' }] } } as PlanNode;
    expect(foldFetches(profile(rewritten))).toEqual(profile(rewritten));
    const deferred = { kind: 'Defer', primary: {}, deferred: [] } as unknown as PlanNode;
    expect(fetchesOf(foldFetches(profile(check, deferred))).filter((f) => f.serviceName === 'services')).toHaveLength(2);
    const withFragment = (node: PlanNode, body: string): PlanNode => {
      const f = (node as { node: { operation: string } }).node;
      return { ...node, node: { ...f, operation: `${f.operation.replace(/\{decision\}|\{id status\}/, '{...F}')} fragment F on X{${body}}` } } as PlanNode;
    };
    const plan: PlanNode = { kind: 'Sequence', nodes: [subjects, { kind: 'Parallel', nodes: [withFragment(commitments, 'a'), ratings] }, withFragment(check, 'b')] };
    expect(foldFetches(plan)).toEqual(plan);
  });
});
