// 科智助力 · 调查 (surveys): what server and web share — question types, station types, the questionnaire
// definition (zod, validated on save), skip logic and the check of one respondent's answers.
import { z } from 'zod';

export const QUESTION_TYPES = ['single', 'multiple', 'text', 'number', 'rating', 'matrix'] as const;
export type TQuestionType = (typeof QUESTION_TYPES)[number];
export const QUESTION_TYPE_LABELS: Record<TQuestionType, { zh: string; en: string }> = {
  single: { zh: '单选题', en: 'Single choice' },
  multiple: { zh: '多选题', en: 'Multiple choice' },
  text: { zh: '填空题', en: 'Text' },
  number: { zh: '数值题', en: 'Number' },
  rating: { zh: '评分题', en: 'Rating' },
  matrix: { zh: '矩阵题', en: 'Matrix' },
};

/** 全国科技工作者状况调查 站点 types. */
export const STATION_TYPES = ['institute', 'university', 'enterprise', 'medical', 'school', 'park', 'local_cast', 'society'] as const;
export type TStationType = (typeof STATION_TYPES)[number];
export const STATION_TYPE_LABELS: Record<TStationType, { zh: string; en: string }> = {
  institute: { zh: '科研院所', en: 'Research institute' },
  university: { zh: '高校', en: 'University' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  medical: { zh: '医疗卫生机构', en: 'Medical institution' },
  school: { zh: '中学', en: 'Secondary school' },
  park: { zh: '园区', en: 'Industrial park' },
  local_cast: { zh: '地县科协', en: 'Local CAST' },
  society: { zh: '学会', en: 'Society' },
};

export const SURVEY_LIMITS = {
  questions: 200,
  options: 50,
  matrixRows: 30,
  titleMax: 500,
  textAnswerMax: 2000,
  ratingScaleMax: 10,
  codesPerRequest: 5000,
  codeLength: 8,
} as const;

/** Letters and digits a respondent cannot confuse when typing a printed code (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A typed code as the server stores it: upper case, spaces and dashes dropped. */
export const normalizeCode = (s: string) => s.toUpperCase().replace(/[\s-]/g, '');

const zLabel = z.string().trim().min(1, '不能为空').max(200, '最多 200 字');
const zValue = z.string().trim().min(1).max(20).regex(/^[A-Za-z0-9_]+$/, '编码只能用字母、数字和下划线');
const zChoice = z.object({ value: zValue.describe('编码 (codebook value)'), label: zLabel.describe('选项文字') });
export const ZQuestionId = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, '题号以字母开头，只含字母、数字和下划线');

export const ZSkipRule = z.object({
  when: zValue.describe('the option value (single choice) that triggers the jump'),
  to: z.union([ZQuestionId, z.literal('END')]).describe('the question to jump to (later in the order) or END'),
});

export const ZQuestion = z.object({
  id: ZQuestionId.describe('题号 / variable name (q1 …)'),
  type: z.enum(QUESTION_TYPES),
  title: z.string().trim().min(1, '题目不能为空').max(SURVEY_LIMITS.titleMax),
  help: z.string().trim().max(500).nullish(),
  required: z.boolean().default(false),
  options: z.array(zChoice).max(SURVEY_LIMITS.options).optional().describe('single / multiple'),
  min: z.number().finite().optional().describe('number: smallest allowed'),
  max: z.number().finite().optional().describe('number: largest allowed'),
  scale: z.number().int().min(2).max(SURVEY_LIMITS.ratingScaleMax).optional().describe('rating: 1 … scale (default 5)'),
  rows: z.array(zChoice).max(SURVEY_LIMITS.matrixRows).optional().describe('matrix: rows (items)'),
  columns: z.array(zChoice).max(SURVEY_LIMITS.options).optional().describe('matrix: scale columns'),
  skip: z.array(ZSkipRule).max(SURVEY_LIMITS.options).optional().describe('single: 跳题 rules'),
});
export type TQuestion = z.infer<typeof ZQuestion>;

export interface TDefinitionIssue {
  path: string;
  message: string;
  messageEn: string;
}

