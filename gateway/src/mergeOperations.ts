import { Kind, parse, print, visit, type DefinitionNode, type FieldNode, type OperationDefinitionNode } from 'graphql';

/**
 * N subgraph queries of the same text as one: copy `i` has its variables renamed `$name_i` and its
 * root fields aliased `_i_key`, so one request runs them all and each copy's answer is found again
 * under its aliases (`splitMerged`). Only a single query whose root selections are fields can be
 * merged, with fragments only if they use no variables (the planner's subgraph queries are so).
 */
interface Template {
  operation: OperationDefinitionNode;
  /** Response keys of the root fields, in order. */
  keys: string[];
  fragments: readonly DefinitionNode[];
}

const MAX_TEMPLATES = 2000;
const templates = new Map<string, Template | null>();
const mergedTexts = new Map<string, string>();

function templateOf(query: string): Template | null {
  let template = templates.get(query);
  if (template !== undefined) return template;
  template = buildTemplate(query);
  if (templates.size >= MAX_TEMPLATES) {
    templates.clear();
    mergedTexts.clear();
  }
  templates.set(query, template);
  return template;
}

function buildTemplate(query: string): Template | null {
  let document;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return null;
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  if (operations.length !== 1 || operations[0]!.operation !== 'query') return null;
  const operation = operations[0]!;
  if (!operation.selectionSet.selections.every((s): s is FieldNode => s.kind === Kind.FIELD)) return null;
  let fragmentsUseVariables = false;
  for (const fragment of fragments) visit(fragment, { Variable: () => void (fragmentsUseVariables = true) });
  if (fragmentsUseVariables) return null;
  const keys = (operation.selectionSet.selections as FieldNode[]).map((field) => (field.alias ?? field.name).value);
  return { operation, keys, fragments };
}

/** Whether queries of this text can be merged. */
export function mergeable(query: string): boolean {
  return templateOf(query) !== null;
}

/** The text of `copies` copies of a mergeable query as one operation. */
export function mergedQuery(query: string, copies: number): string {
  const cacheKey = `${copies}\n${query}`;
  const known = mergedTexts.get(cacheKey);
  if (known) return known;
  const template = templateOf(query);
  if (!template) throw new Error('this query cannot be merged');
  const variableDefinitions = [];
  const selections = [];
  for (let i = 0; i < copies; i++) {
    const copy = visit(template.operation, {
      Variable: (node) => ({ ...node, name: { ...node.name, value: `${node.name.value}_${i}` } }),
    }) as OperationDefinitionNode;
    variableDefinitions.push(...(copy.variableDefinitions ?? []));
    for (const field of copy.selectionSet.selections as FieldNode[]) {
      selections.push({ ...field, alias: { kind: Kind.NAME, value: `_${i}_${(field.alias ?? field.name).value}` } } as FieldNode);
    }
  }
  const operation: OperationDefinitionNode = { ...template.operation, variableDefinitions, selectionSet: { kind: Kind.SELECTION_SET, selections } };
  const text = print({ kind: Kind.DOCUMENT, definitions: [operation, ...template.fragments] });
  mergedTexts.set(cacheKey, text);
  return text;
}

/** The variables of the merged operation: each copy's own, renamed. */
export function mergedVariables(all: readonly (Record<string, unknown> | undefined)[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  all.forEach((variables, i) => {
    for (const [name, value] of Object.entries(variables ?? {})) merged[`${name}_${i}`] = value;
  });
  return merged;
}

export interface Answer {
  data?: Record<string, unknown> | null;
  errors?: readonly { path?: readonly (string | number)[] }[];
  extensions?: Record<string, unknown>;
}

const ALIAS = /^_(\d+)_(.+)$/;

/**
 * Each copy's answer out of the merged one: its root fields under their own keys, the errors under
 * its aliases (paths given back their keys) and the errors about the whole request. Null when the
 * merged answer has no data (a copy's failure took it all down; the copies are then sent alone).
 */
export function splitMerged<T extends Answer>(query: string, answer: T, copies: number): T[] | null {
  const template = templateOf(query);
  if (!template || answer.data == null) return null;
  const parts: T[] = [];
  for (let i = 0; i < copies; i++) {
    const data: Record<string, unknown> = {};
    for (const key of template.keys) data[key] = answer.data[`_${i}_${key}`];
    parts.push({ ...answer, data, ...(answer.errors ? { errors: [] } : {}) });
  }
  for (const error of answer.errors ?? []) {
    const match = typeof error.path?.[0] === 'string' ? ALIAS.exec(error.path[0]) : null;
    const owner = match ? Number(match[1]) : -1;
    if (owner >= 0 && owner < copies) (parts[owner]!.errors as unknown[]).push({ ...error, path: [match![2]!, ...error.path!.slice(1)] });
    else for (const part of parts) (part.errors as unknown[]).push(error);
  }
  return parts;
}
