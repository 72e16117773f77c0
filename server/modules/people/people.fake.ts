// Deterministic fake 科技工作者 for the people demo seed and the benchmarks: realistic 南通 people.
// No randomness outside the seeded PRNG, so the same seed gives the same people on every machine.
import { idCheckDigit } from '../../../shared/validators.js';
import { type TFakeOrg, type TRng, type TWeighted, createRng, fakeName, weightedTable } from '../../platform/demo/fake.js';
import type { TOrgKind } from '../../platform/orgs/org.schema.js';
import { pinyinKeys } from '../../platform/search/text.js';
import type { TPersonInput } from './person.types.js';

// ---------------------------------------------------------------------------------------------------
// Units (工作单位) and what they imply

/** Kind of employer: decides titles (职称) and education. */
type TUnitCat = 'university' | 'hospital' | 'enterprise' | 'agri' | 'research' | 'school' | 'public';

/** Field of work: decides disciplines (学科) and which 学会 a person joins. */
type TField =
  | 'med' | 'mech' | 'elec' | 'chem' | 'agri' | 'textile' | 'ship' | 'civil' | 'env' | 'energy'
  | 'metal' | 'edu' | 'earth' | 'water' | 'food' | 'mgmt';

/** GB/T 13745 disciplines (as named in the city dictionary) per field. */
const FIELD_DISCIPLINES: Record<TField, readonly string[]> = {
  med: ['临床医学', '基础医学', '药学', '中医学与中药学', '预防医学与公共卫生学'],
  mech: ['机械工程', '动力与电气工程', '工程与技术科学基础学科', '材料科学', '产品应用相关工程与技术'],
  elec: ['电子与通信技术', '计算机科学技术', '信息与系统科学相关工程与技术'],
  chem: ['化学工程', '化学', '材料科学', '安全科学技术'],
  agri: ['农学', '林学', '畜牧、兽医科学', '水产学', '生物学'],
  textile: ['纺织科学技术', '材料科学', '化学工程'],
  ship: ['交通运输工程', '机械工程', '材料科学', '动力与电气工程'],
  civil: ['土木建筑工程', '测绘科学技术', '交通运输工程', '水利工程'],
  env: ['环境科学技术及资源科学技术', '安全科学技术', '化学'],
  energy: ['能源科学技术', '动力与电气工程', '电子与通信技术', '材料科学'],
  metal: ['冶金工程技术', '材料科学', '矿山工程技术'],
  edu: ['教育学', '数学', '物理学', '化学', '生物学', '心理学'],
  earth: ['地球科学', '测绘科学技术'],
  water: ['水利工程', '环境科学技术及资源科学技术'],
  food: ['食品科学技术', '生物学', '化学工程'],
  mgmt: ['管理学', '经济学'],
};

interface TUnit {
  name: string;
  cat: TUnitCat;
  fields: readonly TField[];
  /** District code from the city configuration; undefined = city level (located in 崇川, serves all). */
  district?: string;
  /** Relative weight among candidate units. */
  weight?: number;
}

