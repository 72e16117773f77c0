// Demo data of competitions, 公民科学素质 and target-group programmes (DESIGN.md §7), matching the seed
// article: 获省级以上青少年科技竞赛奖项 "100余项" in five years (106 here, 2022–2026), the city's
// 公民具备科学素质比例 14% (2025, "比十二五末提高5.5个百分点": 8.5% in 2015), the 民生实事 targets
// 培育高素质农民 15000 名 and 乡村科技人才 150 名 (2022), the 全民科学素质大赛 省一等奖 and the first
// provincial 老年人智能手机运用大赛 第一名. Deterministic (one seeded PRNG); every row is flagged isDemo.
import type { Db } from '../../../db/client.js';
import { createRng, fakeName, loadFakeOrgs, type TRng } from '../../../platform/demo/fake.js';
import { type AWARD_GRADES, competitionEntries, competitions, literacyRates, programmes, trainings } from './competition.schema.js';
import type { TCompetitionLevel } from './competition.types.js';

type TGrade = (typeof AWARD_GRADES)[number];
type TEntryValues = typeof competitionEntries.$inferInsert;
const YEARS = [2022, 2023, 2024, 2025, 2026] as const;

/** Provincial-or-above youth awards per year (sum 106: the seed's "100余项"). */
export const DEMO_YOUTH_AWARDS_PROVINCIAL: Record<number, { national: number; provincial: number; robotics: number }> = {
  2022: { national: 2, provincial: 12, robotics: 5 },
  2023: { national: 2, provincial: 13, robotics: 6 },
  2024: { national: 3, provincial: 13, robotics: 6 },
  2025: { national: 3, provincial: 14, robotics: 6 },
  2026: { national: 2, provincial: 13, robotics: 6 },
};

const PROJECT_TITLES = [
  '基于物联网的校园节水监测系统', '沿江湿地鸟类多样性调查', '智能垃圾分类回收箱', '长江口水质变化的观测研究', '盲人避障导航手杖',
  '太阳能自动追光装置', '蓝印花布植物染料的提取与改良', '城市内涝预警小装置', '校园微塑料污染调查', '基于图像识别的病虫害诊断',
  '老人防跌倒报警鞋垫', '可降解餐盒材料的制备', '家庭阳台无土栽培系统', '南通方言语音识别初探', '桥梁振动监测模型',
  '紫菜养殖区海水温度变化研究', '电动自行车充电安全监测器', '教室二氧化碳浓度自动通风系统', '红树林模拟生态瓶', '仿生扑翼飞行器',
  '校园雨水回收利用方案', '农田秸秆综合利用调查', '智能药盒提醒装置', '纺织废料再生纤维实验', '风光互补路灯模型',
  '濠河水体富营养化调查', '基于 Arduino 的温室控制系统', '船舶压载水处理模型', '中小学生近视成因调查', '家用厨房油烟净化装置',
];
const ROBOT_TITLES = ['机器人综合技能赛', '智能搬运机器人', '创意机器人：智慧农场', '无人机编程挑战', '人形机器人舞蹈', 'VEX 机器人工程挑战赛', '智能救援机器人', '水下机器人探测'];
const CATEGORIES = ['科技创新成果', '科技创新成果', '科技实践活动', '少年儿童科学幻想绘画', '创客作品'];

interface TDistrict {
  id: number;
  name: string; // 如皋市
  townships: number[];
}

function schoolsOf(d: string): string[] {
  const short = d.replace(/[市区县]$/, '');
  const famous: Record<string, string[]> = {
    崇川: ['南通中学', '南通第一中学', '南通市第三中学', '南通大学附属中学', '崇川区实验小学', '南通市跃龙中学'],
    通州: ['江苏省通州高级中学', '通州区实验中学', '通州区金沙小学', '通州湾中学'],
    海门: ['江苏省海门中学', '海门区东洲小学', '海门实验学校', '海门区东洲中学'],
    如东: ['江苏省如东高级中学', '如东县马塘中学', '如东县实验小学', '如东县掘港小学'],
    启东: ['江苏省启东中学', '启东市汇龙中学', '启东市实验小学', '启东市东南中学'],
    如皋: ['江苏省如皋中学', '如皋市第一中学', '如皋市安定小学', '如皋市外国语学校'],
    海安: ['江苏省海安高级中学', '海安市实验小学', '海安市曲塘中学', '海安市城南实验中学'],
  };
  return famous[short] ?? [`${d}实验小学`, `${d}第一中学`];
}

