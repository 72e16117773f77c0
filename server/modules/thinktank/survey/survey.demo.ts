import { sql } from 'drizzle-orm';
import type { TAnswers, TDefinition, TStationType } from '../../../../shared/thinktank-survey.js';
import { type Db, queryRows } from '../../../db/client.js';
import { createRng, loadFakeOrgs, type TRng } from '../../../platform/demo/fake.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { ttSurveyAnswers, ttSurveyCampaigns, ttSurveyCodeBatches, ttSurveyCodes, ttSurveyQuestionnaires, ttSurveyStations } from './survey.schema.js';
import { newCode } from './survey.service.js';

// Demo: the 2025 全国科技工作者状况调查 南通 stations (finished, 站点考核 done) and the 2026 round running
// with partial progress, on one questionnaire with every question type and a skip rule (q5 = 否 → q7).

export const SURVEY_DEMO_FINISHED = '2025年南通市科技工作者状况调查';
export const SURVEY_DEMO_RUNNING = '2026年南通市科技工作者状况调查';

const opt = (labels: string[]) => labels.map((label, i) => ({ value: String(i + 1), label }));
const SATISFACTION = opt(['很不满意', '不满意', '一般', '满意', '很满意']);

export const DEMO_DEFINITION: TDefinition = {
  questions: [
    { id: 'q1', type: 'single', title: '您的性别', required: true, options: opt(['男', '女']) },
    { id: 'q2', type: 'number', title: '您的年龄（周岁）', required: true, min: 18, max: 80 },
    { id: 'q3', type: 'single', title: '您的最高学历', required: true, options: opt(['大专及以下', '本科', '硕士研究生', '博士研究生']) },
    { id: 'q4', type: 'single', title: '您目前的专业技术职称', required: true, options: opt(['无职称', '初级', '中级', '副高级', '正高级']) },
    { id: 'q5', type: 'single', title: '过去一年您是否主持或参与科研项目？', required: true, options: opt(['是', '否']), skip: [{ when: '2', to: 'q7' }] },
    { id: 'q6', type: 'multiple', title: '您参与的科研项目级别（可多选）', required: true, options: opt(['国家级', '省部级', '市厅级', '企业委托', '其他']) },
    { id: 'q7', type: 'rating', title: '总体而言，您对目前工作的满意程度（1 分最低，5 分最高）', required: true, scale: 5 },
    {
      id: 'q8',
      type: 'matrix',
      title: '您对以下方面的满意程度',
      required: true,
      rows: opt(['收入待遇', '科研经费', '人才评价机制', '工作与生活平衡']),
      columns: SATISFACTION,
    },
    { id: 'q9', type: 'number', title: '您平均每周工作多少小时？', required: false, min: 0, max: 100 },
    { id: 'q10', type: 'text', title: '您对科协组织服务科技工作者有什么意见和建议？', required: false },
  ],
};

const SUGGESTIONS = [
  '希望多组织跨单位的学术交流活动',
  '建议简化科研项目经费报销流程',
  '希望科协为青年科技人才提供更多展示平台',
  '建议加强对基层科技工作者的培训',
  '希望搭建产学研对接平台，促进成果转化',
  '职称评审应更重视实际贡献，减少唯论文倾向',
  '希望提供心理健康和职业发展方面的服务',
  '建议在县区设立更多科技工作者之家',
  '希望加大对企业科技人员的关心和支持',
  '建议定期发布科技政策解读',
];

interface TStationSpec {
  type: TStationType;
  kinds: string[];
  name: (org: string) => string;
  quota: [number, number];
}
const SPECS: TStationSpec[] = [
  { type: 'institute', kinds: ['city'], name: () => '江苏省海洋水产研究所南通站点', quota: [40, 60] },
  { type: 'institute', kinds: ['city'], name: () => '南通市农业科学研究院', quota: [40, 60] },
  { type: 'university', kinds: ['university'], name: (o) => o.replace(/科学技术协会$/, ''), quota: [60, 120] },
  { type: 'enterprise', kinds: ['enterprise'], name: (o) => o.replace(/科学技术协会$/, ''), quota: [30, 60] },
  { type: 'medical', kinds: ['district'], name: (o) => `${o.replace(/科学技术协会$|科协$/, '')}人民医院`, quota: [40, 80] },
  { type: 'school', kinds: ['district'], name: (o) => `${o.replace(/科学技术协会$|科协$/, '')}中学`, quota: [30, 50] },
  { type: 'park', kinds: ['park'], name: (o) => o.replace(/科学技术协会$|科协$/, ''), quota: [30, 50] },
  { type: 'local_cast', kinds: ['district'], name: (o) => o.replace(/科学技术协会$/, '科协'), quota: [50, 80] },
  { type: 'society', kinds: ['society'], name: (o) => o, quota: [20, 40] },
];

