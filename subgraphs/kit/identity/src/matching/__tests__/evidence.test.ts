import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { nhsCheckDigit } from '@continuum/runtime';
import { MatchIndex } from '../blocking.ts';
import { defaultMatchConfig, defaultPaMatchConfig } from '../config.ts';
import { decide, UNRECORDED_MOVE_MARGIN } from '../decide.ts';
import { MIN_RECORDS_FOR_FREQUENCIES, TermFrequencies } from '../frequencies.ts';
import { normaliseIdentity, normaliseSex } from '../normalise.ts';
import { scorePair } from '../score.ts';
import type { IdentityRecord, MatchOutcome, PaIdentityRecord } from '../types.ts';

function nhs(k: number): string {
  for (let n = 999_200_000 + k * 11; ; n++) {
    const check = nhsCheckDigit(String(n));
    if (check !== null) return `${n}${check}`;
  }
}

const david: IdentityRecord = {
  nhsNumber: nhs(1),
  nhsNumberStatus: '01',
  givenName: 'David',
  familyName: 'Hill',
  dateOfBirth: '1958-07-13',
  postcodeDistrict: 'TS19',
};
const noNumber = { nhsNumber: null, nhsNumberStatus: '07' };
const rec = (over: Partial<IdentityRecord>): IdentityRecord => ({ ...david, ...over });
const known = (id: string, over: Partial<IdentityRecord> = {}) => ({ ...david, ...over, id });
const config = defaultMatchConfig();
const linkedTo = (o: MatchOutcome) => (o.kind === 'LINK' ? o.candidate.personId : null);
const listed = (o: MatchOutcome) => (o.kind === 'LINK' ? [o.candidate.personId] : o.candidates.map((c) => c.personId));

describe('the verified-number guard over every record a person holds', () => {
  // p1 holds a verified number on one record and none on the other, which the incoming record matches best.
  const p1 = [known('p1'), known('p1', noNumber)];

  it('sends a record with another verified number to review though the person’s best-scoring record has no number', () => {
    const o = decide(rec({ nhsNumber: nhs(2) }), p1, config);
    assert.equal(o.kind, 'REVIEW');
    assert.deepEqual(listed(o), ['p1']);
    assert.ok(
      o.kind === 'REVIEW' &&
        o.candidates[0]!.reasons.some((r) => r.startsWith('The person holds a record with another verified NHS number')),
    );
  });

  it('does so when only the score would link (no approved rule)', () => {
    // Nickname and a move within the area: no rule, a strong score against the record without a number.
    const o = decide(rec({ nhsNumber: nhs(2), givenName: 'Dave', postcodeDistrict: 'TS18' }), p1, config);
    assert.equal(o.kind, 'REVIEW');
  });

  it('still links a record carrying the person’s own verified number', () => {
    const o = decide(rec({}), p1, config);
    assert.equal(linkedTo(o), 'p1');
    assert.equal(o.kind === 'LINK' && o.candidate.rule, 'VERIFIED_NHS_NUMBER');
  });

  it('still links a record without a number to the person by the names rule', () => {
    assert.equal(linkedTo(decide(rec(noNumber), p1, config)), 'p1');
  });

  it('links a record whose verified number the person holds beside another a reviewer gave them: the link adds no number', () => {
    const o = decide(rec({}), [known('p1'), known('p1', { nhsNumber: nhs(3) })], config);
    assert.equal(linkedTo(o), 'p1');
  });

  it('applies to PAs’ NI number suffixes: a PA holding a record with another suffix is not joined', () => {
    const pa: PaIdentityRecord = {
      niNumberSuffix: '56C',
      givenName: 'Sophie',
      familyName: 'Clark',
      dateOfBirth: '1990-02-14',
      postcodeDistrict: 'NE6',
    };
    const held = [
      { ...pa, id: 'pa1' },
      { ...pa, niNumberSuffix: null, id: 'pa1' },
    ];
    const paConfig = defaultPaMatchConfig();
    assert.equal(decide({ ...pa, niNumberSuffix: '57C' }, held, paConfig).kind, 'REVIEW');
    assert.equal(linkedTo(decide({ ...pa, niNumberSuffix: null }, held, paConfig)), 'pa1');
  });
});

