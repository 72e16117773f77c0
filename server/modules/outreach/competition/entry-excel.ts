import { z } from 'zod';
import type { DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, inScope, type TActor } from '../../../platform/auth/policy.js';
import type { TColumnSpec, TRegistryDef, TRowIssue, TUpsertResult } from '../../../platform/excel/excel.types.js';
import { loadOrgLookup, type OrgLookup } from '../../../platform/excel/org-lookup.js';
import { zText } from '../../../platform/text-schema.js';
import { entryKeysOf, insertEntries, type TCompetitionRow, updateEntryRow } from './competition.repo.js';
import { AWARD_GRADES, COMPETITION_LEVELS } from './competition.schema.js';
import { resolveAward } from './competition.service.js';
import { LEVEL_LABELS, type TCompetitionLevel, type TEntryOut, ZEntryInput } from './competition.types.js';

/*
 * 参赛作品 of one competition in Excel: template, import and export share the columns. Rows match the
 * competition's existing entries on 作品名称 + 学校/单位 (the natural key): a matched entry is updated,
 * so importing the same file twice changes nothing new. All or nothing (platform/excel).
 */

const LEVEL_BY_LABEL = new Map<string, TCompetitionLevel>(
  COMPETITION_LEVELS.flatMap((l) => [
    [LEVEL_LABELS[l].zh, l],
    [LEVEL_LABELS[l].zh.replace('级', ''), l],
    [l, l],
  ]),
);
const SEPARATORS = /[、,，;；\n]+/;
const splitList = (cell: string) => [...new Set(cell.split(SEPARATORS).map((s) => s.trim()).filter(Boolean))];

function parseDate(cell: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s.*)?$/.exec(cell.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : cell;
}

export const ZEntryExcelRow = z.object({
  title: ZEntryInput.shape.title,
  participants: ZEntryInput.shape.participants,
  school: ZEntryInput.shape.school,
  instructor: ZEntryInput.shape.instructor,
  org: zText(100).pipe(z.string().min(1)),
  category: ZEntryInput.shape.category,
  awardLevel: z.enum(COMPETITION_LEVELS, '请从下拉列表中选择：国家级、省级、市级、县级').optional(),
  awardGrade: z.enum(AWARD_GRADES, `请从下拉列表中选择：${AWARD_GRADES.join('、')}`).optional(),
  announcedOn: ZEntryInput.shape.announcedOn,
});
type TRow = z.infer<typeof ZEntryExcelRow>;
type TKey = keyof TRow;

export interface TEntryImport {
  title: string;
  participants: string[];
  school: string;
  instructor: string | null;
  orgId: number;
  category: string | null;
  awardLevel: TCompetitionLevel | null;
  awardGrade: (typeof AWARD_GRADES)[number] | null;
  announcedOn: string | null;
}

interface TCtx {
  actor: TActor;
  orgs: OrgLookup;
}

const COLUMNS: TColumnSpec<TKey>[] = [
  { key: 'title', header: '作品名称', headerEn: 'Entry title', required: true, width: 30, example: '基于物联网的校园节水系统', hint: '必填；与学校一起识别同一作品（再次导入时更新）', hintEn: 'required; with the school, matches an existing entry on re-import' },
  { key: 'participants', header: '参赛者', headerEn: 'Participants', width: 20, example: '张小明、李小红', hint: '多人用顿号或逗号分隔；学生姓名仅工作人员可见，不在门户公开', hintEn: 'several separated by 、 or ,; names are for staff only, never public', parse: splitList },
  { key: 'school', header: '学校/单位', headerEn: 'School / unit', required: true, width: 26, example: '如皋市第一中学' },
  { key: 'instructor', header: '指导教师', headerEn: 'Instructor', width: 12, example: '王老师' },
  { key: 'org', header: '所属组织', headerEn: 'Organization', required: true, width: 22, example: '如皋市科学技术协会', hint: '必填；所在县区科协的全称、简称或代码，须在您的管辖范围内', hintEn: 'required; the district association (full name, short name or code) in your scope' },
  { key: 'category', header: '类别', headerEn: 'Category', width: 14, example: '科技创新成果', suggestions: ['科技创新成果', '科技实践活动', '科幻画', '少年儿童科学幻想绘画', '创客作品', '机器人'] },
  {
    key: 'awardLevel',
    header: '获奖级别',
    headerEn: 'Award level',
    width: 10,
    values: COMPETITION_LEVELS.map((l) => LEVEL_LABELS[l].zh),
    example: '省级',
    hint: '空：填写了等次时按赛事级别',
    hintEn: "empty: the competition's level when a grade is given",
    parse: (s) => LEVEL_BY_LABEL.get(s.trim()) ?? s,
    format: (v) => (typeof v === 'string' && v in LEVEL_LABELS ? LEVEL_LABELS[v as TCompetitionLevel].zh : null),
  },
  { key: 'awardGrade', header: '获奖等次', headerEn: 'Award grade', width: 10, values: AWARD_GRADES, example: '一等奖', hint: '空：未获奖', hintEn: 'empty: no award' },
  { key: 'announcedOn', header: '公布日期', headerEn: 'Announced on', width: 12, example: '2024-06-20', hint: 'YYYY-MM-DD', hintEn: 'YYYY-MM-DD', parse: parseDate },
];

