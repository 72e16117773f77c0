// Format checks shared by server, Excel import and web forms.

/** Mainland mobile (11 digits from 1[3-9]) or a landline with area code (0513-85123456). */
export const PHONE_RE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** 18-digit resident ID (GB 11643-1999): region, birth date, sequence, ISO 7064 MOD 11-2 check digit. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date > new Date()) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17];
}

/** Computes the check digit for the first 17 digits (used by the demo generator). */
export function idCheckDigit(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return ID_CHECK[sum % 11];
}

/** Alphabet of the 统一社会信用代码 (GB 32100-2015): digits and capitals without I, O, Z, S, V. */
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CREDIT_RE = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

/** Check character for the first 17 characters of a 统一社会信用代码 (used by the demo generator too). */
export function creditCodeCheckChar(first17: string): string {
  const sum = CREDIT_WEIGHTS.reduce((acc, w, i) => acc + w * CREDIT_ALPHABET.indexOf(first17[i]), 0);
  const check = 31 - (sum % 31);
  return CREDIT_ALPHABET[check === 31 ? 0 : check];
}

/** 统一社会信用代码 (GB 32100-2015): 18 characters of its alphabet, the last one the MOD 31 check character. */
export function isValidCreditCode(code: string): boolean {
  if (!CREDIT_RE.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
