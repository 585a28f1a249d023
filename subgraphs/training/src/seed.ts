import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import { expiryDate } from './expiry.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import { seedCareCertificateAssessments } from './care-certificate-assessment/seed.ts';
import { seedSessionsAndClaims } from './course-sessions/seed.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (d: Date | null) => (d === null ? null : d.toISOString().slice(0, 10));

/** Writes the demo region's training providers, course catalogue and PAs' training records. */
export async function seed(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const providers = region.trainingProviders;
  await insertRows(
    db,
    'training_provider',
    ['id', 'name', 'kind'],
    providers.map((p) => [p.id, p.name, p.kind]),
    (done) => progress?.('training providers', done, providers.length),
  );

  const courses = region.courses;
  await insertRows(
    db,
    'course',
    [
      'id',
      'code',
      'title',
      'category',
      'care_certificate_standard',
      'duration_days',
      'validity_months',
      'requires_nhs_sign_off',
      'provider_id',
    ],
    courses.map((c) => [
      c.id,
      c.code,
      c.title,
      c.category,
      c.careCertificateStandard,
      c.durationDays,
      c.validityMonths,
      c.requiresNhsSignOff,
      c.providerId,
    ]),
    (done) => progress?.('courses', done, courses.length),
  );

  // Expiry is fixed at write time from the course's validity, exactly as recordTraining does.
  const validity = new Map(courses.map((c) => [c.id, c.validityMonths]));
  const records = region.trainingRecords;
  await insertRows(
    db,
    'training_record',
    [
      'id',
      'personal_assistant_id',
      'course_id',
      'completed_on',
      'expires_on',
      'signed_off_name',
      'signed_off_role',
      'signed_off_organisation',
      'signed_off_nhs_staff',
    ],
    records.map((r) => [
      r.id,
      r.personalAssistantId,
      r.courseId,
      r.completedOn,
      isoDay(expiryDate(day(r.completedOn), validity.get(r.courseId) ?? null)),
      r.signedOffBy.name,
      r.signedOffBy.role,
      r.signedOffBy.organisation,
      r.signedOffBy.nhsStaff,
    ]),
    (done) => progress?.('training records', done, records.length),
  );
  await seedCareCertificateAssessments(db, region);
  await seedSessionsAndClaims(db, region);
}
