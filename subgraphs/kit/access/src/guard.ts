/**
 * Puts a subgraph's access policy into its schema: every root field checks its rule, every
 * field returning a protected type (and every `_entities` lookup of one) drops the records the
 * caller may not see, and restricted fields check the caller's role. Out-of-scope records
 * answer exactly as records that do not exist.
 */
import {
  GraphQLError,
  defaultFieldResolver,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { graphqlError, notFound, isId } from '@continuum/runtime';
import { roleMaySee } from './field-classes.ts';
import { rootRule, type AccessPolicy, type RootRule, type Subject, type TypeRule } from './policy.ts';
import type { AccessContext, RequestAccess } from './request-access.ts';
import { auditWrites } from './write-audit.ts';

type Resolver = (source: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => unknown;

/** A property of a resolved value when it is an object: what resolvers return is unknown to the guard. */
const propOf = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

export function forbidden(message: string, field: string, reason: string): GraphQLError {
  return graphqlError('FORBIDDEN', message, { field, reason });
}

export function requestAccessOf(ctx: unknown): RequestAccess {
  // Subgraph contexts carry the request's access under `access` (AccessContext).
  const access = typeof ctx === 'object' && ctx !== null && 'access' in ctx ? (ctx as AccessContext).access : undefined;
  // Deny by default: a request that did not come through the authenticated path sees nothing.
  if (!access) throw graphqlError('UNAUTHENTICATED', 'Not authenticated', { reason: 'no caller' });
  return access;
}

function argAt(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v == null ? undefined : (Object(v) as Record<string, unknown>)[k]), args);
}

/** The fields a selection asks of an object of `typeName` (shallow, through fragments). */
function selectedFields(
  selection: SelectionSetNode | undefined,
  typeName: string,
  info: GraphQLResolveInfo,
  out = new Set<string>(),
): Set<string> {
  for (const s of selection?.selections ?? []) {
    if (s.kind === 'Field') {
      if (!s.name.value.startsWith('__')) out.add(s.name.value);
    } else if (s.kind === 'InlineFragment') {
      const on = s.typeCondition?.name.value;
      if (!on || on === typeName || isAbstractType(info.schema.getType(on))) selectedFields(s.selectionSet, typeName, info, out);
    } else {
      const frag = info.fragments[s.name.value];
      if (frag && (frag.typeCondition.name.value === typeName || isAbstractType(info.schema.getType(frag.typeCondition.name.value))))
        selectedFields(frag.selectionSet, typeName, info, out);
    }
  }
  return out;
}

function fieldsAsked(info: GraphQLResolveInfo, typeName: string): string[] {
  const out = new Set<string>();
  for (const node of info.fieldNodes as FieldNode[]) selectedFields(node.selectionSet, typeName, info, out);
  return [...out].sort();
}

type Action = 'READ' | 'WRITE';

/**
 * A root field's rule, checked before its resolver runs: who may call it (role, organisation kind,
 * field class), for which organisation, and on whose record. A person, PA or record the caller
 * may not see answers exactly as one that does not exist. For a write nothing has been written
 * when it is refused, and the refusal is audited as a refused write of that subject.
 */