describe('rules that respect evidence', () => {
  it('never links a different family name on given name and date of birth alone: a possible marriage goes to review', () => {
    const o = decide(
      rec({ ...noNumber, givenName: 'Thomas', familyName: 'Cook' }),
      [known('p1', { givenName: 'Thomas', familyName: 'Marshall' })],
      config,
    );
    assert.equal(o.kind, 'REVIEW');
    assert.ok(o.kind === 'REVIEW' && o.candidates[0]!.reasons.some((r) => r.startsWith('Family name differs')));
  });

  it('links a changed family name when the NHS number agrees as well', () => {
    const o = decide(rec({ nhsNumberStatus: '02', familyName: 'Cook' }), [known('p1')], config);
    assert.equal(linkedTo(o), 'p1');
  });

  it('never links a date of birth one digit out without the NHS number agreeing', () => {
    const incoming = rec({ ...noNumber, givenName: 'Gareth', familyName: 'Evans', dateOfBirth: '1989-08-27' });
    const o = decide(incoming, [known('p1', { givenName: 'Gareth', familyName: 'Evans', dateOfBirth: '1989-08-20' })], config);
    assert.equal(o.kind, 'REVIEW');
    assert.ok(o.kind === 'REVIEW' && o.candidates[0]!.reasons.some((r) => r.startsWith('Date of birth one digit out')));
    // With the same (even unverified) number it links.
    const withNumber = decide(
      { ...incoming, nhsNumber: nhs(1), nhsNumberStatus: '02' },
      [known('p1', { givenName: 'Gareth', familyName: 'Evans', dateOfBirth: '1989-08-20' })],
      config,
    );
    assert.equal(linkedTo(withNumber), 'p1');
  });

  it('counts a name one slip out (below the Jaro-Winkler cut) as nearly agreeing: the duplicate reaches review or links', () => {
    const eric = { givenName: 'Eric', familyName: 'Taylor', dateOfBirth: '1930-05-10', postcodeDistrict: 'NE37' };
    const typo = scorePair(rec({ ...noNumber, ...eric, givenName: 'Erix' }), known('p1', eric), config);
    assert.equal(typo.contributions.find((c) => c.field === 'GIVEN_NAME')!.comparison, 'FUZZY');
    assert.ok(typo.reasons.some((r) => r.includes('one letter out (Erix / Eric)')));
    // A family name one slip out is no longer a possible marriage: the names rule links it in the same district.
    const family = decide(rec({ ...noNumber, ...eric, familyName: 'Tayler' }), [known('p1', eric)], config);
    assert.equal(linkedTo(family), 'p1');
    assert.equal(family.kind === 'LINK' && family.candidate.rule, 'NAMES_DOB_POSTCODE');
  });

  it('never links a given name one slip out by rule or score without the NHS number: twins are named Eric and Erin', () => {
    const eric = { givenName: 'Eric', familyName: 'Taylor', dateOfBirth: '1930-05-10', postcodeDistrict: 'NE37' };
    const o = decide(rec({ ...noNumber, ...eric, givenName: 'Erin' }), [known('p1', eric)], config);
    assert.equal(o.kind, 'REVIEW');
    assert.ok(o.kind === 'REVIEW' && o.candidates[0]!.reasons.some((r) => r.startsWith('Possible twin')));
    // The same unverified number vouches for the slip.
    assert.equal(linkedTo(decide(rec({ ...eric, givenName: 'Erix', nhsNumberStatus: '02' }), [known('p1', eric)], config)), 'p1');
  });

  it('links a move nothing records by score only a margin above the link threshold: a namesake elsewhere scores as a move does', () => {
    // A nickname and day and month transposed (no rule), in another district of the area: about 20.3.
    const held = known('p1', { ...noNumber, dateOfBirth: '1958-07-03', postcodeDistrict: 'TS19' });
    const incoming = rec({ ...noNumber, givenName: 'Dave', dateOfBirth: '1958-03-07', postcodeDistrict: 'TS18' });
    const o = decide(incoming, [held], config);
    assert.equal(o.kind, 'REVIEW');
    const score = o.kind === 'REVIEW' ? o.candidates[0]!.score : 0;
    assert.ok(score >= config.linkThreshold && score < config.linkThreshold + UNRECORDED_MOVE_MARGIN, `${score}`);
    // In the same district, or with the margin set to nothing, the same evidence links.
    assert.equal(linkedTo(decide({ ...incoming, postcodeDistrict: 'TS19' }, [held], config)), 'p1');
    assert.equal(linkedTo(decide(incoming, [held], { ...config, unrecordedMoveMargin: 0 })), 'p1');
  });

  it('applies the names rule across districts only to a recorded move: the person holding the agency’s own record', () => {
    const entry = { list: 'COUNCIL|E06000047', id: 'C1' };
    const incoming = rec({ ...noNumber, givenName: 'Irene', familyName: 'Khan', dateOfBirth: '1962-10-07', postcodeDistrict: 'DL3' });
    const irene = { givenName: 'Irene', familyName: 'Khan', dateOfBirth: '1962-10-07', postcodeDistrict: 'DL1' };
    const unrecorded = decide(incoming, [known('p1', irene)], config);
    assert.notEqual(unrecorded.kind === 'LINK' && unrecorded.candidate.rule, 'NAMES_DOB_POSTCODE');
    const recorded = decide({ ...incoming, listEntries: [entry] }, [known('p1', { ...irene, listEntries: [entry] })], config);
    assert.equal(linkedTo(recorded), 'p1');
    assert.equal(recorded.kind === 'LINK' && recorded.candidate.rule, 'NAMES_DOB_POSTCODE');
    assert.ok(recorded.kind === 'LINK' && recorded.candidate.reasons.some((r) => r.startsWith('A recorded move')));
  });

  it('sends a link that would put two client ids of one agency list into one person to review', () => {
    const incoming = rec({ listEntries: [{ list: 'COUNCIL|E06000047', id: 'C2' }] });
    const o = decide(incoming, [known('p1', { listEntries: [{ list: 'COUNCIL|E06000047', id: 'C1' }] })], config);
    assert.equal(o.kind, 'REVIEW');
    assert.ok(o.kind === 'REVIEW' && o.candidates[0]!.reasons.some((r) => r.includes('already holds the person under another client id')));
    // Another agency's list, or the same client id, is no clash.
    assert.equal(linkedTo(decide(incoming, [known('p1', { listEntries: [{ list: 'HEALTH|RTD', id: 'C1' }] })], config)), 'p1');
    assert.equal(linkedTo(decide(incoming, [known('p1', { listEntries: [{ list: 'COUNCIL|E06000047', id: 'C2' }] })], config)), 'p1');
  });

  it('checks the client ids over every record the person holds', () => {
    const incoming = rec({ ...noNumber, listEntries: [{ list: 'COUNCIL|E06000047', id: 'C2' }] });
    const o = decide(
      incoming,
      [known('p1', noNumber), known('p1', { nhsNumber: null, listEntries: [{ list: 'COUNCIL|E06000047', id: 'C1' }] })],
      config,
    );
    assert.equal(o.kind, 'REVIEW');
  });
});

