/**
 * What an entity fetch answers when its subgraph is down: each representation back with the fields
 * asked of it set to null, next to the error naming the subgraph. Without it the gateway leaves those
 * fields undefined, and a field that `@requires` them (services' credit check needs the grade and the
 * active measures) is never asked for at all; with it, the owner of that field is called with the
 * input null, names it as missing and fails safe. Nullable cross-subgraph fields are what the schema
 * conventions require, so a null here says no more than the error does.
 */
import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

interface Representation {
  __typename?: unknown;
}

function fieldsOf(selectionSet: SelectionSetNode, typename: string, fragments: Map<string, FragmentDefinitionNode>, into: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = (selection.alias ?? selection.name).value;
      if (name !== '__typename') into.add(name);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || selection.typeCondition.name.value === typename) fieldsOf(selection.selectionSet, typename, fragments, into);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && fragment.typeCondition.name.value === typename) fieldsOf(fragment.selectionSet, typename, fragments, into);
    }
  }
}

/**
 * The `_entities` answer of a failed entity fetch (null fields per representation), or null when
 * the operation is not an entity fetch.
 */
export function nulledEntities(query: string | DocumentNode | undefined, variables: Record<string, unknown> | undefined): Record<string, unknown>[] | null {
  const representations = variables?.representations;
  if (!query || !Array.isArray(representations)) return null;
  let document: DocumentNode;
  try {
    document = typeof query === 'string' ? parse(query) : query;
  } catch {
    return null;
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return null;
  const entities = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  if (!entities || entities.kind !== Kind.FIELD || !entities.selectionSet) return null;
  const byType = new Map<string, string[]>();
  return (representations as Representation[]).map((representation) => {
    const typename = typeof representation?.__typename === 'string' ? representation.__typename : '';
    let fields = byType.get(typename);
    if (!fields) {
      const found = new Set<string>();
      fieldsOf(entities.selectionSet!, typename, fragments, found);
      fields = [...found];
      byType.set(typename, fields);
    }
    return { __typename: typename, ...Object.fromEntries(fields.map((field) => [field, null])) };
  });
}
