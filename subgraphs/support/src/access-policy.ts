import { recordEmploymentLink, recordRegistrationRelationship, recordSubject, type AccessPolicy, type SubjectOf } from '@continuum/kit';
import type { Context } from './context.ts';
import { paReviewSubject } from './matching/stored.ts';

/** Whose an employment named by id is, for the mutations that change one. */
const employmentSubject = recordSubject('id', 'Employment', (id, { loaders }: Context) => loaders.employment.load(id), (e) => ({ personId: e.employerPersonId }));

/** A PA named by id: visible through the caller's relationships with them (not held answers not found too). */
const paSubject = (arg: string): SubjectOf => ({ arg, recordType: 'PersonalAssistant', lookup: async (id) => ({ paId: id }) });
const paReviewSubjectOf = (arg: string) => recordSubject(arg, 'PaMatchReview', (id, { loaders }: Context) => loaders.paMatchReview.load(id), paReviewSubject);
const paMergeSubject = (arg: string) => recordSubject(arg, 'PaMerge', (id, ctx: Context) => ctx.db.paMerge.findUnique({ where: { id } }), (m) => ({ paId: m.survivorId }));

/** The register that registered or linked a PA keeps them on its register (it may then see them). */
const registerRelationship = (r: { id: string; personalAssistant?: { id: string } | null; review?: { id: string } | null; outcome?: string }, ctx: unknown) =>
  recordRegistrationRelationship(ctx, r, { kind: 'PA', id: r.personalAssistant?.id }, 'PA_REGISTER', 'PaRegistration');

/** Who may see what the PA register and employments serve. Root fields not named here are hub steps (merges). */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      supportOrganisations: 'PUBLIC',
      personalAssistant: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      personalAssistants: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      employment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' },
      employments: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' },
      // PA identity: the register's own work (registration, duplicate review, merging PA records).
      paMatchReviews: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      paMatchReview: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      paMerge: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', subjectOf: paMergeSubject('id') },
      paMerges: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', subjectOf: paSubject('personalAssistantId') },
    },
    Mutation: {
      // Whoever may see the employer may then see the PAs they employ.
      addEmployment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', personArg: 'input.employerPersonId', after: (e, _args, ctx) => recordEmploymentLink(ctx, e) },
      updateEmployment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', subjectOf: employmentSubject },
      endEmployment: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', subjectOf: employmentSubject, after: (e, _args, ctx) => recordEmploymentLink(ctx, e) },
      registerPersonalAssistant: {
        access: 'PERSON_DATA',
        fieldClass: 'PA_PROFILE',
        organisationArg: 'input.registerOrganisationId',
        after: (r, _args, ctx) => registerRelationship(r, ctx),
      },
      // A review is decided by whoever may see it: the submitting register, or one that may see the PA it names.
      linkPaMatchReview: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', subjectOf: [paReviewSubjectOf('id'), paSubject('personalAssistantId')], after: (r, _args, ctx) => registerRelationship({ id: r.id, personalAssistant: r.personalAssistantId ? { id: r.personalAssistantId } : null }, ctx) },
      rejectPaMatchReview: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', subjectOf: paReviewSubjectOf('id'), after: (r, _args, ctx) => registerRelationship({ id: r.id, personalAssistant: r.personalAssistantId ? { id: r.personalAssistantId } : null }, ctx) },
      unlinkPaMatchReview: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', subjectOf: paReviewSubjectOf('id'), after: (r, _args, ctx) => registerRelationship({ id: r.id, personalAssistant: r.personalAssistantId ? { id: r.personalAssistantId } : null }, ctx) },
      reopenPaMatchReview: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', subjectOf: paReviewSubjectOf('id') },
      mergePersonalAssistants: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', subjectOf: [paSubject('survivorId'), paSubject('retiredId')] },
      reconcilePaMerge: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', subjectOf: paMergeSubject('id') },
      unmergePersonalAssistants: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE', subjectOf: paMergeSubject('mergeId') },
    },
  },
  types: {
    Person: { subject: (p) => ({ personId: p.id }), fieldClass: 'PERSON_IDENTITY', fields: { paTeam: 'EMPLOYMENT', employmentHistory: 'EMPLOYMENT' } },
    PaMerge: { subject: (m) => ({ paId: m.survivorId }), fieldClass: 'PA_PROFILE' },
    // The identity a register submitted is its own; others see the review once it names a PA they may see.
    PaMatchReview: { subject: paReviewSubject, fieldClass: 'PA_PROFILE' },
    // A candidate the reviewer may not see is left out, as if not held.
    PaMatchCandidate: { subject: (c) => ({ paId: c.personId ?? c.personalAssistantId }), fieldClass: 'PA_PROFILE' },
    PersonalAssistant: { subject: (pa) => ({ paId: pa.id }), fieldClass: 'PA_PROFILE', fields: { nationalInsuranceNumberSuffix: 'NI_NUMBER', employers: 'EMPLOYMENT' } },
    // The employer's record, and the PA's own: others see it only through the employer.
    Employment: {
      subject: (e, caller) => (caller.role === 'PERSONAL_ASSISTANT' ? { paId: e.personalAssistantId } : { personId: e.employerPersonId }),
      fieldClass: 'EMPLOYMENT',
    },
  },
};
