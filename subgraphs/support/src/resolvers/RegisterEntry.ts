import { requestAccessOf } from '@continuum/access';
import type {
  PaContactResolvers,
  PersonalAssistantResolvers,
  RegisterContactDetailsResolvers,
  RegisterEntryResolvers,
} from '../generated/resolvers-types.ts';
import { dbsCheckIsCurrent } from '../dbs.ts';
import { entryLoaders, viewFor } from '../register/entry-loader.ts';
import { slotsOf } from '../register/slots.ts';

/** What an entry shows is what the PA shared; the contact details open only on an accepted contact. */
export const RegisterEntry: RegisterEntryResolvers = {
  availability: (e) => slotsOf(e.slotMask),
  dbs: (e) => (e.dbsStatus === null ? null : { status: e.dbsStatus as never, current: dbsCheckIsCurrent(e.dbsStatus, e.dbsCheckedOn) }),
  travel: (e) => ({ drives: e.drives, publicTransport: e.publicTransport, maxMiles: e.maxTravelMiles }),
  services: (e) => e.services as never,
  languages: (e) => e.languages,
  contact: (e) => e.contact,
  contactDetails: (e, _args, ctx) =>
    e.contact?.status === 'ACCEPTED' && e.contact.requestedByOrganisation === requestAccessOf(ctx).caller.organisationCode ? e : null,
};

export const RegisterContactDetails: RegisterContactDetailsResolvers = {
  register: (e, _args, { loaders }) => (e.registerOrganisationId ? loaders.supportOrganisation.load(e.registerOrganisationId) : null),
};

/** A contact's entry is read as the PA's own (for the PA) or for the person it was made for. */
export const PaContact: PaContactResolvers = {
  entry: async (c, _args, ctx) => {
    const pa = requestAccessOf(ctx).caller.role === 'PERSONAL_ASSISTANT';
    return viewFor(
      await entryLoaders(ctx).byId.load(c.registerEntryId),
      pa ? { paId: c.personalAssistantId } : { personId: c.forPersonId },
    )!;
  },
};

export const PersonalAssistantRegister: Pick<PersonalAssistantResolvers, 'registerEntry'> = {
  registerEntry: async (pa, _args, ctx) => viewFor(await entryLoaders(ctx).byPa.load(pa.id), { paId: pa.id }),
};
