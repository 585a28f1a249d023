import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday, inProcessSubgraph, migratedDatabase } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { demoId, seed } from '../seed.ts';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const CARER = `id businessName stage blockers
  personalAssistant { id }
  qualityFramework { minimumStandardsMet standardsMet standardsTotal }
  movingAndPositioning { completed dayOneOn dayTwoOn }
  contract { reference hourlyRate active }
  contingencyPartners { id }
  capacity { careClients careClientLimit vacancies otherClients hoursAvailablePerWeek hoursCommittedPerWeek }
  clients { id person { id } funding personalCare }`;
const ADD_CLIENT = `mutation ($input: AddMicroCareClientInput!) { addMicroCareClient(input: $input) { id funding personalCare microCarer { capacity { careClients vacancies } } } }`;

describe('flintshire-microcare subgraph', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph, await migratedDatabase(subgraph));
    await seed(sg.database.client as never, region);
  });
  afterAll(() => sg.stop());

  const carer = async (id: string) => (await sg.execute(`query ($id: ID!) { microCarer(id: $id) { ${CARER} } }`, { id })).data.microCarer;
  const personWithoutCarer = (n: number) =>
    region.people.filter((p) => p.councilGssCode === 'W06000005').sort((a, b) => b.id.localeCompare(a.id))[n].id;

  it("seeds the evaluation's mix: five ready for direct commissioning, three part-way, three not seeking it", async () => {
    const res = await sg.execute(`{ microCarers(first: 100) { totalCount edges { node { stage } } } }`);
    assert.equal(res.errors, undefined);
    const count = (stage: string) => res.data.microCarers.edges.filter((e: any) => e.node.stage === stage).length;
    assert.equal(res.data.microCarers.totalCount, 24);
    assert.equal(count('READY_FOR_DIRECT_COMMISSIONING'), 5);
    assert.equal(count('NOT_SEEKING_DIRECT_COMMISSIONING'), 3);
    assert.equal(count('MOVING_AND_POSITIONING') + count('CONTRACT') + count('CONTINGENCY_PLAN'), 3);
    const ready = await sg.execute(`{ microCarers(stage: READY_FOR_DIRECT_COMMISSIONING, withVacancy: true) { totalCount } }`);
    assert.equal(ready.data.microCarers.totalCount, 2, 'three of the five ready are at four care clients: a waiting game for a vacancy');
  });

  it("shows a ready micro-carer's Quality Framework, two-day course, contract, contingency partners and the rule-of-four capacity", async () => {
    const c = await carer(demoId('carer/0'));
    assert.equal(c.stage, 'READY_FOR_DIRECT_COMMISSIONING');
    assert.deepEqual(c.blockers, []);
    assert.deepEqual(c.qualityFramework, { minimumStandardsMet: true, standardsMet: 8, standardsTotal: 8 });
    assert.equal(c.movingAndPositioning.completed, true);
    assert.deepEqual(c.contract, { reference: 'FCC-DC-001', hourlyRate: 16.5, active: true });
    assert.deepEqual(c.contingencyPartners.map((p: any) => p.id).sort(), [demoId('carer/1'), demoId('carer/4'), demoId('carer/7')].sort());
    assert.deepEqual(c.capacity, {
      careClients: 4,
      careClientLimit: 4,
      vacancies: 0,
      otherClients: 1,
      hoursAvailablePerWeek: 30,
      hoursCommittedPerWeek: 22,
    });
    assert.equal(c.clients.filter((x: any) => x.funding === 'DIRECT_COMMISSIONING').length, 1);
  });

  it('refuses a fifth care client under the rule of four with CONFLICT on input.personalCare, and writes nothing; a support-only client is still taken', async () => {
    const id = demoId('carer/0');
    const input = {
      microCarerId: id,
      personId: personWithoutCarer(0),
      start: region.asOf,
      funding: 'PRIVATE',
      personalCare: true,
      hoursPerWeek: 2,
    };
    const refused = await sg.execute(ADD_CLIENT, { input });
    assert.equal(refused.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(refused.errors?.[0].extensions?.field, 'input.personalCare');
    assert.match(refused.errors![0].message, /rule of four/);
    assert.equal((await carer(id)).capacity.careClients, 4);
    const support = await sg.execute(ADD_CLIENT, { input: { ...input, personalCare: false, hoursPerWeek: 1 } });
    assert.equal(support.errors, undefined);
    assert.deepEqual(support.data.addMicroCareClient.microCarer.capacity, { careClients: 4, vacancies: 0 });
  });

  it('refuses directly commissioned work until the micro-carer is ready, naming what is missing', async () => {
    const res = await sg.execute(ADD_CLIENT, {
      input: {
        microCarerId: demoId('carer/6'),
        personId: personWithoutCarer(1),
        start: region.asOf,
        funding: 'DIRECT_COMMISSIONING',
        personalCare: false,
        hoursPerWeek: 1,
      },
    });
    assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(res.errors?.[0].extensions?.field, 'input.funding');
    assert.match(res.errors![0].message, /MOVING_AND_POSITIONING_NOT_COMPLETED.*NO_SIGNED_CONTRACT.*NO_CONTINGENCY_PARTNER/);
  });

  it('walks a micro-carer from the Quality Framework to ready: sign-offs, the two course days, the contract and a contingency partner', async () => {
    const id = demoId('carer/5');
    // The journey over the past few weeks: standards signed off, the course's two days a week apart,
    // the contract signed and starting a week later (a week ago), and the contingency partner agreed.
    const standardsOn = dayFromToday(-24);
    const dayOneOn = dayFromToday(-23);
    const dayTwoOn = dayFromToday(-16);
    const signedOn = dayFromToday(-14);
    const contractStart = dayFromToday(-7);
    const early = await sg.execute(
      `mutation ($id: ID!) { signDirectCommissioningContract(input: { microCarerId: $id, reference: "FCC-DC-900", signedOn: "${dayFromToday(-21)}", start: "${signedOn}", hourlyRate: 16.5 }) { id } }`,
      { id },
    );
    assert.equal(early.errors?.[0].extensions?.code, 'CONFLICT', 'no contract before the Quality Framework and the course');
    const unsigned = await sg.execute(
      `mutation ($id: ID!) { recordQualityFrameworkStandard(input: { microCarerId: $id, code: "QF-M3", status: MET, on: "${standardsOn}" }) { id } }`,
      { id },
    );
    assert.equal(unsigned.errors?.[0].extensions?.field, 'input.signedOffBy');
    const unknown = await sg.execute(
      `mutation ($id: ID!) { recordQualityFrameworkStandard(input: { microCarerId: $id, code: "QF-X9", status: MET, signedOffBy: "Officer", on: "${standardsOn}" }) { id } }`,
      { id },
    );
    assert.equal(unknown.errors?.[0].extensions?.field, 'input.code');
    for (const code of ['QF-M3', 'QF-M4', 'QF-M5', 'QF-M6']) {
      const r = await sg.execute(
        `mutation ($id: ID!, $code: String!) { recordQualityFrameworkStandard(input: { microCarerId: $id, code: $code, status: MET, signedOffBy: "Micro-care Contracts Officer", on: "${standardsOn}" }) { qualityFramework { minimumStandardsMet } } }`,
        { id, code },
      );
      assert.equal(r.errors, undefined);
    }
    const dayTwoFirst = await sg.execute(
      `mutation ($id: ID!) { recordMovingAndPositioningDay(input: { microCarerId: $id, day: 2, on: "${dayOneOn}", trainer: "FCC trainer" }) { id } }`,
      { id },
    );
    assert.equal(dayTwoFirst.errors?.[0].extensions?.field, 'input.day');
    for (const [d, on] of [
      [1, dayOneOn],
      [2, dayTwoOn],
    ] as const) {
      const r = await sg.execute(
        `mutation ($id: ID!, $d: Int!, $on: Date!) { recordMovingAndPositioningDay(input: { microCarerId: $id, day: $d, on: $on, trainer: "FCC trainer" }) { stage } }`,
        { id, d, on },
      );
      assert.equal(r.errors, undefined);
    }
    assert.equal((await carer(id)).stage, 'CONTRACT');
    const signed = await sg.execute(
      `mutation ($id: ID!) { signDirectCommissioningContract(input: { microCarerId: $id, reference: "FCC-DC-900", signedOn: "${signedOn}", start: "${contractStart}", hourlyRate: 16.5 }) { stage } }`,
      { id },
    );
    assert.equal(signed.errors, undefined);
    assert.equal(signed.data.signDirectCommissioningContract.stage, 'CONTINGENCY_PLAN');
    const self = await sg.execute(
      `mutation ($id: ID!) { agreeContingencyPartner(microCarerId: $id, partnerId: $id, on: "${signedOn}") { id } }`,
      { id },
    );
    assert.equal(self.errors?.[0].extensions?.field, 'partnerId');
    const partnered = await sg.execute(
      `mutation ($id: ID!, $p: ID!) { agreeContingencyPartner(microCarerId: $id, partnerId: $p, on: "${signedOn}") { stage blockers } }`,
      { id, p: demoId('carer/6') },
    );
    assert.deepEqual(partnered.data.agreeContingencyPartner, { stage: 'READY_FOR_DIRECT_COMMISSIONING', blockers: [] });
  });

  it('resolves Person, PersonalAssistant and MicroCarer representations (the contract the gateway relies on), null for unknown micro-carers', async () => {
    const c = await carer(demoId('carer/1'));
    const personId = c.clients[0].person.id;
    const res = await sg.execute(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { __typename ... on Person { microCare { microCarer { id } } } ... on PersonalAssistant { microCarer { id } } ... on MicroCarer { businessName } } }`,
      {
        reps: [
          { __typename: 'Person', id: personId },
          { __typename: 'PersonalAssistant', id: c.personalAssistant.id },
          { __typename: 'MicroCarer', id: c.id },
          { __typename: 'MicroCarer', id: '00000000-0000-4000-8000-000000000000' },
        ],
      },
    );
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data._entities, [
      { __typename: 'Person', microCare: [{ microCarer: { id: c.id } }] },
      { __typename: 'PersonalAssistant', microCarer: { id: c.id } },
      { __typename: 'MicroCarer', businessName: c.businessName },
      null,
    ]);
  });

  it('answers for all 24 micro-carers with no more SQL statements than for 3 (DataLoader batching)', async () => {
    const statementsFor = async (n: number) => {
      const reps = Array.from({ length: n }, (_, i) => ({ __typename: 'MicroCarer', id: demoId(`carer/${i}`) }));
      const start = sg.database.statementCount();
      const res = await sg.execute(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on MicroCarer { ${CARER} } } }`, {
        reps,
      });
      assert.equal(res.errors, undefined);
      assert.equal(res.data._entities.filter(Boolean).length, n);
      return sg.database.statementCount() - start;
    };
    // Three carers may cost one statement more: their contingency partners are not among those already loaded.
    const few = await statementsFor(3);
    const all = await statementsFor(24);
    assert.ok(all <= few, `${all} statements for 24 micro-carers, ${few} for 3`);
  });
});