/** Real 南通 employers of 科技工作者 (city level first, then by district). */
const NANTONG_UNITS: readonly TUnit[] = [
  { name: '南通大学', cat: 'university', fields: ['med', 'textile', 'elec', 'mech', 'chem', 'edu', 'civil', 'mgmt', 'ship', 'earth'], weight: 6 },
  { name: '南通大学附属医院', cat: 'hospital', fields: ['med'], weight: 5 },
  { name: '南通市第一人民医院', cat: 'hospital', fields: ['med'], weight: 4 },
  { name: '南通市肿瘤医院', cat: 'hospital', fields: ['med'], weight: 2 },
  { name: '南通市中医院', cat: 'hospital', fields: ['med'], weight: 2 },
  { name: '南通市第三人民医院', cat: 'hospital', fields: ['med'], weight: 2 },
  { name: '南通市妇幼保健院', cat: 'hospital', fields: ['med'] },
  { name: '南通市疾病预防控制中心', cat: 'hospital', fields: ['med', 'env'] },
  { name: '南通职业大学', cat: 'university', fields: ['mech', 'elec', 'chem', 'civil', 'mgmt'], weight: 3 },
  { name: '江苏工程职业技术学院', cat: 'university', fields: ['textile', 'civil', 'elec', 'mech'], weight: 3 },
  { name: '南通理工学院', cat: 'university', fields: ['mech', 'elec', 'civil', 'mgmt'], weight: 2 },
  { name: '南通科技职业学院', cat: 'university', fields: ['agri', 'food', 'mech', 'elec'], weight: 2 },
  { name: '江苏航运职业技术学院', cat: 'university', fields: ['ship', 'mech', 'mgmt'], weight: 2 },
  { name: '南通市农业科学研究院', cat: 'research', fields: ['agri', 'food'], weight: 3 },
  { name: '南通市气象局', cat: 'public', fields: ['earth'] },
  { name: '南通市水利勘测设计研究院有限公司', cat: 'public', fields: ['water', 'civil'] },
  { name: '南通市建筑设计研究院有限公司', cat: 'public', fields: ['civil'] },
  { name: '南通市环境监测中心站', cat: 'public', fields: ['env'] },
  { name: '江苏省南通中学', cat: 'school', fields: ['edu'], weight: 2 },
  { name: '南通市第一中学', cat: 'school', fields: ['edu'] },
  { name: '南通市天生港发电有限公司', cat: 'enterprise', fields: ['energy'] },
  // 崇川区 (incl. 南通开发区, 苏锡通园区)
  { name: '中远海运川崎船舶工程有限公司', cat: 'enterprise', fields: ['ship', 'mech'], district: 'chongchuan', weight: 3 },
  { name: '南通中远海运船务工程有限公司', cat: 'enterprise', fields: ['ship', 'mech'], district: 'chongchuan', weight: 2 },
  { name: '通富微电子股份有限公司', cat: 'enterprise', fields: ['elec'], district: 'chongchuan', weight: 3 },
  { name: '南通醋酸纤维有限公司', cat: 'enterprise', fields: ['chem', 'textile'], district: 'chongchuan', weight: 2 },
  { name: '南通江山农药化工股份有限公司', cat: 'enterprise', fields: ['chem', 'agri'], district: 'chongchuan' },
  { name: '南通中集特种运输设备制造有限公司', cat: 'enterprise', fields: ['mech', 'metal'], district: 'chongchuan' },
  { name: '江苏大生集团有限公司', cat: 'enterprise', fields: ['textile'], district: 'chongchuan' },
  { name: '南通市崇川区农业技术推广中心', cat: 'agri', fields: ['agri'], district: 'chongchuan' },
  // 通州区
  { name: '中天钢铁集团（南通）有限公司', cat: 'enterprise', fields: ['metal', 'mech'], district: 'tongzhou', weight: 2 },
  { name: '南通四建集团有限公司', cat: 'enterprise', fields: ['civil'], district: 'tongzhou', weight: 2 },
  { name: '南通海星电子股份有限公司', cat: 'enterprise', fields: ['elec', 'chem'], district: 'tongzhou' },
  { name: '南通市通州区人民医院', cat: 'hospital', fields: ['med'], district: 'tongzhou', weight: 3 },
  { name: '南通市通州区中医院', cat: 'hospital', fields: ['med'], district: 'tongzhou' },
  { name: '江苏省通州高级中学', cat: 'school', fields: ['edu'], district: 'tongzhou' },
  { name: '南通市通州区农业技术推广中心', cat: 'agri', fields: ['agri'], district: 'tongzhou', weight: 2 },
  // 海门区
  { name: '招商局重工（江苏）有限公司', cat: 'enterprise', fields: ['ship', 'mech'], district: 'haimen', weight: 3 },
  { name: '罗莱生活科技股份有限公司', cat: 'enterprise', fields: ['textile'], district: 'haimen', weight: 2 },
  { name: '江苏南通三建集团股份有限公司', cat: 'enterprise', fields: ['civil'], district: 'haimen', weight: 2 },
  { name: '中南控股集团有限公司', cat: 'enterprise', fields: ['civil', 'mgmt'], district: 'haimen' },
  { name: '南通市海门区人民医院', cat: 'hospital', fields: ['med'], district: 'haimen', weight: 3 },
  { name: '江苏省海门中学', cat: 'school', fields: ['edu'], district: 'haimen' },
  { name: '南通市海门区农业技术推广中心', cat: 'agri', fields: ['agri'], district: 'haimen', weight: 2 },
  // 如东县
  { name: '中天科技集团', cat: 'enterprise', fields: ['elec', 'energy', 'metal'], district: 'rudong', weight: 3 },
  { name: '江苏中天科技股份有限公司', cat: 'enterprise', fields: ['elec', 'energy'], district: 'rudong', weight: 2 },
  { name: '中石油江苏液化天然气有限公司', cat: 'enterprise', fields: ['energy', 'chem'], district: 'rudong' },
  { name: '如东县人民医院', cat: 'hospital', fields: ['med'], district: 'rudong', weight: 3 },
  { name: '江苏省如东高级中学', cat: 'school', fields: ['edu'], district: 'rudong' },
  { name: '如东县农业技术推广中心', cat: 'agri', fields: ['agri'], district: 'rudong', weight: 2 },
  { name: '如东县水产技术推广站', cat: 'agri', fields: ['agri'], district: 'rudong' },
  // 启东市
  { name: '江苏林洋能源股份有限公司', cat: 'enterprise', fields: ['energy', 'elec'], district: 'qidong', weight: 3 },
  { name: '启东中远海运海洋工程有限公司', cat: 'enterprise', fields: ['ship', 'mech'], district: 'qidong', weight: 2 },
  { name: '江苏南通二建集团有限公司', cat: 'enterprise', fields: ['civil'], district: 'qidong', weight: 2 },
  { name: '启东市人民医院', cat: 'hospital', fields: ['med'], district: 'qidong', weight: 3 },
  { name: '江苏省启东中学', cat: 'school', fields: ['edu'], district: 'qidong' },
  { name: '启东市农业技术推广中心', cat: 'agri', fields: ['agri'], district: 'qidong', weight: 2 },
  // 如皋市
  { name: '江苏隆昌化工有限公司', cat: 'enterprise', fields: ['chem'], district: 'rugao', weight: 2 },
  { name: '江苏双马化工有限公司', cat: 'enterprise', fields: ['chem'], district: 'rugao' },
  { name: '如皋市人民医院', cat: 'hospital', fields: ['med'], district: 'rugao', weight: 3 },
  { name: '如皋市中医院', cat: 'hospital', fields: ['med'], district: 'rugao' },
  { name: '江苏省如皋中学', cat: 'school', fields: ['edu'], district: 'rugao' },
  { name: '江苏省如皋高等师范学校', cat: 'school', fields: ['edu'], district: 'rugao', weight: 2 },
  { name: '如皋市农业技术推广中心', cat: 'agri', fields: ['agri'], district: 'rugao', weight: 2 },
  { name: '如皋市花木大世界园艺研究所', cat: 'research', fields: ['agri'], district: 'rugao' },
  // 海安市
  { name: '江苏鹰游纺机有限公司', cat: 'enterprise', fields: ['textile', 'mech'], district: 'haian', weight: 2 },
  { name: '江苏联发纺织股份有限公司', cat: 'enterprise', fields: ['textile'], district: 'haian', weight: 2 },
  { name: '江苏中洋集团股份有限公司', cat: 'enterprise', fields: ['agri', 'food'], district: 'haian' },
  { name: '海安市人民医院', cat: 'hospital', fields: ['med'], district: 'haian', weight: 3 },
  { name: '江苏省海安高级中学', cat: 'school', fields: ['edu'], district: 'haian' },
  { name: '海安市农业技术推广中心', cat: 'agri', fields: ['agri'], district: 'haian', weight: 2 },
];

