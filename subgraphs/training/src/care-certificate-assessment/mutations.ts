import { forbidden, requestAccessOf } from '@continuum/access';
import { badUserInput, conflict, isoDate, notFound, requireId, requirePastOrToday, requireText } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import { CARE_CERTIFICATE_STANDARDS } from '../care-certificate.ts';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { fullProgress } from './progress.ts';

const MAX_CAPACITY = 200;

/** Council-trained assessors are a council team's; internal assessors a college's. */
const KIND_OF_PROVIDER: Record<string, string> = {
  COUNCIL_LEARNING_AND_DEVELOPMENT: 'COUNCIL_TRAINED',
  FURTHER_EDUCATION_COLLEGE: 'COLLEGE_INTERNAL_ASSESSOR',
};

export const AssessmentMutation: MutationResolvers = {
  registerCareCertificateAssessor: async (_parent, { input }, ctx) => {
    const name = requireText(input.name, 'input.name', 200);
    const capacity = input.capacityPerMonth;
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > MAX_CAPACITY)
      throw badUserInput('input.capacityPerMonth', `must be a whole number from 0 to ${MAX_CAPACITY}`);
    const paId = input.personalAssistantId == null ? null : requireId(input.personalAssistantId, 'input.personalAssistantId');
    const { caller } = requestAccessOf(ctx);
    const provider = await ctx.db.trainingProvider.findUnique({ where: { id: caller.organisationCode } });
    if (!provider)
      throw forbidden(
        `${caller.organisationCode} is not a training provider on the hub`,
        'input',
        'only a training provider keeps assessors',
      );
    if (KIND_OF_PROVIDER[provider.kind] !== input.kind)
      throw badUserInput(
        'input.kind',
        `${provider.name} (${provider.kind}) registers ${KIND_OF_PROVIDER[provider.kind] ?? 'no'} assessors`,
      );
    return ctx.db.careCertificateAssessor.create({
      data: {
        id: randomUUID(),
        name,
        kind: input.kind,
        providerId: provider.id,
        capacityPerMonth: capacity,
        personalAssistantId: paId,
        registeredBy: caller.name,
      },
    });
  },

  recordCareCertificateAssessment: async (_parent, { input }, ctx) => {
    const paId = requireId(input.personalAssistantId, 'input.personalAssistantId');
    const assessorId = requireId(input.assessorId, 'input.assessorId');
    const standard = input.standard;
    if (!Number.isInteger(standard) || standard < 1 || standard > CARE_CERTIFICATE_STANDARDS)
      throw badUserInput('input.standard', `must be a standard from 1 to ${CARE_CERTIFICATE_STANDARDS}`);
    requirePastOrToday(input.assessedOn, 'input.assessedOn');
    const { caller } = requestAccessOf(ctx);
    return ctx.db.$transaction(async (tx) => {
      const assessor = await tx.careCertificateAssessor.findUnique({ where: { id: assessorId } });
      if (!assessor) throw notFound('CareCertificateAssessor', 'input.assessorId', input.assessorId);
      if (assessor.providerId !== caller.organisationCode)
        throw forbidden(
          `the assessor is not ${caller.organisationCode}'s`,
          'input.assessorId',
          "an organisation records its own assessors' assessments",
        );
      if (assessor.personalAssistantId === paId) throw badUserInput('input.assessorId', 'an assessor may not assess their own record');
      const courses = await tx.course.findMany({ where: { careCertificateStandard: standard } });
      const knowledge = await tx.trainingRecord.findFirst({
        where: { personalAssistantId: paId, courseId: { in: courses.map((c) => c.id) } },
        orderBy: { completedOn: 'asc' },
      });
      if (!knowledge) throw conflict('input.standard', `the PA has not completed standard ${standard}'s knowledge yet`);
      if (input.assessedOn.getTime() < knowledge.completedOn.getTime())
        throw badUserInput('input.assessedOn', `must not be before the knowledge was completed (${isoDate(knowledge.completedOn)})`);
      // The unique key (PA, standard) serialises two assessors recording the same standard at once;
      // after a PA merge the survivor may hold two for a standard, so any one of them means taken.
      const taken = await tx.careCertificateAssessment.findFirst({
        where: { personalAssistantId: paId, standard },
        orderBy: { assessedOn: 'asc' },
      });
      if (taken) throw conflict('input.standard', `standard ${standard} was already assessed on ${isoDate(taken.assessedOn)}`);
      await tx.careCertificateAssessment.create({
        data: { personalAssistantId: paId, standard, assessedOn: input.assessedOn, assessorId, recordedBy: caller.name },
      });
      const [records, standardCourses, assessments] = await Promise.all([
        tx.trainingRecord.findMany({ where: { personalAssistantId: paId } }),
        tx.course.findMany({ where: { category: 'CARE_CERTIFICATE_STANDARD' } }),
        tx.careCertificateAssessment.findMany({ where: { personalAssistantId: paId }, include: { assessor: true } }),
      ]);
      return fullProgress(records, standardCourses, assessments);
    });
  },
};