const dup = (xs: string[]) => xs.find((x, i) => xs.indexOf(x) !== i);

/** The rules zod alone does not say: option lists per type, unique ids, skip targets exist and point forward. */
export function definitionIssues(questions: TQuestion[]): TDefinitionIssue[] {
  const out: TDefinitionIssue[] = [];
  const add = (path: string, message: string, messageEn: string) => out.push({ path, message, messageEn });
  const ids = questions.map((q) => q.id);
  const d = dup(ids);
  if (d) add('questions', `题号重复：${d}`, `Duplicate question id: ${d}`);
  questions.forEach((q, i) => {
    const p = `questions.${i}`;
    const n = `第 ${i + 1} 题`;
    if (q.type === 'single' || q.type === 'multiple') {
      if (!q.options || q.options.length < 2) add(`${p}.options`, `${n}至少需要两个选项`, `Question ${i + 1} needs at least two options`);
      else if (dup(q.options.map((o) => o.value))) add(`${p}.options`, `${n}的选项编码重复`, `Question ${i + 1} has duplicate option codes`);
    }
    if (q.type === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max)
      add(`${p}.max`, `${n}的最大值小于最小值`, `Question ${i + 1}: max is below min`);
    if (q.type === 'matrix') {
      if (!q.rows?.length) add(`${p}.rows`, `${n}（矩阵题）至少需要一行`, `Question ${i + 1} (matrix) needs a row`);
      if (!q.columns || q.columns.length < 2) add(`${p}.columns`, `${n}（矩阵题）至少需要两列`, `Question ${i + 1} (matrix) needs two columns`);
      if (q.rows && dup(q.rows.map((o) => o.value))) add(`${p}.rows`, `${n}的行编码重复`, `Question ${i + 1} has duplicate row codes`);
      if (q.columns && dup(q.columns.map((o) => o.value))) add(`${p}.columns`, `${n}的列编码重复`, `Question ${i + 1} has duplicate column codes`);
    }
    if (q.skip?.length) {
      if (q.type !== 'single') add(`${p}.skip`, `${n}：只有单选题可以设置跳题`, `Question ${i + 1}: only single-choice questions can skip`);
      q.skip.forEach((r, j) => {
        if (!q.options?.some((o) => o.value === r.when))
          add(`${p}.skip.${j}.when`, `${n}的跳题条件不是该题的选项`, `Question ${i + 1}: the skip condition is not one of its options`);
        if (r.to === 'END') return;
        const k = ids.indexOf(r.to);
        if (k < 0) add(`${p}.skip.${j}.to`, `${n}的跳题目标 ${r.to} 不存在`, `Question ${i + 1}: skip target ${r.to} does not exist`);
        else if (k <= i + 1) add(`${p}.skip.${j}.to`, `${n}只能跳到后面的题（跳过至少一题）`, `Question ${i + 1} may only skip forward past at least one question`);
      });
      if (dup(q.skip.map((r) => r.when))) add(`${p}.skip`, `${n}的同一选项设置了多条跳题`, `Question ${i + 1} has two rules for one option`);
    }
  });
  return out;
}

export const ZDefinition = z
  .object({
    questions: z.array(ZQuestion).min(1, '问卷至少需要一道题').max(SURVEY_LIMITS.questions),
  })
  .superRefine((d, ctx) => {
    for (const i of definitionIssues(d.questions)) ctx.addIssue({ code: 'custom', path: i.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), message: i.message });
  });
export type TDefinition = z.infer<typeof ZDefinition>;

export type TAnswerValue = string | number | string[] | Record<string, string>;
export type TAnswers = Record<string, TAnswerValue>;

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

/** The questions a respondent sees given the answers so far: skip rules of single-choice answers applied. */
export function visibleQuestions(questions: TQuestion[], answers: Record<string, unknown>): TQuestion[] {
  const out: TQuestion[] = [];
  let i = 0;
  while (i < questions.length) {
    const q = questions[i];
    out.push(q);
    const rule = q.type === 'single' ? q.skip?.find((r) => r.when === answers[q.id]) : undefined;
    if (!rule) {
      i++;
      continue;
    }
    if (rule.to === 'END') break;
    const k = questions.findIndex((x) => x.id === rule.to);
    i = k > i ? k : i + 1;
  }
  return out;
}

