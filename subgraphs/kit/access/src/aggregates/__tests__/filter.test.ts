import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { aggregateScope } from '../filter.ts';

/** The error's code and field, or null when the filter is accepted. */
function refusal(filter: Parameters<typeof aggregateScope>[0]) {
  try {
    aggregateScope(filter);
    return null;
  } catch (err) {
    assert.ok(err instanceof GraphQLError);
    return { code: err.extensions.code, field: err.extensions.field };
  }
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the aggregate filter', () => {
  let pinned: string | undefined;
  beforeEach(() => {
    pinned = process.env.CONTINUUM_TODAY;
    process.env.CONTINUUM_TODAY = '2026-06-15';
  });
  afterEach(() => {
    if (pinned === undefined) delete process.env.CONTINUUM_TODAY;
    else process.env.CONTINUUM_TODAY = pinned;
  });

  it("takes a council's GSS code or an NHS body's ODS code as its area, upper-cased", () => {
    assert.equal(aggregateScope({ areaCode: ' e08000021 ' }).areaCode, 'E08000021');
    assert.equal(aggregateScope({ areaCode: 'qhm' }).areaCode, 'QHM');
    assert.equal(aggregateScope({}).areaCode, null);
  });

  it('refuses an area that is neither code, against filter.areaCode', () => {
    assert.deepEqual(refusal({ areaCode: 'Newcastle' }), { code: 'BAD_USER_INPUT', field: 'filter.areaCode' });
    assert.deepEqual(refusal({ areaCode: 'NE1 4ST' }), { code: 'BAD_USER_INPUT', field: 'filter.areaCode' });
  });

  it('refuses a period starting after today, and counts one running past today to today', () => {
    assert.deepEqual(refusal({ from: day('2026-06-16'), to: day('2026-07-01') }), { code: 'BAD_USER_INPUT', field: 'filter.from' });
    assert.deepEqual(refusal({ from: day('2035-01-01'), to: day('2035-12-31') }), { code: 'BAD_USER_INPUT', field: 'filter.from' });
    const scope = aggregateScope({ from: day('2026-01-01'), to: day('2027-01-01') });
    assert.deepEqual([scope.from, scope.to], [day('2026-01-01'), day('2026-06-15')]);
    // A period ending today is left as it is.
    assert.deepEqual(aggregateScope({ from: day('2026-06-15'), to: day('2026-06-15') }).to, day('2026-06-15'));
  });
});
