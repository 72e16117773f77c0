import type { TFixtureDemand, TFixtureExpert } from '../../server/modules/innovation/matching/match.fixtures.js';
import { loadJudgments } from './dataset.js';

// Deterministic generator of a city-scale corpus for the speed benchmark: experts and demands built
// from per-cluster vocabularies (Chinese, ~15 % English), with realistic field sizes. Same seed, same data.

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface TClusterVocab {
  cluster: string;
  disciplines: string[];
  topics: string[];
  objects: string[];
  units: string[];
  en: { topics: string[]; objects: string[] };
}

const VOCAB: TClusterVocab[] = [
  {
    cluster: '船舶海工',
    disciplines: ['交通运输工程', '机械工程', '材料科学'],
    topics: ['焊接变形控制', '厚板焊接', '船型优化', '海洋防腐', '阴极保护', '系泊系统', '振动噪声', '舾装设计', '分段建造', '涡激振动', '数字化造船', '智能船舶', '双燃料发动机', '海上风电基础', '立管疲劳'],
    objects: ['自升式平台', '半潜式平台', 'FPSO', '散货船', '集装箱船', 'LNG运输船', '导管架', '桩腿', '船体分段', '海底管道', '甲板机械', '推进器'],
    units: ['江苏科技大学', '哈尔滨工程大学', '上海交通大学船舶海洋与建筑工程学院', '南通中远海运川崎船舶工程有限公司', '招商局重工（江苏）有限公司', '中船动力研究院'],
    en: { topics: ['welding distortion', 'hull form optimization', 'marine corrosion', 'mooring analysis', 'vortex induced vibration', 'ship hydrodynamics', 'antifouling coatings'], objects: ['offshore platforms', 'bulk carriers', 'risers', 'jacket structures', 'ship hulls'] },
  },
  {
    cluster: '高端纺织',
    disciplines: ['纺织科学技术', '化学工程'],
    topics: ['抗菌整理', '阻燃整理', '少水染色', '印染废水处理', '熔喷非织造', '智能纺织品', '差别化纤维', '数码印花', '经编织造', '色纺纱', '功能性面料', '再生聚酯'],
    objects: ['家纺面料', '床品', '棉织物', '涤纶长丝', '医用敷料', '过滤材料', '针织内衣', '毛巾', '窗帘'],
    units: ['南通大学纺织服装学院', '江南大学纺织科学与工程学院', '东华大学', '苏州大学纺织与服装工程学院', '江苏工程职业技术学院'],
    en: { topics: ['flame retardant finishing', 'textile dyeing', 'smart textiles', 'nonwoven filtration', 'antibacterial finishing'], objects: ['cotton fabrics', 'polyester fibers', 'home textiles', 'knitted sensors'] },
  },
  {
    cluster: '新材料',
    disciplines: ['材料科学', '化学', '冶金工程技术'],
    topics: ['碳纤维复合材料', '石墨烯导热', '高熵合金', '先进陶瓷', '工程塑料改性', '热喷涂涂层', '镁合金压铸', '分离膜', '纳米催化', '特种橡胶', '轴承钢冶炼'],
    objects: ['风电叶片', '导热膜', '陶瓷球', '密封件', '轻量化构件', '光伏玻璃', 'PBT复合材料'],
    units: ['东华大学材料科学与工程学院', '北京科技大学', '中国科学院宁波材料技术与工程研究所', '南京工业大学', '武汉理工大学'],
    en: { topics: ['carbon fiber composites', 'high entropy alloys', 'ceramic membranes', 'thermal spray coatings', 'graphene films'], objects: ['wind turbine blades', 'structural ceramics', 'lightweight castings'] },
  },
  {
    cluster: '新能源',
    disciplines: ['能源科学技术', '动力与电气工程', '化学'],
    topics: ['锂离子电池', '固态电解质', '电池热失控', '光伏电池', '储能系统', '电池管理系统', '风电机组载荷', '新能源并网', '钠离子电池', '虚拟电厂'],
    objects: ['储能电站', '三元正极', '硅碳负极', 'TOPCon电池', '电池模组', '逆变器', '配电网'],
    units: ['南通大学化学化工学院', '中国科学院物理研究所', '国网南通供电公司', '远景能源南通研发中心', '南京南瑞继保电气有限公司'],
    en: { topics: ['lithium ion batteries', 'battery management systems', 'thermal runaway', 'perovskite solar cells', 'grid integration'], objects: ['energy storage stations', 'battery packs', 'photovoltaic modules'] },
  },
  {
    cluster: '氢能',
    disciplines: ['能源科学技术', '化学工程'],
    topics: ['质子交换膜燃料电池', '电解水制氢', '碱性电解槽', '储氢材料', '氢安全', '氨裂解制氢', '膜电极', '加氢站'],
    objects: ['电堆', '催化剂', '储氢瓶', '双极板', '隔膜'],
    units: ['大连化学物理研究所', '江苏新能源制氢产业院士协同创新中心', '浙江大学能源工程学院', '清华大学能源与动力工程系'],
    en: { topics: ['fuel cell durability', 'water electrolysis', 'hydrogen storage', 'green hydrogen', 'electrocatalysis'], objects: ['fuel cell stacks', 'electrolyzers', 'membrane electrode assemblies'] },
  },
  {
    cluster: '生物医药',
    disciplines: ['药学', '基础医学', '临床医学'],
    topics: ['神经再生', '脊髓损伤修复', '抗体药物', '细胞株构建', '疫苗研发', '微流控诊断', '药代动力学', '心血管支架', '生物传感器', '合成生物学', '医学影像'],
    objects: ['单克隆抗体', 'CHO细胞', '神经导管', 'POCT设备', '缓释制剂', '原料药', 'mRNA疫苗'],
    units: ['南通大学神经再生重点实验室', '中国药科大学', '南通大学附属医院', '江南大学生物工程学院', '东南大学生物科学与医学工程学院'],
    en: { topics: ['spinal cord injury', 'monoclonal antibodies', 'microfluidic diagnostics', 'drug delivery', 'bioprocessing'], objects: ['CHO cell lines', 'point of care devices', 'nerve conduits'] },
  },
  {
    cluster: '高端装备',
    disciplines: ['机械工程', '测绘科学技术'],
    topics: ['数控机床', '热误差补偿', '工业机器人', '液压伺服', '轴承寿命', '齿轮修形', '精密测量', '故障诊断', '增材制造', '激光熔覆', '电梯安全'],
    objects: ['五轴加工中心', '主轴', '减速器', '风电主轴承', '起重机', '阀门', '插秧机'],
    units: ['南京理工大学机械工程学院', '南通大学机械工程学院', '燕山大学', '重庆大学机械传动国家重点实验室', '洛阳轴承研究所'],
    en: { topics: ['machine tool accuracy', 'thermal error compensation', 'fault diagnosis', 'robotic machining', 'additive manufacturing'], objects: ['five axis machining centers', 'rolling bearings', 'gearboxes'] },
  },
  {
    cluster: '物联网',
    disciplines: ['电子与通信技术', '计算机科学技术'],
    topics: ['无线传感器网络', '低功耗广域网', '边缘计算', '工业互联网', '5G专网', '毫米波天线', '机器视觉', '缺陷检测', '知识图谱', '大语言模型', '网络安全'],
    objects: ['LoRa终端', '网关', '传感器节点', '视觉检测系统', '数据平台', '天线阵列'],
    units: ['东南大学移动通信国家重点实验室', '南京邮电大学物联网学院', '南通大学信息科学技术学院', '南京大学计算机科学与技术系'],
    en: { topics: ['internet of things', 'edge computing', 'computer vision', 'defect detection', 'natural language processing'], objects: ['sensor networks', 'industrial inspection systems', 'LoRaWAN gateways'] },
  },
  {
    cluster: '集成电路',
    disciplines: ['电子与通信技术'],
    topics: ['先进封装', '倒装焊', '晶圆级封装', '功率半导体', '模拟芯片设计', '芯片测试', '光刻胶', '无铅焊点可靠性', 'EDA布局布线'],
    objects: ['Chiplet', '碳化硅MOSFET', 'ADC', '探针卡', '封装基板'],
    units: ['通富微电子股份有限公司', '东南大学集成电路学院', '南京大学电子科学与工程学院', '江苏长电科技'],
    en: { topics: ['advanced packaging', 'power devices', 'analog circuit design', 'wafer testing', 'heterogeneous integration'], objects: ['chiplets', 'silicon carbide MOSFETs', 'fan out packages'] },
  },
  {
    cluster: '农业',
    disciplines: ['农学', '水产学', '食品科学技术'],
    topics: ['水稻栽培', '对虾养殖', '贝类育种', '盐碱地改良', '病虫害绿色防控', '农产品加工', '蔬菜育种', '生猪养殖', '智能农机'],
    objects: ['文蛤', '紫菜', '设施蔬菜', '滩涂', '稻麦', '饲料'],
    units: ['扬州大学农学院', '南通市农业科学研究院', '南京农业大学', '江苏省农业科学院', '上海海洋大学'],
    en: { topics: ['aquaculture systems', 'crop breeding', 'soil remediation', 'food processing', 'pest management'], objects: ['shrimp ponds', 'rice paddies', 'saline soils'] },
  },
  {
    cluster: '化工',
    disciplines: ['化学工程', '安全科学技术', '环境科学技术及资源科学技术'],
    topics: ['连续流合成', '硝化工艺', '反应热风险', '分子筛催化', '选择性加氢', 'VOCs治理', '难降解废水', '农药原药', '聚合工艺', '溶剂回收'],
    objects: ['微通道反应器', '农药中间体', '催化剂', '化工园区', '聚苯醚', '醋酸纤维'],
    units: ['南通江山农药化工股份有限公司', '华东理工大学化工学院', '南京工业大学安全科学与工程学院', '浙江工业大学', '南京大学环境学院'],
    en: { topics: ['flow chemistry', 'process safety', 'heterogeneous catalysis', 'VOC abatement', 'wastewater treatment'], objects: ['microreactors', 'zeolite catalysts', 'chemical parks'] },
  },
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力波宁健斌鹏飞云峰海燕晨晓雪琳婷颖慧俊凯浩然宇轩博'.split('');
const EN_FIRST = ['James', 'Mary', 'John', 'Anna', 'Peter', 'Laura', 'Daniel', 'Sofia', 'Thomas', 'Emma', 'Lucas', 'Nora', 'Henrik', 'Yuki', 'Carlos', 'Priya'];
const EN_LAST = ['Smith', 'Müller', 'Rossi', 'Tanaka', 'Silva', 'Larsen', 'Novak', 'Clarke', 'Kim', 'Patel', 'Berg', 'Evans', 'Klein', 'Gomez'];
const TITLES = ['教授', '副教授', '研究员', '副研究员', '正高级工程师', '高级工程师', '工程师', '主任医师', '高级农艺师'];
const EN_TITLES = ['Professor', 'Associate Professor', 'Senior Scientist', 'Research Fellow', 'Chief Engineer'];
const METHODS = ['机理', '关键技术', '工艺优化', '数值模拟', '性能评价', '试验研究', '智能控制', '可靠性分析', '寿命预测', '产业化应用', '在线监测', '制备方法'];
const EN_METHODS = ['mechanisms of', 'optimization of', 'modelling of', 'reliability of', 'monitoring of', 'design of', 'control of'];
const DISTRICTS = ['chongchuan', 'tongzhou', 'haimen', 'rudong', 'qidong', 'rugao', 'haian'];
const KINDS = ['paper', 'paper', 'paper', 'patent', 'patent', 'project', 'award'] as const;
const DEMAND_OPENERS = ['我公司主要从事', '企业专业生产', '本单位是一家从事', '我司为区内重点企业，主营'];
const DEMAND_PROBLEMS = ['目前在生产中存在', '现阶段面临', '近期客户反映', '在技术升级过程中遇到'];
const DEMAND_ASKS = ['希望与相关领域专家合作攻关。', '寻求高校院所专家提供技术咨询。', '拟联合开展技术研发并申报项目。', '希望引进专家团队开展合作。'];
const DEMAND_ISSUES = ['质量不稳定', '效率偏低', '能耗偏高', '寿命不足', '成本过高', '良率偏低', '安全风险较大'];

/**
 * Widens each cluster's topics with the keywords of the hand-written profiles in judgments.json (a real
 * city's vocabulary is far larger than a few lists; term frequencies drive the matcher's cost).
 */
function enrichedVocab(): TClusterVocab[] {
  const vocab = VOCAB.map((v) => ({ ...v, topics: [...v.topics], en: { ...v.en, topics: [...v.en.topics] } }));
  const byCluster = new Map(vocab.map((v) => [v.cluster, v]));
  const alias: Record<string, string> = { '5G': '物联网', 人工智能: '物联网', 新一代信息技术: '物联网', 新能源汽车: '新能源', 节能环保: '化工' };
  for (const e of loadJudgments().experts)
    for (const industry of e.industries) {
      const v = byCluster.get(alias[industry] ?? industry);
      if (!v) continue;
      for (const k of e.keywords) {
        const list = /\p{Script=Han}/u.test(k) ? v.topics : v.en.topics;
        if (!list.includes(k)) list.push(k);
      }
    }
  return vocab;
}

export interface TGenerated {
  experts: Array<TFixtureExpert & { district: string }>;
  demands: Array<Omit<TFixtureDemand, 'enterpriseId' | 'orgId'> & { district: string }>;
  /** Demand texts for timing (title + description, short and long, zh and en). */
  queries: string[];
}

/** Generates `experts` expert profiles and `demands` demands; `orgIds` maps district codes to org ids. */
export function generateCorpus(opts: { experts: number; demands: number; queries?: number; seed?: number }): TGenerated {
  const r = rng(opts.seed ?? 20251128);
  const vocab = enrichedVocab();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const sample = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]);
    return out;
  };
  const nowYear = new Date().getFullYear();
  const experts: TGenerated['experts'] = [];
  for (let i = 0; i < opts.experts; i++) {
    const v = pick(vocab);
    const second = r() < 0.3 ? pick(vocab) : null;
    const english = r() < 0.15;
    const district = pick(DISTRICTS);
    if (english) {
      const topics = sample(v.en.topics, 2 + Math.floor(r() * 3));
      const objs = sample(v.en.objects, 2);
      experts.push({
        district,
        orgId: 0,
        name: `Dr. ${pick(EN_FIRST)} ${pick(EN_LAST)}`,
        unit: `${pick(['University of', 'Institute of', 'Technical University of'])} ${pick(['Manchester', 'Delft', 'Munich', 'Osaka', 'Porto', 'Leeds', 'Warwick', 'Genoa'])}`,
        title: pick(EN_TITLES),
        disciplines: sample(v.disciplines, 1),
        industries: [v.cluster, ...(second ? [second.cluster] : [])],
        keywords: topics,
        bio: `Works on ${topics.join(', ')} for ${objs.join(' and ')}, with industrial collaborations on ${pick(v.en.topics)}.`,
        achievements: Array.from({ length: 2 + Math.floor(r() * 4) }, () => ({
          kind: pick(KINDS),
          title: `${pick(EN_METHODS)} ${pick(v.en.topics)} in ${pick(v.en.objects)}`.replace(/^./, (c) => c.toUpperCase()),
          abstract: r() < 0.5 ? `We study ${pick(v.en.topics)} and ${pick((second ?? v).en.topics)} using experiments and simulation.` : undefined,
          keywords: sample(v.en.topics, 2),
          year: nowYear - Math.floor(r() * 15),
        })),
      });
      continue;
    }
    const topics = sample(v.topics, 3 + Math.floor(r() * 3));
    if (second) topics.push(pick(second.topics));
    const objs = sample(v.objects, 2);
    experts.push({
      district,
      orgId: 0,
      name: pick(SURNAMES) + pick(GIVEN) + (r() < 0.6 ? pick(GIVEN) : ''),
      unit: pick(v.units),
      title: pick(TITLES),
      disciplines: sample(v.disciplines, 1 + Math.floor(r() * 2)),
      industries: [v.cluster, ...(second ? [second.cluster] : [])],
      keywords: topics,
      bio: `长期从事${topics.slice(0, 2).join('与')}研究，面向${objs.join('、')}开展${pick(METHODS)}和${pick(METHODS)}，与多家企业开展产学研合作。`,
      achievements: Array.from({ length: 2 + Math.floor(r() * 4) }, () => {
        const t = pick(topics);
        return {
          kind: pick(KINDS),
          title: `${pick(v.objects)}${t}${pick(METHODS)}`,
          abstract: r() < 0.4 ? `针对${pick(v.objects)}${pick(DEMAND_ISSUES)}的问题，研究${t}的${pick(METHODS)}，提出了新的${pick(METHODS)}方案。` : undefined,
          keywords: [t, pick(v.topics)],
          year: nowYear - Math.floor(r() * 15),
        };
      }),
    });
  }

  const demands: TGenerated['demands'] = [];
  const queries: string[] = [];
  for (let i = 0; i < opts.demands; i++) {
    const v = pick(vocab);
    const t = pick(v.topics);
    const o = pick(v.objects);
    const title = `${o}${t}${pick(['难题', '攻关', '技术提升', '工艺改进'])}`;
    const description = `${pick(DEMAND_OPENERS)}${o}的研发和生产，${pick(DEMAND_PROBLEMS)}${t}方面${pick(DEMAND_ISSUES)}、${pick(v.topics)}${pick(DEMAND_ISSUES)}等问题，${pick(DEMAND_ASKS)}`;
    demands.push({
      district: pick(DISTRICTS),
      title,
      description,
      cluster: v.cluster,
      keywords: [t],
      status: r() < 0.7 ? 'published' : pick(['docking', 'draft', 'pending', 'signed']),
      confidentiality: r() < 0.2 ? 'staff' : 'public',
    });
  }
  const nq = opts.queries ?? 200;
  const q = rng((opts.seed ?? 20251128) + 1);
  for (let i = 0; i < nq; i++) {
    const v = vocab[Math.floor(q() * vocab.length)];
    const kind = i % 4;
    if (kind === 0) queries.push(`${v.objects[Math.floor(q() * v.objects.length)]}${v.topics[Math.floor(q() * v.topics.length)]}`);
    else if (kind === 3) {
      const en = v.en.topics[Math.floor(q() * v.en.topics.length)];
      queries.push(`${en} for ${v.en.objects[Math.floor(q() * v.en.objects.length)]}${q() < 0.5 ? `: we need help with ${v.en.topics[Math.floor(q() * v.en.topics.length)]} and reliability` : ''}`);
    } else {
      const d = demands[Math.floor(q() * demands.length)];
      queries.push(kind === 1 ? d.title : `${d.title}\n${d.description}`);
    }
  }
  return { experts, demands, queries };
}