/** The district holding the city-level employers of NANTONG_UNITS. */
const CITY_SEAT = 'chongchuan';

/** Title (职称) tracks per employer kind, each junior → senior, with weights. Filtered by the city dictionary. */
const CAT_TITLES: Record<TUnitCat, ReadonlyArray<readonly [readonly string[], number]>> = {
  university: [[['讲师', '副教授', '教授'], 8], [['助理研究员', '副研究员', '研究员'], 1.5], [['高级实验师'], 0.5]],
  hospital: [[['主治医师', '副主任医师', '主任医师'], 1]],
  enterprise: [[['助理工程师', '工程师', '高级工程师', '正高级工程师'], 1]],
  agri: [[['高级农艺师', '正高级农艺师'], 4], [['工程师', '高级工程师'], 1]],
  research: [[['助理研究员', '副研究员', '研究员'], 3], [['高级农艺师', '正高级农艺师'], 1]],
  school: [[['高级教师', '正高级教师'], 1]],
  public: [[['工程师', '高级工程师', '正高级工程师'], 1]],
};

/** Education weights per employer kind: [博士, 硕士, 本科, 专科, 中专及以下]. */
const CAT_EDUCATION: Record<TUnitCat, readonly number[]> = {
  university: [60, 33, 7, 0, 0],
  hospital: [14, 44, 38, 4, 0],
  enterprise: [4, 28, 52, 14, 2],
  agri: [1, 14, 55, 25, 5],
  research: [28, 48, 22, 2, 0],
  school: [1, 38, 60, 1, 0],
  public: [6, 40, 48, 6, 0],
};
const EDUCATION_ORDER = ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中专及以下'];

