import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { employmentFunding, fundingBoundaries, keptAllAt, paChangesAt } from '../reports/boundaries.ts';
import { taskDifference } from '../reports/plan-tasks.ts';
import { average, median, percentage } from '../reports/stats.ts';
import type { TimelineEmployment, TimelineEpisode } from '../reports/timeline.ts';

const ep = (id: string, start: string, end: string | null, __typename = 'DirectPayment'): TimelineEpisode => ({
  __typename,
  id,
  start,
  end,
});
const emp = (id: string, start: string, end: string | null): TimelineEmployment => ({ id, personalAssistantId: `pa-${id}`, start, end });
const changes = (b: { personalAssistants: { employment: TimelineEmployment; change: string }[] }) =>
  b.personalAssistants.map((c) => [c.employment.id, c.change]);

describe('funding boundaries', () => {
  const dp = ep('dp', '2022-05-01', '2024-03-31');
  const phb = ep('phb', '2024-04-01', null, 'PersonalHealthBudget');

  it("finds one boundary on the new episode's start where the whole team stayed", () => {
    const team = [emp('a', '2022-05-01', null), emp('b', '2022-06-01', null), emp('c', '2023-01-10', null)];
    const boundaries = fundingBoundaries([phb, dp], team);
    assert.equal(boundaries.length, 1);
    const [b] = boundaries;
    assert.equal(b.date, '2024-04-01');
    assert.equal(b.from, dp);
    assert.equal(b.to, phb);
    assert.deepEqual(changes(b), [
      ['a', 'STAYED'],
      ['b', 'STAYED'],
      ['c', 'STAYED'],
    ]);
    assert.equal(b.keptAllPersonalAssistants, true);
  });

  it('marks a PA whose employment ended the day before as LEFT and one starting that day as JOINED', () => {
    const team = [
      emp('a', '2022-05-01', null),
      emp('b', '2022-06-01', '2024-03-31'),
      emp('c', '2024-04-01', null),
      emp('d', '2022-05-01', '2023-01-01'),
    ];
    const [b] = fundingBoundaries([dp, phb], team);
    assert.deepEqual(changes(b), [
      ['a', 'STAYED'],
      ['b', 'LEFT'],
      ['c', 'JOINED'],
    ]);
    assert.equal(b.keptAllPersonalAssistants, false);
  });

  it('gives no boundary for a single episode or episodes starting on the same first day', () => {
    assert.deepEqual(fundingBoundaries([dp], [emp('a', '2022-05-01', null)]), []);
    assert.deepEqual(fundingBoundaries([], []), []);
    assert.deepEqual(fundingBoundaries([dp, ep('x', '2022-05-01', null)], []), []);
  });

  it('takes as `from` an episode still paying the day before (an overlap) or the last one ended before (a gap)', () => {
    const overlapping = fundingBoundaries([ep('dp', '2022-05-01', '2024-04-10'), phb], []);
    assert.equal(overlapping[0].from?.id, 'dp');
    const late = fundingBoundaries([ep('old', '2020-01-01', '2021-01-01'), ep('dp', '2021-02-01', '2024-03-20'), phb], []);
    assert.deepEqual(
      late.map((b) => [b.date, b.from?.id, b.to.id]),
      [
        ['2021-02-01', 'old', 'dp'],
        ['2024-04-01', 'dp', 'phb'],
      ],
    );
  });

  it('finds a boundary for each later start, in date order', () => {
    const chc = ep('chc', '2025-01-01', null, 'ContinuingHealthcarePackage');
    const boundaries = fundingBoundaries([chc, { ...phb, end: '2024-12-31' }, dp], [emp('a', '2022-05-01', '2024-10-01')]);
    assert.deepEqual(
      boundaries.map((b) => [b.date, b.from?.id, b.to.id, b.keptAllPersonalAssistants]),
      [
        ['2024-04-01', 'dp', 'phb', true],
        ['2025-01-01', 'phb', 'chc', true],
      ],
    );
    assert.deepEqual(changes(boundaries[1]), []);
  });
});

describe('PA changes on a day', () => {
  it('keeps all when everyone active the day before is still active', () => {
    const team = [emp('a', '2020-01-01', null), emp('b', '2024-04-01', null)];
    assert.equal(keptAllAt(team, '2024-04-01'), true);
    assert.equal(keptAllAt([...team, emp('c', '2020-01-01', '2024-03-31')], '2024-04-01'), false);
    assert.equal(keptAllAt([], '2024-04-01'), true);
    assert.deepEqual(
      paChangesAt([emp('c', '2020-01-01', '2024-04-01')], '2024-04-01').map((c) => c.change),
      ['STAYED'],
    );
  });
});

describe('employments and the episodes that funded them', () => {
  it('lists every episode whose period overlaps each employment, employments by start', () => {
    const dp = ep('dp', '2022-05-01', '2024-03-31');
    const phb = ep('phb', '2024-04-01', null);
    const rows = employmentFunding(
      [emp('late', '2024-06-01', null), emp('long', '2022-05-01', null), emp('early', '2022-05-01', '2023-01-01')],
      [phb, dp],
    );
    assert.deepEqual(
      rows.map((r) => [r.employment.id, r.fundedBy.map((e) => e.id)]),
      [
        ['early', ['dp']],
        ['long', ['dp', 'phb']],
        ['late', ['phb']],
      ],
    );
    assert.deepEqual(employmentFunding([emp('before', '2020-01-01', '2021-01-01')], [dp])[0].fundedBy, []);
  });
});

describe('outcome figures', () => {
  it('takes medians, averages and one-decimal percentages, null when empty', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 10]), 3.5);
    assert.equal(median([]), null);
    assert.equal(average([1, 2, 6]), 3);
    assert.equal(average([]), null);
    assert.equal(percentage(2, 3), 66.7);
    assert.equal(percentage(3, 3), 100);
    assert.equal(percentage(0, 0), null);
  });
});

describe('plan task differences', () => {
  it('is null when both plans list the same tasks in any order', () => {
    assert.equal(taskDifference(['Washing', 'Meals'], ['Meals', 'Washing', 'Meals']), null);
  });

  it('lists the tasks only in each plan, in plan order', () => {
    assert.deepEqual(taskDifference(['Washing', 'Meals', 'Shopping'], ['PEG feeding', 'Meals', 'Suction']), {
      councilOnlyTasks: ['Washing', 'Shopping'],
      healthOnlyTasks: ['PEG feeding', 'Suction'],
    });
  });
});