export interface TAnswerIssue {
  questionId: string;
  message: string;
  messageEn: string;
}

/**
 * Checks one respondent's answers against the definition (the server's word; the page runs it too):
 * skip logic applied, required questions answered, values within the options / range / scale.
 * Answers to questions the skip logic hid are dropped.
 */
export function checkAnswers(def: TDefinition, raw: Record<string, unknown>): { answers: TAnswers; issues: TAnswerIssue[] } {
  const issues: TAnswerIssue[] = [];
  const answers: TAnswers = {};
  const known = new Set(def.questions.map((q) => q.id));
  for (const k of Object.keys(raw)) if (!known.has(k)) issues.push({ questionId: k, message: `没有题号为 ${k} 的题`, messageEn: `No question ${k}` });
  for (const q of visibleQuestions(def.questions, raw)) {
    const v = raw[q.id];
    const no = def.questions.indexOf(q) + 1;
    const bad = (zh: string, en: string) => issues.push({ questionId: q.id, message: `第 ${no} 题：${zh}`, messageEn: `Question ${no}: ${en}` });
    if (isEmpty(v)) {
      if (q.required) bad('必答题，请作答', 'required');
      continue;
    }
    const opts = new Set((q.options ?? []).map((o) => o.value));
    switch (q.type) {
      case 'single':
        if (typeof v !== 'string' || !opts.has(v)) bad('请选择一个选项', 'choose one of the options');
        else answers[q.id] = v;
        break;
      case 'multiple':
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !opts.has(x)) || new Set(v).size !== v.length) bad('选项无效', 'invalid options');
        else answers[q.id] = (q.options ?? []).map((o) => o.value).filter((x) => v.includes(x));
        break;
      case 'text':
        if (typeof v !== 'string') bad('请填写文字', 'enter text');
        else if (v.trim().length > SURVEY_LIMITS.textAnswerMax) bad(`最多 ${SURVEY_LIMITS.textAnswerMax} 字`, `at most ${SURVEY_LIMITS.textAnswerMax} characters`);
        else if (v.trim()) answers[q.id] = v.trim();
        else if (q.required) bad('必答题，请作答', 'required');
        break;
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v)) bad('请填写数字', 'enter a number');
        else if (q.min !== undefined && v < q.min) bad(`不能小于 ${q.min}`, `at least ${q.min}`);
        else if (q.max !== undefined && v > q.max) bad(`不能大于 ${q.max}`, `at most ${q.max}`);
        else answers[q.id] = v;
        break;
      case 'rating': {
        const scale = q.scale ?? 5;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > scale) bad(`请在 1–${scale} 之间评分`, `rate 1–${scale}`);
        else answers[q.id] = v;
        break;
      }
      case 'matrix': {
        const rows = q.rows ?? [];
        const cols = new Set((q.columns ?? []).map((c) => c.value));
        if (typeof v !== 'object' || Array.isArray(v)) {
          bad('答案格式无效', 'invalid answer');
          break;
        }
        const m = v as Record<string, unknown>;
        const clean: Record<string, string> = {};
        let ok = true;
        for (const [k, x] of Object.entries(m)) {
          if (!rows.some((r) => r.value === k) || typeof x !== 'string' || !cols.has(x)) ok = false;
          else clean[k] = x;
        }
        if (!ok) bad('答案格式无效', 'invalid answer');
        else if (q.required && rows.some((r) => !clean[r.value])) bad('每一行都需要作答', 'answer every row');
        else answers[q.id] = clean;
        break;
      }
    }
  }
  return { answers, issues };
}

/** A new question id not used yet: q1, q2, … */
export function nextQuestionId(questions: Array<{ id: string }>): string {
  let n = questions.length + 1;
  while (questions.some((q) => q.id === `q${n}`)) n++;
  return `q${n}`;
}
