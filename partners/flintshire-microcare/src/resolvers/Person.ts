import { badUserInput, covers, decodeCursor, encodeCursor, isId, today } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import { requireMicroCareFinder } from '../access-policy.ts';
import type { PersonResolvers } from '../generated/resolvers-types.ts';
import { findMicroCarers } from '../search/find.ts';
import { checkMicroCareNeed } from '../search/need.ts';

const MAX_SEARCH_PAGE = 50;

/** A search page's cursor is the position of its last result. */
function offsetAfter(after: string | null | undefined): number {
  const raw = decodeCursor(after);
  if (raw === null) return 0;
  const position = Number(raw);
  if (!Number.isInteger(position) || position < 1) throw badUserInput('after', 'not a cursor returned by findMicroCarers');
  return position;
}

/** Owned by the people subgraph; this subgraph adds the micro-carers who support the person, and the search for more. */
export const Person: PersonResolvers = {
  // Any well-formed hub id may name a person; one no micro-carer supports has an empty list.
  __resolveReference: (ref) => (isId(ref.id) ? { id: ref.id, postcodeDistrict: ref.postcodeDistrict } : null),
  microCare: async (person, { includeEnded }, { loaders }) => {
    const clients = await loaders.clientsByPerson.load(person.id.toLowerCase());
    const day = today();
    return includeEnded ? clients : clients.filter((c) => covers(c.start, c.end, day));
  },
  findMicroCarers: async (person, { need: input, first, after }, ctx) => {
    requireMicroCareFinder(requestAccessOf(ctx).caller);
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > MAX_SEARCH_PAGE)
      throw badUserInput('first', `must be between 1 and ${MAX_SEARCH_PAGE}`);
    const offset = offsetAfter(after);
    const need = checkMicroCareNeed(input);
    const near = need.near ?? person.postcodeDistrict;
    if (!near) throw badUserInput('need.near', 'the person has no postcode district on record: give need.near');
    const hits = await findMicroCarers(ctx, need, near, person.id.toLowerCase());
    const page = hits.slice(offset, offset + size);
    return {
      edges: page.map((node, i) => ({ cursor: encodeCursor(String(offset + i + 1)), node })),
      pageInfo: { hasNextPage: hits.length > offset + size, endCursor: page.length ? encodeCursor(String(offset + page.length)) : null },
      totalCount: hits.length,
      matchCount: hits.filter((h) => h.match).length,
      near,
    };
  },
};
