/**
 * Support-service contracts, over real HTTP through the gateway: a council's staff award a block,
 * pay-as-you-go or hybrid contract to a support organisation the graph knows, with its value, term,
 * menu of costed services (who pays each) and peer-support requirement; the provider's advisers
 * return uptake per item each quarter, once; each contract is seen only by its two parties;
 * commissioners see, by contract type, the councils' cost and employers' fees per employer supported,
 * menu and managed-account uptake, payslip timeliness and peer support, suppressed and rounded.
 * A value below zero, a term ending before it starts, an unknown organisation or item, a menu that
 * does not fit the type, a quarter not yet ended or outside the term, or an item not on the menu is
 * refused with nothing written.
 */
import { buildDemoRegion } from '@continuum/demo';
import { DEFAULT_AUDIENCE, publishAmount, publishCount, signServiceToken } from '@continuum/access';
import { dayFromToday, postGraphQL } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, rowCounts, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const NEWCASTLE = 'E08000021';
const DARLINGTON = 'E06000005';
const UNKNOWN = '0f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c';
const orgId = (name: string) => region.supportOrganisations.find((o) => o.name === name)!.id;
const TYNESIDE_PAYROLL = orgId('Tyneside Payroll Services');
const NORTHUMBERLAND_PAYROLL = orgId('Northumberland Employer Payroll Services');
const CONTRACT = `id contractType value startsOn endsOn peerSessionsPerQuarter awardedBy council { gssCode } supportOrganisation { id name }
  menu { item label price unit paidBy }
  returns { quarter employersSupported peerSessionsHeld peerRequirementMet recordedBy uptake { item quantity employers } }`;
const LIST = `query ($gss: String, $org: ID) { supportContracts(councilGssCode: $gss, supportOrganisationId: $org) { ${CONTRACT} } }`;
const AWARD = `mutation ($input: AwardSupportContractInput!) { awardSupportContract(input: $input) { ${CONTRACT} } }`;
const UPTAKE = `mutation ($input: RecordSupportContractUptakeInput!) { recordSupportContractUptake(input: $input) { ${CONTRACT} } }`;
const COMPLAINTS = `id complaints { id receivedOn about recordedBy closedOn outcome closedBy }`;
const COMPLAIN = `mutation ($input: RecordSupportContractComplaintInput!) { recordSupportContractComplaint(input: $input) { ${COMPLAINTS} } }`;
const CLOSE = `mutation ($input: CloseSupportContractComplaintInput!) { closeSupportContractComplaint(input: $input) { ${COMPLAINTS} } }`;
const AGGREGATES = `query ($filter: AggregateFilter) { supportContractAggregates(filter: $filter) {
  byType { contractType contracts value employersSupported { display value suppressed } }
  byOrganisation { organisation contracts employersSupported { display value suppressed } } } }`;
const COUNT = `{ display value suppressed }`;
const MONITORING = `query ($filter: AggregateFilter) { supportContractAggregates(filter: $filter) {
  byType { contractType contracts supportOrganisations value employersSupported ${COUNT} councilCost employerFees ${COUNT}
    costPerEmployerSupported ${COUNT} managedAccounts ${COUNT} managedAccountPercent payslipsDue ${COUNT} payslipsLate ${COUNT}
    peerSessionsRequired peerSessionsHeld quartersReturned quartersPeerRequirementMet
    complaintsReceived ${COUNT} complaintsClosed ${COUNT} complaintsUpheld ${COUNT} peerGroupMeetings peerGroupAttendances ${COUNT}
    menuUptake { item label contracts employersUsing ${COUNT} employersOffered ${COUNT} uptakePercent } }
  byOrganisation { organisation contractTypes payslipsDue ${COUNT} payslipsLate ${COUNT} } } }`;
const PAYSLIP_GROUPS = `query ($groups: [PayslipGroupInput!]!) { payslipCountsForGroups(from: "2026-01-01", to: "2026-03-31", groups: $groups) { key due late } }`;
const TABLES = [
  'support_contract',
  'support_contract_item',
  'support_contract_return',
  'support_contract_uptake',
  'support_contract_complaint',
];
const counted = (hub: TestHub) => rowCounts(hub, { councils: TABLES });
const codeAndField = (res: any) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