/** Which field a 学会 serves, by words in its name (first match wins). */
const SOCIETY_FIELDS: ReadonlyArray<readonly [RegExp, TField]> = [
  [/生物医学工程|医|护理|药|抗癌|营养/, 'med'],
  [/船舶|造船|海洋/, 'ship'],
  [/纺织/, 'textile'],
  [/化学|化工/, 'chem'],
  [/金属/, 'metal'],
  [/新能源|电机/, 'energy'],
  [/机械|自动化/, 'mech'],
  [/电子|计算机|人工智能/, 'elec'],
  [/农|植物|畜牧|水产|园艺|林学/, 'agri'],
  [/食品/, 'food'],
  [/土木|城市规划|测绘|公路/, 'civil'],
  [/气象|地理/, 'earth'],
  [/水利/, 'water'],
  [/环境/, 'env'],
  [/数学|物理|心理|青少年|科普/, 'edu'],
];

/** Default share of people per org kind (per org): most people sit in districts, townships and 学会. */
const KIND_WEIGHTS: Record<TOrgKind, number> = {
  city: 10,
  district: 12,
  township: 3,
  society: 6,
  enterprise: 4,
  university: 8,
  park: 3,
};

/** The region's name ("如皋市") from its 科协 name ("如皋市科学技术协会"). */
const regionOf = (orgName: string) => orgName.replace(/(科学技术协会|科协)$/, '');

/** Township stem for local units: "白蒲镇" → "白蒲", "如城街道" → "如城", "苴镇街道" → "苴镇". */
function townStem(orgName: string): string {
  const s = regionOf(orgName).replace(/街道$/, '');
  return s.endsWith('镇') && s.length > 2 ? s.slice(0, -1) : s;
}

interface TUnitIndex {
  byName: Map<string, TUnit>;
  byDistrict: Map<string, TUnit[]>;
  cityLevel: TUnit[];
  byField: Map<TField, TUnit[]>;
  all: TUnit[];
}

