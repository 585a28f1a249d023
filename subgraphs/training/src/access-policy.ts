import { recordRelationships, requestAccessOf, type AccessPolicy } from '@continuum/kit';

/** Who may see what training providers serve. */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      courses: 'PUBLIC',
      trainingProviders: 'PUBLIC',
      trainingRecord: { access: 'PERSON_DATA', fieldClass: 'TRAINING' },
    },
    Mutation: {
      recordTraining: {
        access: 'PERSON_DATA',
        fieldClass: 'TRAINING',
        // A trainer recording a PA's training is from then on a provider that trains them.
        after: async (r, _args, ctx) => {
          const { caller } = requestAccessOf(ctx);
          if (caller.role !== 'TRAINER') return;
          await recordRelationships(ctx, [
            { organisationCode: caller.organisationCode, subjectKind: 'PA', subjectId: r.personalAssistantId, kind: 'TRAINER', startsOn: r.completedOn, endsOn: null, sourceType: 'TrainingRecord', sourceId: r.id },
          ]);
        },
      },
    },
  },
  types: {
    PersonalAssistant: { subject: (pa) => ({ paId: pa.id }), fieldClass: 'PA_PROFILE', fields: { trainingRecords: 'TRAINING', careCertificate: 'TRAINING' } },
    TrainingRecord: { subject: (r) => ({ paId: r.personalAssistantId }), fieldClass: 'TRAINING' },
  },
};
