/**
 * PAs' training records over the last four years. Health-task competences follow the
 * work: a PA in post with someone whose plan has PEG feeding holds "PEG feeding", signed
 * off by a nurse from the local NHS trust and refreshed yearly; movers' PAs were trained
 * around the move (brief W8 step 4). Other courses are signed off by college assessors,
 * council trainers or independent trainers, never NHS staff.
 */
import type { DemoTrainingRecord } from './types.ts';
import type { BuildContext } from './context.ts';
import { addYears, isoOf, type Day } from './dates.ts';
import { Rng } from './random.ts';
import { drawStaffName } from './names.ts';
import { DARLINGTON, DURHAM, FLINTSHIRE } from './reference-data.ts';
import {
  ACCESS_YOUR_CARE, COLEG_CAMBRIA, DURHAM_WORKFORCE, FLINTSHIRE_WORKFORCE, NEWCASTLE_COLLEGE,
  TYNE_WEAR_CARE_ALLIANCE, WESTON_COLLEGE,
} from './organisations.ts';
import {
  CARE_CERTIFICATE_CODES, COURSE_SEEDS, ESSENTIAL_SKILLS_CODES, HEALTH_TASK_SIGN_OFF_ROLES, MEDICATION,
  MOVING_AND_POSITIONING,
} from './courses.ts';
import type { PaPlan } from './workforce.ts';

type SignOff = DemoTrainingRecord['signedOffBy'];
type Assessor = readonly [organisation: string, role: string];

/** About one PA in ten has all 16 standards, a third are part-way; PAs are not required to do it (brief G5). */
const CARE_CERTIFICATE_PROGRESS = [['complete', 0.1], ['partial', 0.34], ['none', 0.56]] as const;

/** Who assesses Care Certificate standards: local colleges, trainers and council-trained assessors (brief W6 step 4). */
function careCertificateAssessors(gss: string): readonly (readonly [Assessor, number])[] {
  if (gss === FLINTSHIRE) return [[[COLEG_CAMBRIA, 'Care Certificate assessor'], 0.5], [[FLINTSHIRE_WORKFORCE, 'Workplace assessor'], 0.5]];
  const assessors: (readonly [Assessor, number])[] = [
    [[TYNE_WEAR_CARE_ALLIANCE, 'Care Certificate assessor'], 0.35],
    [[NEWCASTLE_COLLEGE, 'Care Certificate assessor'], 0.25],
    [[ACCESS_YOUR_CARE, 'Care Certificate assessor'], 0.2],
    [[WESTON_COLLEGE, 'Internal assessor'], 0.1],
  ];
  if (gss === DURHAM || gss === DARLINGTON) assessors.push([[DURHAM_WORKFORCE, 'Workplace assessor'], 0.3]);
  return assessors;
}

function movingAndPositioningTrainers(gss: string): readonly Assessor[] {
  if (gss === FLINTSHIRE) return [[FLINTSHIRE_WORKFORCE, 'Moving and positioning trainer']];
  if (gss === DURHAM || gss === DARLINGTON) return [[DURHAM_WORKFORCE, 'Moving and handling trainer'], [ACCESS_YOUR_CARE, 'Moving and handling trainer']];
  return [[TYNE_WEAR_CARE_ALLIANCE, 'Moving and handling trainer'], [ACCESS_YOUR_CARE, 'Moving and handling trainer']];
}

export interface Training {
  records: DemoTrainingRecord[];
  /** PAs holding at least one NHS-signed health-task competence (they offer HEALTH_TASKS). */
  healthTaskPaIds: Set<string>;
}

