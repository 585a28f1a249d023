/**
 * Safeguarding concerns for the demo region, held by the council funding the person when the
 * concern was raised. From the seeds: Flintshire's one incident in the micro-care programme (a
 * family member told the Safeguarding Unit of inadequate use of PPE; the unit spoke with the
 * micro-carer and the development officer followed up) and Ealing-style four-week review calls
 * that alert the safeguarding team; the rest are a small share of council-funded people.
 */
import type { BuildContext } from './context.ts';
import { dayOf, isoOf } from './dates.ts';
import { Rng } from './random.ts';
import { SAFEGUARDING_CATEGORIES, type DemoDirectPayment, type DemoSafeguardingConcern, type SafeguardingSource } from './types.ts';

const FLINTSHIRE = 'W06000005';
/** About one council-funded person in a hundred has a concern on record. */
const SHARE = 0.01;
const SOURCES: SafeguardingSource[] = ['REVIEW_CALL', 'FAMILY_MEMBER', 'PROVIDER', 'PERSONAL_ASSISTANT', 'THE_PERSON', 'NHS_STAFF'];

export function buildSafeguarding(
  ctx: BuildContext,
  directPayments: readonly DemoDirectPayment[],
  featuredPersonId: string,
): DemoSafeguardingConcern[] {
  const rng = Rng.derive(ctx.seed, 'safeguarding');
  const out: DemoSafeguardingConcern[] = [];
  const concern = (
    dp: DemoDirectPayment,
    raisedOn: number,
    fields: Omit<DemoSafeguardingConcern, 'id' | 'personId' | 'councilGssCode' | 'raisedOn'>,
  ) =>
    out.push({
      id: ctx.id('safeguarding-concern', out.length),
      personId: dp.personId,
      councilGssCode: dp.councilGssCode,
      raisedOn: isoOf(raisedOn),
      ...fields,
    });
  const within = (dp: DemoDirectPayment, afterDays: number) =>
    Math.min(dayOf(dp.start) + afterDays, (dp.end ? dayOf(dp.end) : ctx.asOf) - 1);

  // During the programme's pandemic months (the seed's report covers 2019-2022).
  const PPE_INCIDENT = '2020-09-15';
  const flintshire = directPayments.find(
    (dp) => dp.councilGssCode === FLINTSHIRE && dp.start < PPE_INCIDENT && (dp.end === null || dp.end > '2020-10-31'),
  );
  if (flintshire) {
    const raised = dayOf(PPE_INCIDENT);
    concern(flintshire, raised, {
      source: 'FAMILY_MEMBER',
      category: 'NEGLECT_AND_ACTS_OF_OMISSION',
      summary:
        'Family member reported inadequate use of PPE by a micro-carer. The Safeguarding Unit spoke with the micro-carer; the micro-care development officer provided follow-up support.',
      raisedBy: 'Flintshire Safeguarding Unit',
      enquiryStartedOn: null,
      closedOn: isoOf(Math.min(raised + 14, ctx.asOf)),
      outcome: 'ACTION_TAKEN',
    });
  }
  const featured = directPayments.find((dp) => dp.personId === featuredPersonId);
  if (featured) {
    // Raised at the four-week call after her PAs started, and closed without further action.
    const raised = within(featured, 28);
    concern(featured, raised, {
      source: 'REVIEW_CALL',
      category: 'FINANCIAL_OR_MATERIAL',
      summary: 'Four-week review call: a PA asked to be paid cash in hand. Employer reminded of payroll arrangements; no harm found.',
      raisedBy: 'Direct payments support team',
      enquiryStartedOn: null,
      closedOn: isoOf(Math.min(raised + 10, ctx.asOf)),
      outcome: 'NO_FURTHER_ACTION',
    });
  }
  for (const dp of directPayments) {
    if (dp === flintshire || dp === featured || !rng.chance(SHARE)) continue;
    const raised = within(dp, rng.int(20, 400));
    const enquiry = rng.chance(0.4) ? Math.min(raised + rng.int(1, 10), ctx.asOf) : null;
    const open = raised > ctx.asOf - 60 && rng.chance(0.6);
    const closed = open ? null : Math.min((enquiry ?? raised) + rng.int(7, 60), ctx.asOf);
    concern(dp, raised, {
      source: rng.pick(SOURCES),
      category: rng.pick(SAFEGUARDING_CATEGORIES),
      summary: 'Concern recorded by the council safeguarding team; details held in the council case record.',
      raisedBy: 'Adult safeguarding team',
      enquiryStartedOn: enquiry === null ? null : isoOf(enquiry),
      closedOn: closed === null ? null : isoOf(closed),
      outcome: closed === null ? null : enquiry !== null && rng.chance(0.6) ? 'ACTION_TAKEN' : 'NO_FURTHER_ACTION',
    });
  }
  return out;
}
