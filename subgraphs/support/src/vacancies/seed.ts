import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { slotMask, type Slot } from '../register/slots.ts';

const POSTED_BY = 'the employer, through their support organisation';

/** The demo region's PA vacancies; a filled one with its appointed applicant's application. */
export async function seedVacancies(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const vacancies = region.vacancies;
  await insertRows(
    db,
    'vacancy',
    [
      'id',
      'employer_person_id',
      'posted_on',
      'posted_by',
      'postcode_district',
      'hours_per_week',
      'slot_mask',
      'services',
      'languages',
      'training',
      'hourly_rate',
      'visit_minutes',
      'filled_on',
      'filled_by_pa_id',
    ],
    vacancies.map((v) => [
      v.id,
      v.employerPersonId,
      v.postedOn,
      POSTED_BY,
      v.postcodeDistrict,
      v.hoursPerWeek,
      slotMask(v.slots as Slot[]).toString(),
      v.services,
      v.languages,
      v.training,
      v.hourlyRate,
      v.visitMinutes,
      v.filledOn,
      v.filledByPaId,
    ]),
    (done) => progress?.('vacancies', done, vacancies.length),
  );
  const appointed = vacancies.filter((v) => v.appointedApplicationId && v.filledByPaId && v.filledOn);
  await insertRows(
    db,
    'vacancy_application',
    ['id', 'vacancy_id', 'personal_assistant_id', 'applied_on', 'interview_on', 'outcome', 'recorded_by'],
    appointed.map((v) => [v.appointedApplicationId, v.id, v.filledByPaId, v.postedOn, v.filledOn, 'APPOINTED', POSTED_BY]),
  );
}
