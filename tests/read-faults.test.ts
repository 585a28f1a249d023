/**
 * Reads that failed people who had every right to them: a PA asking for her own record lost all
 * of it to one employer she may not see, and an employer's payroll provider could not see the
 * funding change it has to set up payments for. A PA sees her employments without her
 * employers' identity (the README's field sets); the payroll provider sees the dates, funders and
 * new money of the moves of the people it supports, and none of their clinical detail.
 */
import { demoUser, buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { funderUser, peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const PAYROLL = demoUser('support-adviser.tyneside-payroll');

describe('reads that must not fail', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('a PA asking for her own record with her employers gets her record and employments, the employers hidden as null', async () => {
    const aisha = demoUser('pa.aisha-khan').personalAssistantId!;
    const pa = region.personalAssistants.find((p) => p.id === aisha)!;
    const jobs = region.employments.filter((e) => e.personalAssistantId === aisha);
    const res = await hub.as('pa.aisha-khan')(
      `query ($id: ID!) { personalAssistant(id: $id) { id familyName employers { id start employer { givenName } } } }`,
      { id: aisha },
    );
    assert.ok(!JSON.stringify(res.errors ?? []).includes('INTERNAL_SERVER_ERROR'), JSON.stringify(res.errors));
    const record = res.data?.personalAssistant;
    assert.ok(record, `her record answers: ${JSON.stringify(res)}`);
    assert.deepEqual([record.id, record.familyName], [aisha, pa.familyName]);
    assert.deepEqual(record.employers.map((e: any) => e.id).sort(), jobs.map((e) => e.id).sort());
    // The README gives a PA no identity field set: her employers are not named to her through the hub.
    for (const e of record.employers) assert.equal(e.employer, null);
    const names = jobs.map((e) => region.people.find((p) => p.id === e.employerPersonId)!.givenName);
    for (const name of names) assert.equal(JSON.stringify(res).includes(`"${name}"`), false);
  });

  describe("an employer's payroll provider and the employer's booked funding change", () => {
    const supported = peopleRelatedTo(region, PAYROLL.organisationCode);
    const booked = region.transitions.find((t) => ['PROPOSED', 'AGREED'].includes(t.status) && supported.has(t.personId))!;
    const stranger = region.transitions.find((t) => ['PROPOSED', 'AGREED'].includes(t.status) && !supported.has(t.personId))!;

    it('the demo region has a move in flight for someone Tyneside Payroll supports', () => {
      assert.ok(booked && stranger);
    });

    it('sees its dates, funders, new money and payment support', async () => {
      const res = await hub.as(PAYROLL.userId)(
        `query ($p: ID!) { transitions(filter: { personId: $p, inFlight: true }) { totalCount edges { node {
          id status effectiveDate toVehicle toFunderCode parties { funderCode role } shares { funderCode percentage }
          fromEpisode { id } newPlan { weeklyAmount hourlyRate hoursPerWeek paymentSupport paymentSupportProvider { id } }
        } } } }`,
        { p: booked.personId },
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const nodes = res.data.transitions.edges.map((e: any) => e.node);
      const t = nodes.find((n: any) => n.id === booked.id);
      assert.ok(t, JSON.stringify(res.data));
      assert.deepEqual(
        {
          status: t.status,
          effectiveDate: t.effectiveDate,
          toVehicle: t.toVehicle,
          toFunderCode: t.toFunderCode,
          fromEpisode: t.fromEpisode?.id,
        },
        {
          status: booked.status,
          effectiveDate: booked.effectiveDate,
          toVehicle: booked.toVehicle,
          toFunderCode: booked.toFunderCode,
          fromEpisode: booked.fromEpisodeId,
        },
      );
      assert.deepEqual(
        t.parties.map((p: any) => `${p.funderCode}:${p.role}`).sort(),
        booked.parties.map((p) => `${p.funderCode}:${p.role}`).sort(),
      );
      assert.deepEqual(t.newPlan, {
        weeklyAmount: booked.newPlan.weeklyAmount,
        hourlyRate: booked.newPlan.hourlyRate,
        hoursPerWeek: booked.newPlan.hoursPerWeek,
        paymentSupport: booked.newPlan.paymentSupport,
        paymentSupportProvider: booked.newPlan.paymentSupportProviderId ? { id: booked.newPlan.paymentSupportProviderId } : null,
      });
    });

    for (const field of [
      'reason',
      'requiredCompetences',
      'readiness { ready }',
      'steps { name }',
      'councilResponses { note }',
      'healthResponses { note }',
    ]) {
      const name = field.split(' ')[0];
      it(`is refused its clinical detail: ${name} → FORBIDDEN, the rest of the move still answered`, async () => {
        const res = await hub.as(PAYROLL.userId)(`query ($id: ID!) { transition(id: $id) { id effectiveDate ${field} } }`, {
          id: booked.id,
        });
        assert.deepEqual(
          res.data?.transition && [res.data.transition.id, res.data.transition.effectiveDate, res.data.transition[name]],
          [booked.id, booked.effectiveDate, null],
          JSON.stringify(res),
        );
        const err = res.errors?.find((e) => e.path?.includes(name));
        assert.deepEqual([err?.extensions?.code, err?.extensions?.field], ['FORBIDDEN', name], JSON.stringify(res.errors));
        if (name === 'requiredCompetences')
          for (const code of booked.requiredCompetences) assert.equal(JSON.stringify(res).includes(code), false);
        if (name === 'reason') assert.equal(JSON.stringify(res).includes(booked.reason), false);
      });
    }

    it('does not see the move of someone it does not support', async () => {
      const res = await hub.as(PAYROLL.userId)(`query ($id: ID!) { transition(id: $id) { id effectiveDate } }`, { id: stranger.id });
      assert.equal(res.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(res));
      assert.equal(res.data?.transition ?? null, null);
    });

    it('the care team still sees the clinical detail', async () => {
      const council = booked.parties.find((p) => p.role === 'CURRENT_FUNDER')!.funderCode;
      const res = await hub.as(funderUser(council))(`query ($id: ID!) { transition(id: $id) { id reason requiredCompetences } }`, {
        id: booked.id,
      });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(res.data.transition, { id: booked.id, reason: booked.reason, requiredCompetences: booked.requiredCompetences });
    });
  });
});
