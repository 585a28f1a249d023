import { badUserInput, decodeCursor, encodeCursor, requireId } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { carePlanCompetences } from '../register/care-plan-competences.ts';
import { checkNeed, withCarePlanTraining } from '../register/need.ts';
import { personDistrict } from '../register/person-district.ts';
import { searchRegister } from '../register/search.ts';

const MAX_SEARCH_PAGE = 50;

/** A search page's cursor is the position of its last result. */
function offsetAfter(after: string | null | undefined): number {
  const raw = decodeCursor(after);
  if (raw === null) return 0;
  const position = Number(raw);
  if (!Number.isInteger(position) || position < 1) throw badUserInput('after', 'not a cursor returned by findPersonalAssistants');
  return position;
}

export const RegisterQuery: Pick<QueryResolvers, 'findPersonalAssistants' | 'paContacts'> = {
  findPersonalAssistants: async (_parent, { forPerson, need: input, first, after }, ctx) => {
    const personId = requireId(forPerson, 'forPerson');
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > MAX_SEARCH_PAGE)
      throw badUserInput('first', `must be between 1 and ${MAX_SEARCH_PAGE}`);
    const offset = offsetAfter(after);
    const asked = checkNeed(input);
    const { caller } = requestAccessOf(ctx);
    const [near, fromCarePlan] = await Promise.all([
      asked.near ?? personDistrict(ctx, caller, personId),
      asked.carePlanCompetences ? carePlanCompetences(ctx, caller, personId) : null,
    ]);
    const need = fromCarePlan ? withCarePlanTraining(asked, fromCarePlan) : asked;
    const page = await searchRegister(ctx.db, need, near, { offset, size, organisation: caller.organisationCode, forPersonId: personId });
    return {
      edges: page.hits.map((node, i) => ({ cursor: encodeCursor(String(offset + i + 1)), node })),
      pageInfo: { hasNextPage: page.more, endCursor: page.hits.length ? encodeCursor(String(offset + page.hits.length)) : null },
      totalCount: page.total,
      matchCount: page.matches,
      near,
      carePlanCompetences: fromCarePlan,
    };
  },

  paContacts: (_parent, { personalAssistantId, status }, { db }) =>
    db.paContact.findMany({
      where: { personalAssistantId: requireId(personalAssistantId, 'personalAssistantId'), ...(status ? { status } : {}) },
      orderBy: [{ requestedAt: 'desc' }, { id: 'asc' }],
    }),
};
