/**
 * Training and the Care Certificate for commissioners: how many of the PAs a filter covers have
 * completed each standard, the whole certificate, and each course (current on the period's last
 * day). The PAs in scope come from the PA register's subgraph through the graph; counts only,
 * each suppressed and rounded by the kit.
 */
import { aggregateScope, publishBreakdown, publishCount, type AggregateFilterInput } from '@continuum/access';
import type { GraphClient } from '@continuum/runtime';
import { CARE_CERTIFICATE_STANDARDS } from '../care-certificate.ts';
import { isCurrent } from '../expiry.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';

const PAS_IN_SCOPE = `query TrainingAggregatePas($filter: AggregateFilter) { personalAssistantIdsInScope(filter: $filter) }`;

const CATEGORY_ORDER = ['MOVING_AND_POSITIONING', 'MEDICATION', 'ESSENTIAL_SKILLS', 'HEALTH_TASK_COMPETENCE'];

function filterVariables(filter: AggregateFilterInput | null | undefined, from: string, to: string) {
  return {
    councilGssCode: filter?.councilGssCode ?? null,
    icbOdsCode: filter?.icbOdsCode ?? null,
    areaCode: filter?.areaCode ?? null,
    from,
    to,
  };
}

export async function paTrainingAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['PaTrainingAggregates']> {
  const scope = aggregateScope(filter);
  const period = { from: scope.from.toISOString().slice(0, 10), to: scope.to.toISOString().slice(0, 10) };
  const [{ personalAssistantIdsInScope: paIds }, courses] = await Promise.all([
    graph.request<{ personalAssistantIdsInScope: string[] }>(PAS_IN_SCOPE, { filter: filterVariables(filter, period.from, period.to) }),
    db.course.findMany({ orderBy: [{ code: 'asc' }] }),
  ]);
  // Thousands of ids go as one array parameter, not one parameter each.
  const records = paIds.length
    ? await db.$queryRaw<{ personalAssistantId: string; courseId: string; completedOn: Date; expiresOn: Date | null }[]>`
        SELECT personal_assistant_id::text AS "personalAssistantId", course_id::text AS "courseId", completed_on AS "completedOn", expires_on AS "expiresOn"
        FROM training_record WHERE personal_assistant_id = ANY(${paIds}::uuid[]) AND completed_on <= ${scope.to}`
    : [];
  const courseById = new Map(courses.map((c) => [c.id, c]));
  const standardsOf = new Map<string, Set<number>>();
  const currentCourses = new Map<string, Set<string>>();
  let completionsInPeriod = 0;
  for (const r of records) {
    const course = courseById.get(r.courseId)!;
    if (r.completedOn.getTime() >= scope.from.getTime()) completionsInPeriod++;
    if (course.careCertificateStandard !== null) {
      if (!standardsOf.has(r.personalAssistantId)) standardsOf.set(r.personalAssistantId, new Set());
      standardsOf.get(r.personalAssistantId)!.add(course.careCertificateStandard);
    } else if (isCurrent(r.expiresOn, scope.to)) {
      if (!currentCourses.has(course.code)) currentCourses.set(course.code, new Set());
      currentCourses.get(course.code)!.add(r.personalAssistantId);
    }
  }
  const progress = paIds.map((id) => standardsOf.get(id)?.size ?? 0);
  const standardTitles = new Map(
    courses.filter((c) => c.careCertificateStandard !== null).map((c) => [c.careCertificateStandard!, c.title]),
  );
  const otherCourses = courses
    .filter((c) => c.careCertificateStandard === null)
    .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.code.localeCompare(b.code));
  return {
    from: scope.from,
    to: scope.to,
    personalAssistants: publishCount(paIds.length),
    careCertificate: publishBreakdown([
      { key: 'COMPLETE', label: 'All 16 standards', count: progress.filter((n) => n === CARE_CERTIFICATE_STANDARDS).length },
      { key: 'IN_PROGRESS', label: 'Some standards', count: progress.filter((n) => n > 0 && n < CARE_CERTIFICATE_STANDARDS).length },
      { key: 'NOT_STARTED', label: 'Not started', count: progress.filter((n) => n === 0).length },
    ]),
    careCertificateStandards: publishBreakdown(
      Array.from({ length: CARE_CERTIFICATE_STANDARDS }, (_, i) => ({
        key: String(i + 1),
        label: `${i + 1}. ${standardTitles.get(i + 1) ?? `Standard ${i + 1}`}`,
        count: paIds.filter((id) => standardsOf.get(id)?.has(i + 1)).length,
      })),
    ),
    currentCourses: otherCourses.map((c) => ({
      key: c.code,
      label: c.title,
      category: c.category,
      count: publishCount(currentCourses.get(c.code)?.size ?? 0),
    })),
    completionsInPeriod: publishCount(completionsInPeriod),
  } as ResolversTypes['PaTrainingAggregates'];
}
