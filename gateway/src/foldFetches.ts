/**
 * One subgraph call where the query planner makes two. The planner fetches each field as soon as its
 * inputs are ready, so a plan can call one subgraph twice at the same path: once in a parallel stage
 * (services' `commitments`, which need only the subject's kind) and again right after that stage
 * (services' `creditCheck`, which needs the rating and the measures the stage fetched). When nothing
 * else in the plan reads what the early call returns, the early call is folded into the later one:
 * one round trip fewer per request, for its fields arriving one stage later. The plan is changed once,
 * when it is made, before it is cached and run.
 */
import { Kind, parse, print, stripIgnoredCharacters, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';

type QueryPlan = Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan'];
type AnyNode = NonNullable<QueryPlan['node']>;
export type PlanNode = Exclude<AnyNode, { kind: 'Subscription' }>;
type FetchNode = Extract<AnyNode, { kind: 'Fetch' }>;
type SelectionNode = NonNullable<FetchNode['requires']>[number];

/** A fetch of entities under `path`, the shape the planner gives every call after the first. */
interface EntityFetch {
  path: string;
  fetch: FetchNode;
}

function entityFetch(node: PlanNode): EntityFetch | null {
  if (node.kind !== 'Flatten' || node.node.kind !== 'Fetch') return null;
  const fetch = node.node;
  const plain = fetch.requires && !fetch.hasDefers && !fetch.inputRewrites?.length && !fetch.outputRewrites?.length && !fetch.contextRewrites?.length;
  return plain ? { path: node.path.join('.'), fetch } : null;
}

/** The names of every field a selection reads, at any depth. */
function fieldNames(selections: readonly SelectionNode[] | undefined, into: Set<string>): Set<string> {
  for (const selection of selections ?? []) {
    if (selection.kind === 'Field') into.add(selection.name);
    fieldNames(selection.selections, into);
  }
  return into;
}

/** The field names the fetches of these nodes require as inputs. */
function requiredBy(nodes: readonly PlanNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    switch (node.kind) {
      case 'Fetch':
        fieldNames(node.requires, into);
        break;
      case 'Flatten':
        requiredBy([node.node], into);
        break;
      case 'Sequence':
      case 'Parallel':
        requiredBy(node.nodes, into);
        break;
      case 'Condition':
        requiredBy([node.ifClause, node.elseClause].filter((n): n is PlanNode => n !== undefined), into);
        break;
      case 'Defer':
        // Deferred parts are not looked into: their inputs are unknown here, so treat them as needing all.
        into.add('*');
        break;
    }
  }
  return into;
}

interface EntitiesOperation {
  operation: OperationDefinitionNode;
  fragments: FragmentDefinitionNode[];
  /** The response names under `_entities`'s type conditions. */
  fields: Set<string>;
}

function entitiesOperation(text: string): EntitiesOperation | null {
  const document = parse(text, { noLocation: true });
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const entities = operations[0]?.selectionSet.selections[0];
  if (operations.length !== 1 || operations[0]!.selectionSet.selections.length !== 1) return null;
  if (entities?.kind !== Kind.FIELD || entities.name.value !== '_entities' || !entities.selectionSet) return null;
  const fields = new Set<string>();
  for (const selection of entities.selectionSet.selections) {
    if (selection.kind !== Kind.INLINE_FRAGMENT) return null;
    for (const field of selection.selectionSet.selections) {
      if (field.kind !== Kind.FIELD) return null;
      fields.add((field.alias ?? field.name).value);
    }
  }
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  return { operation: operations[0]!, fragments, fields };
}