describe('sex as a matching field', () => {
  const score = (a: Partial<IdentityRecord>, b: Partial<IdentityRecord>) => scorePair(rec({ ...noNumber, ...a }), known('p1', b), config);

  it('weighs a disagreement against, and counts nothing when either record lacks it or both agree', () => {
    const none = score({}, {}).score;
    assert.equal(score({ sex: 'F' }, {}).score, none);
    assert.equal(score({ sex: 'M' }, { sex: 'male' }).score, none);
    assert.ok(score({ sex: 'F' }, { sex: 'M' }).score < none - 4);
  });

  it('lists sex among the contributions only when both records hold it', () => {
    assert.ok(!score({ sex: 'F' }, {}).contributions.some((c) => c.field === 'SEX'));
    const differs = score({ sex: 'F' }, { sex: '1' }).contributions.find((c) => c.field === 'SEX');
    assert.equal(differs?.comparison, 'DISAGREE');
    assert.equal(differs?.detail, 'F / M');
  });

  it('keeps a pair whose sex differs out of the names rule (the score decides)', () => {
    const o = decide(rec({ ...noNumber, sex: 'F' }), [known('p1', { ...noNumber, sex: 'M' })], config);
    assert.notEqual(o.kind === 'LINK' && o.candidate.rule, 'NAMES_DOB_POSTCODE');
  });

  it('reads letters, words and NHS codes; anything else is not held', () => {
    assert.deepEqual(['F', 'female', '2', ' f '].map(normaliseSex), ['F', 'F', 'F', 'F']);
    assert.deepEqual(['M', 'Male', '1'].map(normaliseSex), ['M', 'M', 'M']);
    assert.deepEqual(['U', 'X', '9', '', null, undefined].map(normaliseSex), [null, null, null, null, null, null]);
  });
});

