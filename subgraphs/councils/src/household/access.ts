import { forbidden, recordSubject, requestAccessOf } from '@continuum/access';
import { isId } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { HouseholdView } from './view.ts';

const loadPlan = (id: string, ctx: Context) => ctx.db.carePlan.findUnique({ where: { id }, include: { council: true } });

/** A care plan named by id is the person's: visible with them, else not found. */
export const carePlanSubject = (arg: string) => recordSubject(arg, 'CarePlanSummary', loadPlan, (p) => ({ personId: p.personId }));

/** Only the council holding a plan records its household. */
export const holdingCouncilOnly =
  (arg: string) =>
  async (args: Record<string, unknown>, ctx: unknown): Promise<void> => {
    const id = String(args[arg] ?? '');
    const plan = isId(id) ? await loadPlan(id.toLowerCase(), ctx as Context) : null;
    const { caller } = requestAccessOf(ctx);
    if (plan && plan.council.gssCode !== caller.organisationCode) {
      throw forbidden(
        `${caller.organisationCode} does not hold this care plan`,
        arg,
        'only the council holding the plan records its household',
      );
    }
  };

/** Household counts are the holding council's: its social workers see them, no one else. */
export const householdOnlyFor = (v: HouseholdView, caller: { role: string; organisationCode: string }) =>
  caller.role === 'SOCIAL_WORKER' && caller.organisationCode === v.councilGssCode;
