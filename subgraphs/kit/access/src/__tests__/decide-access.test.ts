/**
 * The access decision from plain facts, no database. Each case sets up facts where the rule it
 * names changes the outcome, so removing that rule fails the case (e.g. an objection is tested
 * next to a relationship that would otherwise open the record).
 */
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import type { Caller, Role } from '@continuum/runtime';
import {
  decideAccess,
  monthsBefore,
  type Asked,
  type Basis,
  type BreakGlassGrant,
  type EmploymentLink,
  type PersonBasis,
  type RelationshipRow,
} from '../decide-access.ts';
import type { Subject } from '../policy.ts';
import type { ConsentRow } from '../store.ts';

const DAY = '2026-06-15';
const INSTANT = new Date('2026-06-15T12:00:00Z');
const ORG = 'E08000021';
const OTHER_ORG = 'E06000047';
const PERSON = '00000000-0000-4000-8000-0000000000a1';
const EMPLOYER = '00000000-0000-4000-8000-0000000000a2';
const PA = '00000000-0000-4000-8000-0000000000b1';
const OTHER_PA = '00000000-0000-4000-8000-0000000000b2';
const CARE_ROLES = ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'SUPPORT_ADVISER'] as const;

const caller = (role: Role, over: Partial<Caller> = {}): Caller => ({
  userId: `user.${role}`,
  name: role,
  organisationCode: ORG,
  organisationKind: 'COUNCIL',
  role,
  purpose: 'DIRECT_CARE',
  ...over,
});
const rel = (over: Partial<RelationshipRow> = {}): RelationshipRow => ({
  organisationCode: ORG,
  subjectKind: 'PERSON',
  subjectId: PERSON,
  kind: 'FUNDER',
  startsOn: '2025-01-01',
  endsOn: null,
  pending: false,
  revoked: false,
  ...over,
});
const paRel = (over: Partial<RelationshipRow> = {}) => rel({ subjectKind: 'PA', subjectId: PA, kind: 'PA_REGISTER', ...over });
const consent = (over: Partial<ConsentRow> = {}): ConsentRow => ({
  id: 'consent-1',
  person_id: PERSON,
  kind: 'CONSENT',
  purpose: 'DIRECT_CARE',
  organisation_codes: [ORG],
  valid_from: '2026-06-01',
  valid_to: '2026-12-01',
  recorded_by: 'Sam Patel',
  recorded_by_organisation: OTHER_ORG,
  recorded_at: new Date(0),
  withdrawn_at: null,
  withdrawn_by: null,
  given_by: 'PERSON',
  representative_name: null,
  representative_relationship: null,
  method: 'VERBAL',
  evidence_reference: null,
  recorded_by_user_id: null,
  recorded_by_role: null,
  ...over,
});
const objection = (over: Partial<ConsentRow> = {}) =>
  consent({ id: 'objection-1', kind: 'OBJECTION', organisation_codes: [], valid_to: null, ...over });
const grant = (over: Partial<BreakGlassGrant> = {}): BreakGlassGrant => ({
  id: 'grant-1',
  userId: 'user.SOCIAL_WORKER',
  personId: PERSON,
  expiresAt: new Date(INSTANT.getTime() + 3_600_000),
  ...over,
});
const job = (over: Partial<EmploymentLink> = {}): EmploymentLink => ({
  paId: PA,
  personId: EMPLOYER,
  endsOn: null,
  pending: false,
  ...over,
});

/** What a case asks about (a social worker of ORG asking about PERSON unless it says otherwise) and the facts it holds. */
interface Setup {
  caller?: Caller;
  subject?: Subject;
  rels?: RelationshipRow[];
  consents?: ConsentRow[];
  grants?: BreakGlassGrant[];
  jobs?: EmploymentLink[];
  asked?: Asked;
  months?: number;
}
type Case = [proves: string, basis: Basis, setup?: Setup];

const who = (role: Role, over?: Partial<Caller>): Setup => ({ caller: caller(role, over) });
const onPa: Setup = { subject: { paId: PA } };
const NONE: Basis = { kind: 'NO_RELATIONSHIP' };
const OWN: PersonBasis = { kind: 'OWN_RECORD' };
const HUB: Basis = { kind: 'HUB_SERVICE' };
const ROLE: Basis = { kind: 'ROLE' };
const GLASS: PersonBasis = { kind: 'BREAK_GLASS', breakGlassId: 'grant-1' };
const CONSENTED: PersonBasis = { kind: 'CONSENT', consentId: 'consent-1' };
const OBJECTED: Basis = { kind: 'OBJECTION', objectionId: 'objection-1' };
const related = (relationship = 'FUNDER'): PersonBasis => ({ kind: 'RELATIONSHIP', relationship });
const viaEmployer = (through: PersonBasis): Basis => ({ kind: 'EMPLOYER', employerId: EMPLOYER, through });
const REFUSED = new Set(['NO_RELATIONSHIP', 'OBJECTION', 'ROLE', 'NO_SUBJECT']);