describe('frequency-aware weights', () => {
  /** A name of letters only, as names are compared: ("Family", 27) -> "Familych". */
  const lettered = (prefix: string, i: number) => prefix + [...String(i)].map((d) => 'abcdefghij'[Number(d)]).join('');

  /** An index of MIN_RECORDS_FOR_FREQUENCIES records: one in ten a Smith, every other family name unique. */
  function register(): MatchIndex {
    const index = new MatchIndex();
    for (let i = 0; i < MIN_RECORDS_FOR_FREQUENCIES; i++) {
      index.add({
        id: `q${i}`,
        nhsNumber: null,
        nhsNumberStatus: '07',
        givenName: lettered('Given', i % 500),
        familyName: i % 10 === 0 ? 'Smith' : lettered('Family', i),
        dateOfBirth: `19${String(30 + (i % 60)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
        postcodeDistrict: 'NE1',
      });
    }
    return index;
  }

  it('counts agreement on a common family name for less than on a rare one', () => {
    const index = register();
    const pair = (familyName: string) =>
      scorePair(rec({ ...noNumber, familyName }), known('p1', { familyName }), config, index.frequencies).contributions.find(
        (c) => c.field === 'FAMILY_NAME',
      )!;
    const plain = scorePair(rec({ ...noNumber, familyName: 'Smith' }), known('p1', { familyName: 'Smith' }), config).contributions.find(
      (c) => c.field === 'FAMILY_NAME',
    )!;
    const common = pair('Smith');
    const rare = pair(lettered('Family', 7));
    assert.ok(common.weight < plain.weight - 3, `${common.weight} vs ${plain.weight}`);
    assert.ok(rare.weight > plain.weight, `${rare.weight} vs ${plain.weight}`);
    assert.match(common.detail ?? '', /^common: held by 1 record in 10 \(-3\.\d for its frequency\)$/);
  });

  it('leaves the weights alone while the index holds too few records to say what is common', () => {
    const f = new TermFrequencies();
    f.add(normaliseIdentity(david));
    assert.equal(f.share('FAMILY_NAME', normaliseIdentity(david)), null);
    assert.equal(f.adjustment('FAMILY_NAME', normaliseIdentity(david), 0.009), 0);
  });

  it('forgets the records withdrawn from the index', () => {
    const index = register();
    const n = normaliseIdentity(rec({ familyName: 'Smith' }));
    const before = index.frequencies.share('FAMILY_NAME', n)!;
    index.remove('q0');
    assert.ok(index.frequencies.share('FAMILY_NAME', n)! < before);
    assert.equal(index.frequencies.records, MIN_RECORDS_FOR_FREQUENCIES - 1);
  });

  it('is used by decide when given the index’s frequencies', () => {
    const index = register();
    const incoming = rec({ ...noNumber, familyName: 'Smith', postcodeDistrict: 'TS18', givenName: 'Dave' });
    const plain = decide(incoming, [known('p1', { familyName: 'Smith' })], config);
    const weighed = decide(incoming, [known('p1', { familyName: 'Smith' })], config, index.frequencies);
    const scoreOf = (o: MatchOutcome) => (o.kind === 'LINK' ? o.candidate.score : o.candidates[0]!.score);
    assert.ok(scoreOf(weighed) < scoreOf(plain) - 3);
  });
});