/** One respondent drawn with plausible shares (more men in engineering, most hold 中级 or above …). */
function fakeAnswers(rng: TRng, type: TStationType): TAnswers {
  const a: TAnswers = {};
  a.q1 = rng.chance(type === 'medical' || type === 'school' ? 0.42 : 0.62) ? '1' : '2';
  a.q2 = rng.int(23, 60);
  const edu = type === 'university' || type === 'institute' ? [2, 14, 40, 44] : type === 'school' ? [4, 66, 28, 2] : [14, 52, 28, 6];
  a.q3 = String(pickW(rng, edu));
  const title = (a.q2 as number) < 30 ? [30, 50, 18, 2, 0] : (a.q2 as number) < 40 ? [8, 22, 48, 18, 4] : [4, 8, 36, 34, 18];
  a.q4 = String(pickW(rng, title));
  const research = type === 'university' || type === 'institute' ? 0.85 : type === 'enterprise' || type === 'park' ? 0.55 : 0.35;
  a.q5 = rng.chance(research) ? '1' : '2';
  if (a.q5 === '1') {
    const levels = ['1', '2', '3', '4', '5'].filter((_, i) => rng.chance([0.25, 0.4, 0.55, type === 'enterprise' || type === 'park' ? 0.6 : 0.15, 0.1][i]));
    a.q6 = levels.length ? levels : ['3'];
  }
  a.q7 = pickW(rng, [4, 10, 32, 40, 14]);
  a.q8 = { '1': String(pickW(rng, [8, 22, 38, 26, 6])), '2': String(pickW(rng, [6, 18, 40, 30, 6])), '3': String(pickW(rng, [10, 24, 38, 22, 6])), '4': String(pickW(rng, [10, 26, 36, 22, 6])) };
  if (rng.chance(0.9)) a.q9 = Math.min(100, Math.max(20, Math.round(44 + (rng.next() + rng.next() + rng.next() - 1.5) * 14)));
  if (rng.chance(0.18)) a.q10 = rng.pick(SUGGESTIONS);
  return a;
}

function pickW(rng: TRng, weights: number[]): number {
  let x = rng.next() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i];
    if (x < 0) return i + 1;
  }
  return weights.length;
}

