/**
 * What the tests expect, worked out from the demo region on its own terms
 * (not with the subgraph's code), so the two can disagree.
 */
import type { DemoRegion } from '@continuum/demo';

type Region = DemoRegion;

/** Adds calendar months to YYYY-MM-DD, holding the day to the target month's last day. */
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    month - 1
  ];
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, daysInMonth)).padStart(2, '0')}`;
}

/** The day the hub runs on in tests (the pinned clock), never the calendar's. */
export function todayIso(): string {
  const day = process.env.CONTINUUM_TODAY;
  if (!day) throw new Error('CONTINUUM_TODAY is not set: the test setup pins it');
  return day;
}

export function expectedRecord(region: Region, recordId: string) {
  const r = region.trainingRecords.find((x) => x.id === recordId)!;
  const course = region.courses.find((c) => c.id === r.courseId)!;
  const expiresOn = course.validityMonths === null ? null : addMonthsIso(r.completedOn, course.validityMonths);
  return {
    id: r.id,
    personalAssistant: { id: r.personalAssistantId },
    course: { id: course.id, code: course.code },
    completedOn: r.completedOn,
    expiresOn,
    signedOffBy: r.signedOffBy,
    current: expiresOn === null || expiresOn >= todayIso(),
  };
}

/** A PA's records as the graph should list them: newest completion first, then by id. */
export function recordsOf(region: Region, paId: string) {
  return region.trainingRecords
    .filter((r) => r.personalAssistantId === paId)
    .sort((a, b) => b.completedOn.localeCompare(a.completedOn) || a.id.localeCompare(b.id));
}

export function careCertificateOf(region: Region, paId: string) {
  const standardCourses = region.courses.filter((c) => c.category === 'CARE_CERTIFICATE_STANDARD');
  const standards = Array.from({ length: 16 }, (_, i) => {
    const ids = new Set(standardCourses.filter((c) => c.careCertificateStandard === i + 1).map((c) => c.id));
    const dates = recordsOf(region, paId)
      .filter((r) => ids.has(r.courseId))
      .map((r) => r.completedOn)
      .sort();
    return {
      standard: i + 1,
      title: standardCourses.find((c) => c.careCertificateStandard === i + 1)!.title,
      completedOn: dates.at(-1) ?? null,
    };
  });
  const standardsCompleted = standards.filter((s) => s.completedOn).length;
  return { standardsCompleted, standardsTotal: 16, complete: standardsCompleted === 16, standards };
}