/** An entry's values: a student project from a district school (names are minors': staff only). */
function entry(rng: TRng, competitionId: number, d: TDistrict, year: number, title: string, award: { level: TCompetitionLevel; grade: TGrade } | null, announcedOn: string | null, category?: string): TEntryValues {
  const n = rng.chance(0.6) ? 1 : rng.int(2, 3);
  return {
    competitionId,
    orgId: rng.chance(0.2) && d.townships.length > 0 ? rng.pick(d.townships) : d.id,
    title,
    participants: Array.from({ length: n }, () => fakeName(rng, rng.chance(0.5) ? '男' : '女', year - rng.int(10, 17))),
    school: rng.pick(schoolsOf(d.name)),
    instructor: `${fakeName(rng, rng.chance(0.5) ? '男' : '女', year - rng.int(28, 50))}`,
    category: category ?? rng.pick(CATEGORIES),
    awardLevel: award?.level ?? null,
    awardGrade: award?.grade ?? null,
    announcedOn: award ? announcedOn : null,
    isDemo: true,
  };
}

/** Grades for n awards: roughly 1 : 2 : 3 for 一/二/三等奖. */
function grades(rng: TRng, n: number): TGrade[] {
  return Array.from({ length: n }, (_, i) => (i < Math.ceil(n / 6) ? '一等奖' : i < Math.ceil(n / 2) ? '二等奖' : rng.chance(0.85) ? '三等奖' : '优秀奖'));
}

