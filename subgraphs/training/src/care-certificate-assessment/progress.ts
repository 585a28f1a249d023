import { careCertificateProgress, CARE_CERTIFICATE_STANDARDS } from '../care-certificate.ts';
import type {
  CareCertificateAssessmentModel,
  CareCertificateAssessorModel,
  CourseModel,
  TrainingRecordModel,
} from '../generated/prisma/models.ts';
import type { CareCertificateStage } from '../generated/resolvers-types.ts';

export type Assessment = CareCertificateAssessmentModel & { assessor: CareCertificateAssessorModel };

const later = (a: Date | null, b: Date | null) => (a === null || b === null ? null : a.getTime() > b.getTime() ? a : b);

/**
 * A PA's Care Certificate with its two halves per standard: the knowledge (the standard's course,
 * latest completion) and the competence assessed in the workplace. Awarded when every standard has
 * both, on the day the last of them was done.
 */
export function fullProgress(records: TrainingRecordModel[], standardCourses: CourseModel[], assessments: readonly Assessment[]) {
  const knowledge = careCertificateProgress(records, standardCourses);
  // After a PA merge a standard may be assessed on both records: the earlier assessment counts.
  const byStandard = new Map<number, Assessment>();
  for (const a of assessments) {
    const held = byStandard.get(a.standard);
    if (!held || a.assessedOn.getTime() < held.assessedOn.getTime()) byStandard.set(a.standard, a);
  }
  const standards = knowledge.standards.map((s) => {
    const assessed = byStandard.get(s.standard) ?? null;
    return {
      ...s,
      knowledgeCompletedOn: s.completedOn ?? null,
      competenceAssessedOn: assessed?.assessedOn ?? null,
      assessor: assessed?.assessor ?? null,
    };
  });
  const competencesAssessed = standards.filter((s) => s.competenceAssessedOn !== null).length;
  const awaiting = standards.filter((s) => s.knowledgeCompletedOn !== null && s.competenceAssessedOn === null).length;
  const awarded = knowledge.complete && competencesAssessed === CARE_CERTIFICATE_STANDARDS;
  let stage: CareCertificateStage | null = null;
  if (awarded) stage = 'AWARDED';
  else if (knowledge.complete) stage = 'AWAITING_ASSESSMENT';
  else if (knowledge.standardsCompleted > 0) stage = 'KNOWLEDGE_IN_PROGRESS';
  const awardedOn = awarded
    ? standards.reduce<Date | null>(
        (day, s) => later(later(day ?? s.knowledgeCompletedOn, s.knowledgeCompletedOn), s.competenceAssessedOn),
        null,
      )
    : null;
  return { ...knowledge, standards, competencesAssessed, standardsAwaitingAssessment: awaiting, stage, awardedOn };
}
