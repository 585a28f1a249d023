import { badUserInput, conflict, notFound, requireId, requirePastOrToday, requireText } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import { randomUUID } from 'node:crypto';
import { expiryDate } from '../expiry.ts';
import { attestation } from '../nhs-sign-off.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { MutationResolvers, SignOffInput } from '../generated/resolvers-types.ts';

function signOff(input: SignOffInput) {
  return {
    signedOffName: requireText(input.name, 'input.signedOffBy.name', 200),
    signedOffRole: requireText(input.role, 'input.signedOffBy.role', 200),
    signedOffOrganisation: requireText(input.organisation, 'input.signedOffBy.organisation', 200),
    signedOffNhsStaff: input.nhsStaff,
  };
}

export const Mutation: MutationResolvers = {
  // Who may record what (an NHS sign-off above all) is the access policy's, checked before this runs.
  recordTraining: async (_parent, { input }, ctx) => {
    const { db } = ctx;
    const personalAssistantId = requireId(input.personalAssistantId, 'input.personalAssistantId');
    const courseCode = requireText(input.courseCode, 'input.courseCode', 50).toUpperCase();
    const completedOn = requirePastOrToday(input.completedOn, 'input.completedOn');
    const signedOff = signOff(input.signedOffBy);
    const { attestedBy, attestedByUserId, onBehalfOf } = attestation(requestAccessOf(ctx).caller, signedOff.signedOffNhsStaff);
    const attested = { signedOffAttestedBy: attestedBy, signedOffAttestedByUserId: attestedByUserId, signedOffOnBehalfOf: onBehalfOf };
    try {
      return await db.$transaction(async (tx) => {
        const course = await tx.course.findUnique({ where: { code: courseCode } });
        if (!course) throw notFound('Course', 'input.courseCode', input.courseCode);
        if (course.requiresNhsSignOff && !signedOff.signedOffNhsStaff) {
          throw badUserInput(
            'input.signedOffBy.nhsStaff',
            `${course.code} is a health-task competence: it must be signed off by NHS clinical staff, not by the employer or a trainer outside the NHS`,
          );
        }
        return tx.trainingRecord.create({
          data: {
            id: randomUUID(),
            personalAssistantId,
            courseId: course.id,
            completedOn,
            expiresOn: expiryDate(completedOn, course.validityMonths),
            ...signedOff,
            ...attested,
          },
        });
      });
    } catch (err) {
      // The only unique key a new record can clash on is (PA, course, completion date).
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
        throw conflict('input.completedOn', 'this personal assistant already has this course recorded as completed on this date');
      }
      throw err;
    }
  },
};
