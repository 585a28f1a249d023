import type { Caller } from '@continuum/runtime';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { funderUser, startTestHub, type TestHub } from './helpers.ts';
import {
  activeEmployments,
  addDaysIso,
  agreeAll,
  candidates,
  employmentRows,
  gql,
  payrollProvider,
  pick,
  PROPOSE,
  reconcile,
  recordCounts,
  region,
  TODAY,
  TRANSITION,
} from './transition-journeys.ts';

const NE = new Set(region.councils.filter((c) => c.nation === 'ENGLAND').map((c) => c.gssCode));
const providerOf = new Map(region.courses.map((c) => [c.id, c.providerId]));
/** The NHS trust whose courses every one of these PAs has completed, if any: it trains them. */
const nhsTrainerOf = (paIds: string[]) =>
  region.trainingProviders.find(
    (t) =>
      t.kind === 'NHS_TRUST' &&
      paIds.every((pa) => region.trainingRecords.some((r) => r.personalAssistantId === pa && providerOf.get(r.courseId) === t.id)),
  )?.id;
const effectiveDate = addDaysIso(TODAY, 14);

const HISTORY = `query ($id: ID) { person(id: $id) {
  fundingHistory { __typename id start end funderCode ... on IntegratedBudget { shares { funderKind funderCode percentage } } }
  paTeam { id personalAssistant { id } }
} }`;

