import { isId } from '@continuum/runtime';
import { fullProgress } from '../care-certificate-assessment/progress.ts';
import type { PersonalAssistantResolvers } from '../generated/resolvers-types.ts';

/** Owned by the support register; this subgraph contributes the PA's training. */
export const PersonalAssistant: PersonalAssistantResolvers = {
  // Any well-formed hub id may name a PA (the register lives elsewhere); one without training has none.
  __resolveReference: (ref) => (isId(ref.id) ? { id: ref.id } : null),
  trainingRecords: (pa, _args, { loaders }) => loaders.trainingRecordsByPa.load(pa.id.toLowerCase()),
  careCertificate: async (pa, _args, { loaders }) => {
    // The same loader as trainingRecords: asking for both costs no extra query.
    const [records, standardCourses, assessments] = await Promise.all([
      loaders.trainingRecordsByPa.load(pa.id.toLowerCase()),
      loaders.careCertificateCourses.load('all'),
      loaders.assessmentsByPa.load(pa.id.toLowerCase()),
    ]);
    return fullProgress(records, standardCourses, assessments);
  },
};
