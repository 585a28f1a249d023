import { conflict, notFound, requireId, uniqueViolation } from '@continuum/runtime';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { localIdentifier } from '../matching/registration-input.ts';

/** Unique-constraint violations become CONFLICT errors naming what clashed. */
function asConflict(err: unknown): never {
  if (uniqueViolation(err) !== null) throw conflict('localIdentifiers', 'this agency identifier already belongs to a person');
  throw err;
}

export const Mutation: MutationResolvers = {
  addLocalIdentifier: async (_parent, { personId, input }, { db }) => {
    const id = requireId(personId, 'personId');
    const identifier = localIdentifier(input, 'input');
    const person = await db.person.findUnique({ where: { id } });
    if (!person) throw notFound('Person', 'id', personId);
    try {
      await db.localIdentifier.create({ data: { ...identifier, personId: id } });
    } catch (err) {
      asConflict(err);
    }
    return person;
  },
};
