import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** The assessor register, then each standard's workplace assessment (after the providers, for the foreign keys). */
export async function seedCareCertificateAssessments(db: PrismaClient, region: DemoRegion): Promise<void> {
  await insertRows(
    db,
    'care_certificate_assessor',
    ['id', 'name', 'kind', 'provider_id', 'capacity_per_month', 'registered_by'],
    region.careCertificateAssessors.map((a) => [a.id, a.name, a.kind, a.providerId, a.capacityPerMonth, 'Demo region']),
  );
  await insertRows(
    db,
    'care_certificate_assessment',
    ['personal_assistant_id', 'standard', 'assessed_on', 'assessor_id', 'recorded_by'],
    region.careCertificateAssessments.map((a) => [a.personalAssistantId, a.standard, a.assessedOn, a.assessorId, 'Demo region']),
  );
}
