import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode } from '../../../../shared/validators.js';

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  it('accepts published codes of real enterprises', () => {
    // Huawei Technologies, Tencent Computer Systems, Alibaba (China): printed on their business licences.
    for (const code of ['914403001922038216', '91440300708461136T', '91330100799655058B']) expect(isValidCreditCode(code), code).toBe(true);
  });

  it('computes the check character, including the 31 → 0 wrap and letter results', () => {
    expect(creditCodeCheckChar('91440300192203821')).toBe('6');
    expect(creditCodeCheckChar('91440300708461136')).toBe('T');
    // A body whose weighted sum is a multiple of 31 checks with '0', not with a 32nd character.
    expect(creditCodeCheckChar('91320600MA1N0000A')).toBe('0');
    expect(isValidCreditCode('91320600MA1N0000A0')).toBe(true);
  });

  it('rejects a wrong check character, every single-character typo and bad alphabet', () => {
    expect(isValidCreditCode('914403001922038217')).toBe(false);
    const good = '91320600MA1MXY7H1';
    const full = good + creditCodeCheckChar(good);
    expect(isValidCreditCode(full)).toBe(true);
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let i = 0; i < 17; i++) {
      for (const c of alphabet) {
        if (c === full[i]) continue;
        const typo = full.slice(0, i) + c + full.slice(i + 1);
        expect(isValidCreditCode(typo), typo).toBe(false);
      }
    }
    expect(isValidCreditCode('91320600MA1MXYZOI5')).toBe(false); // Z, O and I are not in the alphabet
    expect(isValidCreditCode('91440300708461136t')).toBe(false); // callers upper-case first
    expect(isValidCreditCode('9144030070846113')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
  });
});
