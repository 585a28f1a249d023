import { badUserInput, connection, decodeCursor, isId, notFound, pageSize, requireId } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import type { Prisma } from '../generated/prisma/client.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { accessPolicy } from '../access-policy.ts';
import { employmentWhere } from '../employment-filter.ts';

const employmentSubject = accessPolicy.types.Employment!.subject;

export const Query: QueryResolvers = {
  personalAssistant: async (_parent, { id }, { loaders }) => {
    const pa = await loaders.personalAssistant.load(requireId(id, 'id'));
    if (!pa) throw notFound('PersonalAssistant', 'id', id);
    return pa;
  },

  personalAssistants: async (_parent, { filter, first, after }, ctx) => {
    const { db } = ctx;
    const size = pageSize(first);
    const afterId = decodeCursor(after);
    // Records merged into another PA are not listed again: their ids resolve to the survivor.
    const where: Prisma.PersonalAssistantWhereInput = { mergedInto: null };
    if (filter?.postcodeDistrict) where.postcodeDistrict = filter.postcodeDistrict.trim().toUpperCase();
    if (filter?.employmentStatus) where.employmentStatus = filter.employmentStatus;
    if (filter?.service) where.services = { has: filter.service };
    // Narrowed to the PAs the caller may see before counting, so the total reveals no one else.
    const matching = await db.personalAssistant.findMany({ where, select: { id: true } });
    const visible = await requestAccessOf(ctx).visibleRowIds(matching, (pa) => ({ paId: pa.id }));
    if (visible) where.id = { in: visible };
    if (afterId) {
      const held = isId(afterId) && (await db.personalAssistant.findUnique({ where: { id: afterId }, select: { id: true } }));
      if (!held) throw badUserInput('after', 'the cursor names a PA no longer on the register');
    }
    const [rows, total] = await Promise.all([
      db.personalAssistant.findMany({
        where,
        orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
        take: size + 1,
        ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
      }),
      db.personalAssistant.count({ where }),
    ]);
    return connection(rows, size, total);
  },

  supportOrganisations: (_parent, { kind }, { db }) =>
    db.supportOrganisation.findMany({
      where: kind ? { kinds: { has: kind } } : {},
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),

  employment: async (_parent, { id }, { loaders }) => {
    const employment = await loaders.employment.load(requireId(id, 'id'));
    if (!employment) throw notFound('Employment', 'id', id);
    return employment;
  },

  employments: async (_parent, { filter, first, after }, ctx) => {
    const { db } = ctx;
    const size = pageSize(first);
    const afterId = decodeCursor(after);
    // A PA merged into another is asked for as the survivor, who now holds their employments.
    const paId = filter?.personalAssistantId != null ? requireId(filter.personalAssistantId, 'filter.personalAssistantId') : null;
    const survivor = paId ? await ctx.loaders.personalAssistant.load(paId) : null;
    const where = employmentWhere(survivor && survivor.id !== paId ? { ...filter, personalAssistantId: survivor.id } : filter);
    // Narrowed to the employments the caller may see (as the Employment rule decides) before counting.
    const access = requestAccessOf(ctx);
    const matching = await db.employment.findMany({ where, select: { id: true, employerPersonId: true, personalAssistantId: true } });
    const visible = await access.visibleRowIds(matching, (e) => employmentSubject(e, access.caller));
    if (visible) where.id = { in: visible };
    if (afterId) {
      const held = isId(afterId) && (await db.employment.findUnique({ where: { id: afterId }, select: { id: true } }));
      if (!held) throw badUserInput('after', 'the cursor names an employment no longer held');
    }
    const [rows, total] = await Promise.all([
      db.employment.findMany({
        where,
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
        take: size + 1,
        ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
      }),
      db.employment.count({ where }),
    ]);
    return connection(rows, size, total);
  },
};
