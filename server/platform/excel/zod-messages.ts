import type { z } from 'zod';

export interface TBilingual {
  zh: string;
  en: string;
}

// Messages our error map produced carry this prefix and a JSON {zh, en}; anything else was written by
// the schema's author (a custom message wins over the per-parse map in zod 4) and is kept as it is.
const TAG = '\u0001zh-en:';

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const TYPE_ZH: Record<string, [string, string]> = {
  number: ['必须是数字', 'must be a number'],
  int: ['必须是整数', 'must be a whole number'],
  bigint: ['必须是整数', 'must be a whole number'],
  boolean: ['必须是“是”或“否”', 'must be yes or no'],
  date: ['必须是日期', 'must be a date'],
  array: ['格式不正确', 'has the wrong format'],
  string: ['必须是文本', 'must be text'],
};

const FORMAT_ZH: Record<string, [string, string]> = {
  email: ['邮箱格式不正确', 'is not a valid e-mail address'],
  url: ['网址格式不正确', 'is not a valid URL'],
  date: ['日期格式不正确（例如 2024-05-01）', 'is not a valid date (e.g. 2024-05-01)'],
  datetime: ['时间格式不正确', 'is not a valid date and time'],
  uuid: ['编号格式不正确', 'is not a valid id'],
};

/** Chinese and English text for one zod issue (as the per-parse error map receives it). */
export function describeIssue(iss: z.core.$ZodRawIssue): TBilingual {
  const i = iss as z.core.$ZodRawIssue & Record<string, unknown>;
  switch (iss.code) {
    case 'invalid_type': {
      if (isEmpty(i.input)) return { zh: '不能为空', en: 'is required' };
      const [zh, en] = TYPE_ZH[String(i.expected)] ?? ['格式不正确', 'has the wrong format'];
      return { zh, en };
    }
    case 'too_small': {
      const min = Number(i.minimum);
      if (i.origin === 'string')
        return min <= 1 ? { zh: '不能为空', en: 'is required' } : { zh: `长度不能少于 ${min}`, en: `must have at least ${min} characters` };
      if (i.origin === 'array' || i.origin === 'set')
        return { zh: `至少填写 ${min} 项`, en: `needs at least ${min} item(s)` };
      if (i.origin === 'date') return { zh: '日期过早', en: 'is too early' };
      return i.inclusive === false ? { zh: `必须大于 ${min}`, en: `must be greater than ${min}` } : { zh: `不能小于 ${min}`, en: `must be at least ${min}` };
    }
    case 'too_big': {
      const max = Number(i.maximum);
      if (i.origin === 'string') return { zh: `长度不能超过 ${max}`, en: `must be at most ${max} characters` };
      if (i.origin === 'array' || i.origin === 'set') return { zh: `最多填写 ${max} 项`, en: `allows at most ${max} item(s)` };
      if (i.origin === 'date') return { zh: '日期过晚', en: 'is too late' };
      return i.inclusive === false ? { zh: `必须小于 ${max}`, en: `must be less than ${max}` } : { zh: `不能大于 ${max}`, en: `must be at most ${max}` };
    }
    case 'invalid_format': {
      const [zh, en] = FORMAT_ZH[String(i.format)] ?? ['格式不正确', 'has the wrong format'];
      return { zh, en };
    }
    case 'invalid_value': {
      const values = (i.values as unknown[] | undefined)?.map(String) ?? [];
      if (values.length === 0) return { zh: '取值不正确', en: 'has an invalid value' };
      return { zh: `必须是以下之一：${values.join('、')}`, en: `must be one of: ${values.join(', ')}` };
    }
    case 'not_multiple_of':
      return { zh: `必须是 ${String(i.divisor)} 的倍数`, en: `must be a multiple of ${String(i.divisor)}` };
    case 'unrecognized_keys':
      return { zh: '包含无法识别的内容', en: 'contains unknown fields' };
    case 'custom':
      return { zh: '格式不正确', en: 'has the wrong format' };
    default:
      return { zh: '格式不正确', en: 'has the wrong format' };
  }
}

/** Per-parse error map: `schema.safeParse(row, { error: chineseErrorMap })`. */
export const chineseErrorMap: z.core.$ZodErrorMap = (iss) => `${TAG}${JSON.stringify(describeIssue(iss))}`;

/**
 * The Chinese and English message of an issue from a parse that used `chineseErrorMap`. A custom
 * message from the schema is kept; written as "中文 / English" it is split into both languages.
 */
export function issueMessage(issue: z.core.$ZodIssue): TBilingual {
  if (issue.message.startsWith(TAG)) return JSON.parse(issue.message.slice(TAG.length)) as TBilingual;
  const [zh, en] = issue.message.split(' / ');
  if (en) return { zh: zh.trim(), en: en.trim() };
  // Custom Chinese-only message: English from the issue's code
  const fallback = describeIssue({ ...(issue as object), input: 'x' } as z.core.$ZodRawIssue);
  return { zh: issue.message, en: fallback.en };
}
