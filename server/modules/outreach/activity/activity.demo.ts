import { sql } from 'drizzle-orm';
import type { TTargetGroup } from '../../../../shared/outreach.js';
import { ACTIVITY_TYPE_LABELS, type TActivityStatus, type TActivityType } from '../../../../shared/outreach-activity.js';
import { type Db, queryRows } from '../../../db/client.js';
import { createRng, loadFakeOrgs, type TRng, weightedTable } from '../../../platform/demo/fake.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { indexTokens } from '../../../platform/search/text.js';
import { insertTransitions, type TTransitionInsert } from '../../../platform/workflow/workflow.repo.js';
import type { TActivityValues } from './activity.repo.js';
import { outreachActivities } from './activity.schema.js';
import { addDays, summaryDueDays } from './activity.settings.js';

// Five years (2022–2026) of 科普活动 over the city's orgs: 科技活动周 in the third week of May and
// 全国科普日 in mid-September are the peaks; the 进校园/进社区/进乡村/进企业 campaigns, lectures and
// exhibitions fill the rest of the year. Past activities are mostly 已总结 (a few are overdue),
// upcoming ones 计划 or 已备案, so the public calendar always has something ahead of today.

/** The seed article: 举办科普宣传活动7260项 in five years. */
export const ACTIVITY_DEMO_COUNT = 7260;
/** Besides the five years, activities in the coming 90 days, so the calendar has something ahead whenever the demo is loaded. */
export const ACTIVITY_DEMO_UPCOMING = 90;

const MONTH_WEIGHTS = [4, 2, 7, 8, 17, 8, 6, 6, 18, 8, 9, 7];
const ORG_KIND_WEIGHTS = weightedTable([
  ['district', 30],
  ['township', 30],
  ['society', 26],
  ['university', 7],
  ['city', 5],
  ['enterprise', 2],
] as const);
const EVERYDAY = weightedTable<TActivityType>([
  ['school', 16],
  ['community', 16],
  ['village', 12],
  ['enterprise', 7],
  ['lecture', 16],
  ['exhibition', 8],
  ['contest', 5],
  ['online', 8],
  ['publicity_week', 4],
  ['other', 3],
]);

const THEMES = ['人工智能', '防灾减灾', '食品安全', '健康生活', '碳达峰碳中和', '航天科技', '海洋科普', '应急救护', '反诈防骗', '垃圾分类', '节约用水', '智慧农业', '心理健康', '老年人智能手机使用', '青少年近视防控', '科学用药', '气象科普', '安全生产', '网络安全', '生物多样性'];
const SUFFIX: Record<TActivityType, string[]> = {
  science_day: ['全国科普日主场活动', '全国科普日系列活动', '全国科普日科普大篷车巡展', '全国科普日科学嘉年华'],
  sci_tech_week: ['科技活动周启动仪式', '科技活动周科普开放日', '科技活动周科技成果展', '科技活动周科普集市'],
  publicity_week: ['科普宣传周', '防灾减灾科普宣传周', '食品安全宣传周'],
  school: ['科学课堂', '科学家进校园报告会', '青少年科技创新体验', '科普大篷车进校园'],
  community: ['科普进社区讲座', '社区科普小课堂', '科普惠民义诊咨询', '社区科普宣传'],
  village: ['科技下乡', '农技专家田间课堂', '新型职业农民培训', '乡村科普赶集'],
  enterprise: ['科普进企业', '职工科学素质讲堂', '安全生产科普培训', '工匠创新交流'],
  lecture: ['科普讲座', '专家科普报告', '科学大讲堂', '科普沙龙'],
  exhibition: ['科普展览', '科普图片展', '科技成果展', '科普展板巡展'],
  contest: ['科普知识竞赛', '青少年科技创新大赛', '科普讲解大赛', '科学实验展演'],
  online: ['线上科普直播', '云端科普课堂', '线上科普知识答题', '科普短视频展播'],
  other: ['科普志愿服务', '科普文艺汇演', '科普研学活动'],
};
const GROUPS_OF: Record<TActivityType, TTargetGroup[][]> = {
  science_day: [['youth', 'elderly'], ['youth', 'farmers', 'workers'], ['youth']],
  sci_tech_week: [['youth', 'workers'], ['youth'], ['workers', 'officials']],
  publicity_week: [['elderly', 'farmers'], ['youth', 'elderly']],
  school: [['youth']],
  community: [['elderly'], ['elderly', 'youth']],
  village: [['farmers'], ['farmers', 'elderly']],
  enterprise: [['workers']],
  lecture: [['officials'], ['elderly'], ['workers'], ['youth']],
  exhibition: [['youth', 'elderly'], ['youth']],
  contest: [['youth'], ['officials'], ['workers']],
  online: [['youth'], ['officials'], ['elderly']],
  other: [['youth'], ['elderly']],
};
const CO_ORGANIZERS = ['教育体育局', '卫生健康委员会', '农业农村局', '应急管理局', '气象局', '团委', '妇联', '图书馆', '科技馆', '融媒体中心'];