function check(cases: Case[]): void {
  for (const [proves, basis, s = {}] of cases) {
    it(proves, () => {
      const d = decideAccess({
        caller: s.caller ?? caller('SOCIAL_WORKER'),
        subject: s.subject ?? { personId: PERSON },
        facts: { relationships: s.rels ?? [], consents: s.consents ?? [], breakGlass: s.grants ?? [], employments: s.jobs ?? [] },
        asOf: { day: DAY, instant: INSTANT, recentMonths: s.months ?? 24 },
        ...s.asked,
      });
      // A decision resting on break-glass names the grant, for the audit row.
      const grantId =
        basis.kind === 'BREAK_GLASS'
          ? basis.breakGlassId
          : basis.kind === 'EMPLOYER' && basis.through.kind === 'BREAK_GLASS'
            ? basis.through.breakGlassId
            : undefined;
      assert.deepEqual(
        { visible: d.visible, basis: d.basis, breakGlassId: d.breakGlassId },
        { visible: !REFUSED.has(basis.kind), basis, breakGlassId: grantId },
      );
    });
  }
}

describe('each role', () => {
  const everything: Setup = { rels: [rel(), paRel()], consents: [consent()] };
  check([
    ['the hub service sees any person with no facts at all', HUB, who('HUB_SERVICE')],
    ['the hub service sees any PA with no facts at all', HUB, { ...who('HUB_SERVICE'), ...onPa }],
    ['a data protection officer sees any person with no facts at all', { kind: 'DATA_PROTECTION' }, who('DATA_PROTECTION_OFFICER')],
    [
      "a data protection officer sees no PA, even one on their organisation's register",
      NONE,
      { ...who('DATA_PROTECTION_OFFICER'), ...onPa, ...everything },
    ],
    ...CARE_ROLES.flatMap((role): Case[] => [
      [`a ${role} sees a person their organisation has a relationship with`, related(), { ...who(role), rels: [rel()] }],
      [`a ${role} sees no person their organisation has no relationship with`, NONE, who(role)],
    ]),
    ['a commissioner sees no person, even with a relationship and consent', NONE, { ...who('COMMISSIONER'), ...everything }],
    ['a commissioner sees no PA, even one on their register', NONE, { ...who('COMMISSIONER'), ...onPa, ...everything }],
    ['a public caller sees no person, even with a relationship and consent', NONE, { ...who('PUBLIC'), ...everything }],
    ['a trainer sees no person, even with a relationship and consent', NONE, { ...who('TRAINER'), ...everything }],
    ['a trainer sees a PA their provider trained', related('TRAINER'), { ...who('TRAINER'), ...onPa, rels: [paRel({ kind: 'TRAINER' })] }],
    ['a person sees their own record', OWN, who('PERSON', { personId: PERSON, purpose: 'OWN_RECORD' })],
    [
      "a person sees no one else's record, even with a relationship and a consent naming them",
      NONE,
      { ...who('PERSON', { personId: EMPLOYER }), ...everything },
    ],
    ['a person sees the PAs who work for them', viaEmployer(OWN), { ...who('PERSON', { personId: EMPLOYER }), ...onPa, jobs: [job()] }],
    [
      'a person sees no PA who does not work for them',
      NONE,
      { ...who('PERSON', { personId: EMPLOYER }), subject: { paId: OTHER_PA }, jobs: [job()] },
    ],
    ['a PA sees their own PA record', OWN, { ...who('PERSONAL_ASSISTANT', { personalAssistantId: PA }), ...onPa }],
    [
      'a PA sees no other PA, even one on their organisation register',
      NONE,
      { ...who('PERSONAL_ASSISTANT', { personalAssistantId: OTHER_PA }), ...onPa, ...everything },
    ],
    [
      'a PA sees no person, not even their employer',
      NONE,
      {
        ...who('PERSONAL_ASSISTANT', { personalAssistantId: PA }),
        subject: { personId: EMPLOYER },
        rels: [rel({ subjectId: EMPLOYER })],
        jobs: [job()],
      },
    ],
  ]);
});

