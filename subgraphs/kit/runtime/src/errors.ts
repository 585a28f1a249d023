import type { GraphQLError } from 'graphql';
import { graphqlError } from './error-codes.ts';

/**
 * Every refusal carries a machine-readable code, the offending field and a reason,
 * so a client can show it next to the right input.
 */
export function badUserInput(field: string, reason: string): GraphQLError {
  return graphqlError('BAD_USER_INPUT', `Invalid ${field}: ${reason}`, { field, reason });
}

export function notFound(entity: string, field: string, value: string): GraphQLError {
  return graphqlError('NOT_FOUND', `${entity} not found: no ${entity} has ${field} ${value}`, {
    field,
    reason: `no ${entity} has this ${field}`,
  });
}

export function conflict(field: string, reason: string): GraphQLError {
  return graphqlError('CONFLICT', `Conflict on ${field}: ${reason}`, { field, reason });
}

/**
 * When a Prisma error is a unique-constraint violation, the constraint's columns or index
 * name as text (for matching, e.g. `includes('nhs_number')`); otherwise null.
 */
export function uniqueViolation(err: unknown): string | null {
  const e = err as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: unknown } } } };
  if (e?.code !== 'P2002') return null;
  return JSON.stringify(e.meta?.driverAdapterError?.cause?.constraint ?? e.meta?.target ?? '');
}

/**
 * GraphQL's own input coercion errors (an impossible date in a variable, a missing field)
 * name the offending input only in their message; lift it into extensions.field and
 * extensions.reason so every bad-input error has the same shape.
 */
export function withInputField<E extends { message: string; extensions?: Record<string, unknown> }>(formatted: E): E {
  const ext = formatted.extensions ?? {};
  if (ext.code !== 'BAD_USER_INPUT' || ext.field) return formatted;
  const m =
    /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s.exec(formatted.message) ??
    /^Variable "\$(\w+)" got invalid value .*?; (.*)$/s.exec(formatted.message);
  if (!m) return formatted;
  const field = m.length === 4 ? m[2] : m[1];
  const reason = m.length === 4 ? m[3] : m[2];
  return { ...formatted, extensions: { ...ext, field, reason } };
}
