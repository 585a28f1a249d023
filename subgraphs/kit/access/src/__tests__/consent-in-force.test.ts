/**
 * A consent opens a record only when recorded under the hub's rules (who gave it and how, named
 * organisations, an end date). Rows from before those rules may still be in an access store:
 * they open nothing. An objection always counts, for every organisation when it names none.
 */
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { demoUser } from '@continuum/demo';
import { consentApplies, consentInForce } from '../decide-access.ts';
import type { ConsentRow } from '../store.ts';

const TODAY = '2026-06-15';
const flintshire = demoUser('social-worker.flintshire');
const row = (over: Partial<ConsentRow>): ConsentRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  person_id: '00000000-0000-4000-8000-000000000002',
  kind: 'CONSENT',
  purpose: 'DIRECT_CARE',
  organisation_codes: ['W06000005'],
  valid_from: '2026-06-01',
  valid_to: '2026-12-01',
  recorded_by: 'Sam Patel',
  recorded_by_organisation: 'E08000021',
  recorded_at: new Date(0),
  withdrawn_at: null,
  withdrawn_by: null,
  given_by: 'PERSON',
  representative_name: null,
  representative_relationship: null,
  method: 'VERBAL',
  evidence_reference: null,
  recorded_by_user_id: 'social-worker.newcastle',
  recorded_by_role: 'SOCIAL_WORKER',
  ...over,
});

describe('which consents count', () => {
  it('counts a consent recorded under the rules, for the organisation it names', () => {
    assert.equal(consentApplies(row({}), flintshire, TODAY), true);
    assert.equal(consentApplies(row({ organisation_codes: ['E08000021'] }), flintshire, TODAY), false);
  });

  it('gives no effect to a consent from before the rules: for every organisation, open-ended, or with no giver', () => {
    assert.equal(consentApplies(row({ organisation_codes: [] }), flintshire, TODAY), false);
    assert.equal(consentApplies(row({ valid_to: null }), flintshire, TODAY), false);
    assert.equal(consentApplies(row({ method: null, given_by: null }), flintshire, TODAY), false);
    assert.equal(consentInForce(row({ organisation_codes: [], valid_to: null, method: null, given_by: null }), TODAY), false);
  });

  it('counts an objection for every organisation, open-ended, whoever recorded it', () => {
    const objection = row({ kind: 'OBJECTION', organisation_codes: [], valid_to: null, method: null, given_by: null });
    assert.equal(consentApplies(objection, flintshire, TODAY), true);
    assert.equal(consentInForce(objection, TODAY), true);
  });

  it('stops counting a consent withdrawn or past its end', () => {
    assert.equal(consentInForce(row({ withdrawn_at: new Date(0) }), TODAY), false);
    assert.equal(consentInForce(row({ valid_to: '2026-06-14' }), TODAY), false);
    assert.equal(consentInForce(row({ valid_from: '2026-06-16' }), TODAY), false);
  });
});