describe('relationships: kinds and dates', () => {
  const personKinds = [
    'FUNDER',
    'PAYMENT_PROCESSOR',
    'EMPLOYER_SUPPORT',
    'CHC_ASSESSMENT',
    'CARE_PLAN',
    'HEALTH_PLAN',
    'SAFEGUARDING_LEAD',
    'TRANSITION_PARTY',
    'REGISTERED',
  ];
  const cutoff = monthsBefore(DAY, 24);
  const dayBefore = (d: string) => new Date(Date.parse(d) - 86_400_000).toISOString().slice(0, 10);
  check([
    ...personKinds.map((kind): Case => [
      `a ${kind} relationship opens the person, named as the basis`,
      related(kind),
      { rels: [rel({ kind })] },
    ]),
    ...['PA_REGISTER', 'TRAINER', 'EMPLOYMENT_RECORDED'].map((kind): Case => [
      `a ${kind} relationship opens the PA`,
      related(kind),
      { ...onPa, rels: [paRel({ kind })] },
    ]),
    ['a relationship counts from its first day', related(), { rels: [rel({ startsOn: DAY })] }],
    ['a relationship that starts tomorrow counts for nothing yet', NONE, { rels: [rel({ startsOn: '2026-06-16' })] }],
    ['an ended relationship still counts on the last day of the recent window', related(), { rels: [rel({ endsOn: cutoff })] }],
    ['an ended relationship lapses once the recent window has passed', NONE, { rels: [rel({ endsOn: dayBefore(cutoff) })] }],
    ['the recent window is CONTINUUM_RECENT_RELATIONSHIP_MONTHS long', NONE, { months: 6, rels: [rel({ endsOn: monthsBefore(DAY, 7) })] }],
    ['a pending (uncorroborated) relationship counts for nothing', NONE, { rels: [rel({ pending: true })] }],
    ['a pending PA relationship counts for nothing', NONE, { ...onPa, rels: [paRel({ kind: 'EMPLOYMENT_RECORDED', pending: true })] }],
    ['a revoked relationship counts for nothing', NONE, { rels: [rel({ revoked: true })] }],
    ["another organisation's relationship opens nothing", NONE, { rels: [rel({ organisationCode: OTHER_ORG })] }],
    ['a relationship with someone else opens nothing', NONE, { rels: [rel({ subjectId: EMPLOYER })] }],
    ['a relationship with a PA does not open a person', NONE, { rels: [rel({ subjectKind: 'PA' })] }],
  ]);
  it('moves back whole months holding the day to the month end, as PostgreSQL does', () => {
    assert.deepEqual(
      [monthsBefore('2026-08-31', 6), monthsBefore('2028-02-29', 24), monthsBefore('2026-01-15', 1)],
      ['2026-02-28', '2026-02-28', '2025-12-15'],
    );
  });
});

describe('consent and objection', () => {
  check([
    ['a consent in force opens the person to the organisation it names, for its purpose', CONSENTED, { consents: [consent()] }],
    ['a consent counts on its last day', CONSENTED, { consents: [consent({ valid_to: DAY })] }],
    ['a withdrawn consent opens nothing', NONE, { consents: [consent({ withdrawn_at: new Date(0) })] }],
    ['an expired consent opens nothing', NONE, { consents: [consent({ valid_to: '2026-06-14' })] }],
    ['a consent not yet in force opens nothing', NONE, { consents: [consent({ valid_from: '2026-06-16' })] }],
    ['a consent for another purpose opens nothing', NONE, { consents: [consent({ purpose: 'PAYMENT_ADMINISTRATION' })] }],
    ['a consent naming another organisation opens nothing', NONE, { consents: [consent({ organisation_codes: [OTHER_ORG] })] }],
    ['a consent recorded without how it was given opens nothing', NONE, { consents: [consent({ method: null })] }],
    ['a consent about someone else opens nothing', NONE, { consents: [consent({ person_id: EMPLOYER })] }],
    ["a relationship is named before a consent (the organisation's own standing)", related(), { rels: [rel()], consents: [consent()] }],
    ['an objection overrides a relationship', OBJECTED, { rels: [rel()], consents: [objection()] }],
    ['an objection overrides a consent', OBJECTED, { consents: [consent(), objection()] }],
    [
      'an objection naming another organisation leaves the relationship',
      related(),
      { rels: [rel()], consents: [objection({ organisation_codes: [OTHER_ORG] })] },
    ],
    ['a withdrawn objection leaves the relationship', related(), { rels: [rel()], consents: [objection({ withdrawn_at: new Date(0) })] }],
    [
      'an objection for another purpose leaves the relationship',
      related(),
      { rels: [rel()], consents: [objection({ purpose: 'PAYMENT_ADMINISTRATION' })] },
    ],
  ]);
});