const short = (name: string) => name.replace(/科学技术协会$/, '').replace(/科协$/, '');

function venueFor(rng: TRng, type: TActivityType, place: string, district: string): string {
  switch (type) {
    case 'school':
      return `${district}${rng.pick(['实验小学', '第一中学', '实验初中', '师范学校附属小学', '高级中学'])}`;
    case 'community':
      return `${place}${rng.pick(['社区党群服务中心', '社区文化活动室', '新时代文明实践站'])}`;
    case 'village':
      return `${place}${rng.pick(['村民广场', '农业科技示范园', '村党群服务中心'])}`;
    case 'enterprise':
      return `${district}${rng.pick(['经济开发区', '高新区'])}${rng.pick(['职工之家', '企业培训中心'])}`;
    case 'online':
      return rng.pick(['线上直播', '“科普南通”视频号', '学习强国平台']);
    default:
      return `${district}${rng.pick(['科技馆', '文化馆', '图书馆报告厅', '人民广场', '青少年活动中心', '会展中心'])}`;
  }
}

/** Seeds the demo activities (multi-row inserts, one transaction). Does nothing when activities exist. */
export async function seedActivityDemo(db: Db, opts: { log?: (m: string) => void; count?: number; now?: Date } = {}) {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from outreach_activities`);
  if (Number(existing.n) > 0) return;
  const rng = createRng(20260920);
  const today = todayInChina(opts.now);
  const days = summaryDueDays();
  const orgs = await loadFakeOrgs(db);
  const byKind = new Map<string, typeof orgs>();
  for (const o of orgs) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o]);
  const districts = orgs.filter((o) => o.kind === 'district');
  const monthTable = weightedTable(MONTH_WEIGHTS.map((w, i) => [i, w] as const));
  const count = opts.count ?? ACTIVITY_DEMO_COUNT;
  const lastYear = Math.max(2026, Number(today.slice(0, 4)));
  const rows: TActivityValues[] = [];
  const history: Array<{ index: number; steps: Array<[TActivityStatus, TActivityStatus, Date]> }> = [];
  const seen = new Set<string>();
  for (let i = 0; i < count + ACTIVITY_DEMO_UPCOMING; i++) {
    const kind = rng.weighted(ORG_KIND_WEIGHTS);
    const pool = byKind.get(kind) ?? districts;
    const org = rng.pick(pool);
    const ahead = i >= count ? addDays(today, rng.int(1, 90)) : null;
    const year = ahead ? Number(ahead.slice(0, 4)) : lastYear - 4 + Math.floor((i * 5) / count);
    const month = ahead ? Number(ahead.slice(5, 7)) - 1 : rng.weighted(monthTable);
    let type = rng.weighted(EVERYDAY);
    let day = ahead ? Number(ahead.slice(8, 10)) : rng.int(1, 28);
    if (!ahead && month === 4 && rng.chance(0.55)) {
      type = 'sci_tech_week';
      day = rng.int(15, 24);
    } else if (!ahead && month === 8 && rng.chance(0.55)) {
      type = 'science_day';
      day = rng.int(10, 30);
    }
    const startDate = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const length = type === 'exhibition' || type === 'publicity_week' ? rng.int(2, 7) : type === 'sci_tech_week' ? rng.int(0, 6) : rng.chance(0.85) ? 0 : rng.int(1, 2);
    const endDate = addDays(startDate, length);
    const districtOrg = org.district ? districts.find((d) => d.code === org.district!.code) : rng.chance(0.7) ? rng.pick(districts) : undefined;
    const districtName = districtOrg ? short(districtOrg.name) : '南通市';
    const place = org.kind === 'township' ? short(org.name) : districtName;
    const theme = rng.pick(THEMES);
    const suffix = rng.pick(SUFFIX[type]);
    const title =
      type === 'sci_tech_week' || type === 'science_day'
        ? `${year}年${place}${suffix}`
        : rng.chance(0.6)
          ? `“${theme}”${suffix}`
          : `${place}${theme}${suffix}`;
    const key = `${org.id}|${title}|${startDate}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const planned = type === 'science_day' || type === 'sci_tech_week' ? rng.int(200, 3000) : rng.int(30, 600);
    let status: TActivityStatus;
    const dueOn = addDays(endDate, days);
    if (startDate > today) status = addDays(today, 45) < startDate ? (rng.chance(0.6) ? 'planned' : 'filed') : rng.chance(0.8) ? 'filed' : 'planned';
    else if (dueOn >= today) status = rng.chance(0.7) ? 'held' : rng.chance(0.5) ? 'summarized' : 'filed';
    else status = rng.chance(0.985) ? 'summarized' : rng.chance(0.6) ? 'held' : 'filed';
    if (status === 'planned' && rng.chance(0.05)) status = 'returned';
    const at = (d: string, h: number) => new Date(`${d}T${String(h).padStart(2, '0')}:00:00+08:00`);
    const filedAt = status === 'planned' || status === 'returned' ? null : at(addDays(startDate, -rng.int(5, 30)), 10);
    const heldAt = status === 'held' || status === 'summarized' ? at(endDate, 18) : null;
    const summarizedAt = status === 'summarized' ? at(addDays(endDate, rng.int(1, days + 3)), 15) : null;
    const actual = status === 'summarized' ? Math.max(10, Math.round(planned * (0.7 + rng.next() * 0.6))) : null;
    const coOrganizers = rng.chance(0.5) ? rng.sample(CO_ORGANIZERS, rng.int(1, 2)).map((c) => `${districtName}${c}`) : [];
    const venue = venueFor(rng, type, place, districtName);
    const created = filedAt ? new Date(filedAt.getTime() - rng.int(1, 10) * 86_400_000) : at(addDays(startDate < today ? startDate : today, -rng.int(3, 40)), 9);
    rows.push({
      orgId: org.id,
      districtOrgId: districtOrg?.id ?? null,
      type,
      title,
      coOrganizers,
      startDate,
      endDate,
      venue,
      targetGroups: rng.pick(GROUPS_OF[type]),
      plannedParticipants: planned,
      onlineReach: type === 'online' ? rng.int(2000, 80000) : rng.chance(0.3) ? rng.int(500, 20000) : null,
      budget: String(rng.int(2, 200) * 500),
      description: `围绕“${theme}”主题，${ACTIVITY_TYPE_LABELS[type].zh}期间在${venue}开展科普宣传、互动体验和专家咨询。`,
      contactName: null,
      contactPhone: null,
      isPublic: rng.chance(0.88),
      status,
      returnReason: status === 'returned' ? '请补充活动方案和安全预案' : null,
      filedAt,
      heldAt,
      summary: status === 'summarized' ? `活动按计划举办，参与群众${actual}人，发放科普资料${rng.int(1, 20) * 100}份，群众反响良好。` : null,
      actualParticipants: actual,
      summarizedAt,
      searchText: indexTokens(title, venue, org.name, ...coOrganizers),
      isDemo: true,
      createdAt: created,
      updatedAt: summarizedAt ?? heldAt ?? filedAt ?? created,
    });
    const steps: Array<[TActivityStatus, TActivityStatus, Date]> = [];
    if (status === 'returned') steps.push(['planned', 'returned', new Date(created.getTime() + 86_400_000)]);
    if (filedAt) steps.push(['planned', 'filed', filedAt]);
    if (heldAt) steps.push(['filed', 'held', heldAt]);
    if (summarizedAt) steps.push(['held', 'summarized', summarizedAt]);
    // The 流转记录 of the last year's and the coming activities (older ones keep their dates on the row).
    if (startDate >= addDays(today, -365)) history.push({ index: rows.length - 1, steps });
  }
  await db.transaction(async (tx) => {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 1000)
      ids.push(...(await tx.insert(outreachActivities).values(rows.slice(i, i + 1000)).returning({ id: outreachActivities.id })).map((r) => r.id));
    const transitions: TTransitionInsert[] = history.flatMap(({ index, steps }) =>
      steps.map(([from, to, at]) => ({
        entity: 'activity',
        entityId: ids[index],
        orgId: rows[index].orgId,
        fromStatus: from,
        toStatus: to,
        actorName: '演示数据',
        reason: to === 'returned' ? rows[index].returnReason : null,
        at,
      })),
    );
    await insertTransitions(tx, transitions);
  });
  log(`  outreach activities: ${rows.length} (${Math.round(performance.now() - t0)} ms)`);
}
