/**
 * People waiting in hospital, or in a step-up bed in a care home, for care at home (the seed's
 * Flintshire: people "unable to return home from hospital or respite care", or who "stepped up"
 * into a care home while provision was searched for, 004:L238, L285). Built from the councils'
 * domiciliary care requests: about a third were asked for someone in such a bed, ready to leave on
 * the day the request was made and discharged on the day it was allocated or withdrawn (those
 * still waiting are still in the bed). The NHS body is the one whose area holds the council.
 */
import type { BuildContext } from './context.ts';
import { dayOf, isoOf } from './dates.ts';
import { Rng } from './random.ts';
import type { DemoDischargeWait, DemoDomiciliaryCareRequest } from './types.ts';

/** The share of requests made for someone in a hospital or step-up bed. */
const FROM_A_BED = 0.3;
/** Of those, the share in a step-up bed rather than hospital. */
const STEP_UP = 0.3;

export function buildDischargeWaits(ctx: BuildContext, requests: readonly DemoDomiciliaryCareRequest[]): DemoDischargeWait[] {
  const rng = Rng.derive(ctx.seed, 'discharge-waits');
  const bodyOf = new Map<string, string>();
  for (const body of ctx.healthBodyByOds.values()) for (const gss of body.councilGssCodes) bodyOf.set(gss, body.odsCode);
  const out: DemoDischargeWait[] = [];
  for (const r of requests) {
    const body = bodyOf.get(r.councilGssCode);
    if (!body || !rng.chance(FROM_A_BED)) continue;
    const stepUp = rng.chance(STEP_UP);
    // A hospital stay before someone is fit to leave is a few days to a fortnight; a step-up bed is taken the day it is needed.
    const admitted = dayOf(r.requestedOn) - (stepUp ? 0 : rng.int(2, 14));
    out.push({
      id: ctx.id('discharge-wait', out.length),
      personId: r.personId,
      healthBodyOdsCode: body,
      setting: stepUp ? 'STEP_UP_BED' : 'HOSPITAL',
      admittedOn: isoOf(admitted),
      readyOn: r.requestedOn,
      recordedBy: 'Discharge team',
      dischargedOn: r.closedOn,
      dischargedBy: r.closedOn === null ? null : 'Discharge team',
    });
  }
  return out;
}