const addDay = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export async function seedSurveyDemo(db: Db, { log }: { log: (m: string) => void }) {
  const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from tt_survey_questionnaires`);
  if (Number(n) > 0) return;
  const rng = createRng(2025_09);
  const orgs = await loadFakeOrgs(db);
  const root = orgs.find((o) => o.kind === 'city') ?? orgs[0];
  const [admin] = await queryRows<{ id: number }>(db, sql`select id from users where username in ('city_staff', 'admin') order by username = 'city_staff' desc limit 1`);
  const today = todayInChina();
  await db.transaction(async (tx) => {
    const [q] = await tx
      .insert(ttSurveyQuestionnaires)
      .values({
        orgId: root.id,
        title: '南通市科技工作者状况调查问卷',
        description: '本问卷匿名填写，答案只用于统计分析，不与您的个人信息关联。感谢您的支持！',
        definition: DEMO_DEFINITION,
        version: 2,
        createdBy: admin?.id ?? null,
        isDemo: true,
      })
      .returning({ id: ttSurveyQuestionnaires.id });
    const rounds = [
      { title: SURVEY_DEMO_FINISHED, opensOn: '2025-09-01', closesOn: '2025-10-31', finished: true },
      { title: SURVEY_DEMO_RUNNING, opensOn: addDay(today, -20), closesOn: addDay(today, 5), finished: false },
    ];
    let answersN = 0;
    for (const r of rounds) {
      const [c] = await tx
        .insert(ttSurveyCampaigns)
        .values({
          orgId: root.id,
          questionnaireId: q.id,
          title: r.title,
          description: '全国科技工作者状况调查南通调查站点：各站点按配额组织本单位科技工作者凭填答码匿名填答。',
          opensOn: r.opensOn,
          closesOn: r.closesOn,
          closedAt: r.finished ? new Date(`${r.closesOn}T10:00:00+08:00`) : null,
          createdBy: admin?.id ?? null,
          isDemo: true,
        })
        .returning({ id: ttSurveyCampaigns.id });
      const stationRows: Array<typeof ttSurveyStations.$inferInsert> = [];
      for (const spec of SPECS) {
        const pool = spec.kinds.includes('city') ? [root] : orgs.filter((o) => spec.kinds.includes(o.kind));
        const take = spec.kinds.includes('city') ? pool : rng.sample(pool, spec.type === 'society' ? 4 : spec.type === 'local_cast' ? 7 : 3);
        for (const o of take) {
          const name = spec.name(o.name);
          if (stationRows.some((s) => s.name === name)) continue;
          stationRows.push({ campaignId: c.id, orgId: o.id, name, type: spec.type, quota: rng.int(spec.quota[0] / 10, spec.quota[1] / 10) * 10, isDemo: true });
        }
      }
      const stations = await tx.insert(ttSurveyStations).values(stationRows).returning({ id: ttSurveyStations.id, type: ttSurveyStations.type, quota: ttSurveyStations.quota });
      const span = daysBetween(r.opensOn, r.finished ? r.closesOn : today);
      const answers: Array<typeof ttSurveyAnswers.$inferInsert> = [];
      const codes: Array<typeof ttSurveyCodes.$inferInsert & { batch?: number }> = [];
      for (const s of stations) {
        // finished: most stations reach their quota, a few fall short; running: 20–80 % so far
        const share = r.finished ? (rng.chance(0.8) ? 1 + rng.next() * 0.15 : 0.6 + rng.next() * 0.35) : 0.2 + rng.next() * 0.6;
        const count = Math.round(s.quota * share);
        for (let i = 0; i < count; i++) {
          // answers cluster in the first weeks, like a real field period
          const d = Math.min(span, Math.floor(span * (rng.next() * rng.next() + rng.next() * 0.3) * 0.8));
          answers.push({ campaignId: c.id, stationId: s.id, submittedOn: addDay(r.opensOn, d), answers: fakeAnswers(rng, s.type), isDemo: true });
        }
        if (!r.finished) {
          const total = Math.ceil(s.quota * 1.2);
          for (let i = 0; i < total; i++) codes.push({ stationId: s.id, code: newCode(), isUsed: i < count, isDemo: true });
        }
      }
      for (let i = 0; i < answers.length; i += 1000) await tx.insert(ttSurveyAnswers).values(answers.slice(i, i + 1000));
      answersN += answers.length;
      if (!r.finished) {
        // one allocation per station (its 联络员), covering the quota; the rest stay free
        const ids: Array<{ id: number; stationId: number }> = [];
        for (let i = 0; i < codes.length; i += 1000)
          ids.push(...(await tx.insert(ttSurveyCodes).values(codes.slice(i, i + 1000)).returning({ id: ttSurveyCodes.id, stationId: ttSurveyCodes.stationId })));
        for (const [k, s] of stations.entries()) {
          const [b] = await tx
            .insert(ttSurveyCodeBatches)
            .values({ stationId: s.id, recipient: `${stationRows[k].name}联络员`, count: s.quota, allocatedBy: admin?.id ?? null, allocatedAt: new Date(`${r.opensOn}T09:00:00+08:00`), isDemo: true })
            .returning({ id: ttSurveyCodeBatches.id });
          const mine = ids.filter((x) => x.stationId === s.id).slice(0, s.quota).map((x) => x.id);
          if (mine.length) await tx.execute(sql`update tt_survey_codes set batch_id = ${b.id} where id in (${sql.join(mine.map((i) => sql`${i}`), sql`, `)})`);
        }
      } else {
        await tx.execute(sql`update tt_survey_stations s set quota_met = (select count(*) from tt_survey_answers a where a.station_id = s.id) >= s.quota where s.campaign_id = ${c.id}`);
      }
    }
    log(`  surveys: 1 questionnaire, 2 campaigns (${SURVEY_DEMO_FINISHED} finished, ${SURVEY_DEMO_RUNNING} running), ${answersN} answers`);
  });
}
