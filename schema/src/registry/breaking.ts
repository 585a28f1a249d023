/**
 * What a new public (API) schema breaks. Changes come from @graphql-inspector's diff; a change
 * the inspector calls breaking is refused only when a registered operation uses what it
 * touches (a removal nobody queries is reported, not refused). Every registered operation is
 * also validated against the new schema, which catches whatever the diff's paths miss.
 */
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  NoUnusedFragmentsRule,
  specifiedRules,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { RegisteredOperation } from './operations.ts';

export interface SchemaChange {
  message: string;
  path: string | null;
}

export interface BreakingChange extends SchemaChange {
  /** The registered operations that use what changed. */
  operations: string[];
}

export interface SchemaComparison {
  /** Breaking changes to something a registered operation uses: refused. */
  breaking: BreakingChange[];
  /** Breaking by the rules but used by no registered operation: reported, allowed. */
  unusedBreaking: SchemaChange[];
  dangerous: SchemaChange[];
  safe: SchemaChange[];
  /** Registered operations that valid before and no longer validate. */
  brokenOperations: { operation: string; errors: string[] }[];
}

/** The schema clients see: the supergraph without federation's own machinery. */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

// Registered documents may share fragments across operations; an unused one is no break.
const RULES = specifiedRules.filter((r) => r !== NoUnusedFragmentsRule);

/** Schema coordinates an operation depends on: Type.field, Type.field.argument, and the enum and input types it sends or receives. */
export function usedCoordinates(schema: GraphQLSchema, operation: RegisteredOperation): Set<string> {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const addNamed = (type: GraphQLNamedType | null | undefined, seen = new Set<string>()) => {
    if (!type || seen.has(type.name)) return;
    seen.add(type.name);
    if (isEnumType(type)) used.add(type.name);
    if (isInputObjectType(type)) {
      used.add(type.name);
      for (const f of Object.values(type.getFields())) addNamed(getNamedType(f.type), seen);
    }
  };
  visit(
    operation.document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        used.add(`${parent.name}.${field.name}`);
        addNamed(getNamedType(field.type));
      },
      Argument() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const arg = typeInfo.getArgument();
        if (!parent || !field || !arg) return;
        used.add(`${parent.name}.${field.name}.${arg.name}`);
        addNamed(getNamedType(arg.type));
      },
      VariableDefinition() {
        const input = typeInfo.getInputType();
        if (input) addNamed(getNamedType(input));
      },
    }),
  );
  return used;
}

function touches(path: string, used: Set<string>): boolean {
  for (const u of used) if (path === u || path.startsWith(`${u}.`) || u.startsWith(`${path}.`)) return true;
  return false;
}

const plain = (c: Change): SchemaChange => ({ message: c.message, path: c.path ?? null });

export async function compareSchemas(
  before: GraphQLSchema,
  after: GraphQLSchema,
  operations: RegisteredOperation[],
): Promise<SchemaComparison> {
  const changes = await diff(before, after);
  // Only operations that work today count: a stale example is not a client.
  const live = operations.filter((op) => validate(before, op.document, RULES).length === 0);
  const usage = live.map((op) => ({ id: op.id, used: usedCoordinates(before, op) }));
  const result: SchemaComparison = { breaking: [], unusedBreaking: [], dangerous: [], safe: [], brokenOperations: [] };
  for (const change of changes) {
    const level = change.criticality.level;
    if (level === CriticalityLevel.Breaking) {
      const users = change.path ? usage.filter((u) => touches(change.path!, u.used)).map((u) => u.id) : usage.map((u) => u.id);
      if (users.length) result.breaking.push({ ...plain(change), operations: users });
      else result.unusedBreaking.push(plain(change));
    } else if (level === CriticalityLevel.Dangerous) result.dangerous.push(plain(change));
    else result.safe.push(plain(change));
  }
  for (const op of live) {
    const errors = validate(after, op.document, RULES);
    if (errors.length) result.brokenOperations.push({ operation: op.id, errors: errors.map((e) => e.message) });
  }
  return result;
}