/** `later` asking, besides its own fields, for those of `early`; null when the two cannot be one. */
function folded(early: FetchNode, later: FetchNode): FetchNode | null {
  const a = entitiesOperation(early.operation);
  const b = entitiesOperation(later.operation);
  if (!a || !b || [...a.fields].some((name) => b.fields.has(name))) return null;
  const fragments = new Map(b.fragments.map((f) => [f.name.value, f]));
  for (const fragment of a.fragments) {
    const same = fragments.get(fragment.name.value);
    if (same && print(same) !== print(fragment)) return null;
    fragments.set(fragment.name.value, fragment);
  }
  const variables = new Map(b.operation.variableDefinitions?.map((v) => [v.variable.name.value, v]));
  for (const v of a.operation.variableDefinitions ?? []) if (!variables.has(v.variable.name.value)) variables.set(v.variable.name.value, v);
  const entitiesOf = (op: OperationDefinitionNode) => op.selectionSet.selections[0] as Extract<typeof op.selectionSet.selections[0], { kind: Kind.FIELD }>;
  const [laterEntities, earlyEntities] = [entitiesOf(b.operation), entitiesOf(a.operation)];
  const operation: OperationDefinitionNode = {
    ...b.operation,
    variableDefinitions: [...variables.values()],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        { ...laterEntities, selectionSet: { kind: Kind.SELECTION_SET, selections: [...laterEntities.selectionSet!.selections, ...earlyEntities.selectionSet!.selections] } },
      ],
    },
  };
  const document = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments.values()] } as const;
  return {
    ...later,
    operation: stripIgnoredCharacters(print(document)),
    operationDocumentNode: later.operationDocumentNode ? document : undefined,
    variableUsages: [...new Set([...(later.variableUsages ?? []), ...(early.variableUsages ?? [])])],
    // Two type conditions side by side: the representation is the two merged (the gateway deep-merges them).
    requires: [...later.requires!, ...early.requires!],
  };
}

/** Folds, in a sequence, a parallel stage's fetch into the next node when that node calls the same subgraph at the same path. */
function foldSequence(nodes: PlanNode[]): PlanNode[] {
  const result = nodes.map(foldNode);
  for (let i = 0; i + 1 < result.length; i++) {
    const stage = result[i]!;
    const next = entityFetch(result[i + 1]!);
    if (stage.kind !== 'Parallel' || !next) continue;
    const readLater = requiredBy(result.slice(i + 1));
    for (const candidate of stage.nodes) {
      const early = entityFetch(candidate);
      if (!early || early.fetch.serviceName !== next.fetch.serviceName || early.path !== next.path) continue;
      const returned = entitiesOperation(early.fetch.operation)?.fields;
      if (!returned || readLater.has('*') || [...returned].some((name) => readLater.has(name))) continue;
      const merged = folded(early.fetch, next.fetch);
      if (!merged) continue;
      next.fetch = merged;
      result[i + 1] = { ...(result[i + 1] as Extract<PlanNode, { kind: 'Flatten' }>), node: merged };
      const rest = stage.nodes.filter((n) => n !== candidate);
      result[i] = rest.length === 1 ? rest[0]! : { ...stage, nodes: rest };
      break;
    }
  }
  return result;
}

function foldNode(node: PlanNode): PlanNode {
  switch (node.kind) {
    case 'Sequence':
      return { ...node, nodes: foldSequence(node.nodes) };
    case 'Parallel':
      return { ...node, nodes: node.nodes.map(foldNode) };
    default:
      return node;
  }
}

/** The node with every foldable pair of calls in it made one. */
export function foldFetches(node: PlanNode): PlanNode {
  return foldNode(node);
}

/**
 * The gateway's hook once a plan is made or found in its cache: the plan is folded in place the
 * first time it is seen, so the cached plan is the folded one and a plan shown for debugging is the one run.
 */
export function foldingPlans(): Experimental_DidResolveQueryPlanCallback {
  const seen = new WeakSet<QueryPlan>();
  return ({ queryPlan }) => {
    if (seen.has(queryPlan)) return;
    seen.add(queryPlan);
    if (queryPlan.node && queryPlan.node.kind !== 'Subscription') queryPlan.node = foldNode(queryPlan.node);
  };
}
