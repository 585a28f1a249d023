import assert from 'node:assert/strict';
import { afterEach, describe, it } from '@jest/globals';
import { nhsCheckDigit } from '@continuum/runtime';
import { blockingKeys, MatchIndex } from '../blocking.ts';
import { defaultMatchConfig } from '../config.ts';
import { decide } from '../decide.ts';
import { scorePair } from '../score.ts';
import type { IdentityRecord, MatchOutcome } from '../types.ts';

/** The k-th valid NHS number in the 999 test range. */
function nhs(k: number): string {
  for (let n = 999_100_000 + k * 7; ; n++) {
    const check = nhsCheckDigit(String(n));
    if (check !== null) return `${n}${check}`;
  }
}

const base: IdentityRecord = {
  nhsNumber: nhs(1),
  nhsNumberStatus: '01',
  givenName: 'Margaret',
  familyName: 'Robson',
  dateOfBirth: '1941-03-09',
  postcodeDistrict: 'NE3',
};
const rec = (over: Partial<IdentityRecord>): IdentityRecord => ({ ...base, ...over });
const known = (id: string, over: Partial<IdentityRecord> = {}) => ({ ...base, ...over, id });
const config = defaultMatchConfig();

function linkedTo(o: MatchOutcome): string | null {
  return o.kind === 'LINK' ? o.candidate.personId : null;
}

describe('rule 1: a verified NHS number', () => {
  it('links when both records carry the same verified number, whatever else differs', () => {
    const o = decide(
      rec({ givenName: 'Peggy', postcodeDistrict: 'DH1', familyName: 'Robsen' }),
      [known('p1'), known('p2', { nhsNumber: nhs(2), givenName: 'Jean' })],
      config,
    );
    assert.equal(linkedTo(o), 'p1');
    assert.equal(o.kind === 'LINK' && o.candidate.rule, 'VERIFIED_NHS_NUMBER');
  });

  it('does not link when the date of birth and the given name both disagree (a mistyped but valid number)', () => {
    const o = decide(rec({ givenName: 'Dorothy', dateOfBirth: '1977-11-23' }), [known('p1')], config);
    assert.notEqual(o.kind, 'LINK');
  });

  it('still links when only one of date of birth and given name disagrees', () => {
    assert.equal(linkedTo(decide(rec({ givenName: 'Dorothy' }), [known('p1')], config)), 'p1');
    assert.equal(linkedTo(decide(rec({ dateOfBirth: '1977-11-23' }), [known('p1')], config)), 'p1');
  });

  it('an unverified number never links on its own', () => {
    for (const status of ['02', '03', '04', '05', '06', '07', '08']) {
      // Same number, nothing else in common.
      const alone = decide(
        rec({
          nhsNumberStatus: status,
          givenName: 'Dorothy',
          familyName: 'Kowalczyk',
          dateOfBirth: '1977-11-23',
          postcodeDistrict: 'CF10',
        }),
        [known('p1')],
        config,
      );
      assert.notEqual(alone.kind, 'LINK', `status ${status}`);
    }
    // Same number and date of birth but different names: the number carries the score, so review at most.
    const weak = decide(
      rec({ nhsNumberStatus: '02', givenName: 'Dorothy', familyName: 'Kowalczyk', postcodeDistrict: 'CF10' }),
      [known('p1')],
      config,
    );
    assert.notEqual(weak.kind, 'LINK');
    // Verified on one side only is not verified.
    const oneSide = decide(rec({ givenName: 'Dorothy', dateOfBirth: '1977-11-23' }), [known('p1', { nhsNumberStatus: '02' })], config);
    assert.notEqual(oneSide.kind, 'LINK');
  });

  it('sends two people holding the same verified number to review', () => {
    const o = decide(rec({}), [known('p1'), known('p2', { givenName: 'Peggy' })], config);
    assert.equal(o.kind, 'REVIEW');
    assert.deepEqual(o.kind === 'REVIEW' && o.candidates.map((c) => c.personId).sort(), ['p1', 'p2']);
  });
});