async function checkRoot(
  rule: RootRule,
  operation: string,
  field: string,
  args: Record<string, unknown>,
  ctx: unknown,
  access: RequestAccess,
): Promise<void> {
  const { caller } = access;
  const action: Action = operation === 'Mutation' ? 'WRITE' : 'READ';
  if (rule.access === 'PUBLIC' || caller.role === 'HUB_SERVICE') return;
  if (caller.role === 'PUBLIC')
    throw graphqlError('UNAUTHENTICATED', `Not authenticated: ${operation}.${field} needs a signed-in user`, {
      field,
      reason: 'sign in with a bearer token',
    });
  if (rule.access === 'AUTHENTICATED') return;
  if (rule.access === 'HUB_ONLY')
    throw forbidden(`${field} is a step only the hub's own services take`, field, 'only the hub service identity may call this');
  if (rule.roles && !rule.roles.includes(caller.role))
    throw forbidden(`${field} is not available to the ${caller.role} role`, field, `for ${rule.roles.join(', ')} only`);
  if (rule.organisationKinds && !rule.organisationKinds.includes(caller.organisationKind)) {
    throw forbidden(
      `${field} is not available to a ${caller.organisationKind} organisation`,
      field,
      `for ${rule.organisationKinds.join(', ')} organisations only`,
    );
  }
  if (rule.fieldClass && !roleMaySee(caller.role, rule.fieldClass)) {
    throw forbidden(
      `${field} is not available to the ${caller.role} role`,
      field,
      `the ${caller.role} role has no access to ${rule.fieldClass}`,
    );
  }
  if (!rule.fieldClass && caller.role === 'COMMISSIONER')
    throw forbidden(`${field} is person-level data; commissioners see aggregates only`, field, 'commissioners see aggregates only');
  if (rule.organisationArg) {
    const org = argAt(args, rule.organisationArg);
    if (org !== caller.organisationCode)
      throw forbidden(
        `You act for ${caller.organisationCode}, not ${String(org)}`,
        rule.organisationArg,
        'an organisation answers only for itself',
      );
  }
  // Subjects that passed, noted only once every check has: a write refused by a later check is a refused write of each.
  const passed: { recordId: string; subject: Subject; breakGlassId: string | null }[] = [];
  const refuse = (err: GraphQLError, refused?: { recordId: string; subject: Subject }): GraphQLError => {
    for (const s of [...passed, ...(refused ? [refused] : [])])
      access.note({
        action,
        outcome: 'DENIED',
        recordType: field,
        recordId: s.recordId,
        subject: s.subject,
        fields: [],
        breakGlassId: null,
      });
    return err;
  };
  const named: [string | undefined, 'personId' | 'paId', string][] = [
    [rule.personArg, 'personId', 'Person'],
    [rule.paArg, 'paId', 'PersonalAssistant'],
  ];
  for (const [path, key, recordType] of named) {
    if (!path) continue;
    const id = argAt(args, path);
    // A malformed id is left to the resolver, which names it as bad input.
    if (typeof id !== 'string' || !isId(id)) continue;
    const subject: Subject = { [key]: id };
    const decision = await access.decide(subject);
    if (!decision.visible) throw refuse(notFound(recordType, path, id), { recordId: id, subject });
    passed.push({ recordId: id, subject, breakGlassId: decision.breakGlassId ?? null });
  }
  // Every record the field acts on must be visible (a merge names two).
  for (const of of rule.subjectOf ? [rule.subjectOf].flat() : []) {
    const id = argAt(args, of.arg);
    if (typeof id !== 'string' || !isId(id)) continue;
    const subject = await of.lookup(id, ctx);
    const decision = subject ? await access.decide(subject) : null;
    if (!subject || !decision?.visible) throw refuse(notFound(of.recordType, of.arg, id), subject ? { recordId: id, subject } : undefined);
    passed.push({ recordId: id, subject, breakGlassId: decision.breakGlassId ?? null });
  }
  if (rule.before) {
    try {
      await rule.before(args, ctx);
    } catch (err) {
      throw err instanceof GraphQLError ? refuse(err) : err;
    }
  }
  if (action === 'WRITE')
    for (const s of passed)
      access.note({
        action,
        outcome: 'ALLOWED',
        recordType: field,
        recordId: s.recordId,
        subject: s.subject,
        fields: Object.keys(args),
        breakGlassId: s.breakGlassId,
      });
}

/** Applies the type rule to one resolved object: the object, or null when out of scope. */
async function screen(
  obj: unknown,
  typeName: string,
  rule: TypeRule,
  access: RequestAccess,
  info: GraphQLResolveInfo,
  action: Action = 'READ',
): Promise<unknown> {
  if (obj == null || obj instanceof Error) return obj;
  const subject = rule.subject(obj, access.caller);
  const recordId = String(propOf(obj, 'id') ?? subject.personId ?? subject.paId ?? '');
  const decision = await access.decide(subject, {
    fieldClass: rule.fieldClass,
    onlyFor: () => !rule.onlyFor || rule.onlyFor(obj, access.caller),
  });
  access.note({
    action,
    outcome: decision.visible ? 'ALLOWED' : 'DENIED',
    recordType: typeName,
    recordId,
    subject,
    // The fields served: restricted ones the role may not see are refused (and recorded) on their own.
    fields: decision.visible
      ? fieldsAsked(info, typeName).filter((f) => !rule.fields?.[f] || roleMaySee(access.caller.role, rule.fields[f]))
      : [],
    breakGlassId: decision.breakGlassId ?? null,
  });
  return decision.visible ? obj : null;
}

/** The type rule for a value of `type`: the named type's own, or the concrete type's for an abstract one. */
function ruleFor(policy: AccessPolicy, schema: GraphQLSchema, typeName: string, obj: unknown): [string, TypeRule] | null {
  const own = policy.types[typeName];
  if (own) return [typeName, own];
  const typename = propOf(obj, '__typename');
  const concrete = typeof typename === 'string' && typename ? policy.types[typename] : undefined;
  return concrete ? [typename as string, concrete] : null;
}

async function filter(
  value: unknown,
  type: GraphQLOutputType,
  policy: AccessPolicy,
  access: RequestAccess,
  info: GraphQLResolveInfo,
  action: Action = 'READ',
): Promise<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value == null || value instanceof Error) return value;
  if (isListType(inner)) {
    // A list field's resolver returns an array.
    const list = value as unknown[];
    const items = await Promise.all(list.map(async (item) => filter(await item, inner.ofType, policy, access, info, action)));
    // Hidden records leave a list of non-null items, as if they did not exist; a list that allows nulls keeps the place (as for an unknown id).
    return isNonNullType(inner.ofType) ? items.filter((item, i) => item != null || list[i] == null) : items;
  }
  const named = getNamedType(inner);
  const edgeNode = isObjectType(named) && !policy.types[named.name] ? named.getFields().node : undefined;
  if (edgeNode && policy.types[getNamedType(edgeNode.type).name]) {
    // A connection edge: keep it only if its node is visible.
    const node = await filter(await propOf(value, 'node'), edgeNode.type, policy, access, info, action);
    return node == null ? null : value;
  }
  const found = ruleFor(policy, info.schema, named.name, value);
  if (!found) return value;
  return screen(value, found[0], found[1], access, info, action);
}

