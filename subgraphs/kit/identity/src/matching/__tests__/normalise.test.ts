import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { NICKNAME_PAIR_COUNT, areNicknameVariants, nicknameVariants } from '../nicknames.ts';
import { jaro, jaroWinkler, normaliseName, oneEditApart, soundex } from '../normalise-text.ts';
import { normaliseIdentity, normalisePostcodeDistrict, parseBirthDate } from '../normalise.ts';

describe('name normalisation', () => {
  it('folds case, accents, apostrophes, hyphens, punctuation and whitespace', () => {
    assert.equal(normaliseName('  MARGARET '), 'margaret');
    assert.equal(normaliseName('Siân'), 'sian');
    assert.equal(normaliseName('Llŷr'), 'llyr');
    assert.equal(normaliseName('Łukasz'), 'lukasz');
    assert.equal(normaliseName("O'Neill"), 'oneill');
    assert.equal(normaliseName('O’Neill'), 'oneill');
    assert.equal(normaliseName("D'Arcy"), 'darcy');
    assert.equal(normaliseName('Smith-Jones'), 'smith jones');
    assert.equal(normaliseName('Mary   Ann.'), 'mary ann');
  });

  it('folds Mac to Mc at the start of a name, joined or spaced', () => {
    for (const n of ['MacDonald', 'McDonald', 'Mc Donald', 'MCDONALD', 'mac donald']) assert.equal(normaliseName(n), 'mcdonald', n);
    assert.equal(normaliseName('Macey'), 'macey');
  });

  it('normalises a whole identity: family name without spaces, NHS number only when valid, date and district', () => {
    const n = normaliseIdentity({
      nhsNumber: '943 476 5919',
      nhsNumberStatus: '01',
      givenName: 'Mary-Ann',
      familyName: "O'Neill-Smith",
      dateOfBirth: '1941-03-09',
      postcodeDistrict: 'ne1 4lp',
    });
    assert.equal(n.identifier, '9434765919');
    assert.equal(n.identifierKind, 'NHS_NUMBER');
    assert.equal(n.identifierVerified, true);
    assert.equal(n.givenName, 'mary ann');
    assert.equal(n.givenFirst, 'mary');
    assert.equal(n.familyName, 'oneillsmith');
    assert.deepEqual(n.familyParts, ['oneill', 'smith']);
    assert.equal(n.dateOfBirth, '1941-03-09');
    assert.equal(n.postcodeDistrict, 'NE1');
    assert.equal(n.postcodeArea, 'NE');
    const bad = normaliseIdentity({
      nhsNumber: '9434765918',
      nhsNumberStatus: '01',
      givenName: 'A',
      familyName: 'B',
      dateOfBirth: '1941-02-30',
      postcodeDistrict: null,
    });
    assert.equal(bad.identifier, null, 'a number failing its check digit is ignored');
    assert.equal(bad.identifierVerified, false);
    assert.equal(bad.dateOfBirth, null);
  });

  it('reduces postcodes to an upper-case district and parses dates', () => {
    assert.equal(normalisePostcodeDistrict('ne1 4lp'), 'NE1');
    assert.equal(normalisePostcodeDistrict(' ch7 '), 'CH7');
    assert.equal(normalisePostcodeDistrict('SW1A 1AA'), 'SW1A');
    assert.equal(normalisePostcodeDistrict('  '), null);
    assert.equal(normalisePostcodeDistrict(null), null);
    assert.deepEqual(parseBirthDate('1950-02-28'), { year: 1950, month: 2, day: 28 });
    assert.deepEqual(parseBirthDate('28/02/1950'), { year: 1950, month: 2, day: 28 });
    assert.equal(parseBirthDate('1950-02-29'), null);
    assert.deepEqual(parseBirthDate('1948-02-29'), { year: 1948, month: 2, day: 29 });
    assert.equal(parseBirthDate('1950-13-01'), null);
  });
});

