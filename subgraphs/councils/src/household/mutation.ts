import { requestAccessOf } from '@continuum/access';
import { badUserInput, notFound, requireId, today } from '@continuum/runtime';
import type { CarePlanHouseholdInput, MutationResolvers } from '../generated/resolvers-types.ts';

/** More than this many people of one band in one home is taken as a mistake. */
const MAX_COUNT = 30;

/** The members as given, refused field by field: whole counts from 1 to 30, each presence and band once. */
function members(input: CarePlanHouseholdInput) {
  const seen = new Set<string>();
  return input.members.map((m, i) => {
    if (!Number.isInteger(m.count) || m.count < 1 || m.count > MAX_COUNT) {
      throw badUserInput(`input.members[${i}].count`, `must be a whole number from 1 to ${MAX_COUNT}; leave out a band with no one in it`);
    }
    const key = `${m.presence}/${m.ageBand}`;
    if (seen.has(key)) throw badUserInput(`input.members[${i}]`, `${m.presence} ${m.ageBand} is given twice`);
    seen.add(key);
    return { presence: m.presence, ageBand: m.ageBand, count: m.count };
  });
}

export const HouseholdMutation: MutationResolvers = {
  recordCarePlanHousehold: async (_parent, { carePlanId, input }, ctx) => {
    const id = requireId(carePlanId, 'carePlanId');
    const rows = members(input);
    const { caller } = requestAccessOf(ctx);
    return ctx.db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM care_plan WHERE id = ${id}::uuid FOR UPDATE`;
      if (locked.length === 0) throw notFound('CarePlanSummary', 'carePlanId', carePlanId);
      await tx.carePlanHousehold.deleteMany({ where: { carePlanId: id } });
      await tx.carePlanHousehold.createMany({ data: rows.map((r) => ({ carePlanId: id, ...r })) });
      return tx.carePlan.update({
        where: { id },
        data: {
          careGroup: input.careGroup,
          primarySupportReason: input.primarySupportReason,
          householdRecordedOn: today(),
          householdRecordedBy: caller.name,
        },
      });
    });
  },
};