function protects(policy: AccessPolicy, type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  if (policy.types[named.name]) return true;
  if (isObjectType(named) && named.getFields().node && policy.types[getNamedType(named.getFields().node.type).name]) return true;
  return false;
}

function wrapRoot(field: GraphQLField<unknown, unknown>, operation: 'Query' | 'Mutation', policy: AccessPolicy): void {
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  const rule = rootRule(policy, operation, field.name);
  const action: Action = operation === 'Mutation' ? 'WRITE' : 'READ';
  if (
    action === 'WRITE' &&
    rule.access === 'PERSON_DATA' &&
    protects(policy, field.type) &&
    !rule.personArg &&
    !rule.paArg &&
    !rule.subjectOf
  ) {
    // Its result could only be screened after it is written: a refusal then would leave the write behind.
    throw new Error(
      `Mutation.${field.name} returns ${getNamedType(field.type).name}, person-level data: its rule must name what it acts on (personArg, paArg or subjectOf) so that a refusal comes before anything is written`,
    );
  }
  field.resolve = async (source, args, ctx, info) => {
    const access = requestAccessOf(ctx);
    await checkRoot(rule, operation, field.name, args, ctx, access);
    if (action === 'WRITE') writing.set(access, field.name);
    const value = await resolve(source, args, ctx, info);
    await rule.after?.(value, args, ctx);
    if (!protects(policy, field.type)) return value;
    const shown = await filter(value, field.type, policy, access, info, action);
    if (shown == null && value != null) {
      // Out of scope answers exactly like a record that does not exist.
      const [argName, argValue] = Object.entries(args).find(([, v]) => typeof v === 'string') ?? ['id', ''];
      throw notFound(getNamedType(field.type).name, argName, String(argValue));
    }
    return shown;
  };
}

/** The write a request is making (GraphQL runs a request's mutations one after another): relationships it records name it. */
const writing = new WeakMap<RequestAccess, string>();
export function currentWrite(access: RequestAccess): string | null {
  return writing.get(access) ?? null;
}

function wrapNested(field: GraphQLField<unknown, unknown>, policy: AccessPolicy): void {
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  field.resolve = async (source, args, ctx, info) =>
    filter(await resolve(source, args, ctx, info), field.type, policy, requestAccessOf(ctx), info);
}

function wrapRestricted(
  field: GraphQLField<unknown, unknown>,
  typeName: string,
  rule: TypeRule,
  fieldClass: Parameters<typeof roleMaySee>[1],
): void {
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, ctx, info) => {
    const access = requestAccessOf(ctx);
    const { caller } = access;
    if (!roleMaySee(caller.role, fieldClass)) {
      const subject = rule.subject(source, caller);
      access.note({
        action: 'READ',
        outcome: 'DENIED',
        recordType: typeName,
        recordId: String(propOf(source, 'id') ?? ''),
        subject,
        fields: [field.name],
        breakGlassId: null,
      });
      throw forbidden(
        `${typeName}.${field.name} is not available to the ${caller.role} role`,
        field.name,
        `restricted to roles with ${fieldClass}`,
      );
    }
    return resolve(source, args, ctx, info);
  };
}

type ReferenceResolver = (reference: unknown, ctx: unknown, info: GraphQLResolveInfo) => unknown;

function wrapEntityLookup(type: GraphQLObjectType, rule: TypeRule): void {
  // Where @apollo/subgraph keeps an entity's __resolveReference.
  const extensions = type.extensions as { apollo?: { subgraph?: { resolveReference?: ReferenceResolver } } };
  const subgraph = ((extensions.apollo ??= {}).subgraph ??= {});
  const resolveReference: ReferenceResolver = subgraph.resolveReference ?? ((reference) => reference);
  subgraph.resolveReference = async (reference, ctx, info) => {
    const value = await resolveReference(reference, ctx, info);
    return screen(value, type.name, rule, requestAccessOf(ctx), info);
  };
}

/** Installs the policy into a built subgraph schema (in place) and returns it. */
export function guardSchema(schema: GraphQLSchema, policy: AccessPolicy): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const operation = type === schema.getQueryType() ? 'Query' : type === schema.getMutationType() ? 'Mutation' : null;
    const rule = policy.types[type.name];
    for (const field of Object.values(type.getFields())) {
      if (operation) {
        // Federation's own entry points: `_entities` is screened per type, `_service` is the SDL.
        if (field.name === '_entities' || field.name === '_service') continue;
        if (operation === 'Mutation') auditWrites(field, policy, (f) => wrapRoot(f, operation, policy));
        else wrapRoot(field, operation, policy);
        continue;
      }
      const restricted = rule?.fields?.[field.name];
      if (restricted) wrapRestricted(field, type.name, rule, restricted);
      if (protects(policy, field.type)) wrapNested(field, policy);
    }
    if (rule) wrapEntityLookup(type, rule);
  }
  return schema;
}