describe('rule 2: approved combinations with at most one fuzzy field', () => {
  const noNumber = { nhsNumber: null, nhsNumberStatus: '07' };
  const cases: [string, Partial<IdentityRecord>][] = [
    ['all exact', {}],
    ['formatting only', { givenName: 'MARGARET ', familyName: 'robson' }],
    ['nickname', { givenName: 'Peggy' }],
    ['given-name typo (Jaro-Winkler ≥ 0.92)', { givenName: 'Margret' }],
    ['family-name typo (Jaro-Winkler ≥ 0.92)', { familyName: 'Robsen' }],
    ['day and month transposed', { dateOfBirth: '1941-09-03' }],
  ];
  for (const [label, change] of cases) {
    it(`links on names, date of birth and postcode: ${label}`, () => {
      const o = decide(
        rec({ ...noNumber, ...change }),
        [known('p1'), known('p2', { nhsNumber: nhs(2), givenName: 'Jean', dateOfBirth: '1939-01-02' })],
        config,
      );
      assert.equal(linkedTo(o), 'p1');
      assert.equal(o.kind === 'LINK' && o.candidate.rule, 'NAMES_DOB_POSTCODE');
    });
  }

  // The rule needs the same district or a recorded move (issue 20): a move or a missing postcode is the score's to weigh.
  for (const [label, change] of [
    ['moved', { postcodeDistrict: 'CF10' }],
    ['postcode missing', { postcodeDistrict: null }],
  ] as const) {
    it(`leaves names and date of birth with ${label === 'moved' ? 'another district' : 'no postcode'} to the score, which links them: ${label}`, () => {
      const o = decide(rec({ ...noNumber, ...change }), [known('p1')], config);
      assert.equal(linkedTo(o), 'p1');
      assert.equal(o.kind === 'LINK' && o.candidate.rule, null);
    });
  }

  it('does not apply the rule with two fuzzy fields', () => {
    const o = decide(rec({ ...noNumber, givenName: 'Peggy', postcodeDistrict: 'CF10' }), [known('p1')], config);
    assert.notEqual(o.kind === 'LINK' && o.candidate.rule, 'NAMES_DOB_POSTCODE');
  });

  it('links on the same (unverified) NHS number with names and date of birth', () => {
    const o = decide(rec({ nhsNumberStatus: '02', givenName: 'Peggy', postcodeDistrict: 'CF10' }), [known('p1')], config);
    assert.equal(linkedTo(o), 'p1');
    assert.equal(o.kind === 'LINK' && o.candidate.rule, 'NHS_NUMBER_NAMES_DOB');
  });

  it('never applies when both records carry different verified numbers', () => {
    const o = decide(rec({ nhsNumber: nhs(3) }), [known('p1')], config);
    assert.notEqual(o.kind, 'LINK');
  });

  it('does not link when two people satisfy a rule', () => {
    const o = decide(rec(noNumber), [known('p1'), known('p2', { nhsNumber: nhs(2) })], config);
    assert.equal(o.kind, 'REVIEW');
  });
});

