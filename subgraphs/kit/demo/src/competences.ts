/**
 * Which health-task competences each PA holds and until when, as the training subgraph
 * would answer: a record is current until its expiry day (completion + the course's
 * validity in months), and only the latest completion of a course counts.
 */
import type { DemoCarePlan, DemoCourse, DemoTrainingRecord } from './types.ts';
import { addMonths, dayOf, type Day } from './dates.ts';
import { HEALTH_TASK_DESCRIPTIONS } from './care-needs.ts';
import { HEALTH_TASK_CODES, type HealthTaskCode } from './courses.ts';

const CODE_OF_TASK = new Map(HEALTH_TASK_CODES.map((code) => [HEALTH_TASK_DESCRIPTIONS[code], code] as const));

/** The health-task course codes a care plan's health-related tasks call for, in plan order. */
export function requiredCompetences(plan: Pick<DemoCarePlan, 'tasks'> | undefined): HealthTaskCode[] {
  const codes: HealthTaskCode[] = [];
  for (const task of plan?.tasks ?? []) {
    const code = task.healthRelated ? CODE_OF_TASK.get(task.description) : undefined;
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

export class CompetenceIndex {
  /** PA id -> course code -> last day the latest NHS-signed completion is current. */
  private readonly expiry = new Map<string, Map<string, Day>>();

  constructor(records: readonly DemoTrainingRecord[], courses: readonly DemoCourse[]) {
    const healthCourses = new Map(courses.filter((c) => c.category === 'HEALTH_TASK_COMPETENCE').map((c) => [c.id, c]));
    for (const t of records) {
      const course = healthCourses.get(t.courseId);
      if (!course || !t.signedOffBy.nhsStaff) continue;
      const completed = dayOf(t.completedOn);
      const until = course.validityMonths === null ? Number.MAX_SAFE_INTEGER : addMonths(completed, course.validityMonths);
      let byCode = this.expiry.get(t.personalAssistantId);
      if (!byCode) this.expiry.set(t.personalAssistantId, (byCode = new Map()));
      if ((byCode.get(course.code) ?? -Infinity) < until) byCode.set(course.code, until);
    }
  }

  /** The last day the PA's competence is current, or null if they never held it. */
  currentUntil(paId: string, code: string): Day | null {
    return this.expiry.get(paId)?.get(code) ?? null;
  }

  isCurrent(paId: string, code: string, day: Day): boolean {
    return (this.currentUntil(paId, code) ?? -Infinity) >= day;
  }
}