export function buildTraining(ctx: BuildContext, pas: readonly PaPlan[], courseIdByCode: ReadonlyMap<string, string>): Training {
  const rng = Rng.derive(ctx.seed, 'training');
  const asOf = ctx.asOf;
  const records: DemoTrainingRecord[] = [];
  const healthTaskPaIds = new Set<string>();
  const providerOf = new Map(COURSE_SEEDS.map((c) => [c.code, c] as const));
  const courseNo = new Map(COURSE_SEEDS.map((c, i) => [c.code, i] as const));
  /** (course number, day) pairs already recorded for the current PA. */
  const seen = new Set<number>();

  // A few named staff per organisation and role, so the same nurse signs off several PAs.
  const rosters = new Map<string, string[]>();
  const staffName = (organisation: string, role: string): string => {
    const key = `${organisation}|${role}`;
    let names = rosters.get(key);
    if (!names) {
      const welsh = /Betsi|Flintshire|Cambria/.test(organisation) ? 0.35 : 0.01;
      names = Array.from({ length: 3 }, () => drawStaffName(rng, welsh));
      rosters.set(key, names);
    }
    return rng.pick(names);
  };
  const signOff = ([organisation, role]: Assessor, nhsStaff = false): SignOff => ({ name: staffName(organisation, role), role, organisation, nhsStaff });

  for (const pa of pas) {
    // Completed within the last four years, as an adult, and before asOf.
    const lower = Math.max(addYears(asOf, -4), addYears(pa.dateOfBirth, 18));
    const upper = asOf - 1;
    seen.clear();
    const add = (code: string, day: Day, signedOffBy: SignOff) => {
      const courseId = courseIdByCode.get(code);
      const n = courseNo.get(code);
      if (!courseId || n === undefined) throw new Error(`no course ${code}`);
      const key = n * 1_000_000 + day;
      if (seen.has(key)) return; // one completion per PA, course and day
      seen.add(key);
      records.push({ id: ctx.id('training-record', pa.index, n, day), personalAssistantId: pa.id, courseId, completedOn: isoOf(day), signedOffBy });
    };
    /** A course and its yearly refreshers, each kept up with probability `keepUp`. */
    const withRefreshers = (code: string, first: Day, keepUp: number, signer: () => SignOff) => {
      for (let day = first; day <= upper; day += rng.int(330, 390)) {
        add(code, day, signer());
        if (!rng.chance(keepUp)) break;
      }
    };
    const gss = pa.council.gssCode;
    const active = pa.employments.filter((e) => e.end === null);

    // Health tasks for everyone they currently support, signed off by that person's local NHS trust.
    const competences = new Set<string>();
    for (const e of active) {
      for (const code of e.employer.healthTasks) {
        if (competences.has(code)) continue;
        competences.add(code);
        const from = Math.max(lower, e.start - 30);
        const move = e.employer.transition;
        const nearMove = move === null ? null : ([Math.max(from, move - 60), Math.min(upper, move + 14)] as const);
        const first = nearMove && nearMove[0] <= nearMove[1] ? rng.day(nearMove[0], nearMove[1]) : rng.day(from, upper);
        const roles = HEALTH_TASK_SIGN_OFF_ROLES[code];
        const nurseRole = e.employer.featured ? roles[0] ?? 'Clinical nurse specialist' : rng.pick(roles);
        withRefreshers(code, first, 0.85, () => signOff([e.employer.council.nhsTrainer, nurseRole], true));
      }
    }
    if (competences.size > 0) healthTaskPaIds.add(pa.id);

    // Care Certificate standards, assessed in a run a few days apart.
    const cc = pa.featured
      ? rng.chance(0.5) ? 'complete' : 'partial'
      : rng.weighted(CARE_CERTIFICATE_PROGRESS);
    if (cc !== 'none') {
      const standards = cc === 'complete' ? CARE_CERTIFICATE_CODES : rng.sample(CARE_CERTIFICATE_CODES, rng.int(2, 12)).sort();
      const assessor = signOff(rng.weighted(careCertificateAssessors(gss)));
      let day = rng.day(lower, Math.max(lower, upper - 150));
      for (const code of standards) {
        if (day > upper) break;
        add(code, day, { ...assessor });
        day += rng.int(1, 10);
      }
    }

    // Moving and positioning: required of Flintshire micro-carers, common elsewhere.
    if (rng.chance(gss === FLINTSHIRE ? 0.7 : 0.4)) {
      const trainer = rng.pick(movingAndPositioningTrainers(gss));
      withRefreshers(MOVING_AND_POSITIONING, rng.day(lower, upper), 0.35, () => signOff(trainer));
    }

    const givesMedication = active.some((e) => e.employer.medication || e.employer.healthTasks.length > 0);
    if (rng.chance(givesMedication ? 0.85 : 0.12)) {
      const trainer: Assessor = gss === FLINTSHIRE ? [FLINTSHIRE_WORKFORCE, 'Medication trainer'] : [TYNE_WEAR_CARE_ALLIANCE, 'Medication trainer'];
      withRefreshers(MEDICATION, rng.day(lower, upper), 0.5, () => signOff(trainer));
    }

    for (const code of ESSENTIAL_SKILLS_CODES) {
      if (!rng.chance(0.14)) continue;
      const course = providerOf.get(code);
      if (!course) continue;
      withRefreshers(code, rng.day(lower, upper), course.validityMonths === null ? 0 : 0.25, () => signOff([course.provider, 'Trainer']));
    }
  }
  return { records, healthTaskPaIds };
}
