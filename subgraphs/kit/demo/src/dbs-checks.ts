/**
 * The DBS check behind each PA's DBS status (brief W5, G1): one record for every PA whose status
 * is not NOT_CHECKED, with the certificate's day equal to the PA's `dbsCheckedOn`. From the
 * seeds: 45% of checks obtained by the council and 35% by a support organisation (the rest by
 * another registered body), usually paid by the council directly or from the direct payment; a
 * children's barred-list check where children are in the house; and, after a negative return,
 * a recorded discussion between employer and applicant, often with the care manager.
 */
import type { BuildContext } from './context.ts';
import { addYears, dayOf, isoOf, type Day } from './dates.ts';
import type { PaPlan } from './workforce.ts';
import { Rng } from './random.ts';
import type { DemoDbsCheck, DemoEmployment, DemoPersonalAssistant } from './types.ts';

const PROCESSORS = [
  ['COUNCIL', 0.45],
  ['SUPPORT_ORGANISATION', 0.35],
  ['OTHER_REGISTERED_BODY', 0.2],
] as const;

/** Enhanced with the adults' barred list for personal care (regulated activity); a few also children's, a few less. */
const LEVELS: readonly (readonly [Pick<DemoDbsCheck, 'level' | 'adultsBarredList' | 'childrenBarredList'>, number])[] = [
  [{ level: 'ENHANCED', adultsBarredList: true, childrenBarredList: false }, 0.8],
  [{ level: 'ENHANCED', adultsBarredList: true, childrenBarredList: true }, 0.12],
  [{ level: 'ENHANCED', adultsBarredList: false, childrenBarredList: false }, 0.04],
  [{ level: 'STANDARD', adultsBarredList: false, childrenBarredList: false }, 0.02],
  [{ level: 'BASIC', adultsBarredList: false, childrenBarredList: false }, 0.02],
];

const PAYERS: Record<DemoDbsCheck['processedByKind'], readonly (readonly [DemoDbsCheck['paidBy'], number])[]> = {
  COUNCIL: [
    ['COUNCIL', 0.65],
    ['DIRECT_PAYMENT', 0.35],
  ],
  SUPPORT_ORGANISATION: [
    ['DIRECT_PAYMENT', 0.6],
    ['SUPPORT_ORGANISATION', 0.2],
    ['EMPLOYER_OWN_FUNDS', 0.2],
  ],
  OTHER_REGISTERED_BODY: [
    ['DIRECT_PAYMENT', 0.5],
    ['EMPLOYER_OWN_FUNDS', 0.3],
    ['PERSONAL_ASSISTANT', 0.2],
  ],
};

const DECISIONS = [
  ['PROCEED', 0.6],
  ['PROCEED_WITH_SAFEGUARDS', 0.3],
  ['DO_NOT_PROCEED', 0.1],
] as const;