describe('rule 3: the Fellegi–Sunter score', () => {
  it('links a strong score without a rule and lists each field’s contribution', () => {
    // Nickname and moved within the area: two fuzzy fields, so no rule, but a strong score.
    const o = decide(rec({ nhsNumber: null, givenName: 'Peggy', postcodeDistrict: 'NE12' }), [known('p1')], config);
    assert.equal(o.kind, 'LINK');
    if (o.kind !== 'LINK') return;
    assert.equal(o.candidate.rule, null);
    assert.ok(o.candidate.score >= config.linkThreshold);
    assert.deepEqual(
      o.candidate.contributions.map((c) => [c.field, c.comparison]),
      [
        ['NHS_NUMBER', 'MISSING'],
        ['GIVEN_NAME', 'FUZZY'],
        ['FAMILY_NAME', 'AGREE'],
        ['DATE_OF_BIRTH', 'AGREE'],
        ['POSTCODE_DISTRICT', 'FUZZY'],
      ],
    );
    assert.match(o.candidate.contributions[1]!.detail ?? '', /nickname Peggy ~ Margaret/);
    assert.ok(o.candidate.reasons.length >= 5);
  });

  it('gives contributions whose weights sum to the score, with 0 for a missing field', () => {
    const pairs: [IdentityRecord, IdentityRecord][] = [
      [rec({}), known('p1')],
      [rec({ nhsNumber: null, givenName: 'Maragret', dateOfBirth: '1941-09-03', postcodeDistrict: null }), known('p1')],
      [rec({ nhsNumber: nhs(5), givenName: 'Jean', familyName: 'Milburn' }), known('p1')],
    ];
    for (const [a, b] of pairs) {
      const s = scorePair(a, b, config);
      // Sex is listed only when both records hold it.
      assert.equal(s.contributions.length, 5);
      const sum = s.contributions.reduce((t, c) => t + c.weight, 0);
      assert.equal(sum, s.score);
      for (const c of s.contributions) if (c.comparison === 'MISSING') assert.equal(c.weight, 0);
    }
    const transposed = scorePair(rec({ dateOfBirth: '1941-09-03' }), known('p1'), config);
    assert.equal(transposed.contributions[3]!.comparison, 'FUZZY');
    assert.equal(transposed.contributions[3]!.detail, 'day and month transposed');
  });

  it('weights agreement above fuzzy agreement above disagreement for every field', () => {
    const score = (over: Partial<IdentityRecord>) => scorePair(rec({ nhsNumber: null, ...over }), known('p1'), config).score;
    assert.ok(score({}) > score({ givenName: 'Peggy' }));
    assert.ok(score({ givenName: 'Peggy' }) > score({ givenName: 'Dorothy' }));
    assert.ok(score({}) > score({ dateOfBirth: '1941-09-03' }));
    assert.ok(score({ dateOfBirth: '1941-09-03' }) > score({ dateOfBirth: '1950-09-03' }));
    assert.ok(score({}) > score({ postcodeDistrict: 'NE12' }));
    assert.ok(score({ postcodeDistrict: 'NE12' }) > score({ postcodeDistrict: 'CF10' }));
  });

  it('sends two people scoring within two bits of each other at the link threshold to review', () => {
    // Neither satisfies a rule (nickname + moved); both score alike.
    const incoming = rec({ nhsNumber: null, givenName: 'Peggy', postcodeDistrict: 'NE12' });
    const o = decide(incoming, [known('p1'), known('p2', { nhsNumber: nhs(2) })], config);
    assert.equal(o.kind, 'REVIEW');
    assert.equal(o.kind === 'REVIEW' && o.candidates.length, 2);
  });

  it('puts a middling score in review and a weak one in NEW', () => {
    // Same family name, date of birth one digit out, given name a typo beyond 0.92, moved.
    const middling = decide(
      rec({ nhsNumber: null, givenName: 'Margery', familyName: 'Robson', dateOfBirth: '1941-03-19' }),
      [known('p1')],
      config,
    );
    assert.equal(middling.kind, 'REVIEW');
    const weak = decide(rec({ nhsNumber: nhs(4), givenName: 'Arthur', dateOfBirth: '1968-05-30' }), [known('p1')], config);
    assert.equal(weak.kind, 'NEW');
    assert.equal(decide(rec({}), [], config).kind, 'NEW');
  });

  it('ignores a known record when re-matching it', () => {
    const self = known('p1');
    assert.equal(decide(self, [self], config).kind, 'NEW');
  });
});

describe('hard negatives', () => {
  it('never links twins automatically, with or without NHS numbers', () => {
    const twinA = known('p1', { givenName: 'Joan' });
    for (const incoming of [
      rec({ givenName: 'Jean', nhsNumber: nhs(2) }),
      rec({ givenName: 'Jean', nhsNumber: null }),
      rec({ givenName: 'Jean', nhsNumber: nhs(2), nhsNumberStatus: '02' }),
      rec({ givenName: 'JEAN', nhsNumber: null, postcodeDistrict: 'NE12' }),
      rec({ givenName: 'Jean', nhsNumber: null, dateOfBirth: '1941-09-03' }),
    ]) {
      const o = decide(incoming, [twinA], config);
      assert.notEqual(o.kind, 'LINK', JSON.stringify(incoming));
    }
    // Twins named with a Welsh and an English name.
    const o = decide(rec({ givenName: 'Rhodri', nhsNumber: null }), [known('p1', { givenName: 'Gareth' })], config);
    assert.notEqual(o.kind, 'LINK');
  });

  it('does not link household members who share a family name and postcode', () => {
    const o = decide(rec({ nhsNumber: null, givenName: 'Arthur', dateOfBirth: '1938-07-21' }), [known('p1')], config);
    assert.equal(o.kind, 'NEW');
    const child = decide(rec({ nhsNumber: nhs(7), givenName: 'Susan', dateOfBirth: '1966-01-14' }), [known('p1')], config);
    assert.equal(child.kind, 'NEW');
  });
});

