/**
 * Every write is an audit row, made or refused: the caller (and the user a hub service acted
 * for), WRITE, the records it touched and the outcome. A write whose resolver ran is ALLOWED even
 * when its answer is then withheld (it was made); one refused before or inside its resolver is
 * DENIED with the code it was refused with, and nothing it named is recorded as written.
 */
import {
  defaultFieldResolver,
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
} from 'graphql';
import { type Caller, type ErrorCode, isId } from '@continuum/runtime';
import type { AccessPolicy, Subject } from './policy.ts';
import type { Note, RequestAccess } from './request-access.ts';

type Args = Record<string, unknown>;
type Resolver = (source: unknown, args: Args, ctx: unknown, info: GraphQLResolveInfo) => unknown;

/** Whether the mutation's own resolver ran to the end in this request (mutations run one at a time). */
const resolverRan = new WeakMap<RequestAccess, boolean>();

/**
 * Installs the audit of a mutation around `guard`, which puts its access rule in place: the
 * resolver is marked when it has written, and the whole field settles its WRITE rows.
 */
export function auditWrites(
  field: GraphQLField<unknown, unknown>,
  policy: AccessPolicy,
  guard: (field: GraphQLField<unknown, unknown>) => void,
): void {
  const resolve: Resolver = field.resolve ?? defaultFieldResolver;
  field.resolve = async (source, args, ctx, info) => {
    const value = await resolve(source, args, ctx, info);
    const access = accessIn(ctx);
    if (access) resolverRan.set(access, true);
    return value;
  };
  guard(field);
  const guarded: Resolver = field.resolve;
  field.resolve = async (source, args, ctx, info) => {
    const access = accessIn(ctx);
    if (!access) return guarded(source, args, ctx, info);
    const mark = access.noteCount;
    resolverRan.delete(access);
    try {
      const value = await guarded(source, args, ctx, info);
      settle(access, mark, field, args, { value, policy });
      return value;
    } catch (err) {
      settle(access, mark, field, args, resolverRan.get(access) ? { value: undefined, policy } : { refusal: codeOf(err) });
      throw err;
    }
  };
}

function accessIn(ctx: unknown): RequestAccess | undefined {
  return (ctx as { access?: RequestAccess } | null)?.access;
}

function codeOf(err: unknown): string {
  const code = err instanceof GraphQLError ? err.extensions.code : (err as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === 'string' ? code : ('INTERNAL_SERVER_ERROR' satisfies ErrorCode);
}

function settle(
  access: RequestAccess,
  mark: number,
  field: GraphQLField<unknown, unknown>,
  args: Args,
  how: { value: unknown; policy: AccessPolicy } | { refusal: string },
): void {
  const writes = access.notesSince(mark).filter((n) => n.action === 'WRITE');
  if ('refusal' in how) {
    // Nothing was written: what the rule had let through is refused with the rest.
    for (const n of writes) {
      n.outcome = 'DENIED';
      n.refusal ??= how.refusal;
    }
    if (!writes.length) for (const n of named(field.name, args)) access.note({ ...n, outcome: 'DENIED', refusal: how.refusal });
    return;
  }
  for (const n of writes) {
    n.outcome = 'ALLOWED';
    n.refusal = null;
  }
  if (writes.length) return;
  // A write whose rule named no record (an organisation's answer, the hub's own steps): the records it returned, else the ids it was given.
  const records = touched(how.value, field.type, how.policy, access.caller, 0);
  for (const n of records.length ? records.map((r) => ({ ...r, recordType: field.name })) : named(field.name, args))
    access.note({ ...n, outcome: 'ALLOWED', fields: Object.keys(args) });
}

type WriteNote = Pick<Note, 'action' | 'recordType' | 'recordId' | 'subject' | 'fields' | 'breakGlassId'>;

/** The ids a write was given (any argument that is one, however deep), as one subject-less note each; one note with none when it was given no id. */
function named(field: string, args: Args): WriteNote[] {
  const ids = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string' && isId(v)) ids.add(v.toLowerCase());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(args);
  const base = { action: 'WRITE' as const, recordType: field, subject: {}, fields: [], breakGlassId: null };
  return ids.size ? [...ids].map((recordId) => ({ ...base, recordId })) : [{ ...base, recordId: '' }];
}

/** The person's or PA's records in a write's answer: objects of a protected type, found at most two levels down a payload. */
function touched(value: unknown, type: GraphQLOutputType, policy: AccessPolicy, caller: Caller, depth: number): WriteNote[] {
  if (value == null || value instanceof Error || typeof value !== 'object' || depth > 2) return [];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return Array.isArray(value) ? value.flatMap((v) => touched(v, inner.ofType, policy, caller, depth)) : [];
  const named = getNamedType(inner);
  const obj = value as Record<string, unknown>;
  const rule = policy.types[named.name] ?? (typeof obj.__typename === 'string' ? policy.types[obj.__typename] : undefined);
  if (rule) {
    let subject: Subject;
    try {
      subject = rule.subject(obj, caller);
    } catch {
      subject = {};
    }
    return [
      {
        action: 'WRITE',
        recordType: named.name,
        recordId: String(obj.id ?? subject.personId ?? subject.paId ?? ''),
        subject,
        fields: [],
        breakGlassId: null,
      },
    ];
  }
  if (!isObjectType(named)) return [];
  return Object.values(named.getFields()).flatMap((f) => {
    const v = obj[f.name];
    return typeof v === 'function' || v instanceof Promise ? [] : touched(v, f.type, policy, caller, depth + 1);
  });
}
