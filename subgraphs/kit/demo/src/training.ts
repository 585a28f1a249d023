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
  ACCESS_YOUR_CARE,
  COLEG_CAMBRIA,
  DURHAM_WORKFORCE,
  FLINTSHIRE_WORKFORCE,
  NEWCASTLE_COLLEGE,
  TYNE_WEAR_CARE_ALLIANCE,
  WESTON_COLLEGE,
} from './organisations.ts';
import {
  CARE_CERTIFICATE_CODES,
  COURSE_SEEDS,
  ESSENTIAL_SKILLS_CODES,
  HEALTH_TASK_SIGN_OFF_ROLES,
  MEDICATION,
  MOVING_AND_POSITIONING,
} from './courses.ts';
import type { PaPlan } from './workforce.ts';

type SignOff = DemoTrainingRecord['signedOffBy'];
type Assessor = readonly [organisation: string, role: string];

/** About one PA in ten has all 16 standards, a third are part-way; PAs are not required to do it (brief G5). */
const CARE_CERTIFICATE_PROGRESS = [
  ['complete', 0.09],
  ['partial', 0.32],
  ['none', 0.59],
] as const;

/** Who assesses Care Certificate standards: local colleges, trainers and council-trained assessors (brief W6 step 4). */
function careCertificateAssessors(gss: string): readonly (readonly [Assessor, number])[] {
  if (gss === FLINTSHIRE)
    return [
      [[COLEG_CAMBRIA, 'Care Certificate assessor'], 0.5],
      [[FLINTSHIRE_WORKFORCE, 'Workplace assessor'], 0.5],
    ];
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
  if (gss === DURHAM || gss === DARLINGTON)
    return [
      [DURHAM_WORKFORCE, 'Moving and handling trainer'],
      [ACCESS_YOUR_CARE, 'Moving and handling trainer'],
    ];
  return [
    [TYNE_WEAR_CARE_ALLIANCE, 'Moving and handling trainer'],
    [ACCESS_YOUR_CARE, 'Moving and handling trainer'],
  ];
}

export interface Training {
  records: DemoTrainingRecord[];
  /** PAs holding at least one NHS-signed health-task competence (they offer HEALTH_TASKS). */
  healthTaskPaIds: Set<string>;
}

export function buildTraining(ctx: BuildContext, pas: readonly PaPlan[], courseIdByCode: ReadonlyMap<string, string>): Training {
  const writer = new TrainingWriter(ctx, courseIdByCode);
  for (const pa of pas) writer.write(pa);
  return { records: writer.records, healthTaskPaIds: writer.healthTaskPaIds };
}

const COURSE_NUMBER = new Map(COURSE_SEEDS.map((c, i) => [c.code, i] as const));
const COURSE_BY_CODE = new Map(COURSE_SEEDS.map((c) => [c.code, c] as const));

/** Writes one PA's records at a time; one instance is reused for everyone. */
class TrainingWriter {
  readonly records: DemoTrainingRecord[] = [];
  readonly healthTaskPaIds = new Set<string>();
  private readonly rng: Rng;
  /**
   * A few named staff per organisation and role, so the same nurse signs off several PAs.
   * Each person's sign-off is one frozen object shared by their records (~100 objects, not ~30,000).
   */
  private readonly rosters = new Map<string, Map<string, SignOff[]>>();
  /** (course number, day) pairs already recorded for the current PA. */
  private readonly seen = new Set<number>();
  private pa!: PaPlan;
  /** The current PA's window: completed within the last four years, as an adult, and before asOf. */
  private lower = 0;
  private upper = 0;

  constructor(
    private readonly ctx: BuildContext,
    private readonly courseIds: ReadonlyMap<string, string>,
  ) {
    this.rng = Rng.derive(ctx.seed, 'training');
  }

