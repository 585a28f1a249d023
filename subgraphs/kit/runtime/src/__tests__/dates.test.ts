import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { covers, episodeStatus, parseIsoDate } from '../dates.ts';

const d = (iso: string) => parseIsoDate(iso)!;

describe('calendar dates', () => {
  it('refuses impossible and malformed dates', () => {
    assert.equal(parseIsoDate('2025-02-29'), null);
    assert.equal(parseIsoDate('2024-02-30'), null);
    assert.equal(parseIsoDate('2024-13-01'), null);
    assert.equal(parseIsoDate('24-01-01'), null);
    assert.equal(parseIsoDate('2024-1-1'), null);
    assert.equal(parseIsoDate('2024-02-29')?.toISOString(), '2024-02-29T00:00:00.000Z');
  });

  it('counts the end date as the last funded day', () => {
    assert.equal(covers(d('2025-01-01'), d('2025-03-31'), d('2025-03-31')), true);
    assert.equal(covers(d('2025-01-01'), d('2025-03-31'), d('2025-04-01')), false);
    assert.equal(covers(d('2025-01-01'), null, d('2030-01-01')), true);
  });

  it('gives PLANNED, ACTIVE and ENDED against the day asked about', () => {
    assert.equal(episodeStatus(d('2025-04-01'), null, d('2025-03-31')), 'PLANNED');
    assert.equal(episodeStatus(d('2025-04-01'), d('2025-06-30'), d('2025-06-30')), 'ACTIVE');
    assert.equal(episodeStatus(d('2025-04-01'), d('2025-06-30'), d('2025-07-01')), 'ENDED');
  });
});
