import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { median, publishMedianDays } from '../median.ts';

describe('medians for published aggregates', () => {
  it('takes the middle value, the mean of the middle two for an even count, and 0 for none, whatever the order', () => {
    assert.equal(median([9, 1, 5]), 5);
    assert.equal(median([10, 2, 4, 8]), 6);
    assert.equal(median([]), 0);
  });

  it('publishes a median of days to a whole day, and suppresses it under five contributors whatever its size', () => {
    assert.deepEqual(publishMedianDays([20, 21, 22, 23, 24, 25], 6), { display: '23 days', value: 23, suppressed: false });
    assert.deepEqual(publishMedianDays([1, 1, 1, 1, 1], 5), { display: '1 day', value: 1, suppressed: false });
    assert.deepEqual(publishMedianDays([30, 31, 32, 33], 4), { display: '<5 contributors', value: null, suppressed: true });
    assert.deepEqual(publishMedianDays([], 0), { display: '0 days', value: 0, suppressed: false });
  });
});
