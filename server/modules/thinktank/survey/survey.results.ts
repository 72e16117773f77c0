import ExcelJS from 'exceljs';
import { QUESTION_TYPE_LABELS, STATION_TYPE_LABELS, STATION_TYPES, type TAnswers, type TQuestion } from '../../../../shared/thinktank-survey.js';
import type { DbOrTx } from '../../../db/client.js';
import type { TActor } from '../../../platform/auth/policy.js';
import { badRequest } from '../../../platform/errors.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { dailyAnswers, findQuestionnaire, selectAnswers } from './survey.repo.js';
import { campaignAccess } from './survey.service.js';

// 进度, 结果, 交叉表 and the raw export with its codebook, over the stations the actor sees.

const addDay = (d: string, n = 1) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Daily answers per station against quota: per day, cumulative, % of quota. */
export async function campaignProgress(db: DbOrTx, actor: TActor, id: number) {
  const { row, stations } = await campaignAccess(db, actor, id);
  const rows = await dailyAnswers(
    db,
    id,
    stations.map((s) => s.id),
  );
  // From the open date to the close date (or today, while it runs), and any day that has answers.
  const today = todayInChina();
  const dates = rows.map((r) => r.day);
  const first = [row.opensOn, ...dates].sort()[0];
  const until = [row.closesOn, today].sort()[0]; // ISO dates: string order is date order
  const lastDay = [row.opensOn, until, ...dates].sort().at(-1)!;
  const days: string[] = [];
  for (let d = first; d <= lastDay && days.length < 400; d = addDay(d)) days.push(d);
  const by = new Map(rows.map((r) => [`${r.stationId}|${r.day}`, Number(r.n)]));
  const series = stations.map((s) => {
    let cum = 0;
    const points = days.map((d) => {
      const n = by.get(`${s.id}|${d}`) ?? 0;
      cum += n;
      return { day: d, answers: n, cumulative: cum, percent: s.quota > 0 ? Math.round((cum / s.quota) * 1000) / 10 : null };
    });
    return { stationId: s.id, name: s.name, type: s.type, quota: s.quota, answers: cum, percent: s.quota > 0 ? Math.round((cum / s.quota) * 1000) / 10 : null, quotaMet: s.quotaMet, points };
  });
  const quota = stations.reduce((a, s) => a + s.quota, 0);
  const totalByDay = days.map((_d, i) => series.reduce((a, s) => a + s.points[i].answers, 0));
  let cum = 0;
  return {
    days,
    quota,
    answers: series.reduce((a, s) => a + s.answers, 0),
    total: days.map((d, i) => {
      cum += totalByDay[i];
      return { day: d, answers: totalByDay[i], cumulative: cum, percent: quota ? Math.round((cum / quota) * 1000) / 10 : null };
    }),
    stations: series,
  };
}

interface TCount {
  value: string;
  label: string;
  count: number;
}

