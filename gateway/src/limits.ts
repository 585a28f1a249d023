/**
 * GraphQL hardening at the gateway: graphql-armor's depth, alias, directive and token limits
 * (its defaults, widened only as far as our own operations need), a list-aware cost limit with
 * pages of at most 100, and in production no field suggestions. Introspection off in production,
 * HTTP batching off and no stack traces are set on the server itself (gateway.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
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

export function requestLimits(opts: { production: boolean }): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    maxTokens: { n: LIMITS.maxTokens },
    // The list-aware cost limit below replaces armor's, which does not multiply by page sizes.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: opts.production },
  }).protect();
  // armor is typed against the CommonJS build of @apollo/server; the plugin shape is the same.
  return { plugins: [...(armor.plugins as unknown as ApolloServerPlugin[]), listCostLimit()], validationRules: armor.validationRules };
}
