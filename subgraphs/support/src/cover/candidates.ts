import { requestAccessOf, roleMaySee } from '@continuum/access';
import { today } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { CoverRequestModel } from '../generated/prisma/models.ts';
import type { EntryView } from '../register/entry.ts';
import { carePlanCompetences } from '../register/care-plan-competences.ts';
import { checkNeed, withCarePlanTraining } from '../register/need.ts';
import { personDistrict } from '../register/person-district.ts';
import { searchRegister } from '../register/search.ts';
import type { Slot } from '../register/slots.ts';
import { peopleSupported, RULE_OF_FOUR } from './rule-of-four.ts';

/** Someone who could cover a request. */
export interface Candidate {
  kind: string;
  name: string;
  personalAssistantId: string | null;
  registerEntry: EntryView | null;
  microEnterpriseId: string | null;
  available: boolean;
  reasons: string[];
  shortfalls: string[];
}

const REGISTER_CANDIDATES = 10;
const DAY_MS = 86_400_000;

/**
 * The plan's arrangements first, in its order (a micro-care partner at the rule of four is shown
 * but not available), then PAs on the findable register near the employer who are free for the
 * absent PA's usual slots, at short notice when the cover starts within a day, holding the
 * competences the employer's care plans require (named as the care plan's when missing).
 */
export async function candidatesFor(ctx: Context, request: CoverRequestModel): Promise<Candidate[]> {
  const [plan, employment] = await Promise.all([
    ctx.db.contingencyPlan.findUnique({
      where: { employerPersonId: request.employerPersonId },
      include: { arrangements: { orderBy: { position: 'asc' } } },
    }),
    ctx.loaders.employment.load(request.employmentId),
  ]);
  const absentPaId = employment?.personalAssistantId ?? null;
  const arrangements = plan?.arrangements ?? [];
  const businesses = arrangements.flatMap((a) => a.microEnterpriseId ?? []);
  const supported = await peopleSupported(ctx.db, businesses, request.fromDay, request.toDay);
  const names = new Map(
    (
      await ctx.db.personalAssistant.findMany({
        where: { id: { in: arrangements.flatMap((a) => a.personalAssistantId ?? []) } },
        select: { id: true, givenName: true },
      })
    ).map((p) => [p.id, p.givenName]),
  );
  const fromPlan: Candidate[] = arrangements.map((a) => {
    const n = a.microEnterpriseId ? (supported.get(a.microEnterpriseId) ?? 0) : 0;
    const atLimit = a.kind === 'MICRO_CARE_PARTNER' && n >= RULE_OF_FOUR;
    return {
      kind: a.kind,
      name: a.personalAssistantId ? (names.get(a.personalAssistantId) ?? 'a back-up PA') : (a.name ?? a.kind),
      personalAssistantId: a.personalAssistantId,
      registerEntry: null,
      microEnterpriseId: a.microEnterpriseId,
      available: !atLimit,
      reasons: [`in the contingency plan (${a.position} of ${arrangements.length})`],
      shortfalls: atLimit ? [`already supports ${n} people (rule of four)`] : [],
    };
  });

  const pa = absentPaId ? await ctx.loaders.personalAssistant.load(absentPaId) : null;
  const slots = ((pa?.availability as unknown as Slot[] | null) ?? []).filter((s) => s.day && s.period);
  const shortNotice = request.fromDay.getTime() - today().getTime() <= DAY_MS;
  const asked = checkNeed({
    slots,
    shortNotice,
    withinMiles: 10,
    maxShortfalls: 1,
    ...(employment?.healthDuties ? { services: ['HEALTH_TASKS'] } : {}),
  });
  const { caller } = requestAccessOf(ctx);
  // Cover needs the competences the employer's care plans require, read for those whose role sees
  // care plans; for others (a support adviser) only what the employment says (health tasks).
  const [near, fromCarePlan] = await Promise.all([
    personDistrict(ctx, caller, request.employerPersonId),
    roleMaySee(caller.role, 'CARE_AND_HEALTH_PLANS') ? carePlanCompetences(ctx, caller, request.employerPersonId) : null,
  ]);
  const need = fromCarePlan ? withCarePlanTraining(asked, fromCarePlan) : asked;
  const page = await searchRegister(ctx.db, need, near, {
    offset: 0,
    size: REGISTER_CANDIDATES + 1,
    organisation: caller.organisationCode,
    forPersonId: request.employerPersonId,
  });
  const named = new Set(arrangements.flatMap((a) => a.personalAssistantId ?? []));
  const fromRegister: Candidate[] = page.hits
    .filter((h) => h.entry.personalAssistantId !== absentPaId && !named.has(h.entry.personalAssistantId))
    .slice(0, REGISTER_CANDIDATES)
    .map((h) => ({
      kind: 'REGISTER_PA',
      name: h.entry.givenName,
      personalAssistantId: null,
      registerEntry: h.entry,
      microEnterpriseId: null,
      available: h.match,
      reasons: h.reasons,
      shortfalls: h.shortfalls,
    }));
  return [...fromPlan, ...fromRegister];
}