function questionResult(q: TQuestion, values: unknown[]) {
  const answered = values.filter((v) => v !== undefined);
  const base = { id: q.id, type: q.type, title: q.title, answered: answered.length };
  const countOf = (opts: Array<{ value: string; label: string }>, pick: (v: unknown) => string[]): TCount[] =>
    opts.map((o) => ({ value: o.value, label: o.label, count: answered.filter((v) => pick(v).includes(o.value)).length }));
  switch (q.type) {
    case 'single':
      return { ...base, options: countOf(q.options ?? [], (v) => [v as string]) };
    case 'multiple':
      return { ...base, options: countOf(q.options ?? [], (v) => v as string[]) };
    case 'rating': {
      const scale = q.scale ?? 5;
      const nums = answered as number[];
      return {
        ...base,
        options: Array.from({ length: scale }, (_, i) => ({ value: String(i + 1), label: `${i + 1} 分`, count: nums.filter((n) => n === i + 1).length })),
        mean: nums.length ? Math.round((nums.reduce((a, b) => a + b, 0) / nums.length) * 100) / 100 : null,
      };
    }
    case 'number': {
      const nums = (answered as number[]).slice().sort((a, b) => a - b);
      const mean = nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : null;
      const lo = nums[0] ?? 0;
      const hi = nums[nums.length - 1] ?? 0;
      const k = nums.length ? Math.min(10, Math.max(1, new Set(nums).size)) : 0;
      const width = k ? (hi - lo) / k || 1 : 1;
      const bins = Array.from({ length: k }, (_, i) => {
        const a = lo + i * width;
        const b = i === k - 1 ? hi : a + width;
        const fmt = (x: number) => String(Math.round(x * 10) / 10);
        return { value: String(i + 1), label: k === 1 ? fmt(a) : `${fmt(a)}–${fmt(b)}`, count: nums.filter((n) => (i === k - 1 ? n >= a && n <= b : n >= a && n < b)).length };
      });
      return {
        ...base,
        options: bins,
        mean: mean === null ? null : Math.round(mean * 100) / 100,
        median: nums.length ? nums[Math.floor((nums.length - 1) / 2)] : null,
        min: nums.length ? lo : null,
        max: nums.length ? hi : null,
      };
    }
    case 'text':
      return { ...base, texts: (answered as string[]).slice(-200).reverse() };
    case 'matrix':
      return {
        ...base,
        matrix: (q.rows ?? []).map((r) => ({
          value: r.value,
          label: r.label,
          counts: countOf(q.columns ?? [], (v) => [(v as Record<string, string>)[r.value]]),
        })),
        columns: q.columns ?? [],
      };
  }
}

async function loaded(db: DbOrTx, actor: TActor, id: number) {
  const acc = await campaignAccess(db, actor, id);
  const q = (await findQuestionnaire(db, acc.row.questionnaireId))!;
  const answers = await selectAnswers(
    db,
    id,
    acc.stations.map((s) => s.id),
  );
  return { ...acc, questions: q.definition.questions, answers };
}

/** Per question: counts by option (bars / pies), number distribution and mean, text answers, matrix counts. */
export async function campaignResults(db: DbOrTx, actor: TActor, id: number) {
  const { questions, answers } = await loaded(db, actor, id);
  return { total: answers.length, questions: questions.map((q) => questionResult(q, answers.map((a) => a.answers[q.id]))) };
}

/** One choice / rating question's answers by station type (rows) × option (columns). */
export async function campaignCrossTab(db: DbOrTx, actor: TActor, id: number, questionId: string) {
  const { questions, answers, stations } = await loaded(db, actor, id);
  const eligible = (x: (typeof questions)[number]) => x.type === 'single' || x.type === 'multiple' || x.type === 'rating';
  // no question named: the first one that can be cross-tabulated
  const q = questionId ? questions.find((x) => x.id === questionId) : questions.find(eligible);
  if (!q || !eligible(q))
    throw badRequest('SURVEY_CROSSTAB_QUESTION', '请选择一道单选、多选或评分题做交叉分析', 'Choose a single, multiple choice or rating question to cross-tabulate');
  const typeOf = new Map(stations.map((s) => [s.id, s.type]));
  const types = STATION_TYPES.filter((t) => stations.some((s) => s.type === t));
  const opts = q.type === 'rating' ? Array.from({ length: q.scale ?? 5 }, (_, i) => ({ value: String(i + 1), label: `${i + 1} 分` })) : (q.options ?? []);
  const rows = types.map((t) => {
    const of = answers.filter((a) => typeOf.get(a.stationId) === t);
    const answered = of.filter((a) => a.answers[q.id] !== undefined);
    const has = (v: unknown, o: string) => (Array.isArray(v) ? v.includes(o) : String(v) === o);
    const counts = opts.map((o) => answered.filter((a) => has(a.answers[q.id], o.value)).length);
    return { type: t, label: STATION_TYPE_LABELS[t].zh, labelEn: STATION_TYPE_LABELS[t].en, respondents: answered.length, counts, percents: counts.map((c) => (answered.length ? Math.round((c / answered.length) * 1000) / 10 : 0)) };
  });
  return { question: { id: q.id, title: q.title, type: q.type }, columns: opts, rows };
}

// ---------------------------------------------------------------- raw export + codebook

interface TVariable {
  name: string;
  questionId: string;
  title: string;
  type: string;
  codes: string;
  value: (a: TAnswers) => string | number | null;
}

