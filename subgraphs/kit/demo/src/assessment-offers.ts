/**
 * The support options offered at the demo region's recent assessments: each council episode that
 * began in the last year followed an assessment two weeks before it. People who went on to a direct
 * payment or an individual service fund were offered it (beside home care for some); of those who
 * went on to a commissioned package, half were offered only home care or a care home, as "some front
 * line workers carrying out assessments" recommend "residential or domiciliary care provision"
 * rather than PAs (002:L222-225); the rest were offered a PA as well, and in Flintshire a micro-carer
 * or a community group too (004:L295). The seeds give no share, so "half" is a choice.
 */
import type { BuildContext } from './context.ts';
import { dayOf, isoOf } from './dates.ts';
import type { DemoAssessmentOffer, DemoCommissionedPackage, DemoDirectPayment, DemoIndividualServiceFund, SupportOption } from './types.ts';

/** Days from the assessment to the support it led to. */
const ASSESSMENT_LEAD_DAYS = 14;
const FLINTSHIRE = 'W06000005';

export function buildAssessmentOffers(
  ctx: BuildContext,
  directPayments: readonly DemoDirectPayment[],
  funds: readonly DemoIndividualServiceFund[],
  packages: readonly DemoCommissionedPackage[],
): DemoAssessmentOffer[] {
  const out: DemoAssessmentOffer[] = [];
  const recent = <T extends { start: string; id: string }>(list: readonly T[]) =>
    list
      .filter((e) => dayOf(e.start) <= ctx.asOf + ASSESSMENT_LEAD_DAYS && dayOf(e.start) > ctx.asOf - 365 + ASSESSMENT_LEAD_DAYS)
      .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  const add = (e: { personId: string; councilGssCode: string; start: string }, options: SupportOption[]) =>
    out.push({
      id: ctx.id('assessment-offer', out.length),
      personId: e.personId,
      councilGssCode: e.councilGssCode,
      assessedOn: isoOf(Math.min(dayOf(e.start) - ASSESSMENT_LEAD_DAYS, ctx.asOf)),
      options,
      recordedBy: 'Adult social care assessment team',
    });
  recent(directPayments).forEach((e, i) => add(e, i % 2 ? ['DOMICILIARY_CARE', 'DIRECT_PAYMENT_WITH_PA'] : ['DIRECT_PAYMENT_WITH_PA']));
  recent(funds).forEach((e) => add(e, ['DOMICILIARY_CARE', 'INDIVIDUAL_SERVICE_FUND']));
  recent(packages).forEach((e, i) => {
    if (i % 4 === 0) add(e, ['DOMICILIARY_CARE']);
    else if (i % 4 === 2) add(e, ['RESIDENTIAL_CARE', 'DOMICILIARY_CARE']);
    else if (e.councilGssCode === FLINTSHIRE) add(e, ['DOMICILIARY_CARE', 'DIRECT_PAYMENT_WITH_PA', 'MICRO_CARE', 'COMMUNITY_SUPPORT']);
    else add(e, ['DOMICILIARY_CARE', 'DIRECT_PAYMENT_WITH_PA']);
  });
  return out;
}