describe('configuration', () => {
  const names = ['CONTINUUM_MATCH_LINK_THRESHOLD', 'CONTINUUM_MATCH_REVIEW_THRESHOLD'] as const;
  const saved = names.map((n) => process.env[n]);
  afterEach(() => {
    names.forEach((n, i) => {
      if (saved[i] === undefined) delete process.env[n];
      else process.env[n] = saved[i];
    });
  });

  it('reads thresholds from the environment', () => {
    process.env.CONTINUUM_MATCH_LINK_THRESHOLD = '30';
    process.env.CONTINUUM_MATCH_REVIEW_THRESHOLD = '5';
    const c = defaultMatchConfig();
    assert.equal(c.linkThreshold, 30);
    assert.equal(c.reviewThreshold, 5);
    process.env.CONTINUUM_MATCH_LINK_THRESHOLD = 'high';
    assert.throws(() => defaultMatchConfig(), /CONTINUUM_MATCH_LINK_THRESHOLD/);
    process.env.CONTINUUM_MATCH_LINK_THRESHOLD = '4';
    assert.throws(() => defaultMatchConfig(), /must not exceed/);
  });

  it('uses the thresholds it is given', () => {
    const strict = { ...defaultMatchConfig(), linkThreshold: 60 };
    const o = decide(rec({ nhsNumber: null, givenName: 'Peggy', postcodeDistrict: 'NE12' }), [known('p1')], strict);
    assert.equal(o.kind, 'REVIEW');
  });
});

describe('blocking', () => {
  it('files a record under NHS number, date of birth, transposed date, year + family phonetic, district + initial + year, year + area + given name', () => {
    const keys = blockingKeys(rec({}));
    assert.ok(keys.includes(`nhs:${nhs(1)}`));
    assert.ok(keys.includes('dob:1941-03-09'));
    assert.ok(keys.includes('dobt:1941:03-09'));
    assert.ok(keys.includes('yf:1941:R125'));
    assert.ok(keys.includes('pfy:NE3:r:1941'));
    assert.ok(keys.some((k) => k.startsWith('yg:1941:NE:')));
    assert.deepEqual(
      blockingKeys(rec({ givenName: 'Peggy' }))
        .filter((k) => k.startsWith('yg:'))
        .includes(keys.find((k) => k.startsWith('yg:'))!),
      true,
      'a nickname shares its group’s key',
    );
  });

  it('finds true duplicates despite noise, once each, and keeps a size', () => {
    const index = new MatchIndex();
    index.add(known('p1'));
    index.add(known('p1', { givenName: 'Peggy' }));
    index.add(
      known('p2', { nhsNumber: nhs(9), givenName: 'Arthur', familyName: 'Kowalczyk', dateOfBirth: '1990-12-25', postcodeDistrict: 'CF10' }),
    );
    assert.equal(index.size, 3);
    assert.equal(index.people, 2);
    const noisy: Partial<IdentityRecord>[] = [
      { nhsNumber: null, familyName: 'Robsen', dateOfBirth: '1941-09-03' },
      { nhsNumber: null, familyName: 'Dobson', postcodeDistrict: 'CF10' },
      { nhsNumber: null, givenName: 'Maragret', dateOfBirth: '1941-03-19', postcodeDistrict: 'DH1' },
      { familyName: 'Kowalczyk', dateOfBirth: '1990-01-01', givenName: 'Bill' },
    ];
    for (const change of noisy) {
      const found = index.candidates(rec(change));
      assert.ok(
        found.some((r) => r.id === 'p1'),
        JSON.stringify(change),
      );
      assert.equal(new Set(found).size, found.length);
    }
    assert.equal(index.remove('p1'), 2);
    assert.equal(
      index.candidates(rec({})).some((r) => r.id === 'p1'),
      false,
    );
    assert.equal(index.size, 1);
  });
});