function buildUnitIndex(orgs: readonly TFakeOrg[], cityName: string, isNantong: boolean): TUnitIndex {
  const units: TUnit[] = isNantong
    ? [...NANTONG_UNITS]
    : [
        { name: `${cityName}第一人民医院`, cat: 'hospital', fields: ['med'], weight: 3 },
        { name: `${cityName}农业科学研究院`, cat: 'research', fields: ['agri', 'food'] },
        { name: `${cityName}疾病预防控制中心`, cat: 'hospital', fields: ['med', 'env'] },
        { name: `${cityName}气象局`, cat: 'public', fields: ['earth'] },
        { name: `${cityName}建筑设计研究院有限公司`, cat: 'public', fields: ['civil', 'water'] },
        { name: `${cityName}第一中学`, cat: 'school', fields: ['edu'] },
      ];
  const known = new Set(units.map((u) => u.name));
  // Every 企业科协 / 高校科协 in the org tree is an employer too (another city's config brings its own).
  for (const o of orgs) {
    if (o.kind !== 'enterprise' && o.kind !== 'university') continue;
    const name = regionOf(o.name);
    if (known.has(name)) continue;
    known.add(name);
    units.push({ name, cat: o.kind === 'university' ? 'university' : 'enterprise', fields: o.kind === 'university' ? ['edu', 'mech', 'elec', 'mgmt'] : ['mech', 'elec', 'mgmt'], district: o.district?.code });
  }
  // Generic county units for districts the list above does not know (other cities).
  const districts = new Map<string, string>();
  for (const o of orgs) if (o.district) districts.set(o.district.code, o.district.name);
  for (const [code, region] of districts) {
    if ((isNantong && code === CITY_SEAT) || units.some((u) => u.district === code && u.cat === 'hospital')) continue;
    const full = countyPrefix(cityName, region);
    units.push(
      { name: `${full}人民医院`, cat: 'hospital', fields: ['med'], district: code, weight: 3 },
      { name: `${full}农业技术推广中心`, cat: 'agri', fields: ['agri'], district: code, weight: 2 },
      { name: `${full}高级中学`, cat: 'school', fields: ['edu'], district: code },
    );
  }
  const byDistrict = new Map<string, TUnit[]>();
  const byField = new Map<TField, TUnit[]>();
  const cityLevel: TUnit[] = [];
  for (const u of units) {
    if (u.district) byDistrict.set(u.district, [...(byDistrict.get(u.district) ?? []), u]);
    else {
      cityLevel.push(u);
      // City-level employers sit in the city's seat district (南通: 崇川区).
      if (isNantong) byDistrict.set(CITY_SEAT, [...(byDistrict.get(CITY_SEAT) ?? []), u]);
    }
    for (const f of u.fields) byField.set(f, [...(byField.get(f) ?? []), u]);
  }
  return { byName: new Map(units.map((u) => [u.name, u])), byDistrict, cityLevel, byField, all: units };
}

/** A 区 is named with its city ("南通市海门区人民医院"); a county-level city or county stands alone. */
const countyPrefix = (cityName: string, region: string) => (region.endsWith('区') && !region.startsWith(cityName) ? cityName + region : region);

const unitTables = new WeakMap<readonly TUnit[], TWeighted<TUnit>>();
function pickUnit(rng: TRng, units: readonly TUnit[]): TUnit {
  let table = unitTables.get(units);
  if (!table) {
    table = weightedTable(units.map((u) => [u, u.weight ?? 1] as const));
    unitTables.set(units, table);
  }
  return rng.weighted(table);
}

/** Current county-level adcodes of 南通 and those of the people born before the 2020 reorganisation. */
const FALLBACK_ADCODES = ['320602', '320611', '320612', '320613', '320614', '320621', '320623', '320681', '320682', '320684', '320685'];

// ---------------------------------------------------------------------------------------------------
// People

export interface TFakePerson extends TPersonInput {
  gender: '男' | '女';
  birthYear: number;
  disciplines: string[];
  phone: string;
  idNumber: string;
  memberships: Array<{ orgId: number; role: string }>;
  createdAt: Date;
  updatedAt: Date;
}

