import type { CareCertificateAssessorKind, CareCertificateAssessorResolvers } from '../generated/resolvers-types.ts';

export const CareCertificateAssessor: CareCertificateAssessorResolvers = {
  kind: (a) => a.kind as CareCertificateAssessorKind,
  organisation: async (a, _args, { loaders }) => (await loaders.trainingProvider.load(a.providerId))!,
  assessedLast30Days: async (a, _args, { loaders }) => (await loaders.recentAssessmentsByAssessor.load(a.id)).length,
};
