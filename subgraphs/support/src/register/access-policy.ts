import { recordSubject, type RootRule, type TypeRule } from '@continuum/access';
import type { Caller } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { PaContactModel } from '../generated/prisma/models.ts';
import type { EntryView } from './entry.ts';

/** Those who find PAs for a person: their care professionals, their employer support, and the person. */
const FINDERS = ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'SUPPORT_ADVISER', 'PERSON'] as const;
/** A PA's entry is theirs to publish, or their register's with their consent. */
const entryWork = {
  access: 'PERSON_DATA',
  fieldClass: 'PA_PROFILE',
  roles: ['PERSONAL_ASSISTANT', 'SUPPORT_ADVISER'],
  paArg: 'personalAssistantId',
} as const;

/** A contact is the PA's to answer; the asking organisation sees its own. */
const contactSubject = recordSubject(
  'id',
  'PaContact',
  (id, ctx: Context) => ctx.db.paContact.findUnique({ where: { id } }),
  (c) => ({ paId: c.personalAssistantId }),
);

/**
 * The findable register's rules (access-policy.ts adds them to the subgraph's): searching needs
 * a relationship with the person searched for; an entry found is read for that person and shows
 * only what the PA shared; anything more only through a contact the PA accepted.
 */
export const findableRegisterPolicy: {
  Query: Record<string, RootRule>;
  Mutation: Record<string, RootRule>;
  types: Record<string, TypeRule>;
} = {
  Query: {
    findPersonalAssistants: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', roles: FINDERS, personArg: 'forPerson' },
    paContacts: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', roles: ['PERSONAL_ASSISTANT'], paArg: 'personalAssistantId' },
  },
  Mutation: {
    publishRegisterEntry: entryWork,
    withdrawRegisterEntry: entryWork,
    requestPaContact: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', roles: FINDERS, personArg: 'forPerson' },
    answerPaContact: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', roles: ['PERSONAL_ASSISTANT'], subjectOf: contactSubject },
  },
  types: {
    RegisterEntry: { subject: (e: EntryView) => e.readFor, fieldClass: 'PA_PROFILE' },
    PaContact: {
      subject: (c: PaContactModel, caller: Caller) =>
        caller.role === 'PERSONAL_ASSISTANT' ? { paId: c.personalAssistantId } : { personId: c.forPersonId },
      fieldClass: 'PA_PROFILE',
      // Another organisation working with the same person does not see who else has asked.
      onlyFor: (c: PaContactModel, caller: Caller) =>
        caller.role === 'PERSONAL_ASSISTANT' || c.requestedByOrganisation === caller.organisationCode,
    },
  },
};