export interface TFakeOptions {
  /** PRNG seed: same seed, same people. */
  seed?: number;
  /** The city dictionary: titles, education and disciplines are taken from it. */
  dictionary: { titles: readonly string[]; education: readonly string[]; disciplines: readonly string[] };
  /** Per-org weight override (default by kind: KIND_WEIGHTS). */
  weightOf?: (org: TFakeOrg) => number;
  /** Spread of createdAt (default 2021-12-01 … 2026-11-30, never after `now`). */
  from?: Date;
  to?: Date;
  now?: Date;
  /** Share of people (not owned by a 学会) who are members of 1–2 societies. */
  membershipRate?: number;
  /** The city's name, to name district units ("南通市" + "通州区"). */
  cityName?: string;
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157',
  '158', '159', '166', '173', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199',
];
const MAIL_DOMAINS = weightedTable([['163.com', 5], ['qq.com', 4], ['126.com', 2], ['sina.com', 1], ['foxmail.com', 1]] as const);
const MEMBER_ROLES = weightedTable([['会员', 85], ['理事', 9], ['常务理事', 4], ['副理事长', 2]] as const);
const DAY = 86_400_000;

/**
 * Yields `count` realistic people spread over `orgs` (weighted by org kind), each with a unit matched
 * to the org's district or 学会, a title and disciplines consistent with the unit, a valid and unique
 * mobile phone and ID number (南通 region code, birth date, gender parity, check digit), sometimes an
 * e-mail, 学会 memberships, and createdAt rising over the five years from `from` to `to`.
 */
