import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { dbsCheckIsCurrent } from '../dbs.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day('2026-11-26');

describe('DBS check currency', () => {
  it('counts a clear or disclosed check as current for three years to the day', () => {
    assert.equal(dbsCheckIsCurrent('CLEAR', day('2023-11-26'), TODAY), true);
    assert.equal(dbsCheckIsCurrent('INFORMATION_DISCLOSED', day('2026-11-26'), TODAY), true);
    assert.equal(dbsCheckIsCurrent('CLEAR', day('2023-11-25'), TODAY), false);
  });

  it('never counts a check that has not cleared, or has no date, or is dated in the future', () => {
    assert.equal(dbsCheckIsCurrent('IN_PROGRESS', day('2026-01-01'), TODAY), false);
    assert.equal(dbsCheckIsCurrent('NOT_CHECKED', null, TODAY), false);
    assert.equal(dbsCheckIsCurrent('CLEAR', null, TODAY), false);
    assert.equal(dbsCheckIsCurrent('CLEAR', day('2026-11-27'), TODAY), false);
  });

  it('measures three years back from 29 February as from 1 March', () => {
    const leapDay = day('2028-02-29');
    assert.equal(dbsCheckIsCurrent('CLEAR', day('2025-03-01'), leapDay), true);
    assert.equal(dbsCheckIsCurrent('CLEAR', day('2025-02-28'), leapDay), false);
  });
});
