import { count, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { users } from '../../../platform/auth/auth.schema.js';
import { createRng, fakeName, loadFakeOrgs, type TRng } from '../../../platform/demo/fake.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import type { TSeedContext } from '../../../platform/module/module.types.js';
import { insertTransitions } from '../../../platform/workflow/workflow.repo.js';
import { reviewDueAt, scheduleBaseReview } from './base.reminders.js';
import { searchColumns } from './base.repo.js';
import { NANTONG_BOUNDS, outreachBases } from './base.schema.js';
import { BASE_REVIEW_DUE_MONTHS, type TBaseCategory, type TBaseKind, type TBaseLevel } from './base.types.js';
import { addMonths, addYears, BASE_VALID_YEARS, BASE_WORKFLOW, type TBaseStatus } from './base.workflow.js';

// 科普阵地 demo data in the counts the seed article gives: 9 national and 40 provincial 科普教育基地,
// 9 provincial 科学教育综合示范学校 and 28 provincial 特色学校, the 全国科普示范县(市、区) 崇川、通州、海门;
// plus municipal bases and schools, a few provincial model counties, and a few dozen 科普大屏 and 科普画廊
// sites in the townships. Recognition dates spread over 2017–2026, so some 复核 are due; all rows isDemo.

/** The seed article's counts, which the figures reproduce. */
export const BASE_DEMO_COUNTS = {
  educationNational: 9,
  educationProvincial: 40,
  educationMunicipal: 60,
  modelSchoolProvincial: 9,
  modelSchoolMunicipal: 21,
  featuredSchoolProvincial: 28,
  featuredSchoolMunicipal: 22,
  countiesNational: 3,
  countiesProvincial: 2,
  screens: 36,
  galleries: 30,
  /** Municipal applications still in the cycle (推荐 / 申报 / 审核 / 取消), besides the recognized ones. */
  pipeline: 14,
} as const;

type TDistrictCode = 'chongchuan' | 'tongzhou' | 'haimen' | 'rudong' | 'qidong' | 'rugao' | 'haian';
const DISTRICTS: Record<TDistrictCode, { short: string; lng: number; lat: number }> = {
  chongchuan: { short: '崇川区', lng: 120.88, lat: 31.99 },
  tongzhou: { short: '通州区', lng: 121.07, lat: 32.07 },
  haimen: { short: '海门区', lng: 121.18, lat: 31.89 },
  rudong: { short: '如东县', lng: 121.19, lat: 32.32 },
  qidong: { short: '启东市', lng: 121.66, lat: 31.81 },
  rugao: { short: '如皋市', lng: 120.57, lat: 32.38 },
  haian: { short: '海安市', lng: 120.47, lat: 32.54 },
};
const CODES = Object.keys(DISTRICTS) as TDistrictCode[];

interface TNamed {
  name: string;
  category: TBaseCategory;
  district: TDistrictCode;
  /** Owner org by name (a society or university association); default: the district's association. */
  owner?: string;
  /** Owned by the city association itself. */
  city?: boolean;
  host?: string;
  address?: string;
  at?: [number, number];
  year: number;
  description?: string;
}

const NATIONAL: TNamed[] = [
  { name: '南通博物苑', category: 'venue', district: 'chongchuan', city: true, address: '崇川区濠南路 19 号', at: [120.866, 32.004], year: 2017, description: '张謇于 1905 年创办，中国第一座公共博物馆，自然、历史、艺术综合性博物馆。' },
  { name: '南通科技馆', category: 'venue', district: 'chongchuan', city: true, address: '崇川区崇川路 79 号', at: [120.912, 31.973], year: 2017, description: '综合性科技馆，设基础科学、生命健康、江海文明等展区和青少年科学工作室。' },
  { name: '中国珠算博物馆', category: 'venue', district: 'chongchuan', city: true, address: '崇川区濠北路 28 号', at: [120.871, 32.009], year: 2018, description: '国内唯一的珠算专题博物馆，展示算具演变与珠算文化。' },
  { name: '南通纺织博物馆', category: 'venue', district: 'chongchuan', city: true, address: '崇川区文峰路 3 号', at: [120.861, 31.998], year: 2019, description: '中国第一家纺织专业博物馆，展示江海纺织技艺与近代纺织工业史。' },
  { name: '狼山国家森林公园', category: 'nature', district: 'chongchuan', address: '崇川区狼山风景区', at: [120.878, 31.944], year: 2019, description: '长江入海口的五山森林生态区，开展植物认知、湿地与鸟类科普。' },
  { name: '南通大学医学院人体科学馆', category: 'research', district: 'chongchuan', owner: '南通大学科学技术协会', host: '南通大学', address: '崇川区启秀路 19 号', at: [120.904, 31.975], year: 2020, description: '依托南通大学医学院，面向中小学生和市民开放的人体结构与健康科普展馆。' },
  { name: '如东小洋口国家湿地公园', category: 'nature', district: 'rudong', address: '如东县长沙镇小洋口', at: [121.015, 32.541], year: 2020, description: '黄海滩涂湿地与候鸟栖息地科普教育。' },
  { name: '南通市气象科普馆', category: 'public_service', district: 'chongchuan', owner: '南通市气象学会', host: '南通市气象局', address: '崇川区工农南路 99 号', at: [120.893, 31.982], year: 2021, description: '气象观测、防灾减灾互动体验。' },
  { name: '如皋国家农业科技园区科普馆', category: 'production', district: 'rugao', host: '如皋国家农业科技园区管委会', address: '如皋市如城街道', at: [120.585, 32.392], year: 2022, description: '现代农业、花木盆景与长寿食品科技展示。' },
];

const PROVINCIAL_NAMED: TNamed[] = [
  { name: '南通群英馆', category: 'public_service', district: 'chongchuan', city: true, at: [120.869, 32.001], year: 2019, description: '全国首批科学家精神教育基地，展示南通籍院士与科技工作者的事迹。' },
  { name: '南通城市博物馆', category: 'venue', district: 'chongchuan', city: true, at: [120.874, 32.004], year: 2017 },
  { name: '南通啬园', category: 'nature', district: 'chongchuan', at: [120.887, 31.957], year: 2018 },
  { name: '南通植物园', category: 'nature', district: 'chongchuan', at: [120.928, 31.962], year: 2021 },
  { name: '南通市消防科普教育馆', category: 'public_service', district: 'chongchuan', at: [120.898, 32.017], year: 2018 },
  { name: '南通市防震减灾科普馆', category: 'public_service', district: 'chongchuan', at: [120.852, 32.024], year: 2020 },
  { name: '南通市青少年活动中心科技馆', category: 'venue', district: 'chongchuan', owner: '南通市青少年科技教育协会', at: [120.883, 32.013], year: 2017 },
  { name: '南通市水利科普馆', category: 'public_service', district: 'tongzhou', owner: '南通市水利学会', at: [121.055, 32.081], year: 2022 },
  { name: '中天科技集团科普展示中心', category: 'production', district: 'rudong', host: '中天科技集团有限公司', at: [121.214, 32.303], year: 2019 },
  { name: '通富微电子集成电路科普馆', category: 'production', district: 'chongchuan', host: '通富微电子股份有限公司', at: [120.936, 31.999], year: 2021 },
  { name: '南通中远海运川崎船舶科普基地', category: 'production', district: 'chongchuan', host: '南通中远海运川崎船舶工程有限公司', at: [120.812, 32.021], year: 2018 },
  { name: '启东圆陀角风景区', category: 'nature', district: 'qidong', at: [121.905, 31.715], year: 2020 },
  { name: '南通广播电视台科普频道', category: 'media', district: 'chongchuan', at: [120.889, 32.028], year: 2022 },
  { name: '南通日报社科普专刊', category: 'media', district: 'chongchuan', at: [120.877, 32.018], year: 2023 },
  { name: '海安青墩遗址博物馆', category: 'research', district: 'haian', at: [120.382, 32.573], year: 2021 },
  { name: '海门叠石桥家纺科技馆', category: 'production', district: 'haimen', at: [121.089, 31.941], year: 2024 },
];

const TEMPLATES: Record<TBaseCategory, string[]> = {
  venue: ['青少年科技馆', '科技馆', '自然博物馆', '航天科普馆', '数字科技体验馆', '海洋科普馆'],
  nature: ['湿地公园', '森林公园', '生态农场', '江海滩涂观测站', '植物园', '候鸟观测点'],
  public_service: ['应急安全体验馆', '急救科普教育中心', '禁毒科普馆', '气象科普园', '地震科普体验馆', '健康科普馆', '防灾减灾科普馆'],
  research: ['农业科学研究所科普园', '中等专业学校科普基地', '医院健康教育馆', '职业技术学院科普馆', '水产研究所科普基地'],
  production: ['现代农业产业园', '智能制造科普展厅', '新能源科普展示馆', '家纺科技展馆', '船舶海工科普基地', '生物医药科普展厅', '食品安全检测科普中心'],
  media: ['融媒体中心科普栏目', '图书馆科普阅读中心', '科普网站', '电台科普栏目'],
};

const SCHOOLS_REAL: Array<[string, TDistrictCode]> = [
  ['江苏省南通中学', 'chongchuan'],
  ['南通市第一中学', 'chongchuan'],
  ['南通田家炳中学', 'chongchuan'],
  ['江苏省如皋中学', 'rugao'],
  ['江苏省海安高级中学', 'haian'],
  ['江苏省启东中学', 'qidong'],
  ['江苏省通州高级中学', 'tongzhou'],
  ['江苏省海门中学', 'haimen'],
  ['江苏省如东高级中学', 'rudong'],
  ['南通市实验小学', 'chongchuan'],
  ['南通师范学校第一附属小学', 'chongchuan'],
  ['南通师范学校第二附属小学', 'chongchuan'],
  ['南通市城中小学', 'chongchuan'],
  ['南通市崇川学校', 'chongchuan'],
  ['南通市虹桥第二小学', 'chongchuan'],
  ['南通市跃龙中学', 'chongchuan'],
  ['南通市第三中学', 'chongchuan'],
  ['南通市北城小学', 'chongchuan'],
];
const SCHOOL_PREFIX = ['实验', '第一', '第二', '城南', '城北', '东方', '新区', '开发区', '育才', '启秀', '文峰', '紫琅', '滨江', '师范附属'];
const SCHOOL_SUFFIX = ['小学', '初级中学', '中学', '高级中学', '实验学校', '外国语学校'];
const PLACES = ['新时代文明实践站', '党群服务中心', '文化广场', '社区服务中心', '便民服务中心', '汽车站', '商业街', '市民广场'];
const VILLAGES = ['新河', '长青', '兴隆', '永安', '四圩', '八一', '红星', '双桥', '东风', '民主', '仁和', '丰收', '群英', '团结', '三阳', '沿江'];

interface TGen {
  kind: TBaseKind;
  name: string;
  level: TBaseLevel | null;
  category: TBaseCategory | null;
  orgId: number;
  districtId: number | null;
  hostUnit: string | null;
  address: string | null;
  lng: number;
  lat: number;
  description: string | null;
  /** The recognition date (recognized ones), or the day the cycle stands at (pipeline ones). */
  day: string;
  /** Where it ends up: recognized, or a pipeline state. */
  target: TBaseStatus;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round = (v: number) => Math.round(v * 10000) / 10000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

function jitter(rng: TRng, c: { lng: number; lat: number }, r: number): [number, number] {
  return [
    round(clamp(c.lng + (rng.next() - 0.5) * 2 * r, NANTONG_BOUNDS.lngMin + 0.01, NANTONG_BOUNDS.lngMax - 0.01)),
    round(clamp(c.lat + (rng.next() - 0.5) * 2 * r, NANTONG_BOUNDS.latMin + 0.01, NANTONG_BOUNDS.latMax - 0.01)),
  ];
}

/** A recognition day in `year` (before `today`), or in a random year between `from` and `to`. */
function dayIn(rng: TRng, year: number, today: string): string {
  const d = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return d < today ? d : addDays(today, -rng.int(20, 200));
}

export async function seedBaseDemo(db: Db, { log }: TSeedContext): Promise<void> {
  const t0 = performance.now();
  const [{ n }] = await db.select({ n: count() }).from(outreachBases);
  if (Number(n) > 0) {
    log('outreach bases demo skipped: bases exist (科普阵地演示数据未加载：已有数据)');
    return;
  }
  const rng = createRng(20171109);
  const today = todayInChina();
  const thisYear = Number(today.slice(0, 4));
  const orgs = await loadFakeOrgs(db);
  const root = orgs.find((o) => o.kind === 'city') ?? orgs[0];
  const districtOrg = new Map(orgs.filter((o) => o.kind === 'district').map((o) => [o.code, o]));
  if (CODES.some((c) => !districtOrg.has(c))) {
    log('outreach bases demo skipped: the city configuration has other districts (科普阵地演示数据仅适用于南通)');
    return;
  }
  const byName = new Map(orgs.map((o) => [o.name, o]));
  const townships = (code: TDistrictCode) => {
    const d = districtOrg.get(code)!;
    return orgs.filter((o) => o.kind !== 'district' && o.path.startsWith(d.path) && o.id !== d.id && /(街道|镇)科学技术协会$/.test(o.name));
  };
  const used = new Set<string>();
  const gens: TGen[] = [];
  const add = (g: TGen) => {
    if (used.has(`${g.name}|${g.kind}`)) return false;
    used.add(`${g.name}|${g.kind}`);
    gens.push(g);
    return true;
  };
  const districtId = (c: TDistrictCode) => districtOrg.get(c)!.id;

  // 科普教育基地: the named national and provincial ones, the rest invented from templates.
  const named = (x: TNamed, level: TBaseLevel) =>
    add({
      kind: 'education_base',
      name: x.name,
      level,
      category: x.category,
      orgId: x.city ? root.id : ((x.owner ? byName.get(x.owner)?.id : undefined) ?? districtId(x.district)),
      districtId: districtId(x.district),
      hostUnit: x.host ?? x.name,
      address: x.address ?? `${DISTRICTS[x.district].short}`,
      lng: x.at?.[0] ?? jitter(rng, DISTRICTS[x.district], 0.06)[0],
      lat: x.at?.[1] ?? jitter(rng, DISTRICTS[x.district], 0.06)[1],
      description: x.description ?? null,
      day: dayIn(rng, x.year, today),
      target: 'recognized',
    });
  for (const x of NATIONAL) named(x, 'national');
  for (const x of PROVINCIAL_NAMED) named(x, 'provincial');
  const invented = (level: TBaseLevel, total: number, years: [number, number], target: () => TBaseStatus) => {
    let made = 0;
    while (made < total) {
      const code = rng.pick(CODES);
      const category = rng.pick(Object.keys(TEMPLATES) as TBaseCategory[]);
      const name = `${DISTRICTS[code].short}${rng.pick(TEMPLATES[category])}`;
      const [lng, lat] = jitter(rng, DISTRICTS[code], 0.1);
      const ok = add({
        kind: 'education_base',
        name,
        level,
        category,
        orgId: districtId(code),
        districtId: districtId(code),
        hostUnit: name,
        address: `${DISTRICTS[code].short}${rng.pick(['人民路', '江海大道', '青年路', '工农路', '长江路', '园区路'])} ${rng.int(1, 300)} 号`,
        lng,
        lat,
        description: null,
        day: dayIn(rng, rng.int(years[0], years[1]), today),
        target: target(),
      });
      if (ok) made++;
    }
  };
  invented('provincial', BASE_DEMO_COUNTS.educationProvincial - PROVINCIAL_NAMED.length, [2017, 2024], () => 'recognized');
  invented('municipal', BASE_DEMO_COUNTS.educationMunicipal, [2017, thisYear], () => 'recognized');
  const PIPELINE: TBaseStatus[] = ['recommended', 'recommended', 'applied', 'applied', 'applied', 'under_review', 'under_review', 'cancelled'];
  invented('municipal', BASE_DEMO_COUNTS.pipeline, [thisYear, thisYear], () => rng.pick(PIPELINE));

  // Schools: the well-known ones first, then invented ones in every district.
  const realSchools = [...SCHOOLS_REAL];
  const school = (kind: 'model_school' | 'featured_school', level: TBaseLevel, total: number, years: [number, number]) => {
    let made = 0;
    while (made < total) {
      const real = realSchools.length > 0 && rng.chance(0.5) ? realSchools.shift() : undefined;
      const code = real ? real[1] : rng.pick(CODES);
      const name = real ? real[0] : `${DISTRICTS[code].short.replace(/[区县市]$/, '')}${rng.pick(SCHOOL_PREFIX)}${rng.pick(SCHOOL_SUFFIX)}`;
      const [lng, lat] = jitter(rng, DISTRICTS[code], 0.08);
      if (
        add({
          kind,
          name,
          level,
          category: null,
          orgId: districtId(code),
          districtId: districtId(code),
          hostUnit: name,
          address: null,
          lng,
          lat,
          description: null,
          day: dayIn(rng, rng.int(years[0], years[1]), today),
          target: 'recognized',
        })
      )
        made++;
    }
  };
  school('model_school', 'provincial', BASE_DEMO_COUNTS.modelSchoolProvincial, [2019, 2022]);
  school('featured_school', 'provincial', BASE_DEMO_COUNTS.featuredSchoolProvincial, [2018, 2022]);
  school('model_school', 'municipal', BASE_DEMO_COUNTS.modelSchoolMunicipal, [2020, thisYear]);
  school('featured_school', 'municipal', BASE_DEMO_COUNTS.featuredSchoolMunicipal, [2020, thisYear]);

  // 科普示范县(区): 崇川、通州、海门 national (十三五), two provincial.
  const county = (code: TDistrictCode, level: TBaseLevel, year: number) =>
    add({
      kind: 'demo_county',
      name: DISTRICTS[code].short,
      level,
      category: null,
      orgId: districtId(code),
      districtId: districtId(code),
      hostUnit: `${DISTRICTS[code].short}人民政府`,
      address: null,
      lng: DISTRICTS[code].lng,
      lat: DISTRICTS[code].lat,
      description: level === 'national' ? '“十三五”期间获评全国科普示范县（市、区）' : null,
      day: dayIn(rng, year, today),
      target: 'recognized',
    });
  county('chongchuan', 'national', 2019);
  county('tongzhou', 'national', 2020);
  county('haimen', 'national', 2020);
  county('rugao', 'provincial', 2021);
  county('haian', 'provincial', 2022);

  // 科普大屏 and 科普画廊 in the townships.
  const site = (kind: 'screen' | 'gallery', total: number) => {
    let made = 0;
    while (made < total) {
      const code = rng.pick(CODES);
      const towns = townships(code);
      const town = towns.length ? rng.pick(towns) : districtOrg.get(code)!;
      const place = town.name.replace(/科学技术协会$/, '');
      const name = kind === 'screen' ? `${place}${rng.pick(PLACES)}科普大屏` : `${place}${rng.pick(VILLAGES)}${rng.chance(0.6) ? '村' : '社区'}科普画廊`;
      const [lng, lat] = jitter(rng, DISTRICTS[code], 0.14);
      if (
        add({
          kind,
          name,
          level: null,
          category: null,
          orgId: town.id,
          districtId: districtId(code),
          hostUnit: `${place}人民政府`.replace('街道人民政府', '街道办事处'),
          address: place,
          lng,
          lat,
          description: null,
          day: dayIn(rng, rng.int(2021, thisYear), today),
          target: 'recognized',
        })
      )
        made++;
    }
  };
  site('screen', BASE_DEMO_COUNTS.screens);
  site('gallery', BASE_DEMO_COUNTS.galleries);

  // Who moved them: the district's demo staff account for the owner's steps, the city's for the rest.
  const accounts = await db
    .select({ id: users.id, username: users.username, name: users.displayName, orgId: users.orgId })
    .from(users)
    .where(inArray(users.username, ['city_staff', ...CODES.map((c) => `${c}_staff`)]));
  const cityActor = accounts.find((a) => a.username === 'city_staff');
  const who = (party: 'owner' | 'city', orgId: number) => {
    const org = orgs.find((o) => o.id === orgId);
    const districtCode = org?.kind === 'district' ? org.code : CODES.find((c) => org?.path.startsWith(districtOrg.get(c)!.path));
    const a = party === 'city' || orgId === root.id ? cityActor : accounts.find((x) => x.username === `${districtCode}_staff`);
    if (a) return { actorId: a.id, actorName: a.name, actorOrgId: a.orgId, actorOrgName: orgs.find((o) => o.id === a.orgId)?.name ?? null };
    const by = party === 'city' || orgId === root.id ? root : (org ?? root);
    return { actorId: null, actorName: `演示·${by.name}工作人员`, actorOrgId: by.id, actorOrgName: by.name };
  };

  const dueUntil = addMonths(today, BASE_REVIEW_DUE_MONTHS);
  const rows: Array<typeof outreachBases.$inferInsert> = [];
  const histories: Array<Array<{ from: TBaseStatus; to: TBaseStatus; day: string; reason: string | null }>> = [];
  for (const g of gens) {
    const steps: Array<{ from: TBaseStatus; to: TBaseStatus; day: string; reason: string | null }> = [];
    let status: TBaseStatus = g.target;
    let recognizedOn: string | null = null;
    let validUntil: string | null = null;
    let lastReviewedOn: string | null = null;
    let statusReason: string | null = null;
    const r = g.day;
    const move = (from: TBaseStatus, to: TBaseStatus, day: string, reason: string | null = null) => steps.push({ from, to, day, reason });
    if (g.target === 'recognized') {
      move('recommended', 'applied', addDays(r, -rng.int(60, 120)));
      move('applied', 'under_review', addDays(r, -rng.int(20, 50)));
      move('under_review', 'recognized', r);
      recognizedOn = r;
      validUntil = addYears(r, BASE_VALID_YEARS);
      if (validUntil < today) {
        // Reviewed long ago: retained. Expired within the last year: some in review, some overdue, some retained.
        const p = validUntil < addDays(today, -365) ? 0 : rng.next();
        if (p < 0.25) {
          const reviewed = addDays(validUntil, -rng.int(10, 90));
          move('recognized', 'in_review', addDays(reviewed, -rng.int(20, 60)));
          move('in_review', 'retained', reviewed);
          validUntil = addYears(validUntil, BASE_VALID_YEARS);
          lastReviewedOn = reviewed;
          status = 'retained';
        } else if (p < 0.7) {
          move('recognized', 'in_review', addDays(today, -rng.int(5, 60)));
          status = 'in_review';
        }
      } else if (validUntil <= dueUntil && rng.chance(0.3)) {
        move('recognized', 'in_review', addDays(today, -rng.int(1, 30)));
        status = 'in_review';
      }
    } else {
      if (g.target !== 'recommended') move('recommended', 'applied', addDays(r, -rng.int(30, 90)));
      if (g.target === 'under_review') move('applied', 'under_review', addDays(r, -rng.int(1, 20)));
      if (g.target === 'applied' && rng.chance(0.5)) {
        move('applied', 'under_review', addDays(r, -rng.int(15, 25)));
        statusReason = '申报材料缺少近三年科普活动记录和开放时间安排，请补充后重新申报';
        move('under_review', 'applied', addDays(r, -rng.int(1, 10)), statusReason);
      }
      if (g.target === 'cancelled') {
        statusReason = '申报单位场馆改造，暂不具备开放条件，撤回申报';
        move('applied', 'cancelled', addDays(r, -rng.int(1, 10)), statusReason);
      }
    }
    const gender = rng.chance(0.5) ? '男' : '女';
    rows.push({
      kind: g.kind,
      name: g.name,
      level: g.level,
      category: g.category,
      orgId: g.orgId,
      districtId: g.districtId,
      hostUnit: g.hostUnit,
      address: g.address,
      contactName: fakeName(rng, gender, rng.int(1965, 1995)),
      contactPhone: `1${rng.pick(['39', '38', '51', '58', '89', '77'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
      lng: g.lng,
      lat: g.lat,
      status,
      statusReason,
      recognizedOn,
      validUntil,
      lastReviewedOn,
      description: g.description,
      isPublic: rng.chance(0.95),
      isDemo: true,
      createdAt: new Date(`${steps[0]?.day ?? r}T09:00:00+08:00`),
      updatedAt: new Date(`${steps.at(-1)?.day ?? r}T10:00:00+08:00`),
      ...searchColumns({ name: g.name, hostUnit: g.hostUnit, address: g.address, description: g.description }),
    });
    histories.push(steps);
  }

  await db.transaction(async (tx) => {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 200) ids.push(...(await tx.insert(outreachBases).values(rows.slice(i, i + 200)).returning({ id: outreachBases.id })).map((x) => x.id));
    const transitions = histories.flatMap((steps, i) =>
      steps.map((s) => ({
        entity: BASE_WORKFLOW.entity,
        entityId: ids[i],
        orgId: rows[i].orgId,
        fromStatus: s.from,
        toStatus: s.to,
        ...who(BASE_WORKFLOW.rule(s.from, s.to)?.who.includes('owner') ? 'owner' : 'city', rows[i].orgId),
        reason: s.reason,
        at: new Date(`${s.day}T10:00:00+08:00`),
      })),
    );
    await insertTransitions(tx, transitions);
    // Review reminders for validities that end later (due ones are already on the city's to-do list).
    const now = new Date();
    for (const [i, r] of rows.entries())
      if ((r.status === 'recognized' || r.status === 'retained') && r.validUntil && reviewDueAt(r.validUntil) > now) await scheduleBaseReview(tx, ids[i], r.validUntil, true);
    await recordAudit(tx, null, { entity: 'outreach_base', action: 'seed', orgId: root.id, note: '科普阵地演示数据', after: { bases: rows.length, transitions: transitions.length } });
  });
  const tally = (kind: TBaseKind, level?: TBaseLevel) => rows.filter((r) => r.kind === kind && (!level || r.level === level) && r.status !== 'cancelled' && r.recognizedOn).length;
  const due = rows.filter((r) => (r.status === 'recognized' || r.status === 'retained' || r.status === 'in_review') && r.validUntil && r.validUntil <= dueUntil).length;
  log(
    `outreach bases demo loaded (科普阵地演示数据): ${rows.length} bases — 科普教育基地 国家级 ${tally('education_base', 'national')} / 省级 ${tally('education_base', 'provincial')} / 市级 ${tally('education_base', 'municipal')}, 综合示范学校 ${tally('model_school')} (省级 ${tally('model_school', 'provincial')}), 特色学校 ${tally('featured_school')} (省级 ${tally('featured_school', 'provincial')}), 示范县(区) ${tally('demo_county')} (全国 ${tally('demo_county', 'national')}), 科普大屏 ${tally('screen')}, 科普画廊 ${tally('gallery')}, 待复核 ${due} in ${Math.round(performance.now() - t0)} ms`,
  );
}
