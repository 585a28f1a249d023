/**
 * What a subgraph declares about the personal data it serves: a rule for every root field
 * (anything unlisted is for the hub's own services only: deny by default) and, for every type
 * that carries a person's or PA's data, whose data it is and which field class it belongs to.
 */
import { type Caller, type OrganisationKind, type Role, isId } from '@continuum/runtime';
import type { FieldClass } from './field-classes.ts';

export type RootAccess =
  /** Directory data anyone may read, signed in or not. */
  | 'PUBLIC'
  /** Any signed-in caller (aggregates: counts with small numbers suppressed, no person ids). */
  | 'AUTHENTICATED'
  /** Person-level data: a signed-in role with at least one class of it; every record returned is checked. */
  | 'PERSON_DATA'
  /** Steps only the hub's own services take (transition steps, merge repointing). */
  | 'HUB_ONLY';

/**
 * A root field's rule. Its callbacks name the types they rely on: `Args`, the field's arguments,
 * and `Result`, what its resolver returns (e.g. `after: (dp: DirectPaymentModel, { input }:
 * MutationStartDirectPaymentArgs, ctx) => …`). Declared as methods, such a rule fits the policy's
 * record of every field, and the guard hands them what GraphQL and the resolver gave.
 */
export interface RootRule<Args = Record<string, unknown>, Result = unknown> {
  access: RootAccess;
  /** The class the role needs to call the field at all. */
  fieldClass?: FieldClass;
  /** The roles that may call it (a write names them all); any other role is refused (FORBIDDEN) before anything is looked up. */
  roles?: readonly Role[];
  /** The kinds of organisation whose users may call it (e.g. only a council starts a direct payment). */
  organisationKinds?: readonly OrganisationKind[];
  /** Path of an argument naming the person acted on (e.g. `input.personId`): must be visible to the caller, else not found. */
  personArg?: string;
  /** Path of an argument naming the PA acted on (e.g. `input.personalAssistantId`): must be visible to the caller, else not found. */
  paArg?: string;
  /** Path of an argument naming the organisation acted for (e.g. `councilGssCode`): must be the caller's own. */
  organisationArg?: string;
  /**
   * For a field acting on a record named by id (e.g. `updateEmployment(id:)`): whose record it is,
   * looked up before the resolver runs; not visible (or not held) answers not found.
   */
  subjectOf?: SubjectOf | SubjectOf[];
  /**
   * A further condition checked after the ones above and before the resolver runs, so a refusal
   * writes nothing (e.g. who may record a competence as signed off by NHS staff). Throws to refuse.
   */
  before?(args: Args, ctx: unknown): Promise<void>;
  /**
   * Runs after the field succeeds, before its result is screened: records the relationships the
   * write implies (record.ts), which stand only when corroborated and are pending otherwise.
   */
  after?(result: Result, args: Args, ctx: unknown): Promise<void>;
}

/** A record named by an argument, and whose it is (null when not held); `Ctx` is the subgraph's context. */
export interface SubjectOf<Ctx = unknown> {
  arg: string;
  recordType: string;
  lookup(id: string, ctx: Ctx): Promise<Subject | null>;
}

export interface Subject {
  personId?: string | null;
  paId?: string | null;
  /** Organisations the record came from (an identity they submitted): theirs to see whoever it names. */
  organisationCodes?: string[] | null;
}

/** `T` is what the type's resolvers return for an object of it, named by the callbacks (e.g. `(c: HeldConcern) => …`). */
export interface TypeRule<T = unknown> {
  /** Whose data an object of this type is (either being visible makes it visible), as this caller sees it. */
  subject(obj: T, caller: Caller): Subject;
  /** The class a role needs to see the object at all. */
  fieldClass: FieldClass;
  /** Fields in a class of their own (e.g. a PA's NI number), beyond the object's. */
  fields?: Record<string, FieldClass>;
  /**
   * A further condition on top of the subject's decision, which consent and break-glass do not
   * lift: e.g. a safeguarding concern is seen only by the council that holds it.
   */
  onlyFor?(obj: T, caller: Caller): boolean;
}

export interface AccessPolicy {
  root: { Query?: Record<string, RootAccess | RootRule>; Mutation?: Record<string, RootAccess | RootRule> };
  types: Record<string, TypeRule>;
}

/**
 * What every subgraph gets whatever it declares: a person's and a PA's entity are screened by
 * whose they are, so a subgraph that extends them with its own fields cannot serve those fields
 * to someone who may not see the person.
 */
export const DEFAULT_TYPES: Record<string, TypeRule> = {
  Person: { subject: (p: { id: string }) => ({ personId: p.id }), fieldClass: 'PERSON_IDENTITY' },
  PersonalAssistant: { subject: (pa: { id: string }) => ({ paId: pa.id }), fieldClass: 'PA_PROFILE' },
};

export function withDefaults(policy: AccessPolicy | undefined): AccessPolicy {
  return { root: policy?.root ?? {}, types: { ...DEFAULT_TYPES, ...(policy?.types ?? {}) } };
}

/** Root fields named `…Aggregates` serve counts only and are open to any signed-in caller. */
export function rootRule(policy: AccessPolicy, operation: 'Query' | 'Mutation', field: string): RootRule {
  const declared = policy.root[operation]?.[field];
  if (declared) return typeof declared === 'string' ? { access: declared } : declared;
  if (operation === 'Query' && field.endsWith('Aggregates')) return { access: 'AUTHENTICATED' };
  return { access: 'HUB_ONLY' };
}

/** A `subjectOf` rule for a record looked up by id (an id that is not a UUID names no record). */
export function recordSubject<Row, Ctx = unknown>(
  arg: string,
  recordType: string,
  load: (id: string, ctx: Ctx) => Promise<Row | null | undefined>,
  subject: (row: Row) => Subject,
): SubjectOf<Ctx> {
  return {
    arg,
    recordType,
    lookup: async (id, ctx) => {
      const row = isId(id) ? await load(id.toLowerCase(), ctx) : null;
      return row ? subject(row) : null;
    },
  };
}
