/**
 * List-aware query cost, computed once variables are known: each object a query asks for costs
 * 1, multiplied by how many of it a list can return — the `first` argument of a page, the number
 * of ids asked for, or an estimate for lists with no bound. A caseload of 200 people with their
 * funding, plans and PA teams costs about 16,000; the limit is 50,000 (CONTINUUM_MAX_COST).
 * Pages above 100 are refused here, before any subgraph is asked.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlError } from '@continuum/runtime';
import {
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface CostOptions {
  maxCost: number;
  /** How many items a list with no bounding argument is assumed to hold. */
  unboundedListSize: number;
  maxPageSize: number;
}

export const DEFAULT_COST_OPTIONS: CostOptions = {
  maxCost: Number(process.env.CONTINUUM_MAX_COST ?? 50_000),
  unboundedListSize: 5,
  maxPageSize: 100,
};

function isList(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

function valueOf(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === 'Variable') return variables[node.name.value];
  if (node.kind === 'IntValue') return Number(node.value);
  if (node.kind === 'ListValue') return node.values;
  return undefined;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  options: CostOptions;
  /** Fragments being expanded: a cycle is not a valid document, but is never followed twice. */
  expanding: Set<string>;
}

function selectionCost(set: SelectionSetNode | undefined, parent: GraphQLCompositeType, w: Walk): number {
  let total = 0;
  for (const sel of set?.selections ?? []) {
    if (sel.kind === 'InlineFragment') {
      const on = sel.typeCondition ? (w.schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType) : parent;
      total += selectionCost(sel.selectionSet, on ?? parent, w);
    } else if (sel.kind === 'FragmentSpread') {
      const frag = w.fragments[sel.name.value];
      if (!frag || w.expanding.has(frag.name.value)) continue;
      w.expanding.add(frag.name.value);
      total += selectionCost(frag.selectionSet, (w.schema.getType(frag.typeCondition.name.value) as GraphQLCompositeType) ?? parent, w);
      w.expanding.delete(frag.name.value);
    } else {
      if (sel.name.value.startsWith('__') || !('getFields' in parent)) continue;
      const field = parent.getFields()[sel.name.value];
      if (!field) continue;
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) continue;
      let items = 1;
      if (isList(field.type) || field.args.some((a) => a.name === 'first')) {
        const arg = (name: string) => {
          const given = sel.arguments?.find((a) => a.name.value === name);
          return given ? valueOf(given.value, w.variables) : field.args.find((a) => a.name === name)?.defaultValue;
        };
        const first = arg('first');
        const ids = arg('ids');
        if (typeof first === 'number') {
          if (first > w.options.maxPageSize) {
            throw graphqlError('BAD_USER_INPUT', `Page too large: first may be at most ${w.options.maxPageSize}`, {
              field: 'first',
              reason: `at most ${w.options.maxPageSize} per page`,
              http: { status: 400 },
            });
          }
          items = Math.max(first, 1);
        } else if (Array.isArray(ids)) items = Math.max(ids.length, 1);
        else if (isList(field.type)) items = w.options.unboundedListSize;
      }
      total += items * (1 + selectionCost(sel.selectionSet, named, w));
    }
  }
  return total;
}

/** The estimated cost of the operation a request runs. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  options = DEFAULT_COST_OPTIONS,
): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) if (def.kind === 'FragmentDefinition') fragments[def.name.value] = def;
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== 'OperationDefinition') return 0;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  return selectionCost(operation.selectionSet, root, { schema, fragments, variables, options, expanding: new Set() });
}

export function listCostLimit(options = DEFAULT_COST_OPTIONS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, schema }) {
          const cost = operationCost(schema, document, operationName, request.variables ?? {}, options);
          if (cost > options.maxCost) {
            throw graphqlError(
              'COST_LIMIT_EXCEEDED',
              `Query too costly: it could return about ${cost} objects; the limit is ${options.maxCost}`,
              { reason: 'ask for smaller pages or fewer nested lists', cost, maxCost: options.maxCost, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
