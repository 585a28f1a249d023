import { isId, today } from '@continuum/runtime';
import { isCurrent } from '../expiry.ts';
import type { TrainingRecordResolvers } from '../generated/resolvers-types.ts';

export const TrainingRecord: TrainingRecordResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.trainingRecord.load(ref.id.toLowerCase()) : null),
  personalAssistant: (record) => ({ id: record.personalAssistantId }),
  course: async (record, _args, { loaders }) => {
    const course = await loaders.course.load(record.courseId);
    if (!course) throw new Error(`training record ${record.id} names a missing course`);
    return course;
  },
  signedOffBy: (record) => ({
    name: record.signedOffName,
    role: record.signedOffRole,
    organisation: record.signedOffOrganisation,
    nhsStaff: record.signedOffNhsStaff,
    attestedBy: record.signedOffAttestedBy,
    onBehalfOf: record.signedOffOnBehalfOf,
  }),
  current: (record) => isCurrent(record.expiresOn, today()),
};
