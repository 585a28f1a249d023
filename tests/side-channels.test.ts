/**
 * Side channels: what a refusal, a report or the time an answer takes could tell a caller about
 * records out of their scope. Reports count only what the caller may see and publish no figure
 * over fewer than five moves; refusals name no other record's ids, dates or state; "not a party"
 * answers as "no such transition"; and an NHS number held out of scope takes as long to refuse
 * as one never held.
 */
import { demoUser, buildDemoRegion } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { funderUser, peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const FLINTSHIRE = 'W06000005';
const NEWCASTLE = 'E08000021';

/** A completed move alone on its effective day, with a council among its parties, that `caller` may or may not see. */
function loneMove(visibleTo: (personId: string, councilCode: string) => boolean) {
  const effective = region.transitions.filter((t) => t.status === 'EFFECTIVE');
  const perDay = new Map<string, number>();
  for (const t of effective) perDay.set(t.effectiveDate, (perDay.get(t.effectiveDate) ?? 0) + 1);
  const move = effective.find((t) => {
    const council = t.parties.find((p) => p.funderKind === 'COUNCIL');
    return (
      perDay.get(t.effectiveDate) === 1 && council && t.effectiveDate >= dayFromToday(-300) && visibleTo(t.personId, council.funderCode)
    );
  });
  assert.ok(move, 'the demo region has such a move');
  return { move, council: move.parties.find((p) => p.funderKind === 'COUNCIL')!.funderCode };
}

const OUTCOMES = `query ($day: Date!, $code: String) {
  transitionOutcomes(effectiveFrom: $day, effectiveTo: $day, funderCode: $code) {
    completed keptAllPersonalAssistants percentKeptAllPersonalAssistants medianDaysToComplete averageDaysToComplete transitions { id }
  }
}`;

/** A check-digit-valid number in the never-issued 999 range that the region does not hold (worked out here). */
function numberNeverHeld(): string {
  const held = new Set(region.people.map((p) => p.nhsNumber).filter(Boolean));
  for (let n = 999_555_000; ; n++) {
    const nine = String(n);
    const sum = [...nine].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    const number = nine + String(check === 11 ? 0 : check);
    if (!held.has(number)) return number;
  }
}

/** The p-quantile of a sample (nearest rank). */
const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.round(p * (xs.length - 1))];

