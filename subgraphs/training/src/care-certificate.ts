import type { CourseModel, TrainingRecordModel } from './generated/prisma/models.ts';

/** The Care Certificate has 16 standards; completing all of them completes the certificate. */
export const CARE_CERTIFICATE_STANDARDS = 16;

/**
 * Progress over the 16 standards from a personal assistant's records: per standard the
 * latest completion, whichever course (and provider) it was completed with.
 */
export function careCertificateProgress(records: TrainingRecordModel[], standardCourses: CourseModel[]) {
  const standardOfCourse = new Map(standardCourses.map((c) => [c.id, c.careCertificateStandard!]));
  const titles = new Map<number, string>();
  for (const course of standardCourses) {
    if (!titles.has(course.careCertificateStandard!)) titles.set(course.careCertificateStandard!, course.title);
  }
  const latest = new Map<number, Date>();
  for (const record of records) {
    const standard = standardOfCourse.get(record.courseId);
    if (standard === undefined) continue;
    const seen = latest.get(standard);
    if (!seen || record.completedOn.getTime() > seen.getTime()) latest.set(standard, record.completedOn);
  }
  const standards = Array.from({ length: CARE_CERTIFICATE_STANDARDS }, (_, i) => ({
    standard: i + 1,
    title: titles.get(i + 1) ?? `Standard ${i + 1}`,
    completedOn: latest.get(i + 1) ?? null,
  }));
  const standardsCompleted = standards.filter((s) => s.completedOn !== null).length;
  return {
    standards,
    standardsCompleted,
    standardsTotal: CARE_CERTIFICATE_STANDARDS,
    complete: standardsCompleted === CARE_CERTIFICATE_STANDARDS,
  };
}
