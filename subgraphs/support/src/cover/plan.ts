import { badUserInput, notFound, now, requireId, requirePastOrToday, requireText, type Caller } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ContingencyArrangementModel, ContingencyPlanModel } from '../generated/prisma/models.ts';
import type { ContingencyArrangementInput, ContingencyPlanInput, RecordCoverInput } from '../generated/resolvers-types.ts';

export type PlanView = ContingencyPlanModel & { arrangements: ContingencyArrangementModel[] };

const MAX_ARRANGEMENTS = 10;

/**
 * Checks who an arrangement (or a recorded cover) names: a PA for a back-up or register PA, a
 * business for a micro-care partner, a few words for the rest. `field` is where it was given.
 */
export async function checkWho(db: PrismaClient, a: ContingencyArrangementInput | RecordCoverInput, field: string) {
  const pa = a.kind === 'BACKUP_PA' || a.kind === 'REGISTER_PA';
  const business = a.kind === 'MICRO_CARE_PARTNER';
  if (pa !== (a.personalAssistantId != null))
    throw badUserInput(`${field}.personalAssistantId`, pa ? `${a.kind} names the PA` : `only a PA arrangement names a PA`);
  if (business !== (a.microEnterpriseId != null))
    throw badUserInput(
      `${field}.microEnterpriseId`,
      business ? 'a micro-care partner names the business' : 'only a micro-care partner names a business',
    );
  const top = a.agencyTopUpPerHour ?? null;
  if (top !== null && a.kind !== 'AGENCY') throw badUserInput(`${field}.agencyTopUpPerHour`, 'only agency cover has a top-up');
  if (top !== null && (!Number.isFinite(top) || top < 0 || top > 1000))
    throw badUserInput(`${field}.agencyTopUpPerHour`, 'must be 0 to 1,000 pounds an hour');
  let name: string;
  let personalAssistantId: string | null = null;
  let microEnterpriseId: string | null = null;
  if (pa) {
    personalAssistantId = requireId(a.personalAssistantId!, `${field}.personalAssistantId`);
    const held = await db.personalAssistant.findUnique({
      where: { id: personalAssistantId },
      select: { givenName: true, mergedInto: true },
    });
    if (!held || held.mergedInto) throw notFound('PersonalAssistant', `${field}.personalAssistantId`, personalAssistantId);
    name = held.givenName;
  } else if (business) {
    microEnterpriseId = requireId(a.microEnterpriseId!, `${field}.microEnterpriseId`);
    const held = await db.microEnterprise.findUnique({ where: { id: microEnterpriseId }, select: { tradingName: true } });
    if (!held) throw notFound('MicroEnterprise', `${field}.microEnterpriseId`, microEnterpriseId);
    name = held.tradingName;
  } else {
    if (a.name == null) throw badUserInput(`${field}.name`, `say who: ${a.kind.toLowerCase().replace(/_/g, ' ')} cover names them`);
    name = requireText(a.name, `${field}.name`, 120);
  }
  return { kind: a.kind, personalAssistantId, microEnterpriseId, name, agencyTopUpPerHour: top };
}

/** Replaces the employer's plan with the one given, in one transaction. */
export async function setPlan(db: PrismaClient, caller: Caller, input: ContingencyPlanInput): Promise<PlanView> {
  const employerPersonId = requireId(input.employerPersonId, 'input.employerPersonId');
  if (input.arrangements.length === 0) throw badUserInput('input.arrangements', 'a plan names at least one way cover comes');
  if (input.arrangements.length > MAX_ARRANGEMENTS) throw badUserInput('input.arrangements', `at most ${MAX_ARRANGEMENTS} arrangements`);
  const testedOn = input.testedOn ? requirePastOrToday(input.testedOn, 'input.testedOn') : null;
  const arrangements: ({ position: number } & Awaited<ReturnType<typeof checkWho>>)[] = [];
  for (const [i, a] of input.arrangements.entries()) {
    if (a.kind === 'REGISTER_PA') throw badUserInput(`input.arrangements[${i}].kind`, 'a plan names its back-up PAs (BACKUP_PA)');
    arrangements.push({ position: i + 1, ...(await checkWho(db, a, `input.arrangements[${i}]`)) });
  }
  const recordedBy = `${caller.name} (${caller.userId})`;
  return db.$transaction(async (tx) => {
    await tx.contingencyPlan.deleteMany({ where: { employerPersonId } });
    return tx.contingencyPlan.create({
      data: {
        employerPersonId,
        agreedByAll: input.agreedByAll,
        testedOn,
        recordedBy,
        updatedAt: now(),
        arrangements: { create: arrangements },
      },
      include: { arrangements: { orderBy: { position: 'asc' } } },
    });
  });
}

/** Employers with a plan, or employing a PA today without one. */
export async function planHolders(db: PrismaClient, state: 'IN_PLACE' | 'MISSING', day: Date): Promise<string[]> {
  const rows =
    state === 'IN_PLACE'
      ? await db.$queryRaw<{ id: string }[]>`SELECT employer_person_id AS id FROM contingency_plan ORDER BY 1`
      : await db.$queryRaw<{ id: string }[]>`
          SELECT DISTINCT e.employer_person_id AS id FROM employment e
          WHERE e.start <= ${day}::date AND (e."end" IS NULL OR e."end" >= ${day}::date)
            AND NOT EXISTS (SELECT 1 FROM contingency_plan p WHERE p.employer_person_id = e.employer_person_id)
          ORDER BY 1`;
  return rows.map((r) => r.id);
}
