import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { mergePeople, reconcilePersonMerge } from '../merges/merge.ts';
import { unmergePeople } from '../merges/unmerge.ts';

export const PersonMergeMutation: MutationResolvers = {
  mergePeople: (_parent, args, { db, graph }) => mergePeople({ db, graph }, args),
  reconcilePersonMerge: (_parent, { id }, { db, graph }) => reconcilePersonMerge({ db, graph }, id),
  unmergePeople: (_parent, args, { db, graph }) => unmergePeople({ db, graph }, args),
};