export async function seedCompetitionDemo(db: Db, log: (m: string) => void = () => {}) {
  const started = Date.now();
  const rng = createRng(20260815);
  const orgs = await loadFakeOrgs(db);
  const root = orgs.find((o) => o.kind === 'city')!;
  const districts: TDistrict[] = orgs
    .filter((o) => o.kind === 'district')
    .map((o) => ({ id: o.id, name: o.name.replace(/(科学技术协会|科协)$/, ''), townships: orgs.filter((t) => t.kind === 'township' && t.path.startsWith(o.path)).map((t) => t.id) }));
  if (districts.length === 0) return;
  const districtByName = new Map(districts.map((d) => [d.name.replace(/[市区县]$/, ''), d]));

  // ---- competitions
  type TComp = typeof competitions.$inferInsert;
  const comps: TComp[] = [];
  const plan: Array<(id: number) => TEntryValues[]> = [];
  const addComp = (c: Omit<TComp, 'isDemo'>, makeEntries: (id: number) => TEntryValues[]) => {
    comps.push({ ...c, isDemo: true });
    plan.push(makeEntries);
  };
  /** n distinct titles from the pool, starting at `seed`. */
  const uniqueTitles = (pool: readonly string[], n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => (i < pool.length ? pool[(seed + i) % pool.length] : `${pool[(seed + i) % pool.length]}（续）`));

  for (const year of YEARS) {
    const quota = DEMO_YOUTH_AWARDS_PROVINCIAL[year];
    // 南通市青少年科技创新大赛 (March–April), then the provincial (May) and national (August) finals
    const cityDate = `${year}-04-${String(rng.int(10, 26)).padStart(2, '0')}`;
    addComp({ orgId: root.id, series: 'youth_innovation', title: `第${year - 1986}届南通市青少年科技创新大赛`, year, level: 'municipal', startsOn: `${year}-03-20`, endsOn: cityDate, description: '市科协、市教育局等联合主办，优秀作品推荐参加江苏省青少年科技创新大赛。' }, (id) => {
      const titles = uniqueTitles(PROJECT_TITLES, 36, year);
      const g = grades(rng, 30);
      return titles.map((t, i) => entry(rng, id, districts[i % districts.length], year, t, i < 30 ? { level: 'municipal', grade: g[i] } : null, cityDate));
    });
    const provDate = `${year}-05-${String(rng.int(18, 28)).padStart(2, '0')}`;
    addComp({ orgId: root.id, series: 'youth_innovation', title: `第${year - 1986}届江苏省青少年科技创新大赛（南通市参赛）`, year, level: 'provincial', startsOn: `${year}-05-10`, endsOn: provDate, description: '由市科协组织推荐参赛，记录我市参赛作品及获奖情况。' }, (id) => {
      const n = quota.provincial + 4;
      const titles = uniqueTitles(PROJECT_TITLES, n, year + 3);
      const g = grades(rng, quota.provincial);
      return titles.map((t, i) => entry(rng, id, districts[(i + year) % districts.length], year, t, i < quota.provincial ? { level: 'provincial', grade: g[i] } : null, provDate));
    });
    const natDate = `${year}-08-${String(rng.int(8, 22)).padStart(2, '0')}`;
    addComp({ orgId: root.id, series: 'youth_innovation', title: `第${year - 1986}届全国青少年科技创新大赛（南通市参赛）`, year, level: 'national', startsOn: `${year}-08-01`, endsOn: natDate, description: '江苏省推荐参加全国大赛的我市作品。' }, (id) => {
      const titles = uniqueTitles(PROJECT_TITLES, quota.national + 1, year + 11);
      return titles.map((t, i) => entry(rng, id, districts[(i * 3 + year) % districts.length], year, t, i < quota.national ? { level: 'national', grade: i === 0 ? '二等奖' : '三等奖' } : null, natDate));
    });
    // 青少年科技创新市长奖 (December): municipal awards, do not count as provincial
    const mayorDate = `${year}-12-0${rng.int(1, 9)}`;
    addComp({ orgId: root.id, series: 'mayor_award', title: `${year}年度南通市青少年科技创新市长奖`, year, level: 'municipal', startsOn: `${year}-10-15`, endsOn: mayorDate, description: '围绕科技创新后备人才培养设立，评选在科技创新方面表现突出的中小学生。' }, (id) =>
      districts.flatMap((d, i) =>
        [0, 1].map((k) => entry(rng, id, d, year, `${d.name}${year}年度市长奖候选：${PROJECT_TITLES[(i * 2 + k + year) % PROJECT_TITLES.length]}`, { level: 'municipal', grade: k === 0 && i < 3 ? '一等奖' : '优秀奖' }, mayorDate, '科技创新成果')),
      ),
    );
    // 江苏省青少年机器人竞赛 (July)
    const robotDate = `${year}-07-${String(rng.int(10, 25)).padStart(2, '0')}`;
    addComp({ orgId: root.id, series: 'robotics', title: `${year}年江苏省青少年机器人竞赛（南通市参赛）`, year, level: 'provincial', startsOn: `${year}-07-05`, endsOn: robotDate, description: null }, (id) =>
      Array.from({ length: quota.robotics + 3 }, (_, i) =>
        entry(rng, id, districts[(i + 2 * year) % districts.length], year, `${ROBOT_TITLES[i % ROBOT_TITLES.length]}（第${i + 1}队）`, i < quota.robotics ? { level: 'provincial', grade: i === 0 ? '一等奖' : i < 3 ? '二等奖' : '三等奖' } : null, robotDate, '机器人'),
      ),
    );
    // a county-level contest in two districts a year
    for (const d of [districts[year % districts.length], districts[(year + 3) % districts.length]]) {
      const countyDate = `${year}-03-${String(rng.int(5, 15)).padStart(2, '0')}`;
      addComp({ orgId: d.id, series: 'youth_innovation', title: `${year}年${d.name}青少年科技创新大赛`, year, level: 'county', startsOn: `${year}-03-01`, endsOn: countyDate, description: `${d.name}科协主办，择优推荐参加市赛。` }, (id) => {
        const titles = uniqueTitles(PROJECT_TITLES, 12, year + 5);
        const g = grades(rng, 10);
        return titles.map((t, i) => entry(rng, id, d, year, t, i < 10 ? { level: 'county', grade: g[i] } : null, countyDate));
      });
    }
    // 全民科学素质大赛: the city contest (teams from the districts), then the provincial one
    const literacyDate = `${year}-09-${String(rng.int(12, 26)).padStart(2, '0')}`;
    addComp({ orgId: root.id, series: 'literacy_contest', title: `${year}年南通市全民科学素质大赛`, year, level: 'municipal', startsOn: `${year}-09-01`, endsOn: literacyDate, description: '以县（市、区）为单位组队参赛，结合全国科普日开展。' }, (id) => {
      const order = rng.sample(districts, districts.length);
      const g: TGrade[] = ['一等奖', '二等奖', '二等奖', '三等奖', '三等奖', '三等奖', '优秀奖'];
      return order.map((d, i) => ({ ...entry(rng, id, d, year, `${d.name}代表队`, { level: 'municipal', grade: g[i] ?? '优秀奖' }, literacyDate, '团体'), school: `${d.name}科协`, orgId: d.id, participants: [] }));
    });
    const provLiteracyDate = `${year}-11-${String(rng.int(5, 25)).padStart(2, '0')}`;
    addComp({ orgId: root.id, series: 'literacy_contest', title: `${year}年江苏省全民科学素质大赛（南通市参赛）`, year, level: 'provincial', startsOn: `${year}-10-20`, endsOn: provLiteracyDate, description: null }, (id) => [
      { ...entry(rng, id, districts[0], year, '南通市代表队', { level: 'provincial', grade: year === 2026 ? '一等奖' : year % 2 === 0 ? '二等奖' : '三等奖' }, provLiteracyDate, '团体'), orgId: root.id, school: '南通市科学技术协会', participants: [] },
    ]);
    if (year >= 2023) {
      const explainDate = `${year}-05-${String(rng.int(15, 25)).padStart(2, '0')}`;
      addComp({ orgId: root.id, series: 'explainer', title: `${year}年南通市科普讲解大赛`, year, level: 'municipal', startsOn: explainDate, endsOn: explainDate, description: '科普场馆、科普教育基地讲解员参赛。' }, (id) =>
        Array.from({ length: 10 }, (_, i) => ({
          ...entry(rng, id, districts[i % districts.length], year, `科普讲解：${['长江口的鸟类', '纺织之乡的科学', '张謇与近代科技', '海洋牧场', '珍爱生命 科学防震', '航天梦', '湿地之肾', '蓝印花布的化学'][i % 8]}（${i + 1}号）`, { level: 'municipal', grade: i < 1 ? '一等奖' : i < 3 ? '二等奖' : i < 6 ? '三等奖' : '优秀奖' }, explainDate, '科普讲解'),
          school: rng.pick(['南通博物苑', '南通科技馆', '南通自然博物馆', '南通纺织博物馆', '如皋科技馆', '海安科技馆']),
        })),
      );
    }
  }
  // 2026: the first provincial 老年人智能手机运用大赛 — 南通 first place
  addComp({ orgId: root.id, series: 'other', title: '江苏省首届老年人智能手机运用大赛（南通市参赛）', year: 2026, level: 'provincial', startsOn: '2026-06-10', endsOn: '2026-06-28', description: '与市老科协、市老年科技大学联合组队参赛。' }, (id) => [
    { ...entry(rng, id, districts[0], 2026, '南通市老年人代表队', { level: 'provincial', grade: '一等奖' }, '2026-06-28', '团体'), orgId: root.id, school: '南通市老年科技大学', participants: [] },
  ]);

  const compIds = await db.insert(competitions).values(comps).returning({ id: competitions.id });
  const entryRows = compIds.flatMap((c, i) => plan[i](c.id));
  for (let i = 0; i < entryRows.length; i += 400) await db.insert(competitionEntries).values(entryRows.slice(i, i + 400));

  // ---- 公民科学素质比例: the city and the seven districts, 2021–2025, rising to the city's 14% (2025)
  const CITY = [11.6, 12.3, 12.9, 13.5, 14.0];
  const OFFSET: Record<string, number> = { 崇川: 2.6, 通州: -0.4, 海门: 0.3, 如东: -1.6, 启东: -0.7, 如皋: -0.8, 海安: -0.1 };
  const surveySource = (year: number) => `江苏省公民科学素质监测（${year}年度，南通样本）`;
  const method = '全国统一问卷与测评标准，入户抽样调查，按常住人口年龄、性别、城乡结构加权推算。';
  const rates: Array<typeof literacyRates.$inferInsert> = [
    { orgId: root.id, year: 2015, rate: 8.5, source: '“十二五”末南通市公民科学素质调查', method, isDemo: true },
  ];
  [2021, 2022, 2023, 2024, 2025].forEach((year, i) => {
    rates.push({
      orgId: root.id,
      year,
      rate: CITY[i],
      source: year === 2025 ? '中国科协第十三次中国公民科学素质抽样调查' : surveySource(year),
      method,
      isDemo: true,
    });
    for (const [short, d] of districtByName) {
      const noise = Math.round((rng.next() - 0.5) * 4) / 10;
      rates.push({ orgId: d.id, year, rate: Math.round((CITY[i] + (OFFSET[short] ?? 0) + noise) * 10) / 10, source: surveySource(year), method, isDemo: true });
    }
  });
  await db.insert(literacyRates).values(rates);

  // ---- programmes: the 2022 民生实事 targets, plus older people and industrial workers
  const progs = await db
    .insert(programmes)
    .values([
      { orgId: root.id, name: '培育高素质农民', targetGroup: 'farmers', targetCount: 15000, unit: '名', startYear: 2022, endYear: 2026, isLivelihood: true, description: '2022年南通市政府民生实事项目“培育高素质农民15000名，乡村科技人才150名”之一，围绕乡村振兴开展农业实用技术培训。', isDemo: true },
      { orgId: root.id, name: '乡村科技人才培养', targetGroup: 'farmers', targetCount: 150, unit: '名', startYear: 2022, endYear: 2026, isLivelihood: true, description: '2022年南通市政府民生实事项目，培养扎根乡村的科技带头人、农技推广骨干。', isDemo: true },
      { orgId: root.id, name: '老年人科学素质提升行动（老年科技大学）', targetGroup: 'elderly', targetCount: 6000, unit: '人', startYear: 2023, endYear: 2026, isLivelihood: false, description: '联合市老科协成立南通市老年科技大学，开展智能手机运用、健康科普、防诈骗等课程。', isDemo: true },
      { orgId: root.id, name: '产业工人技能素质提升', targetGroup: 'workers', targetCount: 8000, unit: '人', startYear: 2024, endYear: 2026, isLivelihood: false, description: '面向船舶海工、高端纺织等重点产业集群一线职工开展新技术、安全生产培训。', isDemo: true },
    ])
    .returning({ id: programmes.id, name: programmes.name });
  const [farmers, talents, elderly, workers] = progs.map((p) => p.id);
  const FARM_TOPICS = ['设施蔬菜栽培', '稻麦绿色高产', '家庭农场经营管理', '农产品电商直播', '畜禽健康养殖', '水产生态养殖', '植保无人机操作', '农机操作与维修', '果树修剪与管理', '农业社会化服务'];
  const ELDER_TOPICS = ['智能手机运用', '健康科普讲座', '防范电信诈骗', '慢病科学管理', '科学健身'];
  const WORKER_TOPICS = ['船舶焊接新工艺', '数控加工技术', '智能纺织装备操作', '安全生产与应急', '工业机器人运维'];
  const rows: Array<typeof trainings.$inferInsert> = [];
  const plant = (programmeId: number, d: TDistrict, year: number, topics: readonly string[], perYear: number, min: number, max: number, label: string) => {
    for (let k = 0; k < perYear; k++) {
      const month = rng.int(2, 11);
      const org = rng.chance(0.35) && d.townships.length > 0 ? rng.pick(d.townships) : d.id;
      rows.push({
        programmeId,
        orgId: org,
        title: `${d.name}${label}（${rng.pick(topics)}）第${k + 1}期`,
        heldOn: `${year}-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
        traineeCount: rng.int(min, max),
        hours: rng.pick([8, 16, 24, 32, 40]),
        venue: `${d.name}${rng.pick(['农业技术推广中心', '乡镇成人教育中心', '科普e站', '党群服务中心', '职业技术学校'])}`,
        isDemo: true,
      });
    }
  };
  for (const d of districts) {
    for (const year of YEARS) {
      // ≈ 7 districts × 5 years × 5 trainings × ~72 ≈ 12 600 of 15 000 (84%)
      plant(farmers, d, year, FARM_TOPICS, 5, 45, 100, '高素质农民培训班');
      if (year <= 2025 || rng.chance(0.5)) plant(talents, d, year, FARM_TOPICS, 1, 2, 5, '乡村科技人才研修班');
      if (year >= 2023) plant(elderly, d, year, ELDER_TOPICS, 3, 25, 60, '老年科技大学课堂');
      if (year >= 2024) plant(workers, d, year, WORKER_TOPICS, 3, 60, 140, '产业工人技能提升班');
    }
  }
  await db.insert(trainings).values(rows);
  log(`competition demo loaded (竞赛、科学素质、重点人群项目演示数据): competitions ${comps.length}, entries ${entryRows.length}, literacy ${rates.length}, programmes ${progs.length}, trainings ${rows.length} in ${Date.now() - started} ms`);
}
