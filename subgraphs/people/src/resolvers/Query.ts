import {
  badUserInput,
  connection,
  decodeCursor,
  NHS_NUMBER_PROBLEM_TEXT,
  nhsNumberProblem,
  normaliseNhsNumber,
  pageSize,
  requireId,
} from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import type { Prisma } from '../generated/prisma/client.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { refuseNotHeld, STAND_IN_PERSON_ID } from '../not-held.ts';
import { contingencyPlanHolders } from '../contingency-filter.ts';

/** A team's caseload fits in one request; larger sets page through `people`. */
const MAX_CASELOAD = 200;

export const Query: QueryResolvers = {
  person: async (_parent, { id, nhsNumber }, ctx) => {
    const { db, loaders } = ctx;
    if ((id == null) === (nhsNumber == null)) throw badUserInput('id', 'give exactly one of id or nhsNumber');
    if (id != null) {
      const person = await loaders.person.load(requireId(id, 'id'));
      if (!person) throw await refuseNotHeld(ctx, 'id', id);
      return person;
    }
    const problem = nhsNumberProblem(nhsNumber!);
    if (problem) throw badUserInput('nhsNumber', NHS_NUMBER_PROBLEM_TEXT[problem]);
    const held = await db.person.findUnique({ where: { nhsNumber: normaliseNhsNumber(nhsNumber!) }, select: { id: true } });
    // A retired (merged) record's NHS number finds the surviving person; a number not held loads the stand-in (no one), as much work.
    const person = await loaders.person.load(held?.id ?? STAND_IN_PERSON_ID);
    if (!held || !person) throw await refuseNotHeld(ctx, 'nhsNumber', nhsNumber!);
    return person;
  },

  peopleById: async (_parent, { ids }, { loaders }) => {
    if (ids.length > MAX_CASELOAD) throw badUserInput('ids', `at most ${MAX_CASELOAD} ids at once`);
    const valid = ids.map((id, i) => requireId(id, `ids[${i}]`));
    return loaders.person.loadMany(valid) as never;
  },

  people: async (_parent, { filter, first, after }, ctx) => {
    const { db } = ctx;
    const size = pageSize(first);
    const afterId = decodeCursor(after);
    // A retired (merged) record is the survivor: listed once, as them.
    const where: Prisma.PersonWhereInput = { mergedInto: null };
    if (filter?.name) {
      const name = filter.name.trim();
      where.OR = [{ familyName: { startsWith: name, mode: 'insensitive' } }, { givenName: { startsWith: name, mode: 'insensitive' } }];
    }
    if (filter?.postcodeDistrict) where.postcodeDistrict = filter.postcodeDistrict.trim().toUpperCase();
    if (filter?.dateOfBirth) where.dateOfBirth = filter.dateOfBirth;
    if (filter?.contingencyPlan) where.id = { in: await contingencyPlanHolders(ctx, requestAccessOf(ctx).caller, filter.contingencyPlan) };
    // Narrowed to the people the caller may see before counting, so the total reveals no one else.
    const visible = await requestAccessOf(ctx).visiblePeople((await db.person.findMany({ where, select: { id: true } })).map((p) => p.id));
    if (visible) where.id = { in: visible };
    if (afterId && !(await db.person.findUnique({ where: { id: afterId }, select: { id: true } }))) {
      throw badUserInput('after', 'the cursor names a person no longer held');
    }
    const [rows, total] = await Promise.all([
      db.person.findMany({
        where,
        orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
        take: size + 1,
        ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
      }),
      db.person.count({ where }),
    ]);
    return connection(rows, size, total);
  },
};