/** The calendar quarter `back` quarters before today's (0: today's own), with its first and last days. */
function quarter(back: number) {
  const today = dayFromToday(0);
  const index = Number(today.slice(0, 4)) * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3) - back;
  const [year, q] = [Math.floor(index / 4), index % 4];
  const end = new Date(Date.UTC(year, q * 3 + 3, 0)).toISOString().slice(0, 10);
  return { label: `${year}-Q${q + 1}`, from: `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`, to: end };
}

const HYBRID = {
  councilGssCode: NEWCASTLE,
  supportOrganisationId: NORTHUMBERLAND_PAYROLL,
  contractType: 'HYBRID',
  value: 120000,
  startsOn: dayFromToday(-400),
  endsOn: dayFromToday(700),
  peerSessionsPerQuarter: 3,
  menu: [
    { item: 'INFORMATION_ON_EMPLOYING', paidBy: 'COUNCIL' },
    { item: 'PEER_SUPPORT', paidBy: 'COUNCIL' },
    { item: 'PAYROLL', price: 15, unit: 'per month', paidBy: 'DIRECT_PAYMENT' },
    { item: 'MANAGED_ACCOUNT', price: 30, unit: 'per month', paidBy: 'EMPLOYER' },
  ],
};

describe('support-service contracts: awarded by the council, uptake returned by the provider, monitored by commissioners', () => {
  let hub: TestHub;
  const newcastle = () => hub.as('social-worker.newcastle');
  const payroll = () => hub.as('support-adviser.tyneside-payroll');
  let contractId = '';
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it("a council's staff see its contracts as the demo region holds them; the provider sees only its own", async () => {
    const listed = (await gqlData(newcastle(), LIST, { gss: NEWCASTLE })).supportContracts;
    const held = region.supportContracts.filter((c) => c.councilGssCode === NEWCASTLE);
    assert.deepEqual(listed.map((c: any) => c.id).sort(), held.map((c) => c.id).sort());
    const payg = listed.find((c: any) => c.supportOrganisation.id === TYNESIDE_PAYROLL);
    const seeded = held.find((c) => c.supportOrganisationId === TYNESIDE_PAYROLL)!;
    assert.deepEqual(
      [payg.contractType, payg.value, payg.supportOrganisation.name, payg.peerSessionsPerQuarter],
      ['PAY_AS_YOU_GO', 0, 'Tyneside Payroll Services', 1],
    );
    assert.deepEqual(
      payg.returns.map((r: any) => [r.quarter, r.employersSupported, r.peerRequirementMet]),
      seeded.returns.map((r, i) => [r.quarter, r.employersSupported, i < seeded.returns.length - 1]),
      'latest quarter first; the oldest fell one peer session short',
    );
    assert.deepEqual(
      payg.menu.find((m: any) => m.item === 'RECRUITMENT'),
      {
        item: 'RECRUITMENT',
        label: 'Help with recruiting a PA',
        price: 44,
        unit: 'per advert',
        paidBy: 'DIRECT_PAYMENT',
      },
    );
    const own = (await gqlData(payroll(), LIST, { gss: NEWCASTLE })).supportContracts;
    assert.deepEqual(
      own.map((c: any) => c.id),
      [seeded.id],
      "the adviser sees Tyneside Payroll's contract, not the council's others",
    );
    assert.deepEqual((await gqlData(hub.as('social-worker.durham'), LIST, { gss: NEWCASTLE })).supportContracts, []);
  });

  it('a Newcastle social worker awards a hybrid contract, audited; its provider returns a quarter once', async () => {
    const lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
    const awarded = (await gqlData(newcastle(), AWARD, { input: HYBRID })).awardSupportContract;
    contractId = awarded.id;
    assert.deepEqual(
      [awarded.contractType, awarded.value, awarded.council.gssCode, awarded.supportOrganisation.id, awarded.returns],
      ['HYBRID', 120000, NEWCASTLE, NORTHUMBERLAND_PAYROLL, []],
    );
    assert.deepEqual(
      awarded.menu.map((m: any) => [m.item, m.price, m.paidBy]),
      [
        ['INFORMATION_ON_EMPLOYING', null, 'COUNCIL'],
        ['PEER_SUPPORT', null, 'COUNCIL'],
        ['PAYROLL', 15, 'DIRECT_PAYMENT'],
        ['MANAGED_ACCOUNT', 30, 'EMPLOYER'],
      ],
    );
    const audit = await hub.accessStore.pool.query(
      "SELECT * FROM audit_event WHERE id > $1 AND action = 'WRITE' AND outcome = 'ALLOWED' AND record_type = 'awardSupportContract'",
      [lastAudit],
    );
    assert.deepEqual(
      audit.rows.map((a: any) => a.user_id),
      ['social-worker.newcastle'],
    );

    // Tyneside Payroll is not this contract's provider: it does not exist for them.
    const last = quarter(1);
    const input = {
      contractId,
      quarter: last.label,
      employersSupported: 3,
      uptake: [
        { item: 'PEER_SUPPORT', quantity: 2, employers: 2 },
        { item: 'PAYROLL', quantity: 9, employers: 3 },
      ],
    };
    assert.deepEqual(codeAndField(await payroll()(UPTAKE, { input })), ['NOT_FOUND', 'input.contractId']);
    // Its own contract, by contrast, takes a return for a quarter not yet returned.
    const own = region.supportContracts.find((c) => c.supportOrganisationId === TYNESIDE_PAYROLL)!;
    const older = quarter(5);
    const returned = (
      await gqlData(payroll(), UPTAKE, {
        input: {
          contractId: own.id,
          quarter: older.label,
          employersSupported: 90,
          uptake: [{ item: 'PEER_SUPPORT', quantity: 1, employers: 12 }],
        },
      })
    ).recordSupportContractUptake;
    const r = returned.returns.find((x: any) => x.quarter === older.label);
    assert.deepEqual([r.employersSupported, r.peerSessionsHeld, r.peerRequirementMet], [90, 1, true]);
    const before = await counted(hub);
    const again = await payroll()(UPTAKE, { input: { contractId: own.id, quarter: older.label, employersSupported: 1, uptake: [] } });
    assert.deepEqual(codeAndField(again), ['CONFLICT', 'input.quarter']);
    assert.deepEqual(await counted(hub), before);
  });

  it('refuses a value below zero, an end before the start, an unknown organisation or item and a menu unfit for its type, writing nothing', async () => {
    const before = await counted(hub);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ value: -1 }, 'BAD_USER_INPUT', 'input.value'],
      [{ endsOn: dayFromToday(-401) }, 'BAD_USER_INPUT', 'input.endsOn'],
      [{ supportOrganisationId: UNKNOWN }, 'NOT_FOUND', 'input.supportOrganisationId'],
      [{ menu: [{ item: 'CAKE', paidBy: 'COUNCIL' }] }, 'BAD_USER_INPUT', 'input.menu[0].item'],
      [{ menu: [{ item: 'PAYROLL', price: -5, paidBy: 'EMPLOYER' }] }, 'BAD_USER_INPUT', 'input.menu[0].price'],
      [{ contractType: 'BLOCK' }, 'BAD_USER_INPUT', 'input.menu'],
      [{ contractType: 'PAY_AS_YOU_GO' }, 'BAD_USER_INPUT', 'input.menu'],
    ];
    for (const [change, code, field] of cases) {
      const res = await newcastle()(AWARD, { input: { ...HYBRID, ...change } });
      assert.deepEqual(codeAndField(res), [code, field], JSON.stringify(change));
    }
    assert.deepEqual(await counted(hub), before);
  });

  it('refuses a return for a quarter not ended or outside the term, an item off the menu, or more employers than supported, writing nothing', async () => {
    const provider = hub.as('support-adviser.tyneside-payroll');
    const own = region.supportContracts.find((c) => c.supportOrganisationId === TYNESIDE_PAYROLL)!;
    const base = { contractId: own.id, quarter: quarter(6).label, employersSupported: 5, uptake: [] as unknown[] };
    const before = await counted(hub);
    const cases: [Record<string, unknown>, string][] = [
      [{ quarter: quarter(0).label }, 'input.quarter'],
      [{ quarter: quarter(12).label }, 'input.quarter'],
      [{ quarter: '2026-Q5' }, 'input.quarter'],
      [{ employersSupported: -1 }, 'input.employersSupported'],
      [{ uptake: [{ item: 'MANAGED_ACCOUNT', quantity: 1, employers: 1 }] }, 'input.uptake[0].item'],
      [{ uptake: [{ item: 'PAYROLL', quantity: 30, employers: 6 }] }, 'input.uptake[0].employers'],
      [{ uptake: [{ item: 'PAYROLL', quantity: -1, employers: 1 }] }, 'input.uptake[0].quantity'],
    ];
    for (const [change, field] of cases) {
      const res = await provider(UPTAKE, { input: { ...base, ...change } });
      assert.deepEqual(codeAndField(res), ['BAD_USER_INPUT', field], JSON.stringify(change));
    }
    assert.deepEqual(await counted(hub), before);
  });

  it("only the contracting council's staff award, and only the provider's advisers return uptake; others are refused, writing nothing", async () => {
    const before = await counted(hub);
    const own = region.supportContracts.find((c) => c.supportOrganisationId === TYNESIDE_PAYROLL)!;
    const uptake = { input: { contractId: own.id, quarter: quarter(7).label, employersSupported: 1, uptake: [] } };
    for (const user of [
      'phb-lead.icb',
      'chc-nurse.icb',
      'commissioner.icb',
      'trainer.newcastle-hospitals',
      'pa.aisha-khan',
      'person.eleanor-robson',
    ]) {
      assert.equal(codeAndField(await hub.as(user)(AWARD, { input: HYBRID }))[0], 'FORBIDDEN', user);
      assert.equal(codeAndField(await hub.as(user)(UPTAKE, uptake))[0], 'FORBIDDEN', user);
    }
    assert.equal(codeAndField(await payroll()(AWARD, { input: HYBRID }))[0], 'FORBIDDEN');
    assert.equal(codeAndField(await newcastle()(UPTAKE, uptake))[0], 'FORBIDDEN', 'the council does not return its provider’s uptake');
    assert.deepEqual(codeAndField(await hub.as('social-worker.durham')(AWARD, { input: HYBRID })), ['FORBIDDEN', 'input.councilGssCode']);
    assert.equal(codeAndField(await hub.as('commissioner.icb')(LIST, { gss: NEWCASTLE }))[0], 'FORBIDDEN');
    assert.deepEqual(await counted(hub), before);
  });

  it('commissioners see contracts by type and employers supported per organisation, suppressed', async () => {
    const latest = quarter(1);
    const darlington = (
      await gqlData(hub.as('commissioner.icb'), AGGREGATES, { filter: { councilGssCode: DARLINGTON, from: latest.from, to: latest.to } })
    ).supportContractAggregates;
    const dad = region.supportContracts.find((c) => c.councilGssCode === DARLINGTON)!;
    assert.deepEqual(
      darlington.byType.map((t: any) => [t.contractType, t.contracts, t.value, t.employersSupported]),
      [
        ['BLOCK', 1, 240000, publishCount(dad.returns[0]!.employersSupported)],
        ['PAY_AS_YOU_GO', 0, 0, publishCount(0)],
        ['HYBRID', 0, 0, publishCount(0)],
      ],
    );
    // Three employers supported by one organisation in a quarter are shown as "<5".
    const stockton = 'E06000004';
    const payg = {
      ...HYBRID,
      councilGssCode: stockton,
      supportOrganisationId: TYNESIDE_PAYROLL,
      contractType: 'PAY_AS_YOU_GO',
      value: 0,
      menu: [{ item: 'PAYROLL', price: 15, unit: 'per month', paidBy: 'DIRECT_PAYMENT' }],
    };
    const awarded = (await gqlData(hub.as('social-worker.stockton'), AWARD, { input: payg })).awardSupportContract;
    await gqlData(payroll(), UPTAKE, {
      input: {
        contractId: awarded.id,
        quarter: latest.label,
        employersSupported: 3,
        uptake: [{ item: 'PAYROLL', quantity: 9, employers: 3 }],
      },
    });
    const figures = (
      await gqlData(hub.as('commissioner.icb'), AGGREGATES, { filter: { councilGssCode: stockton, from: latest.from, to: latest.to } })
    ).supportContractAggregates;
    const goDirect = region.supportContracts.find((c) => c.councilGssCode === stockton)!;
    assert.deepEqual(
      figures.byOrganisation.map((o: any) => [o.organisation, o.contracts, o.employersSupported]),
      [
        ['Go Direct', 1, publishCount(goDirect.returns[0]!.employersSupported)],
        ['Tyneside Payroll Services', 1, { display: '<5', value: null, suppressed: true }],
      ],
    );
    assert.deepEqual(
      figures.byType.find((t: any) => t.contractType === 'PAY_AS_YOU_GO'),
      { contractType: 'PAY_AS_YOU_GO', contracts: 1, value: 0, employersSupported: { display: '<5', value: null, suppressed: true } },
    );
  });

  describe("complaints about a contract's support", () => {
    const tyneside = () =>
      region.supportContracts.find((c) => c.councilGssCode === NEWCASTLE && c.supportOrganisationId === TYNESIDE_PAYROLL)!;

    it('a Newcastle social worker records a complaint about payroll, audited; the provider closes it once as upheld', async () => {
      const lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
      const received = dayFromToday(-20);
      const recorded = (
        await gqlData(newcastle(), COMPLAIN, { input: { contractId: tyneside().id, receivedOn: received, about: 'payroll' } })
      ).recordSupportContractComplaint;
      const complaint = recorded.complaints.find((c: any) => c.receivedOn === received && c.closedOn === null);
      assert.deepEqual(
        { ...complaint, id: undefined },
        {
          id: undefined,
          receivedOn: received,
          about: 'PAYROLL',
          recordedBy: complaint.recordedBy,
          closedOn: null,
          outcome: null,
          closedBy: null,
        },
      );
      assert.match(complaint.recordedBy, /Sam Patel/);
      assert.equal(recorded.complaints.length, tyneside().complaints.length + 1);
      const closedOn = dayFromToday(-2);
      const closed = (await gqlData(payroll(), CLOSE, { input: { complaintId: complaint.id, closedOn, outcome: 'UPHELD' } }))
        .closeSupportContractComplaint;
      const after = closed.complaints.find((c: any) => c.id === complaint.id);
      assert.deepEqual([after.closedOn, after.outcome], [closedOn, 'UPHELD']);
      assert.match(after.closedBy, /Lee Robinson/);
      const again = await payroll()(CLOSE, { input: { complaintId: complaint.id, closedOn, outcome: 'NOT_UPHELD' } });
      assert.deepEqual(codeAndField(again), ['CONFLICT', 'input.complaintId']);
      const audit = await hub.accessStore.pool.query(
        "SELECT record_type, user_id FROM audit_event WHERE id > $1 AND action = 'WRITE' AND outcome = 'ALLOWED' AND record_type LIKE '%SupportContractComplaint' ORDER BY id",
        [lastAudit],
      );
      assert.deepEqual(
        audit.rows.map((a: any) => [a.record_type, a.user_id]),
        [
          ['recordSupportContractComplaint', 'social-worker.newcastle'],
          ['closeSupportContractComplaint', 'support-adviser.tyneside-payroll'],
        ],
      );
    });

    it('refuses a day after today or outside the term, an item off the menu, and a closing before the complaint was received, writing nothing', async () => {
      const contract = tyneside();
      const recorded = (await gqlData(newcastle(), COMPLAIN, { input: { contractId: contract.id, receivedOn: dayFromToday(-5) } }))
        .recordSupportContractComplaint;
      const open = recorded.complaints.find((c: any) => c.receivedOn === dayFromToday(-5) && c.closedOn === null);
      const before = await counted(hub);
      const cases: [string, any, string, string][] = [
        [COMPLAIN, { contractId: contract.id, receivedOn: dayFromToday(1) }, 'BAD_USER_INPUT', 'input.receivedOn'],
        [COMPLAIN, { contractId: contract.id, receivedOn: dayFromToday(-3000) }, 'BAD_USER_INPUT', 'input.receivedOn'],
        [COMPLAIN, { contractId: contract.id, receivedOn: dayFromToday(-1), about: 'MANAGED_ACCOUNT' }, 'BAD_USER_INPUT', 'input.about'],
        [COMPLAIN, { contractId: 'not-an-id', receivedOn: dayFromToday(-1) }, 'BAD_USER_INPUT', 'input.contractId'],
        [COMPLAIN, { contractId: UNKNOWN, receivedOn: dayFromToday(-1) }, 'NOT_FOUND', 'input.contractId'],
        [CLOSE, { complaintId: open.id, closedOn: '2000-01-01', outcome: 'NOT_UPHELD' }, 'BAD_USER_INPUT', 'input.closedOn'],
        [CLOSE, { complaintId: open.id, closedOn: dayFromToday(1), outcome: 'NOT_UPHELD' }, 'BAD_USER_INPUT', 'input.closedOn'],
      ];
      for (const [mutation, input, code, field] of cases)
        assert.deepEqual(codeAndField(await newcastle()(mutation, { input })), [code, field], JSON.stringify(input));
      assert.deepEqual(await counted(hub), before);
      const listed = await gqlData(newcastle(), `query ($gss: String) { supportContracts(councilGssCode: $gss) { ${COMPLAINTS} } }`, {
        gss: NEWCASTLE,
      });
      const still = listed.supportContracts.find((c: any) => c.id === contract.id).complaints.find((c: any) => c.id === open.id);
      assert.deepEqual([still.closedOn, still.outcome], [null, null], 'the refused closings left it open');
    });

    it("only the contract's two parties record or close its complaints: another council's or organisation's staff are told it does not exist, other roles are refused", async () => {
      const before = await counted(hub);
      const asked = (contract: (typeof region.supportContracts)[number]) => ({
        complain: { input: { contractId: contract.id, receivedOn: dayFromToday(-1) } },
        close: { input: { complaintId: contract.complaints[0]!.id, closedOn: dayFromToday(-1), outcome: 'WITHDRAWN' } },
      });
      const livingNewcastle = region.supportContracts.find((c) => c.councilGssCode === NEWCASTLE && c.contractType === 'HYBRID')!;
      // Durham's staff are party to neither; Tyneside Payroll is not the provider of Independent Living Newcastle's contract.
      for (const [user, contract] of [
        ['social-worker.durham', tyneside()],
        ['support-adviser.tyneside-payroll', livingNewcastle],
      ] as const) {
        const { complain: c, close: x } = asked(contract);
        assert.deepEqual(codeAndField(await hub.as(user)(COMPLAIN, c)), ['NOT_FOUND', 'input.contractId'], user);
        assert.deepEqual(codeAndField(await hub.as(user)(CLOSE, x)), ['NOT_FOUND', 'input.complaintId'], user);
      }
      const { complain, close } = asked(tyneside());
      for (const user of [
        'phb-lead.icb',
        'chc-nurse.icb',
        'commissioner.icb',
        'trainer.newcastle-hospitals',
        'pa.aisha-khan',
        'person.eleanor-robson',
      ])
        for (const [mutation, variables] of [
          [COMPLAIN, complain],
          [CLOSE, close],
        ] as const)
          assert.equal(codeAndField(await hub.as(user)(mutation, variables))[0], 'FORBIDDEN', user);
      assert.deepEqual(await counted(hub), before);
    });
  });

  describe('monitoring by contract type over the last four quarters returned, to today', () => {
    const from = quarter(4).from;
    const to = dayFromToday(0);
    const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000) + 1;
    const pounds = (n: number) => `£${n.toLocaleString('en-GB')}`;
    const inPeriod = (dp: { start: string; end: string | null }) => dp.start <= to && (dp.end ?? to) >= from;
    const monitoring = async (councilGssCode: string) =>
      (await gqlData(hub.as('commissioner.icb'), MONITORING, { filter: { councilGssCode, from, to } })).supportContractAggregates;

    it("Darlington's block contract: the council's cost for the period per employer supported, no fees, peer sessions against the requirement and its PA peer group", async () => {
      const dad = region.supportContracts.find((c) => c.councilGssCode === DARLINGTON)!;
      const block = (await monitoring(DARLINGTON)).byType.find((t: any) => t.contractType === 'BLOCK');
      const cost = (dad.value * days(from > dad.startsOn ? from : dad.startsOn, to)) / days(dad.startsOn, dad.endsOn);
      const employers = publishCount(dad.returns[0]!.employersSupported);
      assert.equal(block.councilCost, Math.round(cost * 100) / 100);
      assert.deepEqual(block.employerFees, { display: '£0', value: 0, suppressed: false }, 'every item is paid by the council');
      const perEmployer = Math.round(cost / employers.value! / 10) * 10;
      assert.deepEqual(block.costPerEmployerSupported, { display: pounds(perEmployer), value: perEmployer, suppressed: false });
      // Four quarters returned, three sessions required each; the oldest fell one short.
      assert.deepEqual(
        [block.quartersReturned, block.peerSessionsRequired, block.peerSessionsHeld, block.quartersPeerRequirementMet],
        [4, 12, 11, 3],
      );
      // The PA peer group DAD runs in Darlington: its meetings in the period and the PAs who came, as the demo region holds them.
      const groups = new Set(
        region.peerGroups.filter((g) => g.organiserId === dad.supportOrganisationId && g.councilGssCode === DARLINGTON).map((g) => g.id),
      );
      const meetings = region.peerGroupMeetings.filter((m) => groups.has(m.peerGroupId) && m.heldOn >= from && m.heldOn <= to);
      assert.ok(meetings.length > 0);
      assert.deepEqual(
        [block.peerGroupMeetings, block.peerGroupAttendances],
        [meetings.length, publishCount(meetings.reduce((n, m) => n + m.attendeeIds.length, 0))],
      );
      const payroll = block.menuUptake.find((m: any) => m.item === 'PAYROLL');
      const using = publishCount(dad.returns[0]!.uptake.find((u) => u.item === 'PAYROLL')!.employers);
      assert.deepEqual(payroll, {
        item: 'PAYROLL',
        label: 'Payroll service',
        contracts: 1,
        employersUsing: using,
        employersOffered: employers,
        uptakePercent: Math.round((using.value! / employers.value!) * 100),
      });
      assert.deepEqual(
        block.menuUptake.map((m: any) => m.item),
        dad.menu.map((m) => m.item),
        'every item on the menu, in the survey order',
      );
      // The year before: the contract was in force but no quarter of it was returned, so there is no cost per employer to give.
      const earlier = (
        await gqlData(hub.as('commissioner.icb'), MONITORING, {
          filter: { councilGssCode: DARLINGTON, from: quarter(8).from, to: quarter(5).to },
        })
      ).supportContractAggregates.byType.find((t: any) => t.contractType === 'BLOCK');
      assert.deepEqual(
        [earlier.contracts, earlier.quartersReturned, earlier.employersSupported.display, earlier.costPerEmployerSupported],
        [1, 0, '0', { display: '–', value: null, suppressed: false }],
      );
    });

    it("Hartlepool's pay-as-you-go contracts: no council cost, employers' fees for what they used, per employer supported", async () => {
      const hartlepool = region.supportContracts.filter((c) => c.councilGssCode === 'E06000001');
      const fees = hartlepool.reduce(
        (sum, c) =>
          sum +
          c.returns.reduce(
            (n, r) => n + r.uptake.reduce((m, u) => m + u.quantity * (c.menu.find((i) => i.item === u.item)!.price ?? 0), 0),
            0,
          ),
        0,
      );
      const supported = hartlepool.reduce((n, c) => n + c.returns[0]!.employersSupported, 0);
      const payg = (await monitoring('E06000001')).byType.find((t: any) => t.contractType === 'PAY_AS_YOU_GO');
      const published = publishAmount(fees, supported, 100, pounds);
      assert.deepEqual(
        [payg.contracts, payg.supportOrganisations, payg.councilCost, payg.employerFees, payg.employersSupported],
        [2, 2, 0, published, publishCount(supported)],
      );
      const perEmployer = Math.round(published.value! / publishCount(supported).value! / 10) * 10;
      assert.equal(payg.costPerEmployerSupported.value, perEmployer);
    });

    it("Stockton's hybrid contract: managed accounts held by its provider against employers supported, and payslips it ran as the records hold them", async () => {
      const stockton = 'E06000004';
      const goDirect = region.supportContracts.find((c) => c.councilGssCode === stockton && c.contractType === 'HYBRID')!;
      const payments = region.directPayments.filter((dp) => dp.councilGssCode === stockton && inPeriod(dp));
      const managed = new Set(
        payments
          .filter((dp) => dp.paymentSupport === 'MANAGED_ACCOUNT' && dp.paymentSupportProviderId === goDirect.supportOrganisationId)
          .map((dp) => dp.personId),
      );
      const figures = await monitoring(stockton);
      const hybrid = figures.byType.find((t: any) => t.contractType === 'HYBRID');
      const supported = publishCount(goDirect.returns[0]!.employersSupported);
      assert.deepEqual(hybrid.managedAccounts, publishCount(managed.size));
      assert.ok(managed.size > 4, 'enough managed accounts to publish');
      assert.equal(hybrid.managedAccountPercent, Math.round((publishCount(managed.size).value! / supported.value!) * 100));
      // The payslips counted straight from the support subgraph's tables: Go Direct's runs for Stockton's employers, due in the period.
      const support = hub.subgraphs.find((s) => s.name === 'support')!.database.client as any;
      const [row] = await support.$queryRawUnsafe(
        `SELECT count(*)::int AS due,
                count(*) FILTER (WHERE p.sent_on > p.due_on OR (p.sent_on IS NULL AND p.due_on < $4::date))::int AS late
         FROM payslip p JOIN payroll_run r ON r.id = p.payroll_run_id JOIN payroll_provider pp ON pp.id = r.payroll_provider_id
         WHERE pp.support_organisation_id = $1::uuid AND r.employer_person_id = ANY($2::uuid[]) AND p.due_on BETWEEN $3::date AND $4::date`,
        goDirect.supportOrganisationId,
        [...new Set(payments.map((dp) => dp.personId))],
        from,
        to,
      );
      assert.ok(row.due > 4 && row.late > 4, `Go Direct ran payslips for Stockton's employers, some late (${row.due}, ${row.late})`);
      assert.deepEqual([hybrid.payslipsDue, hybrid.payslipsLate], [publishCount(row.due), publishCount(row.late)]);
      const organisation = figures.byOrganisation.find((o: any) => o.organisation === 'Go Direct');
      assert.deepEqual(organisation, {
        organisation: 'Go Direct',
        contractTypes: ['HYBRID'],
        payslipsDue: publishCount(row.due),
        payslipsLate: publishCount(row.late),
      });
    });

    it("Hartlepool's complaints about its contracts' support: received and closed in the period, and those upheld in whole or part", async () => {
      const complaints = region.supportContracts.filter((c) => c.councilGssCode === 'E06000001').flatMap((c) => c.complaints);
      const within = (day: string | null) => day !== null && day >= from && day <= to;
      const closed = complaints.filter((c) => within(c.closedOn));
      const expected = [
        complaints.filter((c) => within(c.receivedOn)).length,
        closed.length,
        closed.filter((c) => c.outcome === 'UPHELD' || c.outcome === 'PARTLY_UPHELD').length,
      ];
      assert.ok(expected[0]! > 4 && expected[2]! > 0, `the demo contracts have complaints (${expected})`);
      const payg = (await monitoring('E06000001')).byType.find((t: any) => t.contractType === 'PAY_AS_YOU_GO');
      assert.deepEqual([payg.complaintsReceived, payg.complaintsClosed, payg.complaintsUpheld], expected.map(publishCount));
    });

    it('the exact payslip and peer group counts behind them are for the hub alone, and a malformed id or code is refused on its field', async () => {
      const groups = [{ key: 'a', supportOrganisationId: TYNESIDE_PAYROLL, employerPersonIds: [] }];
      const refused = await hub.as('commissioner.icb')(PAYSLIP_GROUPS, { groups });
      assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      const token = await signServiceToken(hub.keys.services, 'hub', DEFAULT_AUDIENCE);
      const asHub = (variables: unknown) =>
        postGraphQL(hub.gatewayUrl, PAYSLIP_GROUPS, variables as never, { authorization: `Bearer ${token}` });
      const answered = await asHub({ groups });
      assert.deepEqual(answered.data.payslipCountsForGroups, [{ key: 'a', due: 0, late: 0 }]);
      const scopes = { scopes: [{ key: 'b', supportOrganisationId: TYNESIDE_PAYROLL, councilGssCode: 'Newcastle' }] };
      const PEER_GROUPS = `query ($scopes: [PeerGroupScopeInput!]!) { peerGroupMeetingCounts(from: "2026-01-01", to: "2026-03-31", scopes: $scopes) { key } }`;
      assert.equal((await hub.as('commissioner.icb')(PEER_GROUPS, scopes)).errors?.[0]?.extensions?.code, 'FORBIDDEN');
      const badArea = await postGraphQL(hub.gatewayUrl, PEER_GROUPS, scopes, { authorization: `Bearer ${token}` });
      assert.deepEqual(codeAndField(badArea), ['BAD_USER_INPUT', 'scopes[0].councilGssCode']);
      const bad = await asHub({ groups: [{ ...groups[0], employerPersonIds: ['not-an-id'] }] });
      assert.deepEqual(codeAndField(bad), ['BAD_USER_INPUT', 'groups[0].employerPersonIds[0]']);
    });
  });
});