  write(pa: PaPlan): void {
    const { rng, ctx } = this;
    this.pa = pa;
    this.seen.clear();
    this.lower = Math.max(addYears(ctx.asOf, -4), addYears(pa.dateOfBirth, 18));
    this.upper = ctx.asOf - 1;
    const gss = pa.council.gssCode;
    const active = pa.employments.filter((e) => e.end === null);

    // Health tasks for everyone they currently support, signed off by that person's local NHS trust.
    const competences = new Set<string>();
    for (const e of active) {
      for (const code of e.employer.healthTasks) {
        if (competences.has(code)) continue;
        competences.add(code);
        const from = Math.max(this.lower, e.start - 30);
        // Movers' PAs were trained around the move (W8 step 4).
        const move = e.employer.transition;
        const nearFrom = move === null ? 0 : Math.max(from, move - 60);
        const nearTo = move === null ? -1 : Math.min(this.upper, move + 14);
        const first = nearFrom <= nearTo ? rng.day(nearFrom, nearTo) : rng.day(from, this.upper);
        const roles = HEALTH_TASK_SIGN_OFF_ROLES[code];
        const nurse = e.employer.featured ? (roles[0] ?? 'Clinical nurse specialist') : rng.pick(roles);
        // Most keep their competence current with a yearly refresher; the featured person's PAs always have.
        this.withRefreshers(code, first, e.employer.featured ? 1 : 0.85, [e.employer.council.nhsTrainer, nurse], true);
      }
    }
    if (competences.size > 0) this.healthTaskPaIds.add(pa.id);

    // Care Certificate standards, assessed in a run a few days apart by one assessor.
    const cc = pa.featured ? (rng.chance(0.5) ? 'complete' : 'partial') : rng.weighted(CARE_CERTIFICATE_PROGRESS);
    if (cc !== 'none') {
      const standards = cc === 'complete' ? CARE_CERTIFICATE_CODES : rng.sample(CARE_CERTIFICATE_CODES, rng.int(2, 12)).sort();
      const [organisation, role] = rng.weighted(careCertificateAssessors(gss));
      const assessor = this.staff(organisation, role, false);
      let day = rng.day(this.lower, Math.max(this.lower, this.upper - 150));
      for (const code of standards) {
        if (day > this.upper) break;
        this.add(code, day, assessor);
        day += rng.int(1, 10);
      }
    }

    // Moving and positioning: required of Flintshire micro-carers, common elsewhere.
    if (rng.chance(gss === FLINTSHIRE ? 0.7 : 0.4)) {
      this.withRefreshers(MOVING_AND_POSITIONING, rng.day(this.lower, this.upper), 0.35, rng.pick(movingAndPositioningTrainers(gss)));
    }

    const givesMedication = active.some((e) => e.employer.medication || e.employer.healthTasks.length > 0);
    if (rng.chance(givesMedication ? 0.85 : 0.12)) {
      const trainer: Assessor =
        gss === FLINTSHIRE ? [FLINTSHIRE_WORKFORCE, 'Medication trainer'] : [TYNE_WEAR_CARE_ALLIANCE, 'Medication trainer'];
      this.withRefreshers(MEDICATION, rng.day(this.lower, this.upper), 0.5, trainer);
    }

    for (const code of ESSENTIAL_SKILLS_CODES) {
      if (!rng.chance(0.14)) continue;
      const course = COURSE_BY_CODE.get(code);
      if (!course) continue;
      this.withRefreshers(code, rng.day(this.lower, this.upper), course.validityMonths === null ? 0 : 0.25, [course.provider, 'Trainer']);
    }
  }

  /** A course and its yearly refreshers, each kept up with probability `keepUp`. */
  private withRefreshers(code: string, first: Day, keepUp: number, [organisation, role]: Assessor, nhsStaff = false): void {
    for (let day = first; day <= this.upper; day += this.rng.int(330, 390)) {
      this.add(code, day, this.staff(organisation, role, nhsStaff));
      if (!this.rng.chance(keepUp)) break;
    }
  }

  private add(code: string, day: Day, signedOffBy: SignOff): void {
    const courseId = this.courseIds.get(code);
    const n = COURSE_NUMBER.get(code);
    if (!courseId || n === undefined) throw new Error(`no course ${code}`);
    const key = n * 1_000_000 + day;
    if (this.seen.has(key)) return; // one completion per PA, course and day
    this.seen.add(key);
    this.records.push({
      id: this.ctx.id('training-record', this.pa.index, n, day),
      personalAssistantId: this.pa.id,
      courseId,
      completedOn: isoOf(day),
      signedOffBy,
    });
  }

  private staff(organisation: string, role: string, nhsStaff: boolean): SignOff {
    let byRole = this.rosters.get(organisation);
    if (!byRole) this.rosters.set(organisation, (byRole = new Map()));
    const key = nhsStaff ? `${role} (NHS)` : role;
    let people = byRole.get(key);
    if (!people) {
      const welsh = /Betsi|Flintshire|Cambria/.test(organisation) ? 0.35 : 0.01;
      people = [0, 1, 2].map(() => Object.freeze({ name: drawStaffName(this.rng, welsh), role, organisation, nhsStaff }));
      byRole.set(key, people);
    }
    return this.rng.pick(people);
  }
}