export function* fakePeople(orgs: readonly TFakeOrg[], count: number, opts: TFakeOptions): Generator<TFakePerson> {
  const rng = createRng(opts.seed ?? 20211201);
  const dict = opts.dictionary;
  const now = opts.now ?? new Date();
  const from = (opts.from ?? new Date('2021-12-01T00:00:00+08:00')).getTime();
  const to = Math.min((opts.to ?? new Date('2026-11-30T23:59:59+08:00')).getTime(), now.getTime());
  const membershipRate = opts.membershipRate ?? 0.25;
  const weightOf = opts.weightOf ?? ((o: TFakeOrg) => KIND_WEIGHTS[o.kind]);
  const orgTable = weightedTable(orgs.map((o) => [o, weightOf(o)] as const));
  const societies = orgs.filter((o) => o.kind === 'society');
  const societyField = new Map(societies.map((s) => [s.id, SOCIETY_FIELDS.find(([re]) => re.test(s.name))?.[1]]));
  const societiesByField = new Map<TField | undefined, TFakeOrg[]>();
  for (const s of societies) {
    const f = societyField.get(s.id);
    societiesByField.set(f, [...(societiesByField.get(f) ?? []), s]);
  }
  const cityName = opts.cityName ?? '';
  const societyDiscipline = new Map(
    societies.flatMap((o) => {
      const stem = regionOf(o.name).replace(new RegExp(`^${cityName}`), '').replace(/(学会|协会)$/, '').slice(0, 2);
      const d = stem ? dict.disciplines.find((x) => x.startsWith(stem)) : undefined;
      return d ? [[o.id, d] as const] : [];
    }),
  );
  // Only real six-digit adcodes make ID prefixes; a district configured without one borrows the others'.
  const adcodeOf = new Map(orgs.flatMap((o) => (o.district && /^\d{6}$/.test(o.district.adcode) ? [[o.district.code, o.district.adcode] as const] : [])));
  const adcodes = [...new Set(adcodeOf.values())];
  const isNantong = adcodes.length === 0 || adcodes.every((a) => a.startsWith('3206'));
  const index = buildUnitIndex(orgs, cityName, isNantong);
  const thisYear = now.getFullYear();
  // Older 南通 IDs carry pre-reorganisation codes (港闸区, 海安县, 海门市 …): mix them in for 南通.
  const idPrefixes = isNantong ? [...new Set([...adcodes, ...FALLBACK_ADCODES])] : adcodes;
  const inDict = (list: readonly string[], allowed: readonly string[]) => list.filter((x) => allowed.includes(x));
  const phones = new Set<string>();
  const ids = new Set<string>();

  for (let i = 0; i < count; i++) {
    const org = rng.weighted(orgTable);
    const gender: '男' | '女' = rng.chance(0.58) ? '男' : '女';
    // 1955–1998, most born 1965–1990; 老科技工作者协会 members are retirees.
    const oldOnly = org.kind === 'society' && /老科技/.test(org.name);
    const birthYear = oldOnly ? rng.int(1955, 1963) : Math.min(1998, Math.max(1955, Math.round(1978 + (rng.next() + rng.next() + rng.next() - 1.5) * 18)));
    const name = fakeName(rng, gender, birthYear);

    // Employer: by the org's district; for a 学会 by its field; a 企业/高校科协 is its own employer.
    let unit: TUnit;
    let field: TField;
    const own = org.kind === 'enterprise' || org.kind === 'university' ? index.byName.get(regionOf(org.name)) : undefined;
    if (own) {
      unit = own;
      field = rng.pick(unit.fields);
    } else if (org.kind === 'society') {
      const f = societyField.get(org.id);
      const candidates = f ? (index.byField.get(f) ?? index.all) : index.all;
      unit = pickUnit(rng, candidates);
      field = f && unit.fields.includes(f) ? f : rng.pick(unit.fields);
    } else if (org.kind === 'township' && org.district && rng.chance(0.6)) {
      // Township people mostly work locally: 卫生院, 农技站, the local school.
      const stem = townStem(org.name);
      const region = countyPrefix(cityName, org.district.name);
      const isStreet = /街道$/.test(regionOf(org.name));
      const local: TUnit[] = [
        { name: `${region}${regionOf(org.name)}农业技术推广综合服务中心`, cat: 'agri', fields: ['agri'], weight: isStreet ? 1 : 4 },
        { name: `${region}${stem}${isStreet ? '社区卫生服务中心' : '中心卫生院'}`, cat: 'hospital', fields: ['med'], weight: 3 },
      ];
      if (!isStreet) local.push({ name: `${region}${stem}中学`, cat: 'school', fields: ['edu'], weight: 2 });
      unit = pickUnit(rng, local);
      field = unit.fields[0];
    } else {
      const local = org.district ? (index.byDistrict.get(org.district.code) ?? []) : [];
      const candidates = local.length > 0 && rng.chance(0.85) ? local : index.cityLevel.length > 0 ? index.cityLevel : index.all;
      unit = pickUnit(rng, candidates);
      field = rng.pick(unit.fields);
    }

    // Title: seniority grows with age (and a little luck); only titles the dictionary knows.
    const ladder = inDict(rng.weighted(titleTracks(unit.cat)), dict.titles);
    let title: string | null = null;
    if (ladder.length > 0) {
      const age = thisYear - birthYear;
      // Fewer people at each step up: a 45-year-old is typically one step below the top.
      const level = Math.max(0, Math.min(0.999, Math.max(0, (age - 24) / 38) ** 1.3 + (rng.next() - 0.5) * 0.35));
      title = ladder[Math.floor(level * ladder.length)];
    } else if (dict.titles.length > 0) title = rng.pick(dict.titles);
    if (rng.chance(0.04)) title = null; // not everyone states a title

    // Education: by employer kind, a step lower for those born before 1965.
    const eduWeights = CAT_EDUCATION[unit.cat].map((w, k) => [EDUCATION_ORDER[k], birthYear < 1965 && k < 2 ? w / 3 : w] as const);
    const eduAllowed = eduWeights.filter(([e, w]) => w > 0 && dict.education.includes(e));
    const education = eduAllowed.length > 0 ? rng.weighted(weightedTable(eduAllowed)) : null;

    const fieldDisciplines = inDict(FIELD_DISCIPLINES[field], dict.disciplines);
    const pool = fieldDisciplines.length > 0 ? fieldDisciplines : dict.disciplines;
    const disciplines = rng.sample(pool, rng.weighted(DISCIPLINE_COUNT));
    // A 学会's own discipline comes first for its people (物理学会 → 物理学).
    const ownDiscipline = org.kind === 'society' ? societyDiscipline.get(org.id) : undefined;
    if (ownDiscipline && !disciplines.includes(ownDiscipline)) disciplines.splice(0, disciplines.length === 3 ? 1 : 0, ownDiscipline);

    let phone: string;
    do phone = rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
    while (phones.has(phone));
    phones.add(phone);

    const districtAdcode = adcodeOf.get(org.district?.code ?? unit.district ?? '');
    let idNumber: string;
    do {
      const region = districtAdcode && rng.chance(0.8) ? districtAdcode : rng.pick(idPrefixes);
      const day = new Date(Date.UTC(birthYear, 0, 1) + rng.int(0, isLeap(birthYear) ? 365 : 364) * DAY);
      const ymd = `${birthYear}${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}`;
      // 17th digit: odd for men, even for women (GB 11643).
      const seq = `${String(rng.int(0, 99)).padStart(2, '0')}${rng.int(0, 4) * 2 + (gender === '男' ? 1 : 0)}`;
      const first17 = region + ymd + seq;
      idNumber = first17 + idCheckDigit(first17);
    } while (ids.has(idNumber));
    ids.add(idNumber);

    let email: string | null = null;
    if (rng.chance(0.35)) {
      const domain = unit.cat === 'university' && unit.name === '南通大学' && rng.chance(0.6) ? 'ntu.edu.cn' : rng.weighted(MAIL_DOMAINS);
      const local = domain === 'qq.com' ? String(rng.int(100_000_000, 2_999_999_999)) : `${pinyinKeys(name).full}${rng.chance(0.5) ? String(birthYear).slice(2) : rng.int(1, 999)}`;
      email = `${local}@${domain}`;
    }

    // 学会 memberships: the owning 学会 itself, plus 1–2 in the person's field for some others.
    const memberships: Array<{ orgId: number; role: string }> = [];
    if (org.kind === 'society') memberships.push({ orgId: org.id, role: rng.weighted(MEMBER_ROLES) });
    else if (societies.length > 0 && rng.chance(membershipRate)) {
      const matching = societiesByField.get(field) ?? [];
      const first = matching.length > 0 && rng.chance(0.85) ? rng.pick(matching) : rng.pick(societies);
      memberships.push({ orgId: first.id, role: rng.weighted(MEMBER_ROLES) });
      if (rng.chance(0.25)) {
        const second = rng.pick(societies);
        if (second.id !== first.id) memberships.push({ orgId: second.id, role: '会员' });
      }
    }

    // createdAt rises over time (registrations grew): density ∝ t, i.e. t = from + span·√u.
    const u = (i + rng.next()) / count;
    const createdAt = new Date(from + (to - from) * Math.sqrt(u));
    // Some records were edited later: any time between registration and now.
    const updatedAt = rng.chance(0.3) ? new Date(createdAt.getTime() + (to - createdAt.getTime()) * rng.next()) : createdAt;

    yield {
      name,
      gender,
      birthYear,
      unit: unit.name,
      title,
      education,
      disciplines,
      phone,
      idNumber,
      email,
      orgId: org.id,
      memberships,
      createdAt,
      updatedAt,
    };
  }
}

const trackTables = new Map<TUnitCat, TWeighted<readonly string[]>>();
function titleTracks(cat: TUnitCat): TWeighted<readonly string[]> {
  let t = trackTables.get(cat);
  if (!t) {
    t = weightedTable(CAT_TITLES[cat]);
    trackTables.set(cat, t);
  }
  return t;
}

const DISCIPLINE_COUNT = weightedTable([[1, 50], [2, 35], [3, 15]] as const);
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