describe('nicknames', () => {
  it('knows UK nicknames and Welsh forms', () => {
    const pairs = [
      ['Bill', 'William'],
      ['Bob', 'Robert'],
      ['Liz', 'Elizabeth'],
      ['Peggy', 'Margaret'],
      ['Jim', 'James'],
      ['Kate', 'Catherine'],
      ['Dai', 'David'],
      ['Dafydd', 'David'],
      ['Sian', 'Siân'],
      ['Sian', 'Jane'],
      ['Gwilym', 'William'],
      ['Huw', 'Hugh'],
      ['Ieuan', 'Evan'],
      ['Tomos', 'Tom'],
      ['Owen', 'Owain'],
      ['Maggie', 'Peggy'],
      ['Harry', 'Henry'],
      ['Sandy', 'Alexander'],
      ['Kathryn', 'Catherine'],
      ['Chris', 'Christine'],
    ];
    for (const [a, b] of pairs) assert.equal(areNicknameVariants(a!, b!), true, `${a} ~ ${b}`);
    assert.ok(NICKNAME_PAIR_COUNT >= 80, `${NICKNAME_PAIR_COUNT} pairs`);
  });

  it('does not relate names that only share a nickname with a third', () => {
    assert.equal(areNicknameVariants('Christopher', 'Christine'), false);
    assert.equal(areNicknameVariants('Henry', 'Harold'), false);
    assert.equal(areNicknameVariants('Jean', 'Joan'), false);
    assert.equal(areNicknameVariants('Margaret', 'Elizabeth'), false);
    assert.equal(areNicknameVariants('Zebedee', 'Zebedee'), false, 'a name outside the table has no variants');
  });

  it('lists a name’s variants for the generator', () => {
    assert.ok(nicknameVariants('William').includes('bill'));
    assert.ok(nicknameVariants('Peggy').includes('margaret'));
  });
});

describe('Jaro-Winkler and Soundex', () => {
  it('gives the published values', () => {
    const near = (x: number, y: number) => assert.ok(Math.abs(x - y) < 5e-4, `${x} ≈ ${y}`);
    // Winkler (1990) and the usual worked examples.
    near(jaroWinkler('MARTHA', 'MARHTA'), 0.9611);
    near(jaro('MARTHA', 'MARHTA'), 0.9444);
    near(jaroWinkler('DWAYNE', 'DUANE'), 0.84);
    near(jaroWinkler('DIXON', 'DICKSONX'), 0.8133);
    near(jaroWinkler('SHACKLEFORD', 'SHACKELFORD'), 0.9818);
    near(jaro('CRATE', 'TRACE'), 0.7333);
    assert.equal(jaroWinkler('abc', 'abc'), 1);
    assert.equal(jaroWinkler('abc', 'xyz'), 0);
    assert.equal(jaroWinkler('', 'abc'), 0);
  });

  it('finds names one slip apart: a letter changed, dropped, added, or two neighbours swapped', () => {
    assert.ok(oneEditApart('eric', 'erix'));
    assert.ok(oneEditApart('susan', 'usan'));
    assert.ok(oneEditApart('lesley', 'esley'));
    assert.ok(oneEditApart('kerr', 'kerrr'));
    assert.ok(oneEditApart('jim', 'jmi'));
    assert.ok(oneEditApart('connor', 'cohnor'));
    assert.equal(oneEditApart('eric', 'eric'), false);
    assert.equal(oneEditApart('mark', 'maek2x'), false);
    assert.equal(oneEditApart('iolo', 'iolk'), true);
    assert.equal(oneEditApart('jack', 'jkca'), false);
    assert.equal(oneEditApart('glen', 'tlena'), false);
    // Two-letter names say too little.
    assert.equal(oneEditApart('jo', 'joe'), false);
  });

  it('codes Soundex as American Soundex does', () => {
    assert.equal(soundex('Robert'), 'R163');
    assert.equal(soundex('Rupert'), 'R163');
    assert.equal(soundex('Ashcraft'), 'A261');
    assert.equal(soundex('Tymczak'), 'T522');
    assert.equal(soundex('Pfister'), 'P236');
    assert.equal(soundex('Honeyman'), 'H555');
    assert.equal(soundex('Lee'), 'L000');
    assert.equal(soundex(''), '');
  });
});
