import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  getArgumentValues,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from './context';
import type { OperationLimits } from './env';

/** Arguments that set how many items a field returns. */
const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last', 'limit']);

function refuse(message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', limit: 'listArguments', http: { status: 400 }, ...details },
  });
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  limits: OperationLimits;
}

/**
 * How many items a field may return, from its arguments: its page size (`first`, ...), or the
 * length of its only list argument when it returns a list (`subjectsByCodes(codes: [...])`).
 */
function fanOut(walk: Walk, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, coordinate: string): number {
  let pageSize: number | undefined;
  const listLengths: number[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (PAGE_SIZE_ARGUMENTS.has(name) && typeof value === 'number') {
      if (value > walk.limits.maxPageSize) {
        throw refuse(
          `\`${name}: ${value}\` on ${coordinate} asks for more than the gateway serves in one page (at most ${walk.limits.maxPageSize}); page through with \`after\` instead.`,
          { argument: `${coordinate}(${name}:)`, maximum: walk.limits.maxPageSize },
        );
      }
      pageSize = value;
    }
    if (Array.isArray(value)) {
      if (value.length > walk.limits.maxListItems) {
        throw refuse(
          `\`${name}\` on ${coordinate} has ${value.length} items; the gateway accepts at most ${walk.limits.maxListItems} in one request. Split it into several requests.`,
          { argument: `${coordinate}(${name}:)`, maximum: walk.limits.maxListItems },
        );
      }
      listLengths.push(value.length);
    }
  }
  if (pageSize !== undefined) return Math.max(pageSize, 1);
  if (listLengths.length === 1 && isListType(getNullableType(field.type))) return Math.max(listLengths[0]!, 1);
  return 1;
}

function walkSelections(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLNamedType, items: number, path: string[], seen: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type) walkSelections(walk, selection.selectionSet, type, items, path, seen);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments[selection.name.value];
      const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (!fragment || !type || seen.has(fragment.name.value)) continue;
      walkSelections(walk, fragment.selectionSet, type, items, path, new Set([...seen, fragment.name.value]));
      continue;
    }
    if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
    const field = parent.getFields()[selection.name.value];
    if (!field) continue; // __typename and introspection
    const coordinate = `${parent.name}.${field.name}`;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, selection, walk.variables);
    } catch {
      continue; // invalid variables: reported by execution with a precise message
    }
    const total = items * fanOut(walk, field, args, coordinate);
    const fieldPath = [...path, `${selection.alias?.value ?? field.name}${total > items ? ` (×${total / items})` : ''}`];
    if (total > walk.limits.maxResultItems) {
      throw refuse(
        `This query could return up to ${total} items along ${fieldPath.join(' › ')}; the gateway accepts at most ${walk.limits.maxResultItems}. Ask for smaller pages.`,
        { items: total, maximum: walk.limits.maxResultItems },
      );
    }
    if (selection.selectionSet) walkSelections(walk, selection.selectionSet, getNamedType(field.type), total, fieldPath, seen);
  }
}

/**
 * Refuses, before any subgraph is called, a page size above `maxPageSize`, a list argument longer
 * than `maxListItems`, and nested pages whose product (e.g. 100 subjects × 500 related subjects
 * each) exceeds `maxResultItems`. Runs on every request with its variables (the parsed document is
 * cached, the variables are not).
 */
export function listArgumentsPlugin(limits: OperationLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return;
          const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
          if (!root) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          walkSelections({ schema, fragments, variables: request.variables ?? {}, limits }, operation.selectionSet, root, 1, [], new Set());
        },
      };
    },
  };
}
