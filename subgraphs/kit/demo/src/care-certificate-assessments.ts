/**
 * The Care Certificate's workplace assessments (brief W6 step 4): knowledge first, then "once
 * they are in work, PAs would then be able to have their competence assessed", by a
 * council-trained assessor or a college's internal assessor. Each council learning and
 * development team and each college keeps a few assessors; most PAs with every standard's
 * knowledge have been assessed on all of them (the certificate awarded), some are still waiting.
 */
import type { BuildContext } from './context.ts';
import { dayOf, isoOf } from './dates.ts';
import { drawName } from './names.ts';
import { Rng } from './random.ts';
import type {
  DemoCareCertificateAssessment,
  DemoCareCertificateAssessor,
  DemoCourse,
  DemoTrainingProvider,
  DemoTrainingRecord,
} from './types.ts';

const KIND_OF_PROVIDER: Partial<Record<DemoTrainingProvider['kind'], DemoCareCertificateAssessor['kind']>> = {
  COUNCIL_LEARNING_AND_DEVELOPMENT: 'COUNCIL_TRAINED',
  FURTHER_EDUCATION_COLLEGE: 'COLLEGE_INTERNAL_ASSESSOR',
};
const STANDARDS = 16;

export function buildCareCertificateAssessments(
  ctx: BuildContext,
  providers: readonly DemoTrainingProvider[],
  courses: readonly DemoCourse[],
  records: readonly DemoTrainingRecord[],
): { assessors: DemoCareCertificateAssessor[]; assessments: DemoCareCertificateAssessment[] } {
  const rng = Rng.derive(ctx.seed, 'care-certificate-assessments');
  const assessors: DemoCareCertificateAssessor[] = [];
  for (const provider of providers) {
    const kind = KIND_OF_PROVIDER[provider.kind];
    if (!kind) continue;
    for (let i = rng.int(2, 4); i > 0; i--) {
      const name = drawName(rng, 1975, { female: 0.7, welsh: 0.05, heritage: 0.05 });
      assessors.push({
        id: ctx.id('care-certificate-assessor', assessors.length),
        name: `${name.givenName} ${name.familyName}`,
        kind,
        providerId: provider.id,
        capacityPerMonth: rng.pick([8, 12, 16, 20, 32]),
      });
    }
  }
  const standardOf = new Map(courses.filter((c) => c.careCertificateStandard !== null).map((c) => [c.id, c.careCertificateStandard!]));
  // Each PA's first knowledge completion per standard.
  const knowledge = new Map<string, Map<number, string>>();
  for (const r of records) {
    const standard = standardOf.get(r.courseId);
    if (standard === undefined) continue;
    const mine = knowledge.get(r.personalAssistantId) ?? new Map<number, string>();
    knowledge.set(r.personalAssistantId, mine);
    const seen = mine.get(standard);
    if (!seen || r.completedOn < seen) mine.set(standard, r.completedOn);
  }
  const assessments: DemoCareCertificateAssessment[] = [];
  for (const [paId, standards] of knowledge) {
    if (assessors.length === 0) break;
    const assessor = rng.pick(assessors);
    // Four in five with every standard's knowledge are assessed on all of them; the rest part-way, as are a third of the others.
    const all = standards.size === STANDARDS && rng.chance(0.8);
    const share = all ? 1 : rng.chance(0.35) ? rng.next() : 0;
    for (const [standard, completedOn] of [...standards].sort((a, b) => a[0] - b[0])) {
      if (!all && !rng.chance(share)) continue;
      const assessedOn = dayOf(completedOn) + rng.int(7, 90);
      if (assessedOn > ctx.asOf) continue;
      assessments.push({ personalAssistantId: paId, standard, assessedOn: isoOf(assessedOn), assessorId: assessor.id });
    }
  }
  return { assessors, assessments };
}
