/**
 * Who must and must not see the featured people of the demo region (and the cross-border PA),
 * written out by hand from the README's account of them: the independent reading of the rules
 * (who-may-see.ts) must give exactly these organisations, and so must the hub's real access
 * decisions through the gateway, asked as a user of every organisation in the region. Then the
 * same reading against the gateway for everyone: each organisation's `people` and
 * `personalAssistants` count only those it has a relationship with.
 */
import type { Caller } from '@continuum/runtime';
import { buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { funderUser, gqlData, startTestHub, type TestHub } from './helpers.ts';
import { pasVisibleTo, peopleRelatedTo, relationshipsOfPas, relationshipsOfPeople } from './who-may-see.ts';

const region = buildDemoRegion();

interface Expected {
  /** Every organisation that must see them, and no other: GSS codes, ODS codes, support organisation and training provider names. */
  seenBy: string[];
  /** A few that must not, each for a reason close to one that would let it. */
  notSeenBy: string[];
}

/** The featured people. */
const PEOPLE: Record<'eleanor' | 'hilda' | 'brenda', Expected & { id: string; name: string }> = {
  eleanor: {
    id: region.featured.movedDirectPaymentToPhb,
    name: 'Eleanor Robson',
    // Newcastle funded her direct payment until the move (24 months on), processes her PHB payments
    // and holds her care plan; the ICB funds her PHB; Tyneside Payroll runs the payroll on both.
    seenBy: ['E08000021', 'QHM', 'Tyneside Payroll Services'],
    // Independent Living Newcastle hosts her PAs' register (that shows the PAs, not her); Durham
    // and Stockton fund other featured people; Flintshire and Betsi Cadwaladr are in Wales.
    notSeenBy: [
      'Independent Living Newcastle',
      'E06000047',
      'E06000004',
      'E08000037',
      'W06000005',
      '7A1',
      'Durham Dales Payroll Ltd',
      'Go Direct',
    ],
  },
  hilda: {
    id: region.featured.integratedBudget,
    name: 'Hilda Errington',
    // Durham and the ICB share her integrated budget; Durham Dales Payroll ran the payroll on the
    // Durham direct payment it replaced (ended within the last 24 months).
    seenBy: ['E06000047', 'QHM', 'Durham Dales Payroll Ltd'],
    notSeenBy: ["County Durham Employers' Network", 'E08000021', 'E06000001', 'W06000005', '7A1', 'Tyneside Payroll Services'],
  },
  brenda: {
    id: region.featured.inFlightBlocked,
    name: 'Brenda Reid',
    // Stockton funds her direct payment and proposed her move; Go Direct runs its payroll; the ICB
    // is party to the agreed move (blocked, so not yet her funder).
    seenBy: ['E06000004', 'Go Direct', 'QHM'],
    // Wilf Ward Family Trust hosts her PAs' register.
    notSeenBy: [
      'Wilf Ward Family Trust',
      'E08000021',
      'E06000047',
      'E06000001',
      'W06000005',
      '7A1',
      'Tees Payroll Partnership',
      'Tyneside Payroll Services',
    ],
  },
};

/** The PA employed in Durham and in Hartlepool. */
const KATIE_WARD: Expected & { id: string } = {
  id: region.featured.crossBorderPa,
  // The register that lists her, the provider that trained her, and whoever may see one of her
  // two employers: Durham and Hartlepool fund them, Wearside Payroll runs the Durham one's payroll.
  seenBy: [
    "County Durham Employers' Network",
    'Flintshire County Council Workforce Development',
    'E06000047',
    'E06000001',
    'Wearside Payroll Bureau',
  ],
  notSeenBy: [
    'E08000021',
    'QHM',
    'W06000005',
    '7A1',
    'Tyneside Payroll Services',
    'Newcastle upon Tyne Hospitals NHS Foundation Trust',
    'Independent Living Newcastle',
  ],
};

/** A council, NHS body, support organisation or training provider of the region: its code as tokens carry it, from its code or name. */
function organisation(codeOrName: string): { code: string; caller: Caller } {
  if (region.councils.some((c) => c.gssCode === codeOrName) || region.healthBodies.some((h) => h.odsCode === codeOrName)) {
    return { code: codeOrName, caller: funderUser(codeOrName) };
  }
  const support = region.supportOrganisations.find((o) => o.name === codeOrName || o.id === codeOrName);
  if (support) {
    return {
      code: support.id,
      caller: {
        userId: `support-adviser.${support.id.slice(0, 8)}`,
        name: `Support adviser, ${support.name}`,
        organisationCode: support.id,
        organisationKind: 'SUPPORT_ORGANISATION',
        role: 'SUPPORT_ADVISER',
        purpose: 'PAYMENT_ADMINISTRATION',
      },
    };
  }
  const trainer = region.trainingProviders.find((t) => t.name === codeOrName || t.id === codeOrName);
  if (trainer) {
    return {
      code: trainer.id,
      caller: {
        userId: `trainer.${trainer.id.slice(0, 8)}`,
        name: `Trainer, ${trainer.name}`,
        organisationCode: trainer.id,
        organisationKind: 'TRAINING_PROVIDER',
        role: 'TRAINER',
        purpose: 'TRAINING_ADMINISTRATION',
      },
    };
  }
  throw new Error(`${codeOrName} is not an organisation of the demo region`);
}

const codes = (names: string[]) => names.map((n) => organisation(n).code).sort();
/** Every organisation that may hold a relationship: councils, NHS bodies, support organisations, training providers. */
const EVERY_ORGANISATION = [
  ...region.councils.map((c) => c.gssCode),
  ...region.healthBodies.map((h) => h.odsCode),
  ...region.supportOrganisations.map((o) => o.id),
  ...region.trainingProviders.map((t) => t.id),
];
/** Organisations whose users may see people at all (trainers see only the PAs they trained). */
const SEES_PEOPLE = EVERY_ORGANISATION.filter((code) => organisation(code).caller.role !== 'TRAINER');

describe('the featured people and PA: who must see them, by hand', () => {
  it('names the people and PA the README features', () => {
    const name = (id: string) => region.people.find((p) => p.id === id)!;
    for (const p of Object.values(PEOPLE)) assert.equal(`${name(p.id).givenName} ${name(p.id).familyName}`, p.name);
    const katie = region.personalAssistants.find((p) => p.id === KATIE_WARD.id)!;
    assert.equal(`${katie.givenName} ${katie.familyName}`, 'Katie Ward');
  });

  it('the independent reading of the rules gives exactly these organisations', () => {
    const people = relationshipsOfPeople(region);
    for (const p of Object.values(PEOPLE)) {
      assert.deepEqual([...(people.get(p.id) ?? [])].sort(), codes(p.seenBy), p.name);
      for (const code of codes(p.notSeenBy)) assert.equal(people.get(p.id)?.has(code), false, `${p.name}: ${code}`);
    }
    const pas = relationshipsOfPas(region);
    assert.deepEqual([...(pas.get(KATIE_WARD.id) ?? [])].sort(), codes(KATIE_WARD.seenBy), 'Katie Ward');
    for (const code of codes(KATIE_WARD.notSeenBy)) assert.equal(pas.get(KATIE_WARD.id)?.has(code), false, `Katie Ward: ${code}`);
  });
});

describe('the hub decides as the table says, and as the independent reading says for everyone', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const PERSON = `query ($id: ID) { person(id: $id) { id } }`;
  const PA = `query ($id: ID!) { personalAssistant(id: $id) { id } }`;

  it('shows each featured person to the organisations in the table and to no other', async () => {
    for (const p of Object.values(PEOPLE)) {
      const seenBy = new Set(codes(p.seenBy));
      for (const code of SEES_PEOPLE) {
        const res = await hub.as(organisation(code).caller)(PERSON, { id: p.id });
        if (seenBy.has(code)) {
          assert.equal(res.errors, undefined, `${code} sees ${p.name}: ${JSON.stringify(res.errors)}`);
          assert.deepEqual(res.data.person, { id: p.id });
        } else {
          assert.equal(res.data?.person, null, `${code} must not see ${p.name}`);
          assert.deepEqual(
            res.errors?.map((e) => e.extensions?.code),
            ['NOT_FOUND'],
            `${code} asking for ${p.name}`,
          );
        }
      }
    }
  });

  it('shows the cross-border PA to the organisations in the table and to no other', async () => {
    const seenBy = new Set(codes(KATIE_WARD.seenBy));
    for (const code of EVERY_ORGANISATION) {
      const res = await hub.as(organisation(code).caller)(PA, { id: KATIE_WARD.id });
      if (seenBy.has(code)) {
        assert.equal(res.errors, undefined, `${code} sees Katie Ward: ${JSON.stringify(res.errors)}`);
        assert.deepEqual(res.data.personalAssistant, { id: KATIE_WARD.id });
      } else {
        assert.equal(res.data?.personalAssistant, null, `${code} must not see Katie Ward`);
        assert.deepEqual(
          res.errors?.map((e) => e.extensions?.code),
          ['NOT_FOUND'],
          `${code} asking for Katie Ward`,
        );
      }
    }
  });

  it('counts, for every organisation, exactly the people and PAs the independent reading relates to it', async () => {
    const mismatches: string[] = [];
    for (const code of EVERY_ORGANISATION) {
      const { caller } = organisation(code);
      const pas = (await gqlData(hub.as(caller), `{ personalAssistants(first: 1) { totalCount } }`)).personalAssistants.totalCount;
      if (pas !== pasVisibleTo(region, code).size) mismatches.push(`${code}: ${pas} PAs, expected ${pasVisibleTo(region, code).size}`);
      if (caller.role === 'TRAINER') continue;
      const people = (await gqlData(hub.as(caller), `{ people(first: 1) { totalCount } }`)).people.totalCount;
      if (people !== peopleRelatedTo(region, code).size)
        mismatches.push(`${code}: ${people} people, expected ${peopleRelatedTo(region, code).size}`);
    }
    assert.deepEqual(mismatches, []);
    assert.ok(
      peopleRelatedTo(region, 'E08000021').size > 100 && pasVisibleTo(region, 'QHM').size > 100,
      'the counts are of real caseloads',
    );
  });
});
