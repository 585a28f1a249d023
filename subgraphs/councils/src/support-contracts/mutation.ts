import { requestAccessOf } from '@continuum/access';
import { badUserInput, conflict, notFound, requireId, today } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { requireGssCode } from '../gss-code.ts';
import { checkAward } from './award-input.ts';
import { SupportContractComplaintMutation } from './complaint-mutation.ts';
import { parseQuarter } from './quarter.ts';
import { loadContract } from './view.ts';

export const SupportContractMutation: MutationResolvers = {
  ...SupportContractComplaintMutation,
  awardSupportContract: async (_parent, { input }, ctx) => {
    const gssCode = requireGssCode(input.councilGssCode, 'input.councilGssCode');
    const supportOrganisationId = requireId(input.supportOrganisationId, 'input.supportOrganisationId');
    const { value, peerSessions, menu } = checkAward(input);
    const { caller } = requestAccessOf(ctx);
    return ctx.db.$transaction(async (tx) => {
      const council = await tx.council.findUnique({ where: { gssCode } });
      if (!council) throw notFound('Council', 'input.councilGssCode', gssCode);
      const id = randomUUID();
      await tx.supportContract.create({
        data: {
          id,
          councilId: council.id,
          supportOrganisationId,
          contractType: input.contractType,
          value,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          peerSessionsPerQuarter: peerSessions,
          awardedBy: caller.name,
          items: { create: menu },
        },
      });
      return (await loadContract(tx, id))!;
    });
  },

  // Once per quarter, for a quarter that has ended and overlaps the term, on the contract's own menu.
  recordSupportContractUptake: async (_parent, { input }, ctx) => {
    const contractId = requireId(input.contractId, 'input.contractId');
    const quarter = parseQuarter(input.quarter, 'input.quarter');
    if (quarter.end.getTime() >= today().getTime()) throw badUserInput('input.quarter', 'has not ended yet: a return follows its quarter');
    const employersSupported = input.employersSupported;
    if (!Number.isInteger(employersSupported) || employersSupported < 0)
      throw badUserInput('input.employersSupported', 'must be a whole number of at least 0');
    const seen = new Set<string>();
    const uptake = input.uptake.map((u, i) => {
      const field = `input.uptake[${i}]`;
      const item = u.item.trim().toUpperCase();
      if (seen.has(item)) throw badUserInput(`${field}.item`, `${item} is returned twice`);
      seen.add(item);
      if (!Number.isInteger(u.quantity) || u.quantity < 0) throw badUserInput(`${field}.quantity`, 'must be a whole number of at least 0');
      if (!Number.isInteger(u.employers) || u.employers < 0 || u.employers > employersSupported)
        throw badUserInput(`${field}.employers`, `must be a whole number from 0 to the ${employersSupported} employers supported`);
      return { item, quantity: u.quantity, employers: u.employers, field };
    });
    const { caller } = requestAccessOf(ctx);
    return ctx.db.$transaction(async (tx) => {
      // Serialises returns for the contract, so two for one quarter cannot both find none.
      const [locked] = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id::text FROM support_contract WHERE id = ${contractId}::uuid FOR UPDATE`;
      const contract = locked && (await tx.supportContract.findUnique({ where: { id: contractId }, include: { items: true } }));
      if (!contract) throw notFound('SupportContract', 'input.contractId', input.contractId);
      const already = await tx.supportContractReturn.findUnique({ where: { contractId_quarter: { contractId, quarter: quarter.label } } });
      if (already) throw conflict('input.quarter', `the return for ${quarter.label} was already recorded`);
      if (quarter.end < contract.startsOn || quarter.start > contract.endsOn)
        throw badUserInput('input.quarter', `${quarter.label} is outside the contract's term`);
      const onMenu = new Set(contract.items.map((m) => m.item));
      const off = uptake.find((u) => !onMenu.has(u.item));
      if (off) throw badUserInput(`${off.field}.item`, `${off.item} is not on the contract's menu`);
      const id = randomUUID();
      await tx.supportContractReturn.create({
        data: { id, contractId, quarter: quarter.label, employersSupported, recordedBy: caller.name },
      });
      await tx.supportContractUptake.createMany({
        data: uptake.map(({ item, quantity, employers }) => ({ returnId: id, contractId, item, quantity, employers })),
      });
      return (await loadContract(tx, contractId))!;
    });
  },
};
