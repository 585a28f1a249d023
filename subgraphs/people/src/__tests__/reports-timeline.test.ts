import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { calendarDaysBetween, dayNumber, isoOfDay } from '../reports/days.ts';
import { fundingGaps, fundingOverlaps, type TimelineEmployment, type TimelineEpisode } from '../reports/timeline.ts';

const ep = (id: string, start: string, end: string | null, __typename = 'DirectPayment'): TimelineEpisode => ({
  __typename,
  id,
  start,
  end,
});
const emp = (id: string, start: string, end: string | null, personalAssistantId = `pa-${id}`): TimelineEmployment => ({
  id,
  personalAssistantId,
  start,
  end,
});
const ids = (episodes: TimelineEpisode[]) => episodes.map((e) => e.id);

describe('day arithmetic', () => {
  it('round-trips ISO dates through day numbers, across a leap day', () => {
    assert.equal(isoOfDay(dayNumber('2024-02-28') + 1), '2024-02-29');
    assert.equal(isoOfDay(dayNumber('2024-02-29') + 1), '2024-03-01');
    assert.equal(dayNumber('2025-01-01') - dayNumber('2024-01-01'), 366);
  });

  it('counts whole calendar days between two instants by their dates, never negative', () => {
    assert.equal(calendarDaysBetween(new Date('2024-03-01T23:00:00Z'), new Date('2024-03-02T01:00:00Z')), 1);
    assert.equal(calendarDaysBetween(new Date('2024-03-01T08:00:00Z'), new Date('2024-03-31T20:00:00Z')), 30);
    assert.equal(calendarDaysBetween(new Date('2024-03-05T00:00:00Z'), new Date('2024-03-01T00:00:00Z')), 0);
  });
});

describe('funding gaps', () => {
  const window = { from: '2024-01-01', to: '2024-06-30' };

  it('finds none when the new episode starts the day after the old one ends', () => {
    const episodes = [ep('dp', '2023-01-01', '2024-03-31'), ep('phb', '2024-04-01', null, 'PersonalHealthBudget')];
    assert.deepEqual(fundingGaps(episodes, [emp('a', '2023-06-01', null)], window), []);
  });

  it('finds the days between an old episode ending and a new one starting late, while a PA is employed', () => {
    const episodes = [ep('dp', '2023-01-01', '2024-03-31'), ep('phb', '2024-04-05', null, 'PersonalHealthBudget')];
    assert.deepEqual(fundingGaps(episodes, [emp('a', '2023-06-01', null)], window), [{ start: '2024-04-01', end: '2024-04-04', days: 4 }]);
  });

  it('ignores unfunded days on which no PA is employed', () => {
    const episodes = [ep('dp', '2023-01-01', '2024-03-31'), ep('phb', '2024-04-05', null)];
    assert.deepEqual(fundingGaps(episodes, [emp('a', '2023-06-01', '2024-03-31'), emp('b', '2024-04-05', null)], window), []);
  });

  it('counts an employment that starts before the first episode', () => {
    const episodes = [ep('dp', '2024-01-01', null)];
    assert.deepEqual(fundingGaps(episodes, [emp('a', '2023-12-10', null)], { from: '2023-12-01', to: '2024-06-30' }), [
      { start: '2023-12-10', end: '2023-12-31', days: 22 },
    ]);
  });

  it('merges consecutive gap days from different employments into one run', () => {
    const episodes = [ep('dp', '2023-01-01', '2024-03-31'), ep('phb', '2024-05-01', null)];
    const employments = [emp('a', '2023-01-01', '2024-04-02'), emp('b', '2024-04-03', '2024-04-10')];
    assert.deepEqual(fundingGaps(episodes, employments, window), [{ start: '2024-04-01', end: '2024-04-10', days: 10 }]);
  });

  it('keeps separate runs apart', () => {
    const episodes = [ep('a', '2024-01-01', '2024-01-31'), ep('b', '2024-02-03', '2024-02-29'), ep('c', '2024-03-02', null)];
    assert.deepEqual(fundingGaps(episodes, [emp('x', '2023-01-01', null)], window), [
      { start: '2024-02-01', end: '2024-02-02', days: 2 },
      { start: '2024-03-01', end: '2024-03-01', days: 1 },
    ]);
  });

  it('clips to the window', () => {
    const episodes = [ep('dp', '2023-01-01', '2024-06-20')];
    assert.deepEqual(fundingGaps(episodes, [emp('a', '2023-01-01', null)], window), [{ start: '2024-06-21', end: '2024-06-30', days: 10 }]);
    assert.deepEqual(fundingGaps([], [emp('a', '2023-01-01', null)], { from: '2024-06-30', to: '2024-06-01' }), []);
  });

  it('finds the whole window when a PA is employed and nothing pays', () => {
    assert.deepEqual(fundingGaps([], [emp('a', '2023-01-01', null)], window), [{ start: '2024-01-01', end: '2024-06-30', days: 182 }]);
  });
});

describe('funding overlaps', () => {
  const window = { from: '2024-01-01', to: '2024-12-31' };

  it('finds the days two episodes both pay, with both episodes', () => {
    const episodes = [ep('dp', '2023-01-01', '2024-04-10'), ep('phb', '2024-04-01', null, 'PersonalHealthBudget')];
    const runs = fundingOverlaps(episodes, window);
    assert.equal(runs.length, 1);
    assert.deepEqual(
      { ...runs[0], episodes: ids(runs[0].episodes) },
      { start: '2024-04-01', end: '2024-04-10', days: 10, episodes: ['dp', 'phb'] },
    );
  });

  it('finds none for back-to-back episodes or one integrated budget', () => {
    assert.deepEqual(fundingOverlaps([ep('dp', '2023-01-01', '2024-03-31'), ep('phb', '2024-04-01', null)], window), []);
    assert.deepEqual(fundingOverlaps([ep('ib', '2023-01-01', null, 'IntegratedBudget')], window), []);
  });

  it('merges consecutive overlap days into one run, with every episode involved', () => {
    const episodes = [ep('a', '2024-01-01', '2024-01-31'), ep('b', '2024-01-20', '2024-02-10'), ep('c', '2024-02-01', '2024-02-28')];
    const runs = fundingOverlaps(episodes, window);
    assert.deepEqual(
      runs.map((r) => ({ ...r, episodes: ids(r.episodes) })),
      [{ start: '2024-01-20', end: '2024-02-10', days: 22, episodes: ['a', 'b', 'c'] }],
    );
  });

  it('clips open-ended overlaps to the window', () => {
    const runs = fundingOverlaps([ep('a', '2023-01-01', null), ep('b', '2024-12-01', null)], window);
    assert.deepEqual(
      runs.map((r) => [r.start, r.end, r.days]),
      [['2024-12-01', '2024-12-31', 31]],
    );
  });
});
