import type { AccessPolicy } from '@continuum/kit';

/** Who may see what training providers serve. */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      courses: 'PUBLIC',
      trainingProviders: 'PUBLIC',
      trainingRecord: { access: 'PERSON_DATA', fieldClass: 'TRAINING' },
    },
    Mutation: {
      recordTraining: { access: 'PERSON_DATA', fieldClass: 'TRAINING' },
    },
  },
  types: {
    PersonalAssistant: { subject: (pa) => ({ paId: pa.id }), fieldClass: 'PA_PROFILE', fields: { trainingRecords: 'TRAINING', careCertificate: 'TRAINING' } },
    TrainingRecord: { subject: (r) => ({ paId: r.personalAssistantId }), fieldClass: 'TRAINING' },
  },
};
