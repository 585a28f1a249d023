import { isId } from '@continuum/kit';
import type { FlintshireMicrocareActivityResolvers } from '../generated/resolvers-types.ts';

export const FlintshireMicrocareActivity: FlintshireMicrocareActivityResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.activity.load(ref.id.toLowerCase()) : null),
  person: (activity) => ({ id: activity.personId }),
};
