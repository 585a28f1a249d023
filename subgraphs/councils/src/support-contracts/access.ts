import { requestAccessOf, type SubjectOf, type TypeRule } from '@continuum/access';
import { graphFailureOn, isId } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { ContractView } from './view.ts';

/** The two parties to a contract: the council that owns it and the support organisation providing it. */
const parties = (c: { councilGssCode: string; supportOrganisationId: string }) => [c.councilGssCode, c.supportOrganisationId];

/** A contract is organisational, not a person's: seen by its parties alone, by roles that see funding. */
export const contractRule: TypeRule<ContractView> = {
  subject: (c) => ({ organisationCodes: parties(c) }),
  fieldClass: 'FUNDING',
  onlyFor: (c, caller) => parties(c).includes(caller.organisationCode),
};

/** A contract named by id: found only by its provider (who returns its uptake); anyone else is told it does not exist. */
export const providedContractSubject = (arg: string): SubjectOf => ({
  arg,
  recordType: 'SupportContract',
  lookup: async (id, ctx: Context) => {
    const contract = await ctx.db.supportContract.findUnique({ where: { id: id.toLowerCase() } });
    const caller = requestAccessOf(ctx).caller.organisationCode;
    return contract && contract.supportOrganisationId === caller ? { organisationCodes: [caller] } : null;
  },
});

const ORGANISATIONS = `query SupportContractProvider { supportOrganisations { id } }`;

/**
 * The support organisation a council contracts: it must be one the support subgraph holds (asked
 * through the graph), else it does not exist. The contract is the council's own.
 */
export const contractedOrganisationSubject = (arg: string): SubjectOf => ({
  arg,
  recordType: 'SupportOrganisation',
  lookup: async (id, ctx: Context) => {
    if (!isId(id)) return null;
    let data: { supportOrganisations: { id: string }[] };
    try {
      data = await ctx.graph.request<typeof data>(ORGANISATIONS);
    } catch (err) {
      throw graphFailureOn(err, arg, {
        message: 'The support organisation could not be looked up, so nothing was written',
        reason: 'the support subgraph did not answer',
      });
    }
    const known = data.supportOrganisations.some((o) => o.id.toLowerCase() === id.toLowerCase());
    return known ? { organisationCodes: [requestAccessOf(ctx).caller.organisationCode] } : null;
  },
});

/** Whether the caller's organisation is a party to the contract: its council or its provider. */
async function partyTo(ctx: Context, contractId: string | undefined) {
  const contract = contractId
    ? await ctx.db.supportContract.findUnique({ where: { id: contractId }, include: { council: { select: { gssCode: true } } } })
    : null;
  const caller = requestAccessOf(ctx).caller.organisationCode;
  return contract &&
    parties({ councilGssCode: contract.council.gssCode, supportOrganisationId: contract.supportOrganisationId }).includes(caller)
    ? { organisationCodes: [caller] }
    : null;
}

/** A contract named by id, for a complaint about it: found by its two parties; anyone else is told it does not exist. */
export const contractPartySubject = (arg: string): SubjectOf => ({
  arg,
  recordType: 'SupportContract',
  lookup: async (id, ctx: Context) => (isId(id) ? partyTo(ctx, id.toLowerCase()) : null),
});

/** A complaint named by id: found by the two parties to its contract; anyone else is told it does not exist. */
export const complaintPartySubject = (arg: string): SubjectOf => ({
  arg,
  recordType: 'SupportContractComplaint',
  lookup: async (id, ctx: Context) => {
    if (!isId(id)) return null;
    const complaint = await ctx.db.supportContractComplaint.findUnique({ where: { id: id.toLowerCase() } });
    return complaint ? partyTo(ctx, complaint.contractId) : null;
  },
});
