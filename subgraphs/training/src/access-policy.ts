import { recordRelationships, recordSubject, requestAccessOf, type AccessPolicy } from '@continuum/access';
import type { Context } from './context.ts';
import type { TrainingFundingClaimModel, TrainingRecordModel } from './generated/prisma/models.ts';
import type { MutationRecordTrainingArgs } from './generated/resolvers-types.ts';
import { mayAttestNhsSignOff } from './nhs-sign-off.ts';
import type { PersonalAssistantRef } from './references.ts';

/** Care Certificate workplace assessment: trainers of the assessing organisation. */
const assessorWork = {
  access: 'PERSON_DATA',
  fieldClass: 'TRAINING',
  roles: ['TRAINER'],
  organisationKinds: ['TRAINING_PROVIDER'],
} as const;

/** An employer's training funding claims: those who may see the employer's funding, and the employer. */
const fundingClaimWork = {
  access: 'PERSON_DATA',
  fieldClass: 'FUNDING',
  roles: ['SUPPORT_ADVISER', 'SOCIAL_WORKER', 'PERSON'],
} as const;
const fundingClaimOf = recordSubject(
  'id',
  'TrainingFundingClaim',
  (id, ctx: Context) => ctx.db.trainingFundingClaim.findUnique({ where: { id } }),
  (c) => ({ personId: c.employerPersonId }),
);

/**
 * Who may see what training providers serve, and who may write what: every mutation is named
 * here, checked before anything is written. The PA-merge steps are the hub's own (HUB_ONLY).
 */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      courses: 'PUBLIC',
      trainingProviders: 'PUBLIC',
      trainingRecord: { access: 'PERSON_DATA', fieldClass: 'TRAINING' },
      // The assessor register, and PAs by Care Certificate stage (only those the caller may see).
      careCertificateAssessors: { access: 'PERSON_DATA', fieldClass: 'TRAINING' },
      careCertificates: { access: 'PERSON_DATA', fieldClass: 'TRAINING' },
      // When and where courses run is the public directory's; funding claims are the employers' money.
      courseSessions: 'PUBLIC',
      trainingFundingClaims: { access: 'PERSON_DATA', fieldClass: 'FUNDING' },
    },
    Mutation: {
      recordTraining: {
        access: 'PERSON_DATA',
        fieldClass: 'TRAINING',
        // Those who may see a PA's training record it for a PA they may see (a PA for themselves);
        // a record signed off by NHS staff only an NHS trainer who trains the PA or their employer.
        roles: ['TRAINER', 'SUPPORT_ADVISER', 'SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'PERSONAL_ASSISTANT', 'PERSON'],
        paArg: 'input.personalAssistantId',
        before: (args: MutationRecordTrainingArgs, ctx: Context) => mayAttestNhsSignOff(args.input, ctx),
        // A trainer recording a PA's training is from then on a provider that trains them.
        after: async (r: TrainingRecordModel, _args, ctx) => {
          const { caller } = requestAccessOf(ctx);
          if (caller.role !== 'TRAINER') return;
          await recordRelationships(ctx, [
            {
              organisationCode: caller.organisationCode,
              subjectKind: 'PA',
              subjectId: r.personalAssistantId,
              kind: 'TRAINER',
              startsOn: r.completedOn,
              endsOn: null,
              sourceType: 'TrainingRecord',
              sourceId: r.id,
            },
          ]);
        },
      },
      // A council's learning and development team or a college keeps its own assessors, and records their assessments.
      registerCareCertificateAssessor: { ...assessorWork, paArg: 'input.personalAssistantId' },
      recordCareCertificateAssessment: { ...assessorWork, paArg: 'input.personalAssistantId' },
      // A provider's trainers schedule its own courses' sessions.
      scheduleCourseSession: {
        access: 'PERSON_DATA',
        fieldClass: 'TRAINING',
        roles: ['TRAINER'],
        organisationKinds: ['TRAINING_PROVIDER'],
      },
      // A claim is recorded for an employer the caller may see (a support adviser's through their organisation).
      recordTrainingFundingClaim: { ...fundingClaimWork, personArg: 'input.employerPersonId' },
      settleTrainingFundingClaim: { ...fundingClaimWork, subjectOf: fundingClaimOf },
      repointPersonalAssistantInTraining: 'HUB_ONLY',
      revertPersonalAssistantRepointInTraining: 'HUB_ONLY',
      repointPersonInTraining: 'HUB_ONLY',
      revertPersonRepointInTraining: 'HUB_ONLY',
    },
  },
  types: {
    PersonalAssistant: {
      subject: (pa: PersonalAssistantRef) => ({ paId: pa.id }),
      fieldClass: 'PA_PROFILE',
      fields: { trainingRecords: 'TRAINING', careCertificate: 'TRAINING' },
    },
    TrainingRecord: { subject: (r: TrainingRecordModel) => ({ paId: r.personalAssistantId }), fieldClass: 'TRAINING' },
    TrainingFundingClaim: { subject: (c: TrainingFundingClaimModel) => ({ personId: c.employerPersonId }), fieldClass: 'FUNDING' },
  },
};