describe('side channels are closed', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('transitionOutcomes over one day leaves out a move the caller may not see, even naming its council', async () => {
    const flintshire = peopleRelatedTo(region, FLINTSHIRE);
    const { move, council } = loneMove((personId) => !flintshire.has(personId));
    const res = await hub.as('social-worker.flintshire')(OUTCOMES, { day: move.effectiveDate, code: council });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data.transitionOutcomes, {
      completed: 0,
      keptAllPersonalAssistants: 0,
      percentKeptAllPersonalAssistants: null,
      medianDaysToComplete: null,
      averageDaysToComplete: null,
      transitions: [],
    });
  });

  it('transitionOutcomes lists a move the caller may see but publishes no figure describing fewer than five moves', async () => {
    const { move, council } = loneMove((personId, code) => peopleRelatedTo(region, code).has(personId));
    const res = await hub.as(funderUser(council))(OUTCOMES, { day: move.effectiveDate, code: council });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const outcomes = res.data.transitionOutcomes;
    assert.deepEqual(outcomes.transitions, [{ id: move.id }]);
    assert.equal(outcomes.completed, 1);
    // How long the one move took is not published as a median or an average of one.
    assert.deepEqual(
      [outcomes.percentKeptAllPersonalAssistants, outcomes.medianDaysToComplete, outcomes.averageDaysToComplete],
      [null, null, null],
    );
  });

  it("a refused overlapping startDirectPayment names no other record's id, dates or state", async () => {
    const related = peopleRelatedTo(region, NEWCASTLE);
    const open = region.directPayments.find((d) => d.councilGssCode === NEWCASTLE && d.end === null && related.has(d.personId))!;
    assert.ok(open, 'Newcastle funds someone with an open direct payment');
    const res = await hub.as('social-worker.newcastle')(
      `mutation ($i: StartDirectPaymentInput!) { startDirectPayment(input: $i) { id } }`,
      {
        i: {
          personId: open.personId,
          councilGssCode: NEWCASTLE,
          start: dayFromToday(7),
          hourlyRate: 15,
          hoursPerWeek: 10,
          paymentSupport: 'SELF_MANAGED',
        },
      },
    );
    const [err] = res.errors ?? [];
    assert.deepEqual([err?.extensions?.code, err?.extensions?.field], ['CONFLICT', 'input.start'], JSON.stringify(res));
    const text = JSON.stringify(res);
    for (const secret of [open.id, open.start, 'open-ended', 'open ended'])
      assert.equal(text.includes(secret), false, `${secret} is not echoed: ${text}`);
  });

  it("a refused overlapping addEmployment names no other employment's dates", async () => {
    const eleanor = region.featured.movedDirectPaymentToPhb;
    const job = region.employments.find((e) => e.employerPersonId === eleanor && e.end === null)!;
    const res = await hub.as('social-worker.newcastle')(`mutation ($i: AddEmploymentInput!) { addEmployment(input: $i) { id } }`, {
      i: {
        employerPersonId: eleanor,
        personalAssistantId: job.personalAssistantId,
        start: dayFromToday(3),
        hoursPerWeek: 5,
        role: 'Personal assistant',
        contractSigned: true,
      },
    });
    const [err] = res.errors ?? [];
    assert.deepEqual([err?.extensions?.code, err?.extensions?.field], ['CONFLICT', 'input.start'], JSON.stringify(res));
    const text = JSON.stringify(res);
    for (const secret of [job.id, job.start, 'no end date']) assert.equal(text.includes(secret), false, `${secret} is not echoed: ${text}`);
  });

  describe('"not a party" answers as "no such transition"', () => {
    const unknownId = '5d1c7a3e-0b4f-4c2a-9e8d-1f2a3b4c5d6e';
    const shape = (r: any, id: string) => ({
      code: r.errors?.[0]?.extensions?.code,
      field: r.errors?.[0]?.extensions?.field,
      message: String(r.errors?.[0]?.message).replaceAll(id, 'ID'),
      reason: r.errors?.[0]?.extensions?.reason,
      data: r.data,
    });

    it('respondToTransitionAsCouncil', async () => {
      const move = region.transitions.find(
        (t) => ['PROPOSED', 'AGREED'].includes(t.status) && !t.parties.some((p) => p.funderCode === FLINTSHIRE),
      )!;
      const ask = (id: string) =>
        hub.as('social-worker.flintshire')(
          `mutation ($id: ID!) { respondToTransitionAsCouncil(transitionId: $id, councilGssCode: "${FLINTSHIRE}", decision: AGREE, respondedBy: "Team leader") { decision } }`,
          { id },
        );
      const [real, unknown] = [await ask(move.id), await ask(unknownId)];
      assert.equal(unknown.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(unknown));
      assert.deepEqual(shape(real, move.id), shape(unknown, unknownId));
    });

    it('respondToTransitionAsHealthBody', async () => {
      const betsi = demoUser('chc-nurse.betsi').organisationCode;
      const move = region.transitions.find(
        (t) => ['PROPOSED', 'AGREED'].includes(t.status) && !t.parties.some((p) => p.funderCode === betsi),
      )!;
      const ask = (id: string) =>
        hub.as('chc-nurse.betsi')(
          `mutation ($id: ID!) { respondToTransitionAsHealthBody(transitionId: $id, healthBodyOdsCode: "${betsi}", decision: AGREE, respondedBy: "CHC lead") { decision } }`,
          { id },
        );
      const [real, unknown] = [await ask(move.id), await ask(unknownId)];
      assert.equal(unknown.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(unknown));
      assert.deepEqual(shape(real, move.id), shape(unknown, unknownId));
    });
  });

  it('person(nhsNumber:) takes as long to refuse a number held out of scope as one never held', async () => {
    const flintshire = peopleRelatedTo(region, FLINTSHIRE);
    const hidden = region.people.find((p) => p.nhsNumber && !flintshire.has(p.id))!.nhsNumber!;
    const missing = numberNeverHeld();
    const ask = hub.as('social-worker.flintshire');
    const query = `query ($n: String) { person(nhsNumber: $n) { id givenName } }`;
    const timed = async (n: string) => {
      const started = performance.now();
      const res = await ask(query, { n });
      const ms = performance.now() - started;
      assert.equal(res.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(res));
      return ms;
    };
    for (let i = 0; i < 10; i++) await timed(i % 2 ? hidden : missing);
    const times: Record<'hidden' | 'missing', number[]> = { hidden: [], missing: [] };
    for (let i = 0; i < 60; i++) {
      // Interleaved, one at a time, alternating which goes first.
      const order: ('hidden' | 'missing')[] = i % 2 ? ['hidden', 'missing'] : ['missing', 'hidden'];
      for (const which of order) times[which].push(await timed(which === 'hidden' ? hidden : missing));
    }
    const shown = (k: 'hidden' | 'missing') =>
      `${k}: quartiles ${[0.25, 0.5, 0.75].map((p) => quantile(times[k], p).toFixed(1)).join(' / ')} ms`;
    const within = (p: number, ratio: number) => {
      const [h, m] = [quantile(times.hidden, p), quantile(times.missing, p)];
      assert.ok(
        Math.max(h, m) / Math.min(h, m) <= ratio,
        `at the ${p * 100}th percentile the two differ by more than ${ratio}×: ${shown('hidden')}; ${shown('missing')}`,
      );
    };
    within(0.5, 1.5);
    // Load on the machine only adds delay: the faster quarter shows the work each answer takes most clearly.
    within(0.25, 1.3);
  });
});
