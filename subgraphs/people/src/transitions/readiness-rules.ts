import type { PersonalAssistantReadiness, ReadinessBlocker, TransitionReadiness } from '../generated/resolvers-types.ts';
import type { TransitionModel } from '../generated/prisma/models.ts';
import { newPlanOf } from './record.ts';

/** What the graph tells us about a person's team, as readiness.ts asks for it. */
export interface TeamFacts {
  id: string;
  givenName: string;
  familyName: string;
  carePlan: { contingencyPlanInPlace: boolean } | null;
  paTeam:
    | {
        id: string;
        contractSigned: boolean;
        healthDuties: boolean;
        healthDutiesCover: { insuranceUpdated: boolean; payRateUpdated: boolean };
        personalAssistant: {
          id: string;
          givenName: string;
          familyName: string;
          trainingRecords: { current: boolean; course: { code: string }; signedOffBy: { nhsStaff: boolean } }[] | null;
        } | null;
      }[]
    | null;
}

export interface CourseFacts {
  title: string;
  requiresNhsSignOff: boolean;
}

type Pa = NonNullable<NonNullable<TeamFacts['paTeam']>[number]['personalAssistant']>;

function competenceBlockers(pa: Pa, name: string, required: string[], courses: Map<string, CourseFacts>): ReadinessBlocker[] {
  const blockers: ReadinessBlocker[] = [];
  for (const code of required) {
    const course = courses.get(code);
    const label = `${course?.title ?? code} (${code})`;
    const current = (pa.trainingRecords ?? []).filter((r) => r.current && r.course.code === code);
    const personalAssistant = { id: pa.id };
    if (!current.length) {
      blockers.push({
        kind: 'MISSING_COMPETENCE',
        detail: `${name} has no current ${label} competence`,
        personalAssistant,
        courseCode: code,
      });
    } else if (course?.requiresNhsSignOff && !current.some((r) => r.signedOffBy.nhsStaff)) {
      blockers.push({
        kind: 'COMPETENCE_NOT_SIGNED_OFF_BY_NHS',
        detail: `${name} has no current ${label} competence signed off by NHS staff`,
        personalAssistant,
        courseCode: code,
      });
    }
  }
  return blockers;
}

/**
 * Whether the person's team and arrangements are ready for the new funding. Health tasks
 * (required competences) also need the employer's insurance and the PA's pay reviewed.
 */
export function assessReadiness(t: TransitionModel, person: TeamFacts | null, courses: Map<string, CourseFacts>): TransitionReadiness {
  const who = person ? `${person.givenName} ${person.familyName}` : 'The person';
  const personBlockers: ReadinessBlocker[] = [];
  const team = (person?.paTeam ?? []).filter((e) => e.personalAssistant);
  if (!team.length)
    personBlockers.push({
      kind: 'NO_PA_TEAM',
      detail: `${who} has no PA employed at the moment`,
      personalAssistant: null,
      courseCode: null,
    });
  const plan = newPlanOf(t);
  if ((plan.paymentSupport === 'PAYROLL_SERVICE' || plan.paymentSupport === 'MANAGED_ACCOUNT') && !plan.paymentSupportProviderId) {
    const service = plan.paymentSupport === 'PAYROLL_SERVICE' ? 'payroll service' : 'managed account';
    personBlockers.push({
      kind: 'PAYMENT_PROVIDER_NOT_SET',
      detail: `The new plan uses a ${service} but names no provider`,
      personalAssistant: null,
      courseCode: null,
    });
  }
  if (!person?.carePlan?.contingencyPlanInPlace) {
    personBlockers.push({
      kind: 'NO_CONTINGENCY_PLAN',
      detail: `${who} has no contingency plan in place for when a PA cannot come`,
      personalAssistant: null,
      courseCode: null,
    });
  }
  const healthTasks = t.requiredCompetences.length > 0;
  const personalAssistants: PersonalAssistantReadiness[] = team.map((employment) => {
    const pa = employment.personalAssistant!;
    const name = `${pa.givenName} ${pa.familyName}`;
    const personalAssistant = { id: pa.id };
    const blockers = competenceBlockers(pa, name, t.requiredCompetences, courses);
    if (!employment.contractSigned)
      blockers.push({
        kind: 'CONTRACT_NOT_SIGNED',
        detail: `${name}'s employment contract is not signed`,
        personalAssistant,
        courseCode: null,
      });
    if (healthTasks && !employment.healthDutiesCover.insuranceUpdated) {
      blockers.push({
        kind: 'INSURANCE_NOT_UPDATED',
        detail: `The employer's insurance does not yet cover ${name}'s health tasks`,
        personalAssistant,
        courseCode: null,
      });
    }
    if (healthTasks && !employment.healthDutiesCover.payRateUpdated) {
      blockers.push({
        kind: 'PAY_RATE_NOT_UPDATED',
        detail: `${name}'s pay has not been reviewed for the health tasks`,
        personalAssistant,
        courseCode: null,
      });
    }
    return { personalAssistant, ready: blockers.length === 0, blockers };
  });
  const blockers = [...personBlockers, ...personalAssistants.flatMap((p) => p.blockers)];
  return { ready: blockers.length === 0, blockers, personalAssistants };
}
