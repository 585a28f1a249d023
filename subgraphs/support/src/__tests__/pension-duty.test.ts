import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { dutyOf, type DutyFacts } from '../pensions/duty.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date | null) => d && d.toISOString().slice(0, 10);
const EMPLOYER = '00000000-0000-4000-8000-000000000001';

/** One employer with employments a..d, the first from 2023-05-10; each eligible from 1 September 2026 unless said. */
function facts(enrolments: Record<string, { enrolledOn: string; optedOutOn?: string }[]>, reEnrolments: string[] = []): DutyFacts {
  const ids = ['a', 'b', 'c', 'd'];
  return {
    employerPersonId: EMPLOYER,
    employments: ids.map((id, i) => ({ id, personalAssistantId: `pa-${id}`, start: day(i === 0 ? '2023-05-10' : '2026-01-01') })),
    firstEligible: new Map(ids.map((id) => [id, day('2026-09-01')])),
    enrolments: new Map(
      Object.entries(enrolments).map(([id, list]) => [
        id,
        list.map((m) => ({ enrolledOn: day(m.enrolledOn), optedOutOn: m.optedOutOn ? day(m.optedOutOn) : null })),
      ]),
    ),
    reEnrolments: reEnrolments.map(day),
  };
}

describe("an employer's automatic enrolment duty", () => {
  it('gives each eligible jobholder six weeks: enrolled by the 42nd day is in time, later is late, none is due then overdue', () => {
    const duty = dutyOf(facts({ a: [{ enrolledOn: '2026-10-13' }], b: [{ enrolledOn: '2026-10-14' }] }), day('2026-10-13'));
    const status = Object.fromEntries(duty.eligibleJobholders.map((j) => [j.employmentId, [iso(j.enrolBy), j.status]]));
    assert.deepEqual(status, {
      a: ['2026-10-13', 'ENROLLED_IN_TIME'],
      b: ['2026-10-13', 'ENROLLED_LATE'],
      c: ['2026-10-13', 'DUE'],
      d: ['2026-10-13', 'DUE'],
    });
    assert.equal(duty.met, false, 'a late enrolment leaves the duty unmet');
    const dayAfter = dutyOf(facts({ a: [{ enrolledOn: '2026-10-13' }], b: [{ enrolledOn: '2026-10-01' }] }), day('2026-10-14'));
    assert.deepEqual(
      dayAfter.eligibleJobholders.map((j) => j.status),
      ['ENROLLED_IN_TIME', 'ENROLLED_IN_TIME', 'OVERDUE', 'OVERDUE'],
    );
    assert.equal(dayAfter.overdue, 2);
    assert.equal(dayAfter.met, false);
  });

  it('counts an opt-out after enrolment as the duty met, but not a membership given up before eligibility', () => {
    const duty = dutyOf(
      facts({
        a: [{ enrolledOn: '2026-09-10', optedOutOn: '2026-09-20' }],
        b: [{ enrolledOn: '2026-06-01', optedOutOn: '2026-06-15' }],
        c: [{ enrolledOn: '2026-06-01' }],
        d: [{ enrolledOn: '2026-09-02' }],
      }),
      day('2026-11-01'),
    );
    assert.deepEqual(
      duty.eligibleJobholders.map((j) => [j.employmentId, iso(j.enrolledOn), j.status]),
      [
        ['a', '2026-09-10', 'ENROLLED_IN_TIME'],
        ['b', null, 'OVERDUE'],
        ['c', '2026-06-01', 'ENROLLED_IN_TIME'],
        ['d', '2026-09-02', 'ENROLLED_IN_TIME'],
      ],
    );
  });

  it('starts the duties on the first day a PA was employed and puts re-enrolment three years on, then three years after the last', () => {
    const first = dutyOf(facts({}), day('2026-11-01'));
    assert.equal(iso(first.dutyStartDate), '2023-05-10');
    assert.deepEqual(
      [iso(first.nextReEnrolmentDue), iso(first.reEnrolmentWindowFrom), iso(first.reEnrolmentWindowTo)],
      ['2026-05-10', '2026-02-10', '2026-08-10'],
    );
    const after = dutyOf(facts({}, ['2026-06-01', '2026-06-01']), day('2026-11-01'));
    assert.deepEqual(after.reEnrolments.map(iso), ['2026-06-01']);
    assert.equal(iso(after.nextReEnrolmentDue), '2029-06-01');
  });
});