describe('break-glass', () => {
  check([
    ...CARE_ROLES.map((role): Case => [
      `a ${role}'s running grant opens a person with no relationship`,
      GLASS,
      { ...who(role), grants: [grant({ userId: `user.${role}` })] },
    ]),
    ['a grant opens nothing once its window has passed', NONE, { grants: [grant({ expiresAt: INSTANT })] }],
    ['a grant overrides an objection', GLASS, { consents: [objection()], grants: [grant()] }],
    ["another user's grant opens nothing", NONE, { grants: [grant({ userId: 'someone.else' })] }],
    ['a grant over someone else opens nothing', NONE, { grants: [grant({ personId: EMPLOYER })] }],
    ...(['TRAINER', 'COMMISSIONER', 'PERSONAL_ASSISTANT', 'PERSON'] as const).map((role): Case => [
      `a ${role} holding a grant sees nothing by it`,
      NONE,
      { ...who(role, { personId: EMPLOYER, personalAssistantId: PA }), grants: [grant({ userId: `user.${role}` })] },
    ]),
    [
      'a grant over an employer opens their PAs, naming the grant',
      viaEmployer(GLASS),
      { ...onPa, grants: [grant({ personId: EMPLOYER })], jobs: [job()] },
    ],
  ]);
});

describe('a PA through their employers', () => {
  const employer: Setup = { ...onPa, rels: [rel({ subjectId: EMPLOYER })] };
  check([
    ['a PA is seen by whoever may see their employer', viaEmployer(related()), { ...employer, jobs: [job()] }],
    [
      "a PA is seen through an employer's consent",
      viaEmployer(CONSENTED),
      { ...onPa, consents: [consent({ person_id: EMPLOYER })], jobs: [job()] },
    ],
    [
      'a relationship with the PA comes before their employers',
      related('PA_REGISTER'),
      { ...employer, rels: [rel({ subjectId: EMPLOYER }), paRel()], jobs: [job()] },
    ],
    ['an employment ended longer ago than the recent window links nothing', NONE, { ...employer, jobs: [job({ endsOn: '2024-06-14' })] }],
    [
      'an employment still links on the last day of the recent window',
      viaEmployer(related()),
      { ...employer, jobs: [job({ endsOn: '2024-06-15' })] },
    ],
    ['a pending employment links nothing', NONE, { ...employer, jobs: [job({ pending: true })] }],
    [
      'an employer who objects opens none of their PAs',
      NONE,
      { ...employer, consents: [objection({ person_id: EMPLOYER })], jobs: [job()] },
    ],
  ]);
});

describe('before any subject is looked at', () => {
  const safeguarding: Asked = { fieldClass: 'SAFEGUARDING', onlyFor: () => false };
  check([
    [
      'an organisation sees an identity it submitted, with no relationship',
      { kind: 'SUBMITTED_BY' },
      { subject: { personId: PERSON, organisationCodes: [ORG] } },
    ],
    [
      'a role without the field class is refused whatever the relationships',
      ROLE,
      { ...who('SUPPORT_ADVISER'), asked: { fieldClass: 'CARE_AND_HEALTH_PLANS' }, rels: [rel()] },
    ],
    ["the type's own condition refuses whatever break-glass allows", ROLE, { asked: safeguarding, grants: [grant()] }],
    [
      "the hub service is not held to the type's own condition",
      HUB,
      { ...who('HUB_SERVICE'), asked: { fieldClass: 'FUNDING', onlyFor: () => false } },
    ],
    ['the hub service is held to field classes', ROLE, { ...who('HUB_SERVICE'), asked: { fieldClass: 'SAFEGUARDING' } }],
    ['a record naming no valid id names no one', { kind: 'NO_SUBJECT' }, { subject: { personId: 'not-an-id' }, rels: [rel()] }],
    [
      'a record naming a person and a PA is visible if either is',
      related('PA_REGISTER'),
      { subject: { personId: PERSON, paId: PA }, rels: [paRel()] },
    ],
    ['ids are compared lower-cased', related(), { subject: { personId: PERSON.toUpperCase() }, rels: [rel()] }],
  ]);
});
