import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';
import type { OperationLimits } from './env';
import { listArgumentsPlugin } from './listArguments';

const HINTS: Record<string, string> = {
  depth: 'Ask for fewer levels of nested fields.',
  aliases: 'Use a list field (e.g. subjectsByCodes) instead of many aliases.',
  directives: 'Use fewer directives.',
  cost: 'Page sizes such as `first` multiply the cost of what they select: ask for smaller pages or fewer fields.',
};

/** Reports a refused document as a validation error (400) that says which limit it broke. */
function reportAs(limit: string): GraphQLArmorRejectCallback {
  return (context, error) =>
    context?.reportError(
      new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} ${HINTS[limit] ?? ''}`.trim(), { extensions: { limit } }),
    );
}

/**
 * What the gateway refuses before planning: too deep, too many aliases or directives, too costly
 * (graphql-armor validation rules), too many tokens (graphql-js's parser limit, so the document is
 * parsed once), and list arguments or page sizes that would fetch too much (see listArguments).
 * In production, field suggestions ("Did you mean ...") are removed from error messages.
 */
export function operationLimits(
  limits: OperationLimits,
  mode: 'development' | 'production',
): Pick<ApolloServerOptions<GatewayContext>, 'validationRules' | 'parseOptions'> & {
  plugins: ApolloServerPlugin<GatewayContext>[];
} {
  const rejection = (limit: string) => ({ propagateOnRejection: false, onReject: [reportAs(limit)] });
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: mode === 'production', mask: '[suggestion hidden]' },
    maxTokens: { enabled: false },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...rejection('depth') },
    maxAliases: { n: limits.maxAliases, ...rejection('aliases') },
    maxDirectives: { n: limits.maxDirectives, ...rejection('directives') },
    costLimit: { maxCost: limits.maxCost, ...rejection('cost') },
  });
  const protection = armor.protect();
  return {
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [...(protection.plugins as ApolloServerPlugin<GatewayContext>[]), listArgumentsPlugin(limits)],
  };
}
