import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { formatNhsNumber, isValidNhsNumber, nhsCheckDigit, nhsNumberProblem } from '../nhs-number.ts';

describe('NHS number rules', () => {
  it('accepts numbers whose modulus-11 check digit matches, with or without spaces', () => {
    // 943 476 5919 is the NHS Data Dictionary's worked example.
    assert.equal(isValidNhsNumber('9434765919'), true);
    assert.equal(isValidNhsNumber('943 476 5919'), true);
    assert.equal(isValidNhsNumber('943-476-5919'), true);
  });

  it('names the problem: wrong length, not digits, bad check digit, empty', () => {
    assert.equal(nhsNumberProblem('943476591'), 'WRONG_LENGTH');
    assert.equal(nhsNumberProblem('94347659190'), 'WRONG_LENGTH');
    assert.equal(nhsNumberProblem('94347659l9'), 'NOT_DIGITS');
    assert.equal(nhsNumberProblem('9434765918'), 'BAD_CHECK_DIGIT');
    assert.equal(nhsNumberProblem('  '), 'EMPTY');
  });

  it('treats a remainder giving 11 as check digit 0 and one giving 10 as no valid number', () => {
    let eleven: string | null = null;
    let ten: string | null = null;
    for (let n = 999_000_000; (eleven === null || ten === null) && n < 999_001_000; n++) {
      const nine = String(n);
      let sum = 0;
      for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
      if (sum % 11 === 0) eleven ??= nine;
      if (sum % 11 === 1) ten ??= nine;
    }
    assert.equal(nhsCheckDigit(eleven!), 0);
    assert.equal(isValidNhsNumber(`${eleven}0`), true);
    assert.equal(nhsCheckDigit(ten!), null);
    for (let d = 0; d <= 9; d++) assert.equal(isValidNhsNumber(`${ten}${d}`), false);
  });

  it('formats as 3-3-4', () => {
    assert.equal(formatNhsNumber('9434765919'), '943 476 5919');
  });
});
