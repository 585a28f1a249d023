/**
 * A person looked up by id or NHS number and not held is refused with the same work as one held
 * but out of the caller's scope: the same access decision (for a stand-in id no one holds) and a
 * refused read in the audit trail. Otherwise the time a refusal takes would tell a caller which
 * NHS numbers the hub holds.
 */
import { notFound } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import type { GraphQLError } from 'graphql';

/** A well-formed id no person is ever given (hub ids are random UUIDs, version 4). */
export const STAND_IN_PERSON_ID = '00000000-0000-4000-8000-000000000000';

export async function refuseNotHeld(ctx: unknown, field: string, value: string): Promise<GraphQLError> {
  const access = requestAccessOf(ctx);
  await access.decide({ personId: STAND_IN_PERSON_ID });
  // Recorded like any refused read, naming no one: someone asked for a person the hub does not hold.
  access.note({
    action: 'READ',
    outcome: 'DENIED',
    recordType: 'Person',
    recordId: `not held (${field})`,
    subject: {},
    fields: [],
    breakGlassId: null,
  });
  return notFound('Person', field, value);
}
