import { requireId } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { answerContact, requestContact } from '../register/contacts.ts';
import { entryLoaders, viewFor } from '../register/entry-loader.ts';
import { publishEntry, withdrawEntry } from '../register/publish.ts';
import type { Context } from '../context.ts';

/** The entry as its PA (or their register) sees it after a change. */
async function ownEntry(ctx: Context, personalAssistantId: string) {
  return viewFor(await entryLoaders(ctx).byPa.load(personalAssistantId), { paId: personalAssistantId })!;
}

export const RegisterMutation: Pick<
  MutationResolvers,
  'publishRegisterEntry' | 'withdrawRegisterEntry' | 'requestPaContact' | 'answerPaContact'
> = {
  publishRegisterEntry: async (_parent, { personalAssistantId, input }, ctx) => {
    const paId = requireId(personalAssistantId, 'personalAssistantId');
    await publishEntry(ctx.db, requestAccessOf(ctx).caller, paId, input);
    return ownEntry(ctx, paId);
  },

  withdrawRegisterEntry: async (_parent, { personalAssistantId }, ctx) => {
    const paId = requireId(personalAssistantId, 'personalAssistantId');
    await withdrawEntry(ctx.db, paId);
    return ownEntry(ctx, paId);
  },

  requestPaContact: (_parent, { entryId, forPerson, message }, ctx) =>
    requestContact(ctx.db, requestAccessOf(ctx).caller, requireId(entryId, 'entryId'), requireId(forPerson, 'forPerson'), message),

  answerPaContact: (_parent, { id, accept }, ctx) => answerContact(ctx.db, requireId(id, 'id'), accept),
};