describe('funding transitions through the gateway: the person keeps their PAs and records', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  /** The current funder proposes; every party agrees; the move is advanced; the old episode ends the day before the new one. */
  async function move(personId: string, currentFunder: string, input: Record<string, unknown>) {
    const user = funderUser(currentFunder);
    const countsBefore = await recordCounts(hub);
    const employmentsBefore = await employmentRows(hub, personId);
    const before = (await gql(hub, user, HISTORY, { id: personId })).person;
    const proposed = (await gql(hub, user, PROPOSE, { input: { personId, effectiveDate, proposedBy: currentFunder, ...input } }))
      .proposeTransition;
    assert.equal(proposed.status, 'PROPOSED');
    await agreeAll(hub, proposed);
    const done = await reconcile(hub, user, proposed.id);
    const detail = (await gql(hub, user, TRANSITION, { id: proposed.id })).transition;
    assert.equal(done.status, 'EFFECTIVE', JSON.stringify(detail));
    const after = (await gql(hub, user, HISTORY, { id: personId })).person;
    const old = after.fundingHistory.find((e: any) => e.id === input.fromEpisodeId);
    const opened = after.fundingHistory.find((e: any) => e.id === detail.newEpisode.id);
    assert.equal(old.end, addDaysIso(effectiveDate, -1), 'the old episode ends the day before');
    assert.equal(opened.start, effectiveDate, 'the new episode starts on the effective date');
    assert.equal(after.fundingHistory.length, before.fundingHistory.length + 1);
    assert.deepEqual(
      after.paTeam.map((t: any) => t.personalAssistant.id).sort(),
      before.paTeam.map((t: any) => t.personalAssistant.id).sort(),
      'the same PAs',
    );
    assert.deepEqual(await employmentRows(hub, personId), employmentsBefore, 'employments untouched');
    assert.deepEqual(await recordCounts(hub), countsBefore, 'no person, PA, employment or training record created');
    return { proposed, detail, after };
  }

  it('moves a council direct payment to an ICB personal health budget keeping 3 PAs', async () => {
    const dp = pick(
      candidates(
        region.directPayments.filter((d) => NE.has(d.councilGssCode)),
        (n) => n === 3,
      ),
    );
    assert.ok(dp, 'the demo region has a DP holder with 3 PAs');
    const { proposed, detail, after } = await move(dp.personId, dp.councilGssCode, {
      fromEpisodeId: dp.id,
      toVehicle: 'PERSONAL_HEALTH_BUDGET',
      toFunderCode: 'QHM',
      reason: 'Eligible for NHS funding after a deterioration in health',
      newPlan: {
        weeklyAmount: 420,
        hourlyRate: 15,
        hoursPerWeek: 28,
        phbManagement: 'DIRECT_PAYMENT',
        paymentSupport: 'PAYROLL_SERVICE',
        paymentSupportProviderId: payrollProvider.id,
      },
    });
    assert.deepEqual(proposed.parties.map((p: any) => [p.funderKind, p.funderCode, p.role]).sort(), [
      ['COUNCIL', dp.councilGssCode, 'CURRENT_FUNDER'],
      ['HEALTH', 'QHM', 'NEW_FUNDER'],
    ]);
    assert.equal(detail.newEpisode.__typename, 'PersonalHealthBudget');
    assert.equal(after.paTeam.length, 3);
  });

  it('moves a direct payment to an integrated budget funded 40% by the council and 60% by the ICB', async () => {
    const dp = pick(
      candidates(
        region.directPayments.filter((d) => NE.has(d.councilGssCode)),
        (n) => n >= 1,
      ),
    );
    const { detail, after } = await move(dp.personId, dp.councilGssCode, {
      fromEpisodeId: dp.id,
      toVehicle: 'INTEGRATED_BUDGET',
      toFunderCode: 'QHM',
      reason: 'Joint health and social care needs',
      shares: [
        { funderKind: 'COUNCIL', funderCode: dp.councilGssCode, percentage: 40 },
        { funderKind: 'HEALTH', funderCode: 'QHM', percentage: 60 },
      ],
      newPlan: { weeklyAmount: 380 },
    });
    const opened = after.fundingHistory.find((e: any) => e.id === detail.newEpisode.id);
    assert.equal(opened.__typename, 'IntegratedBudget');
    assert.deepEqual(opened.shares.map((s: any) => [s.funderKind, s.funderCode, s.percentage]).sort(), [
      ['COUNCIL', dp.councilGssCode, 40],
      ['HEALTH', 'QHM', 60],
    ]);
  });

  it('moves a personal health budget back to a council direct payment', async () => {
    const people = new Map(region.people.map((p) => [p.id, p]));
    const phb = pick(
      candidates(
        region.personalHealthBudgets.filter((p) => p.healthBodyOdsCode === 'QHM'),
        (n) => n >= 1,
      ),
    );
    const council = people.get(phb.personId)!.councilGssCode;
    const { detail } = await move(phb.personId, 'QHM', {
      fromEpisodeId: phb.id,
      toVehicle: 'DIRECT_PAYMENT',
      toFunderCode: council,
      reason: 'No longer eligible for NHS continuing care',
      newPlan: {
        weeklyAmount: 280,
        hourlyRate: 14,
        hoursPerWeek: 20,
        paymentSupport: 'PAYROLL_SERVICE',
        paymentSupportProviderId: payrollProvider.id,
      },
    });
    assert.equal(detail.newEpisode.__typename, 'DirectPayment');
  });

  it('holds an agreed transition while one PA lacks a required competence, and applies it once the training record lands', async () => {
    // An NHS sign-off is recorded by a trainer of an NHS trust that already trains both PAs.
    const suction = region.courses.find((c) => c.code === 'HT-SUCTION')!.id;
    const dp = pick(
      candidates(
        region.directPayments.filter((d) => NE.has(d.councilGssCode)),
        (n) => n === 2,
      ).filter((d) => {
        const pas = activeEmployments(d.personId).map((e) => e.personalAssistantId);
        return nhsTrainerOf(pas) && !region.trainingRecords.some((r) => pas.includes(r.personalAssistantId) && r.courseId === suction);
      }),
    );
    const team = activeEmployments(dp.personId);
    const user = funderUser(dp.councilGssCode);
    const trainer: Caller = {
      userId: 'trainer.nhs-trust',
      name: 'Clinical educator',
      organisationCode: nhsTrainerOf(team.map((e) => e.personalAssistantId))!,
      organisationKind: 'TRAINING_PROVIDER',
      role: 'TRAINER',
      purpose: 'TRAINING_ADMINISTRATION',
    };
    const signOff = { name: 'Priya Shah', role: 'Clinical nurse specialist', organisation: 'NHS foundation trust', nhsStaff: true };
    const recordSuction = (paId: string) =>
      gql(hub, trainer, `mutation ($i: RecordTrainingInput!) { recordTraining(input: $i) { id } }`, {
        i: { personalAssistantId: paId, courseCode: 'HT-SUCTION', completedOn: TODAY, signedOffBy: signOff },
      });
    for (const e of team) {
      await gql(
        hub,
        user,
        `mutation ($id: ID!) { updateEmployment(id: $id, input: { healthDuties: true, insuranceUpdated: true, payRateUpdated: true, hourlyRate: 15.5 }) { id } }`,
        { id: e.id },
      );
    }
    await recordSuction(team[0].personalAssistantId);
    const proposed = (
      await gql(hub, user, PROPOSE, {
        input: {
          personId: dp.personId,
          fromEpisodeId: dp.id,
          toVehicle: 'PERSONAL_HEALTH_BUDGET',
          toFunderCode: 'QHM',
          effectiveDate,
          proposedBy: dp.councilGssCode,
          reason: 'Needs oral suction at night',
          requiredCompetences: ['HT-SUCTION'],
          newPlan: {
            weeklyAmount: 400,
            hourlyRate: 16,
            hoursPerWeek: 25,
            phbManagement: 'DIRECT_PAYMENT',
            paymentSupport: 'PAYROLL_SERVICE',
            paymentSupportProviderId: payrollProvider.id,
          },
        },
      })
    ).proposeTransition;
    await agreeAll(hub, proposed);
    assert.equal((await reconcile(hub, user, proposed.id)).status, 'AGREED');
    const blocked = (await gql(hub, user, TRANSITION, { id: proposed.id })).transition;
    assert.equal(blocked.readiness.ready, false);
    assert.deepEqual(blocked.readiness.blockers, [
      { kind: 'MISSING_COMPETENCE', courseCode: 'HT-SUCTION', personalAssistant: { id: team[1].personalAssistantId } },
    ]);
    assert.equal(blocked.newEpisode, null, 'nothing applied while blocked');

    await recordSuction(team[1].personalAssistantId);
    assert.equal((await reconcile(hub, user, proposed.id)).status, 'EFFECTIVE');
    const done = (await gql(hub, user, TRANSITION, { id: proposed.id })).transition;
    assert.equal(done.readiness.ready, true);
    assert.deepEqual(done.steps.map((s: any) => [s.name, s.state]).sort(), [
      ['END_OLD_EPISODE', 'DONE'],
      ['OPEN_NEW_EPISODE', 'DONE'],
    ]);
  });
});