/** The spreadsheet definition of one competition's entries (the competition fixes level and key scope). */
export function entryExcel(competition: TCompetitionRow): TRegistryDef<TRow, TEntryImport, TCtx> {
  return {
    entity: 'competition_entry',
    label: '参赛作品',
    labelEn: 'Competition entries',
    sheetName: '参赛作品',
    columns: COLUMNS,
    schema: ZEntryExcelRow,
    loadContext: async (db, actor) => {
      assertCan(actor, 'competitions:write');
      return { actor, orgs: await loadOrgLookup(db) };
    },
    toInput(row, ctx): { input: TEntryImport } | { issues: TRowIssue[] } {
      const issues: TRowIssue[] = [];
      const owner = ctx.orgs.resolve(row.org, ctx.actor);
      if ('error' in owner)
        issues.push(
          owner.error === 'not_found'
            ? { column: 'org', message: `组织不存在：${row.org}`, messageEn: `No such org: ${row.org}` }
            : { column: 'org', message: `“${row.org}”对应多个组织，请填写组织全称`, messageEn: `"${row.org}" names several orgs: use the full name` },
        );
      else if (!inScope(ctx.actor, owner.org.path))
        issues.push({ column: 'org', message: `组织不在您的管辖范围内：${row.org}`, messageEn: `The org is outside your scope: ${row.org}` });
      const award = resolveAward(competition.level, row.awardLevel, row.awardGrade);
      if (award.issue) issues.push({ column: award.issue.path, message: award.issue.message, messageEn: award.issue.messageEn });
      if (issues.length > 0 || 'error' in owner) return { issues };
      return {
        input: {
          title: row.title,
          participants: row.participants ?? [],
          school: row.school,
          instructor: row.instructor ?? null,
          orgId: owner.org.id,
          category: row.category ?? null,
          awardLevel: award.awardLevel,
          awardGrade: row.awardGrade ?? null,
          announcedOn: row.announcedOn ?? null,
        },
      };
    },
    naturalKey: (e) => ({ key: `${e.title}|${e.school}`, column: 'title' }),
    fieldColumns: { orgId: 'org' },
    upsert: (tx, actor, inputs, { onProgress }) => upsertEntries(tx, actor, competition, inputs, onProgress),
  };
}

/**
 * Inserts new entries and updates those matched on title + school, in the caller's transaction. An
 * existing entry filed by an org outside the actor's subtree is a row error (the caller rolls back).
 */
export async function upsertEntries(
  tx: DbOrTx,
  actor: TActor,
  competition: TCompetitionRow,
  inputs: TEntryImport[],
  onProgress?: (done: number) => void,
): Promise<TUpsertResult> {
  assertCan(actor, 'competitions:write');
  const existing = await entryKeysOf(tx, competition.id);
  const errors: TUpsertResult['errors'] = [];
  const toInsert: TEntryImport[] = [];
  const toUpdate: Array<{ id: number; input: TEntryImport }> = [];
  inputs.forEach((input, index) => {
    const hit = existing.get(`${input.title}|${input.school}`);
    if (!hit) toInsert.push(input);
    else if (!inScope(actor, hit.orgPath) && !inScope(actor, competition.orgPath))
      errors.push({ index, column: 'title', message: '该作品已由其他组织登记，无权修改', messageEn: 'This entry was filed by an org outside your scope' });
    else toUpdate.push({ id: hit.id, input });
  });
  if (errors.length > 0) return { inserted: 0, updated: 0, errors };
  const inserted = await insertEntries(
    tx,
    toInsert.map((i) => ({ competitionId: competition.id, ...i })),
  );
  let done = toInsert.length;
  onProgress?.(done);
  for (const u of toUpdate) {
    await updateEntryRow(tx, u.id, u.input);
    onProgress?.(++done);
  }
  await recordAudit(tx, actor, {
    entity: 'competition_entry',
    action: 'import',
    orgId: competition.orgId,
    after: { competitionId: competition.id, inserted: inserted.map((r) => r.id), updated: toUpdate.map((u) => u.id) },
    note: `导入参赛作品 ${inputs.length} 行（${competition.title}）`,
  });
  return { inserted: toInsert.length, updated: toUpdate.length, errors };
}

/** An entry as an export row (the template's columns). */
export function entryExcelRecord(e: TEntryOut): Record<TKey, unknown> {
  return {
    title: e.title,
    participants: e.participants,
    school: e.school,
    instructor: e.instructor,
    org: e.orgName,
    category: e.category,
    awardLevel: e.awardLevel,
    awardGrade: e.awardGrade,
    announcedOn: e.announcedOn,
  };
}
