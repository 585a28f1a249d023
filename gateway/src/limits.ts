/**
 * GraphQL hardening at the gateway: graphql-armor's depth, alias and directive limits (its
 * defaults, widened only as far as our own operations need), a token limit, a list-aware cost
 * limit with pages of at most 100, and in production no field suggestions. Introspection off in
 * production, HTTP batching off and no stack traces are set on the server itself (gateway.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';
import { listCostLimit } from './limits/list-cost.ts';

export const LIMITS = {
  // armor's default is 6: a PA team's training records with their course is 6 deep, a transition's readiness 7.
  maxDepth: 10,
  // armor's default (15): enough for a screen that asks for a few named variants.
  maxAliases: 15,
  // armor's default is 50: our own operations use none.
  maxDirectives: 10,
  // armor's default is 1000: the documented queries stay under 400 tokens; registration with matching detail under 600.
  maxTokens: 2000,
};

export function requestLimits(opts: { production: boolean }): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const armor = new ApolloArmor({
    // A client's full introspection query (GraphiQL's, the explorer's) is 15 deep: in development,
    // where introspection is answered, its __schema field is not counted; in production it is refused anyway.
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: !opts.production, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // The token limit is graphql-js's own, in the one parse Apollo Server does (below): armor's
    // parses a second time inside a plugin hook, where any syntax error became a 500.
    maxTokens: { enabled: false },
    // The list-aware cost limit below replaces armor's, which does not multiply by page sizes.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: opts.production },
  }).protect();
  // armor is typed against the CommonJS build of @apollo/server; the plugin shape is the same.
  return {
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), listCostLimit()],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
  };
}
