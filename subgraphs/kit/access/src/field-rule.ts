/**
 * A field whose record is screened elsewhere (e.g. a funder's answers on a transition the people
 * subgraph has already shown) but whose content only some roles may see: refused on its own,
 * FORBIDDEN and naming the field, as the guard refuses a restricted field.
 */
import { roleMaySee, type FieldClass } from './field-classes.ts';
import { forbidden, requestAccessOf } from './guard.ts';

export function requireFieldClass(ctx: unknown, fieldClass: FieldClass, typeName: string, field: string): void {
  const { role } = requestAccessOf(ctx).caller;
  if (!roleMaySee(role, fieldClass))
    throw forbidden(`${typeName}.${field} is not available to the ${role} role`, field, `restricted to roles with ${fieldClass}`);
}
