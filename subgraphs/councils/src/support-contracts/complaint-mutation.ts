/**
 * Complaints about a contract's support, for its monitoring: recorded and closed by either party to
 * the contract (the access policy finds the contract or complaint for them alone). A complaint names
 * no complainant.
 */
import { requestAccessOf } from '@continuum/access';
import { badUserInput, conflict, isoDate, notFound, requireId, today } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { loadContract } from './view.ts';

const notAfterToday = (day: Date, field: string) => {
  if (day.getTime() > today().getTime()) throw badUserInput(field, `is after today (${isoDate(today())})`);
};

export const SupportContractComplaintMutation: MutationResolvers = {
  recordSupportContractComplaint: async (_parent, { input }, ctx) => {
    const contractId = requireId(input.contractId, 'input.contractId');
    notAfterToday(input.receivedOn, 'input.receivedOn');
    const about = input.about?.trim().toUpperCase() || null;
    const { caller } = requestAccessOf(ctx);
    return ctx.db.$transaction(async (tx) => {
      const contract = await tx.supportContract.findUnique({ where: { id: contractId }, include: { items: true } });
      if (!contract) throw notFound('SupportContract', 'input.contractId', input.contractId);
      if (input.receivedOn < contract.startsOn || input.receivedOn > contract.endsOn)
        throw badUserInput('input.receivedOn', "is outside the contract's term");
      if (about && !contract.items.some((i) => i.item === about))
        throw badUserInput('input.about', `${about} is not on the contract's menu`);
      await tx.supportContractComplaint.create({
        data: { id: randomUUID(), contractId, receivedOn: input.receivedOn, about, recordedBy: caller.name },
      });
      return (await loadContract(tx, contractId))!;
    });
  },

  // Once: a closed complaint stays closed with its outcome.
  closeSupportContractComplaint: async (_parent, { input }, ctx) => {
    const complaintId = requireId(input.complaintId, 'input.complaintId');
    notAfterToday(input.closedOn, 'input.closedOn');
    const { caller } = requestAccessOf(ctx);
    return ctx.db.$transaction(async (tx) => {
      // Serialises closings of the complaint, so two cannot both find it open.
      const [locked] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM support_contract_complaint WHERE id = ${complaintId}::uuid FOR UPDATE`;
      const complaint = locked && (await tx.supportContractComplaint.findUnique({ where: { id: complaintId } }));
      if (!complaint) throw notFound('SupportContractComplaint', 'input.complaintId', input.complaintId);
      if (complaint.closedOn) throw conflict('input.complaintId', `the complaint was already closed on ${isoDate(complaint.closedOn)}`);
      if (input.closedOn < complaint.receivedOn)
        throw badUserInput('input.closedOn', `is before the complaint was received (${isoDate(complaint.receivedOn)})`);
      await tx.supportContractComplaint.update({
        where: { id: complaintId },
        data: { closedOn: input.closedOn, outcome: input.outcome, closedBy: caller.name },
      });
      return (await loadContract(tx, complaint.contractId))!;
    });
  },
};