export function buildDbsChecks(
  ctx: BuildContext,
  plans: readonly PaPlan[],
  records: readonly DemoPersonalAssistant[],
  employments: readonly DemoEmployment[],
): DemoDbsCheck[] {
  const rng = Rng.derive(ctx.seed, 'dbs-checks');
  const byPa = new Map<string, DemoEmployment[]>();
  for (const e of employments) {
    const list = byPa.get(e.personalAssistantId);
    if (list) list.push(e);
    else byPa.set(e.personalAssistantId, [e]);
  }
  const out: DemoDbsCheck[] = [];
  records.forEach((pa, i) => {
    if (pa.dbsStatus === 'NOT_CHECKED') return;
    const plan = plans[i]!;
    const issued = pa.dbsCheckedOn === null ? null : dayOf(pa.dbsCheckedOn);
    const adult = addYears(dayOf(pa.dateOfBirth), 18);
    const applied = issued === null ? ctx.asOf - rng.int(3, 40) : Math.max(adult, issued - rng.int(7, 35));
    const processedByKind = plan.featured ? 'COUNCIL' : rng.weighted(PROCESSORS);
    const supporters = ctx.orgsServing('PA_REGISTER_HOST', plan.council.gssCode);
    const kind = processedByKind === 'SUPPORT_ORGANISATION' && supporters.length === 0 ? 'COUNCIL' : processedByKind;
    const requester = employerAround(byPa.get(pa.id) ?? [], applied);
    const subscribed = issued !== null && (plan.featured || rng.chance(0.45)) ? Math.min(issued + rng.int(0, 25), ctx.asOf) : null;
    const check: DemoDbsCheck = {
      id: ctx.id('dbs-check', i),
      personalAssistantId: pa.id,
      ...(plan.featured ? LEVELS[0]![0] : rng.weighted(LEVELS)),
      requestedByPersonId: requester,
      appliedOn: isoOf(applied),
      processedByKind: kind,
      processedByCode: kind === 'COUNCIL' ? plan.council.gssCode : kind === 'SUPPORT_ORGANISATION' ? rng.pick(supporters).id : null,
      paidBy: plan.featured ? 'COUNCIL' : rng.weighted(PAYERS[kind]),
      certificateIssuedOn: pa.dbsCheckedOn,
      result: pa.dbsStatus === 'IN_PROGRESS' ? null : pa.dbsStatus,
      updateServiceSubscribedOn: subscribed === null ? null : isoOf(subscribed),
      ...statusCheck(rng, ctx.asOf, subscribed, plan.featured),
      ...discussion(rng, ctx.asOf, pa.dbsStatus === 'INFORMATION_DISCLOSED' ? issued : null),
    };
    out.push(check);
  });
  return out;
}

/** The employer whose employment began nearest the application: whoever was about to take the PA on. */
function employerAround(employments: readonly DemoEmployment[], applied: Day): string | null {
  let best: DemoEmployment | null = null;
  for (const e of employments) {
    if (!best || Math.abs(dayOf(e.start) - applied) < Math.abs(dayOf(best.start) - applied)) best = e;
  }
  return best?.employerPersonId ?? null;
}

/** Half of subscribed certificates were status-checked in the last four weeks; a few showed new information. */
function statusCheck(
  rng: Rng,
  asOf: Day,
  subscribed: Day | null,
  featured: boolean,
): Pick<DemoDbsCheck, 'lastStatusCheckOn' | 'lastStatusCheckResult'> {
  if (subscribed === null || (!featured && rng.chance(0.2))) return { lastStatusCheckOn: null, lastStatusCheckResult: null };
  const recent = featured || rng.chance(0.5);
  const lo = recent ? Math.max(subscribed, asOf - 27) : subscribed;
  const hi = recent ? asOf : Math.max(subscribed, asOf - 28);
  return {
    lastStatusCheckOn: isoOf(rng.int(lo, hi)),
    lastStatusCheckResult: !featured && rng.chance(0.02) ? 'NEW_INFORMATION' : 'NO_NEW_INFORMATION',
  };
}

/** Four in five negative returns have a recorded discussion (North Somerset's practice); the rest do not, yet. */
function discussion(
  rng: Rng,
  asOf: Day,
  issued: Day | null,
): Pick<DemoDbsCheck, 'discussionHeldOn' | 'discussedWith' | 'decision' | 'decidedOn'> {
  if (issued === null || !rng.chance(0.8)) return { discussionHeldOn: null, discussedWith: [], decision: null, decidedOn: null };
  const held = Math.min(issued + rng.int(2, 21), asOf);
  const withCareManager = rng.chance(0.7);
  return {
    discussionHeldOn: isoOf(held),
    discussedWith: withCareManager ? ['EMPLOYER', 'APPLICANT', 'CARE_MANAGER'] : ['EMPLOYER', 'APPLICANT'],
    decision: rng.weighted(DECISIONS),
    decidedOn: isoOf(Math.min(held + rng.int(0, 7), asOf)),
  };
}
