import { z } from 'zod';

// Control characters other than tab/newline, and lone UTF-16 surrogates, never belong in user text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A trimmed string of at most `max` characters, free of control characters and broken Unicode. */
export const zText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `长度不能超过 ${max}`)
    .refine((s) => s.isWellFormed() && !CONTROL.test(s), '包含无效字符 / contains invalid characters');