/** The export's variables: one column per question, per option of a multiple choice (0/1), per matrix row. */
export function variablesOf(questions: TQuestion[]): TVariable[] {
  const out: TVariable[] = [];
  const codeList = (opts: Array<{ value: string; label: string }>) => opts.map((o) => `${o.value}=${o.label}`).join('; ');
  for (const q of questions) {
    const type = QUESTION_TYPE_LABELS[q.type].zh;
    switch (q.type) {
      case 'multiple':
        for (const o of q.options ?? [])
          out.push({ name: `${q.id}_${o.value}`, questionId: q.id, title: `${q.title} — ${o.label}`, type, codes: '1=选中; 0=未选', value: (a) => (a[q.id] === undefined ? null : (a[q.id] as string[]).includes(o.value) ? 1 : 0) });
        break;
      case 'matrix':
        for (const r of q.rows ?? [])
          out.push({ name: `${q.id}_${r.value}`, questionId: q.id, title: `${q.title} — ${r.label}`, type, codes: codeList(q.columns ?? []), value: (a) => (a[q.id] as Record<string, string> | undefined)?.[r.value] ?? null });
        break;
      default: {
        const codes =
          q.type === 'single' ? codeList(q.options ?? []) : q.type === 'rating' ? `1–${q.scale ?? 5} 分` : q.type === 'number' ? `数值${q.min !== undefined ? ` ≥ ${q.min}` : ''}${q.max !== undefined ? ` ≤ ${q.max}` : ''}` : '文字';
        out.push({ name: q.id, questionId: q.id, title: q.title, type, codes, value: (a) => (a[q.id] === undefined ? null : (a[q.id] as string | number)) });
      }
    }
  }
  return out;
}

const csvCell = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const toCsv = (rows: unknown[][]) => `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

async function exportTable(db: DbOrTx, actor: TActor, id: number) {
  const { row, questions, answers, stations } = await loaded(db, actor, id);
  const vars = variablesOf(questions);
  const byId = new Map(stations.map((s) => [s.id, s]));
  const head = ['序号', 'station', 'station_type', 'date', ...vars.map((v) => v.name)];
  const body = answers.map((a, i) => {
    const s = byId.get(a.stationId)!;
    return [i + 1, s.name, STATION_TYPE_LABELS[s.type].zh, a.submittedOn, ...vars.map((v) => v.value(a.answers))];
  });
  const codebook: unknown[][] = [
    ['变量', '题号', '题目', '题型', '取值与编码'],
    ['station', '', '站点', '', '站点名称'],
    ['station_type', '', '站点类型', '', STATION_TYPES.map((t) => STATION_TYPE_LABELS[t].zh).join('; ')],
    ['date', '', '提交日期', '', 'YYYY-MM-DD'],
    ...vars.map((v) => [v.name, v.questionId, v.title, v.type, v.codes]),
  ];
  return { title: row.title, head, body, codebook };
}

/** The raw answers (a column per variable) with the codebook: .xlsx (two sheets) or .csv. */
export async function exportAnswers(db: DbOrTx, actor: TActor, id: number, format: 'xlsx' | 'csv', part: 'answers' | 'codebook' = 'answers') {
  const t = await exportTable(db, actor, id);
  if (format === 'csv') {
    const rows = part === 'codebook' ? t.codebook : [t.head, ...t.body];
    return { buf: Buffer.from(toCsv(rows), 'utf8'), fileName: `${t.title}-${part === 'codebook' ? '编码表' : '答卷'}.csv`, mime: 'text/csv; charset=utf-8' };
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('答卷');
  ws.addRow(t.head).font = { bold: true };
  for (const r of t.body) ws.addRow(r);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const cb = wb.addWorksheet('编码表');
  cb.columns = [{ width: 14 }, { width: 8 }, { width: 50 }, { width: 10 }, { width: 60 }];
  cb.addRow(t.codebook[0]).font = { bold: true };
  for (const r of t.codebook.slice(1)) cb.addRow(r);
  return {
    buf: Buffer.from(await wb.xlsx.writeBuffer()),
    fileName: `${t.title}-答卷.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
