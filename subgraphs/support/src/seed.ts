import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import type { PrismaClient } from './generated/prisma/client.ts';
import { paMatchKeys } from './matching/keys.ts';
import { countPas } from './matching/term-counts.ts';
import { seedFindableRegister } from './register/seed.ts';
import { seedContingencyCover } from './cover/seed.ts';
import { seedVacancies } from './vacancies/seed.ts';
import { seedPeerGroups } from './peer-groups/seed.ts';
import { seedDpMentors } from './mentors/seed.ts';
import { seedDbsChecks } from './dbs-checks/seed.ts';
import { seedEmploymentPay } from './employment-pay/seed.ts';
import { seedPensions } from './pensions/seed.ts';

const optionalDay = (iso: string | null) => iso || null;

/** Writes the demo region's support organisations, PA register and employments (in that order, for the foreign keys). */
export async function seed(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const organisations = region.supportOrganisations;
  await insertRows(
    db,
    'support_organisation',
    ['id', 'name', 'kinds', 'charity_number', 'company_number', 'areas_served'],
    organisations.map((o) => [o.id, o.name, o.kinds, o.charityNumber, o.companyNumber, o.areasServed]),
    (done) => progress?.('support organisations', done, organisations.length),
  );

  const assistants = region.personalAssistants;
  await insertRows(
    db,
    'personal_assistant',
    [
      'id',
      'given_name',
      'family_name',
      'date_of_birth',
      'ni_number_suffix',
      'employment_status',
      'postcode_district',
      'dbs_status',
      'dbs_checked_on',
      'services',
      'languages',
      'availability',
      'register_organisation_id',
    ],
    assistants.map((pa) => [
      pa.id,
      pa.givenName,
      pa.familyName,
      pa.dateOfBirth,
      pa.niNumberSuffix,
      pa.employmentStatus,
      pa.postcodeDistrict,
      pa.dbsStatus,
      optionalDay(pa.dbsCheckedOn),
      pa.services,
      pa.languages,
      JSON.stringify(pa.availability),
      pa.registerOrganisationId,
    ]),
    (done) => progress?.('personal assistants', done, assistants.length),
  );
  // Every PA is findable by their blocking keys from the start.
  const keys = assistants.flatMap((pa) => paMatchKeys(pa).map((key) => [pa.id, key]));
  await insertRows(db, 'pa_match_key', ['personal_assistant_id', 'key'], keys, (done) => progress?.('PA match keys', done, keys.length));
  // How common each name and date of birth is, for matching's frequency-aware weights.
  await countPas(db, assistants);

  const employments = region.employments;
  await insertRows(
    db,
    'employment',
    [
      'id',
      'employer_person_id',
      'personal_assistant_id',
      'start',
      'end',
      'hours_per_week',
      'role',
      'contract_signed',
      'health_duties',
      'insurance_updated',
      'pay_rate_updated',
      'health_hourly_rate',
      'health_duties_reviewed_on',
    ],
    employments.map((e) => [
      e.id,
      e.employerPersonId,
      e.personalAssistantId,
      e.start,
      optionalDay(e.end),
      e.hoursPerWeek,
      e.role,
      e.contractSigned,
      e.healthDuties ?? false,
      e.insuranceUpdated ?? false,
      e.payRateUpdated ?? false,
      e.healthHourlyRate ?? null,
      optionalDay(e.healthDutiesReviewedOn ?? null),
    ]),
    (done) => progress?.('employments', done, employments.length),
  );
  await seedDbsChecks(db, region, progress);
  await seedEmploymentPay(db, region, progress);
  // Assessed from the payslips just seeded.
  await seedPensions(db, region, progress);

  await insertRows(
    db,
    'micro_enterprise',
    [
      'id',
      'trading_name',
      'council_gss_code',
      'registered_on',
      'quality_framework_completed_on',
      'agency_on',
      'employees',
      'former_pa',
      'direct_commissioning',
    ],
    region.microEnterprises.map((m) => [
      m.id,
      m.tradingName,
      m.councilGssCode,
      m.registeredOn,
      optionalDay(m.qualityFrameworkCompletedOn),
      optionalDay(m.agencyOn),
      m.employees,
      m.formerPa,
      m.directCommissioning,
    ]),
  );
  await insertRows(
    db,
    'micro_care_hours',
    ['enterprise_id', 'month', 'category', 'hours', 'hourly_rate'],
    region.microCareHours.map((h) => [h.enterpriseId, h.month, h.category, h.hours, h.hourlyRate]),
  );
  await insertRows(
    db,
    'micro_care_client',
    ['id', 'enterprise_id', 'start', 'end'],
    region.microCareClients.map((c) => [c.id, c.enterpriseId, c.start, optionalDay(c.end)]),
  );
  await seedFindableRegister(db, region, progress);
  await seedContingencyCover(db, region, progress);
  await seedVacancies(db, region, progress);
  await seedPeerGroups(db, region);
  await seedDpMentors(db, region);
}
