import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import type { PrismaClient } from '../generated/prisma/client.ts';

const RECORDED_BY = 'Direct payments support team';

/** The demo region's contingency plans and the cover asked for (and given) while PAs were off. */
export async function seedContingencyCover(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const plans = region.contingencyPlans;
  await insertRows(
    db,
    'contingency_plan',
    ['employer_person_id', 'agreed_by_all', 'tested_on', 'recorded_by'],
    plans.map((p) => [p.employerPersonId, p.agreedByAll, p.testedOn, RECORDED_BY]),
    (done) => progress?.('contingency plans', done, plans.length),
  );
  const arrangements = plans.flatMap((p) =>
    p.arrangements.map((a, position) => [
      p.employerPersonId,
      position,
      a.kind,
      a.personalAssistantId,
      a.microEnterpriseId,
      a.name,
      a.agencyTopUpPerHour,
    ]),
  );
  await insertRows(
    db,
    'contingency_arrangement',
    ['employer_person_id', 'position', 'kind', 'personal_assistant_id', 'micro_enterprise_id', 'name', 'agency_top_up_per_hour'],
    arrangements,
  );
  const requests = region.coverRequests;
  await insertRows(
    db,
    'cover_request',
    [
      'id',
      'employment_id',
      'employer_person_id',
      'from_day',
      'to_day',
      'reason',
      'requested_by',
      'requested_at',
      'covered_by_kind',
      'covered_by_pa_id',
      'covered_by_enterprise_id',
      'covered_by_name',
      'agency_top_up_per_hour',
      'filled_at',
      'filled_by',
    ],
    requests.map((r) => [
      r.id,
      r.employmentId,
      r.employerPersonId,
      r.fromDay,
      r.toDay,
      r.reason,
      RECORDED_BY,
      r.requestedAt,
      r.coveredBy?.kind ?? null,
      r.coveredBy?.personalAssistantId ?? null,
      r.coveredBy?.microEnterpriseId ?? null,
      r.coveredBy?.name ?? null,
      r.coveredBy?.agencyTopUpPerHour ?? null,
      r.filledAt,
      r.filledAt ? RECORDED_BY : null,
    ]),
    (done) => progress?.('cover requests', done, requests.length),
  );
}
