import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { MATCHING_TARGETS, runMatchingBenchmark } from '@continuum/demo';
import { blockingKeys } from '../blocking.ts';
import { defaultPaMatchConfig } from '../config.ts';
import { decide } from '../decide.ts';
import { normaliseIdentity, normaliseNiNumberSuffix } from '../normalise.ts';
import { scorePair } from '../score.ts';
import type { MatchOutcome, PaIdentityRecord } from '../types.ts';

const base: PaIdentityRecord = {
  niNumberSuffix: '56C',
  givenName: 'Katie',
  familyName: 'Ward',
  dateOfBirth: '1988-06-14',
  postcodeDistrict: 'DH1',
};
const pa = (over: Partial<PaIdentityRecord>): PaIdentityRecord => ({ ...base, ...over });
const known = (id: string, over: Partial<PaIdentityRecord> = {}) => ({ ...base, ...over, id });
const config = defaultPaMatchConfig();
const linkedTo = (o: MatchOutcome) => (o.kind === 'LINK' ? o.candidate.personId : null);

describe('PA identities: the NI number suffix as a weak identifier', () => {
  it('normalises the suffix (case, spaces, a whole NI number) and drops malformed ones', () => {
    assert.equal(normaliseNiNumberSuffix(' 56 c'), '56C');
    assert.equal(normaliseNiNumberSuffix('QQ 12 34 56 C'), '56C');
    assert.equal(normaliseNiNumberSuffix('56E'), null, 'suffix letters are A-D');
    assert.equal(normaliseNiNumberSuffix(''), null);
    const n = normaliseIdentity(pa({ niNumberSuffix: '56c' }));
    assert.equal(n.identifierKind, 'NI_NUMBER_SUFFIX');
    assert.equal(n.identifier, '56C');
    assert.equal(n.identifierVerified, false, 'an NI suffix is never verified');
  });

  it('creates a twin the NI suffixes already tell apart instead of reviewing them, and still reviews a mistyped suffix', () => {
    // Same family name, date of birth and district: a sister (another given name, another NI number) is someone new.
    const sister = decide(pa({ givenName: 'Laura', niNumberSuffix: '71A' }), [known('pa-1')], config);
    assert.equal(sister.kind, 'NEW');
    // The same PA with one suffix mistyped: everything else agrees, so a reviewer decides.
    const typed = decide(pa({ niNumberSuffix: '57C' }), [known('pa-1')], config);
    assert.equal(typed.kind, 'REVIEW');
  });

  it('files a PA under the suffix with the birth year, never under the suffix alone', () => {
    const keys = blockingKeys(pa({}));
    assert.ok(keys.includes('niy:56C:1988'));
    assert.ok(!keys.some((k) => k.startsWith('nhs:')));
  });

  it('links a typo in the name and a moved postcode by rule NI_SUFFIX_NAMES_DOB', () => {
    const o = decide(pa({ givenName: 'Katy', familyName: 'Ward', postcodeDistrict: 'TS24' }), [known('pa1')], config);
    assert.equal(linkedTo(o), 'pa1');
    assert.equal(o.kind === 'LINK' && o.candidate.rule, 'NI_SUFFIX_NAMES_DOB');
  });

  it('links names, date of birth and postcode by NAMES_DOB_POSTCODE when the suffix is missing', () => {
    const o = decide(pa({ niNumberSuffix: null, familyName: 'Wardd' }), [known('pa1')], config);
    assert.equal(o.kind === 'LINK' && o.candidate.rule, 'NAMES_DOB_POSTCODE');
  });

  it('never links on the suffix alone: the same suffix with other names and date is not a match', () => {
    const o = decide(pa({ givenName: 'Abbie', familyName: 'Lowes', dateOfBirth: '1975-02-01' }), [known('pa1')], config);
    assert.equal(o.kind, 'NEW');
  });

  it('sends two different NI suffixes to review even when names, date and postcode agree', () => {
    const o = decide(pa({ niNumberSuffix: '57C' }), [known('pa1')], config);
    assert.equal(o.kind, 'REVIEW');
  });

  it('never links twins: same family name, date of birth and postcode, other given name, no suffixes', () => {
    const o = decide(pa({ givenName: 'Sophie', niNumberSuffix: null }), [known('pa1', { niNumberSuffix: null })], config);
    assert.notEqual(o.kind, 'LINK');
  });

  it('shows each field’s contribution, the suffix in its own words, adding up to the score', () => {
    const c = scorePair(pa({ postcodeDistrict: 'NE1' }), known('pa1'), config);
    assert.deepEqual(
      c.contributions.map((k) => k.field),
      ['NI_NUMBER_SUFFIX', 'GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH', 'POSTCODE_DISTRICT'],
    );
    const sum = c.contributions.reduce((s, k) => s + k.weight, 0);
    assert.ok(Math.abs(sum - c.score) < 1e-9);
    assert.ok(
      c.reasons.some((r) => r.startsWith('NI number suffix agrees: the same on both records (never verified)')),
      c.reasons.join('\n'),
    );
    assert.ok(c.reasons.some((r) => r.includes('never links records on its own')));
    assert.ok(!c.reasons.some((r) => r.includes('56C')), 'the restricted NI suffix is never spelled out');
  });

  it('reads its thresholds from CONTINUUM_PA_MATCH_LINK_THRESHOLD and _REVIEW_THRESHOLD', () => {
    process.env.CONTINUUM_PA_MATCH_LINK_THRESHOLD = '25';
    process.env.CONTINUUM_PA_MATCH_REVIEW_THRESHOLD = '15';
    try {
      const c = defaultPaMatchConfig();
      assert.equal(c.linkThreshold, 25);
      assert.equal(c.reviewThreshold, 15);
    } finally {
      delete process.env.CONTINUUM_PA_MATCH_LINK_THRESHOLD;
      delete process.env.CONTINUUM_PA_MATCH_REVIEW_THRESHOLD;
    }
  });
});

describe('matching a sample of 5,000 generated PA records', () => {
  it('meets the precision, recall and review floors with NI suffixes in place of NHS numbers', () => {
    const r = runMatchingBenchmark({ records: 5000, seed: 3, identifierKind: 'NI_NUMBER_SUFFIX' });
    const figures = `precision ${r.precision}, recall auto+review ${r.recallAutoPlusReview}, review ${r.reviewShare}, by rule ${JSON.stringify(r.linksByRule)}`;
    assert.ok(r.trueDuplicates > 1000, figures);
    assert.ok(r.precision >= MATCHING_TARGETS.precision, figures);
    assert.ok(r.recallAutoPlusReview >= MATCHING_TARGETS.recallAutoPlusReview, figures);
    // Twins the NI suffixes tell apart are no longer reviewed, so the PA register meets the people's review target.
    assert.ok(r.reviewShare <= MATCHING_TARGETS.reviewShare, figures);
    assert.ok(r.recallAuto >= 0.85, figures);
    assert.equal(r.twinsAutoLinked, 0, figures);
    assert.equal(r.linksByRule.VERIFIED_NHS_NUMBER, undefined, 'no NHS number takes part');
    assert.ok(r.linksByRule.NI_SUFFIX_NAMES_DOB > 0, figures);
  });
});
