// 科创服务 demo data (DESIGN.md §7): experts with achievements, enterprises with valid 统一社会信用代码,
// technical demands across every state with their transitions and engagements, docking events,
// expert service teams with visit logs, the platforms the seed article names (院士协同创新中心,
// 院士工作站, 海智基地) with yearly assessments, and 科创江苏 funded projects. Deterministic: one seeded
// PRNG, dates relative to `now`, so the same seed and date give the same rows. Every row is flagged isDemo.
import { eq, sql } from 'drizzle-orm';
import { creditCodeCheckChar } from '../../../shared/validators.js';
import { type TDemandValues, demandRowValues } from './demand/demand.repo.js';
import { type TEnterpriseValues, enterpriseRowValues } from './enterprise/enterprise.repo.js';
import { type TExpertValues, expertRowValues } from './expert/expert.repo.js';
import {
  type ACHIEVEMENT_KINDS,
  type DEMAND_CATEGORIES,
  type DEMAND_STATUSES,
  type MATCH_STATUSES,
  demands,
  dockingEvents,
  enterpriseUsers,
  enterprises,
  expertAchievements,
  experts,
  fundedProjects,
  matches,
  platformAssessments,
  platforms,
  serviceTeams,
  serviceVisits,
} from './innovation.schema.js';
import { rebuildMatchIndex } from './matching/match.service.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { insertTransitions } from '../../platform/workflow/workflow.repo.js';
import { DEMAND_WORKFLOW } from '../../modules/innovation/demand/demand.workflow.js';
import { users } from '../../platform/auth/auth.schema.js';
import type { TCityConfig } from '../../platform/orgs/city-config.js';
import { type Db, queryRows } from '../../db/client.js';
import { type TRng, createRng, fakeName, loadFakeOrgs, weightedTable } from '../../platform/demo/fake.js';

export const INNOVATION_DEMO_DEFAULTS = { experts: 3000, enterprises: 400, demands: 300 } as const;

/** Rows per INSERT (an expert row has ~20 parameters: far below PostgreSQL's 65535). */
const BATCH = 500;

// ---------------------------------------------------------------------------------------------------
// Fields of work: what an expert researches, what an enterprise makes, what a demand asks for

interface TField {
  key: string;
  /** The city-configuration cluster the field belongs to (null: an industry outside the clusters). */
  cluster: string | null;
  /** Further clusters its experts also serve (future industries such as 5G, 物联网). */
  alsoClusters?: string[];
  /** GB/T 4754 industry names. */
  industries: string[];
  /** GB/T 13745 disciplines, as named in the city dictionary. */
  disciplines: string[];
  keywords: string[];
  /** English keywords (overseas experts publish in English). */
  en: string[];
  /** Universities and institutes strong in the field (outside 南通). */
  units: string[];
  /** University departments. */
  depts: string[];
  /** What the field's enterprises make. */
  products: string[];
  /** Words in the field's enterprise names. */
  bizWords: string[];
  /** Award-giving bodies of the field (科学技术奖). */
  awards: string[];
  /** The 南通 学会 that keeps some of the field's experts. */
  society: string;
  /** Share of experts. */
  weight: number;
}

const FIELDS: TField[] = [
  {
    key: 'ship',
    cluster: '船舶海工',
    alsoClusters: ['深海装备'],
    industries: ['铁路、船舶、航空航天和其他运输设备制造业', '金属制品业'],
    disciplines: ['交通运输工程', '机械工程', '材料科学', '工程与技术科学基础学科'],
    keywords: ['船体结构设计', '焊接变形控制', '海工装备', '海洋平台', '船舶涂装', '船舶动力系统', 'LNG船液货系统', '智能船舶', '船舶减振降噪', '分段建造', '高强钢焊接', '疲劳寿命评估', '海洋腐蚀防护', '船舶节能', '水动力性能', '数字化造船', '自升式平台', '系泊系统', '海上风电安装船', '船用低速柴油机'],
    en: ['ship structural design', 'welding distortion', 'offshore platform', 'marine corrosion', 'hydrodynamic performance', 'fatigue assessment', 'LNG carrier', 'autonomous ship'],
    units: ['江苏科技大学', '上海交通大学', '哈尔滨工程大学', '大连理工大学', '中国船舶集团有限公司第七〇二研究所', '武汉理工大学'],
    depts: ['船舶与海洋工程学院', '材料科学与工程学院', '能源与动力学院', '机械工程学院'],
    products: ['散货船', '汽车运输船', '海洋平台模块', '舱口盖', '船用阀门', '船用锚链', '海工钢结构'],
    bizWords: ['船舶', '重工', '海洋工程', '船舶配件', '海工装备', '船务工程'],
    awards: ['中国造船工程学会科学技术奖', '中国航海学会科学技术奖'],
    society: '南通市船舶与海洋工程学会',
    weight: 13,
  },
  {
    key: 'textile',
    cluster: '高端纺织',
    industries: ['纺织业', '化学纤维制造业', '纺织服装、服饰业'],
    disciplines: ['纺织科学技术', '材料科学', '化学工程'],
    keywords: ['功能性纺织品', '差别化纤维', '涤纶长丝', '家纺面料', '非织造材料', '纺纱工艺', '印染废水处理', '数码印花', '智能可穿戴纺织品', '再生纤维素纤维', '醋酸纤维', '高支纱', '阻燃整理', '抗菌整理', '产业用纺织品', '织造装备', '色牢度', '聚酯改性', '长绒棉育种', '纤维增强复合材料'],
    en: ['functional textiles', 'polyester fiber', 'nonwoven materials', 'digital printing', 'smart wearable textiles', 'dyeing wastewater', 'flame retardant finishing', 'cellulose fiber'],
    units: ['东华大学', '江南大学', '苏州大学', '武汉纺织大学', '浙江理工大学', '天津工业大学'],
    depts: ['纺织学院', '材料科学与工程学院', '化学与化工学院', '服装与艺术设计学院'],
    products: ['家纺面料', '涤纶长丝', '醋酸丝束', '功能性面料', '非织造布', '床上用品', '纺织机械'],
    bizWords: ['纺织', '家纺', '化纤', '纺织科技', '纺机', '印染'],
    awards: ['中国纺织工业联合会科学技术奖', '桑麻纺织科技奖'],
    society: '南通市纺织工程学会',
    weight: 12,
  },
  {
    key: 'material',
    cluster: '新材料',
    industries: ['化学原料和化学制品制造业', '橡胶和塑料制品业', '非金属矿物制品业', '有色金属冶炼和压延加工业'],
    disciplines: ['材料科学', '化学', '化学工程'],
    keywords: ['碳纤维复合材料', '高性能工程塑料', '石墨烯', '纳米材料', '锂电正极材料', '特种陶瓷', '光纤预制棒', '高分子改性', '功能涂层', '3D打印材料', '稀土功能材料', '热管理材料', '气凝胶', '高温合金', '电子级化学品', '可降解材料', '功能薄膜'],
    en: ['carbon fiber composites', 'graphene', 'engineering plastics', 'functional coatings', 'aerogel', 'biodegradable polymers', 'optical fiber preform', 'rare earth materials'],
    units: ['南京工业大学', '中国科学院宁波材料技术与工程研究所', '北京化工大学', '南京航空航天大学', '上海大学', '四川大学'],
    depts: ['材料科学与工程学院', '化学化工学院', '高分子科学与工程学院'],
    products: ['功能薄膜', '复合材料制品', '工程塑料粒子', '特种涂料', '光纤预制棒', '锂电材料'],
    bizWords: ['新材料', '材料科技', '高分子', '复合材料', '彩塑', '涂料'],
    awards: ['中国材料研究学会科学技术奖', '中国石油和化学工业联合会科技进步奖'],
    society: '南通市金属学会',
    weight: 10,
  },
  {
    key: 'energy',
    cluster: '新能源',
    industries: ['电气机械和器材制造业', '电力、热力生产和供应业'],
    disciplines: ['能源科学技术', '动力与电气工程', '材料科学'],
    keywords: ['光伏组件', '异质结电池', '海上风电', '风电叶片', '储能系统', '锂离子电池', '电池管理系统', '钠离子电池', '光伏逆变器', '智能电网', '光储充一体化', '电池热失控', '智能电表', '虚拟电厂'],
    en: ['photovoltaic module', 'offshore wind', 'energy storage', 'lithium-ion battery', 'battery management system', 'smart grid', 'heterojunction solar cell'],
    units: ['河海大学', '东南大学', '华北电力大学', '中国科学院电工研究所', '南京航空航天大学'],
    depts: ['电气与动力工程学院', '能源与环境学院', '新能源学院'],
    products: ['光伏组件', '储能系统', '智能电表', '风电塔筒', '锂电池模组', '逆变器'],
    bizWords: ['能源', '新能源', '光伏', '电力科技', '储能', '电气'],
    awards: ['中国电力科学技术奖', '中国可再生能源学会科技奖'],
    society: '南通市新能源学会',
    weight: 8,
  },
  {
    key: 'hydrogen',
    cluster: '氢能',
    alsoClusters: ['新能源'],
    industries: ['电气机械和器材制造业', '化学原料和化学制品制造业', '汽车制造业'],
    disciplines: ['能源科学技术', '化学工程', '材料科学'],
    keywords: ['电解水制氢', '质子交换膜燃料电池', '碱性电解槽', '储氢材料', '加氢站', '氢燃料电池汽车', '膜电极', '燃料电池催化剂', '高压储氢瓶', '绿氢', '氢能冶金', '燃料电池电堆', '固态储氢'],
    en: ['water electrolysis', 'PEM fuel cell', 'hydrogen storage', 'membrane electrode assembly', 'green hydrogen', 'electrocatalyst'],
    units: ['同济大学', '上海交通大学', '中国科学院大连化学物理研究所', '清华大学', '武汉理工大学'],
    depts: ['汽车学院', '化学工程学院', '能源与动力工程学院', '材料学院'],
    products: ['电解槽', '燃料电池电堆', '储氢瓶', '加氢设备', '膜电极'],
    bizWords: ['氢能', '氢能源', '燃料电池', '氢能科技'],
    awards: ['中国汽车工业科学技术奖', '中国可再生能源学会科技奖'],
    society: '南通市新能源学会',
    weight: 4,
  },
  {
    key: 'bio',
    cluster: '生物医药',
    industries: ['医药制造业', '专用设备制造业'],
    disciplines: ['药学', '基础医学', '临床医学', '生物学', '中医学与中药学'],
    keywords: ['神经再生', '脊髓损伤修复', '组织工程', '创新药物研发', '抗体药物', '药物制剂', '原料药合成', '医疗器械', '生物材料', '细胞治疗', '中药现代化', '药物质量控制', '一致性评价', '体外诊断试剂', '基因检测', '缓控释制剂'],
    en: ['nerve regeneration', 'spinal cord injury', 'tissue engineering', 'drug delivery', 'antibody drugs', 'biomaterials', 'in vitro diagnostics'],
    units: ['中国药科大学', '南京医科大学', '复旦大学', '中国科学院上海药物研究所', '苏州大学'],
    depts: ['药学院', '医学院', '生命科学学院', '公共卫生学院'],
    products: ['原料药', '缓控释制剂', '医用敷料', '体外诊断试剂', '医疗器械'],
    bizWords: ['生物', '医药', '药业', '生物科技', '医疗器械', '制药'],
    awards: ['中华医学科技奖', '江苏医学科技奖'],
    society: '南通市药学会',
    weight: 10,
  },
  {
    key: 'equip',
    cluster: '高端装备',
    industries: ['通用设备制造业', '专用设备制造业', '电气机械和器材制造业'],
    disciplines: ['机械工程', '动力与电气工程', '信息与系统科学相关工程与技术'],
    keywords: ['数控机床', '工业机器人', '精密减速器', '智能制造', '液压系统', '数字孪生', '故障诊断', '轴承寿命', '激光加工', '增材制造', '电机驱动', '伺服控制', '锻压装备', '智能产线', '机器视觉检测', '振动噪声控制'],
    en: ['CNC machining', 'industrial robot', 'digital twin', 'fault diagnosis', 'additive manufacturing', 'servo control', 'machine vision'],
    units: ['南京航空航天大学', '江苏大学', '东南大学', '南京理工大学', '华中科技大学'],
    depts: ['机械工程学院', '机电工程学院', '自动化学院'],
    products: ['数控机床', '工业机器人', '液压件', '精密轴承', '锻压机床', '智能产线'],
    bizWords: ['机械', '智能装备', '机床', '液压', '精密机械', '自动化'],
    awards: ['中国机械工业科学技术奖', '江苏省机械工业科学技术奖'],
    society: '南通市机械工程学会',
    weight: 11,
  },
  {
    key: 'ict',
    cluster: '新一代信息技术',
    alsoClusters: ['5G', '物联网'],
    industries: ['计算机、通信和其他电子设备制造业', '软件和信息技术服务业'],
    disciplines: ['电子与通信技术', '计算机科学技术', '信息与系统科学相关工程与技术'],
    keywords: ['5G通信', '物联网', '边缘计算', '工业互联网', '无线传感网络', '光纤通信', '射频器件', '工业大数据', '智慧城市', '数字化转型', '低功耗广域网', '智能网关', '云平台', '光通信器件'],
    en: ['5G communication', 'Internet of Things', 'edge computing', 'industrial internet', 'wireless sensor network', 'optical communication'],
    units: ['南京邮电大学', '东南大学', '北京邮电大学', '电子科技大学', '中国科学院上海微系统与信息技术研究所'],
    depts: ['通信与信息工程学院', '计算机学院', '电子科学与工程学院', '物联网学院'],
    products: ['光缆', '通信模块', '工业网关', '光通信器件', '物联网终端'],
    bizWords: ['信息科技', '通信', '物联网', '光电', '电子', '智能科技'],
    awards: ['中国通信学会科学技术奖', '中国电子学会科学技术奖'],
    society: '南通市电子学会',
    weight: 7,
  },
  {
    key: 'ai',
    cluster: '人工智能',
    alsoClusters: ['新一代信息技术'],
    industries: ['软件和信息技术服务业'],
    disciplines: ['计算机科学技术', '信息与系统科学相关工程与技术', '数学'],
    keywords: ['机器学习', '计算机视觉', '自然语言处理', '知识图谱', '智能决策', '深度学习', '缺陷检测', '预测性维护', '大模型应用', '智能调度', '图像识别'],
    en: ['machine learning', 'computer vision', 'natural language processing', 'knowledge graph', 'deep learning', 'predictive maintenance', 'large language models'],
    units: ['南京大学', '东南大学', '中国科学院自动化研究所', '浙江大学', '南京航空航天大学'],
    depts: ['人工智能学院', '计算机科学与技术学院', '软件学院'],
    products: ['视觉检测系统', '智能调度软件', '工业软件'],
    bizWords: ['智能科技', '人工智能', '软件', '数据科技'],
    awards: ['吴文俊人工智能科学技术奖', '中国自动化学会科技进步奖'],
    society: '南通市人工智能学会',
    weight: 4,
  },
  {
    key: 'ic',
    cluster: '新一代信息技术',
    industries: ['计算机、通信和其他电子设备制造业'],
    disciplines: ['电子与通信技术', '材料科学', '物理学'],
    keywords: ['集成电路封装', '先进封装', '芯片测试', '功率半导体', '晶圆级封装', '倒装焊', '引线键合', '封装可靠性', 'SiC功率器件', '系统级封装', '半导体材料', '键合丝'],
    en: ['advanced packaging', 'flip chip', 'wafer level packaging', 'power semiconductor', 'SiC device', 'system in package', 'wire bonding'],
    units: ['东南大学', '南京大学', '复旦大学', '中国科学院微电子研究所', '华中科技大学'],
    depts: ['微电子学院', '电子科学与工程学院', '集成电路学院'],
    products: ['封装测试服务', '功率器件', '引线框架', '键合丝', '封装基板'],
    bizWords: ['微电子', '半导体', '芯片', '电子科技'],
    awards: ['中国电子学会科学技术奖', '中国半导体行业协会创新奖'],
    society: '南通市电子学会',
    weight: 5,
  },
  {
    key: 'chem',
    cluster: null,
    alsoClusters: ['新材料'],
    industries: ['化学原料和化学制品制造业', '医药制造业'],
    disciplines: ['化学工程', '化学', '环境科学技术及资源科学技术', '安全科学技术'],
    keywords: ['精细化工', '农药合成', '催化工艺', '连续流反应', '化工安全', '过程强化', '绿色合成', '化工废水处理', 'VOCs治理', '氯碱工艺', '分离纯化', '结晶工艺', '化工过程模拟', '聚氨酯'],
    en: ['fine chemicals', 'continuous flow chemistry', 'catalysis', 'process intensification', 'process safety', 'green synthesis', 'crystallization'],
    units: ['华东理工大学', '南京工业大学', '天津大学', '浙江大学', '中国科学院上海有机化学研究所'],
    depts: ['化工学院', '化学与分子工程学院', '化学化工学院'],
    products: ['农药原药', '精细化学品', '医药中间体', '聚氨酯材料', '氯碱产品'],
    bizWords: ['化工', '化学', '精细化工', '农化', '化学品'],
    awards: ['中国石油和化学工业联合会科技进步奖', '中国化工学会科学技术奖'],
    society: '南通市化学化工学会',
    weight: 6,
  },
  {
    key: 'agri',
    cluster: null,
    industries: ['农业', '农副食品加工业', '渔业'],
    disciplines: ['农学', '水产学', '畜牧、兽医科学', '食品科学技术'],
    keywords: ['设施农业', '智慧农业', '水稻育种', '水产养殖', '病虫害绿色防控', '农产品加工', '盐碱地改良', '紫菜养殖', '文蛤养殖', '家禽养殖', '食品保鲜', '农业物联网', '高素质农民培训', '海门山羊'],
    en: ['smart agriculture', 'rice breeding', 'aquaculture', 'saline soil improvement', 'food preservation'],
    units: ['南京农业大学', '扬州大学', '江苏省农业科学院', '中国水产科学研究院', '江南大学'],
    depts: ['农学院', '动物科学与技术学院', '食品科学与工程学院', '园艺学院'],
    products: ['紫菜制品', '优质稻米', '水产饲料', '农产品冷链'],
    bizWords: ['农业科技', '食品', '生态农业', '水产'],
    awards: ['神农中华农业科技奖', '江苏省农业技术推广奖'],
    society: '南通市农学会',
    weight: 5,
  },
  {
    key: 'env',
    cluster: '节能环保',
    industries: ['生态保护和环境治理业', '通用设备制造业', '土木工程建筑业'],
    disciplines: ['环境科学技术及资源科学技术', '化学工程', '土木建筑工程'],
    keywords: ['工业废水处理', '固废资源化', '大气污染治理', '余热回收', '节能改造', '碳排放核算', '碳捕集', '膜分离', '污泥处置', '生态修复', '城市地下空间开发', '海绵城市'],
    en: ['wastewater treatment', 'solid waste recycling', 'carbon capture', 'membrane separation', 'waste heat recovery', 'underground space'],
    units: ['河海大学', '南京大学', '同济大学', '中国科学院生态环境研究中心', '东南大学'],
    depts: ['环境学院', '土木工程学院', '能源与环境学院'],
    products: ['水处理设备', '除尘设备', '余热锅炉', '膜组件'],
    bizWords: ['环保', '环境科技', '节能', '水处理'],
    awards: ['环境保护科学技术奖', '华夏建设科学技术奖'],
    society: '南通市环境科学学会',
    weight: 4,
  },
  {
    key: 'nev',
    cluster: '新能源汽车',
    industries: ['汽车制造业', '电气机械和器材制造业'],
    disciplines: ['交通运输工程', '动力与电气工程', '机械工程'],
    keywords: ['驱动电机', '电控系统', '轻量化车身', '动力电池包', '整车热管理', '充电桩', '整车控制器', '汽车线束', '智能驾驶'],
    en: ['electric drive', 'battery pack', 'lightweight body', 'thermal management', 'autonomous driving'],
    units: ['江苏大学', '同济大学', '吉林大学', '清华大学'],
    depts: ['汽车与交通工程学院', '汽车学院', '机械工程学院'],
    products: ['汽车线束', '驱动电机', '充电桩', '车身结构件'],
    bizWords: ['汽车零部件', '汽车科技', '电驱动', '充电设备'],
    awards: ['中国汽车工业科学技术奖'],
    society: '南通市机械工程学会',
    weight: 3,
  },
  {
    key: 'deepsea',
    cluster: '深海装备',
    alsoClusters: ['船舶海工'],
    industries: ['铁路、船舶、航空航天和其他运输设备制造业', '专用设备制造业'],
    disciplines: ['交通运输工程', '地球科学', '机械工程'],
    keywords: ['水下机器人', '深海探测', '海底管道', '深海耐压结构', '水下声学', '海洋观测浮标', '深海采矿装备'],
    en: ['underwater vehicle', 'deep-sea exploration', 'subsea pipeline', 'pressure hull', 'ocean observation'],
    units: ['哈尔滨工程大学', '上海交通大学', '中国科学院深海科学与工程研究所', '江苏科技大学', '浙江大学'],
    depts: ['船舶与海洋工程学院', '海洋学院', '水声工程学院'],
    products: ['水下机器人', '海洋观测浮标', '海底管缆'],
    bizWords: ['海洋科技', '海洋装备', '水下装备'],
    awards: ['海洋科学技术奖', '中国造船工程学会科学技术奖'],
    society: '南通市海洋学会',
    weight: 2,
  },
];

/** 南通's own universities and colleges: their 科协 owns their experts; the departments per field. */
const LOCAL_UNIVERSITIES: Array<{ name: string; org: string; depts: Record<string, string[]> }> = [
  {
    name: '南通大学',
    org: '南通大学科学技术协会',
    depts: {
      textile: ['纺织服装学院'],
      bio: ['医学院', '药学院', '神经再生重点实验室', '生命科学学院'],
      equip: ['机械工程学院'],
      ict: ['信息科学技术学院'],
      ai: ['信息科学技术学院', '人工智能与计算机学院'],
      material: ['化学化工学院'],
      env: ['交通与土木工程学院'],
      ship: ['机械工程学院'],
      energy: ['电气工程学院'],
    },
  },
  {
    name: '南通职业大学',
    org: '南通职业大学科学技术协会',
    depts: { equip: ['机械工程学院'], ict: ['电子信息工程学院'], chem: ['化学与生物工程学院'], nev: ['汽车与交通工程学院'] },
  },
  {
    name: '南通理工学院',
    org: '南通理工学院科学技术协会',
    depts: { equip: ['机械工程学院'], ai: ['计算机与信息工程学院'], nev: ['汽车工程学院'] },
  },
  {
    name: '江苏工程职业技术学院',
    org: '江苏工程职业技术学院科学技术协会',
    depts: { textile: ['纺织服装学院'], material: ['化工与材料学院'] },
  },
  {
    name: '南通科技职业学院',
    org: '南通科技职业学院科学技术协会',
    depts: { agri: ['农业与生物学院'], env: ['环境与生物工程学院'] },
  },
  {
    name: '江苏航运职业技术学院',
    org: '江苏航运职业技术学院科学技术协会',
    depts: { ship: ['船舶与海洋工程学院', '轮机工程学院'], deepsea: ['船舶与海洋工程学院'] },
  },
];

/** Overseas units (海智计划 experts, English profiles). */
const OVERSEAS_UNITS: Record<string, string[]> = {
  ship: ['Norwegian University of Science and Technology', 'University of Southampton', 'Delft University of Technology'],
  textile: ['University of Leeds', 'North Carolina State University', 'University of Manchester'],
  material: ['Imperial College London', 'Max Planck Institute for Polymer Research', 'University of Cambridge'],
  energy: ['Technical University of Denmark', 'University of New South Wales', 'Fraunhofer ISE'],
  hydrogen: ['Forschungszentrum Jülich', 'University of Tokyo', 'Imperial College London'],
  bio: ['Karolinska Institutet', 'University of Toronto', 'University College London'],
  equip: ['Technical University of Munich', 'RWTH Aachen University', 'University of Sheffield'],
  ict: ['KTH Royal Institute of Technology', 'National University of Singapore', 'University of Surrey'],
  ai: ['University of Toronto', 'National University of Singapore', 'University of Edinburgh'],
  ic: ['Georgia Institute of Technology', 'imec', 'National University of Singapore'],
  chem: ['ETH Zurich', 'University of Cambridge', 'KU Leuven'],
  agri: ['Wageningen University & Research', 'University of California, Davis'],
  env: ['Delft University of Technology', 'University of Queensland'],
  nev: ['RWTH Aachen University', 'University of Michigan'],
  deepsea: ['University of Southampton', 'Woods Hole Oceanographic Institution'],
};
const EN_GIVEN = ['Wei', 'Jun', 'Lei', 'Ming', 'Yan', 'Hao', 'Xin', 'Jing', 'Michael', 'David', 'Anna', 'Thomas', 'Sarah', 'Peter', 'Laura', 'Erik', 'Hiroshi', 'Maria', 'James', 'Sophie'];
const EN_FAMILY = ['Chen', 'Zhang', 'Wang', 'Liu', 'Zhou', 'Xu', 'Gu', 'Lu', 'Miller', 'Schmidt', 'Johansson', 'Smith', 'Müller', 'Tanaka', 'Rossi', 'Brown', 'Nielsen', 'Taylor', 'Berg', 'Martin'];
const EN_TITLES = ['Professor', 'Associate Professor', 'Senior Research Scientist', 'Principal Engineer', 'Reader'];

const PAPER_METHODS = ['有限元分析', '机器学习', '响应面法', '分子动力学模拟', '多目标优化', '数字孪生', '正交试验', '实验与数值模拟'];
const PROBLEMS = ['效率偏低', '稳定性不足', '成本偏高', '精度不足', '能耗偏高', '良品率不高', '寿命偏短', '依赖进口'];
/** What an improvement is measured by, and which way is better. */
const METRICS: ReadonlyArray<readonly [string, string]> = [
  ['生产效率', '提升'],
  ['产品良率', '提升'],
  ['使用寿命', '延长'],
  ['能耗', '降低'],
  ['检测精度', '提升'],
  ['综合成本', '降低'],
];

// ---------------------------------------------------------------------------------------------------
// Enterprises

/** The fields each district is known for (a bias, not a rule). */
const DISTRICT_FIELDS: Record<string, string[]> = {
  chongchuan: ['ic', 'ict', 'bio', 'ai', 'ship'],
  tongzhou: ['textile', 'equip', 'material', 'env'],
  haimen: ['ship', 'textile', 'bio', 'deepsea'],
  rudong: ['energy', 'chem', 'agri', 'material'],
  qidong: ['ship', 'energy', 'bio', 'deepsea'],
  rugao: ['hydrogen', 'nev', 'chem', 'equip'],
  haian: ['textile', 'material', 'equip', 'nev'],
};
const DISTRICT_WEIGHTS: Record<string, number> = { chongchuan: 20, tongzhou: 14, haimen: 14, rudong: 12, qidong: 12, rugao: 14, haian: 14 };
const NAME_PREFIX: Record<string, string> = {
  chongchuan: '南通',
  tongzhou: '南通通州',
  haimen: '海门',
  rudong: '如东',
  qidong: '启东',
  rugao: '如皋',
  haian: '海安',
};
const ROADS: Record<string, string[]> = {
  chongchuan: ['工农路', '青年中路', '崇川路', '世纪大道', '人民东路', '通盛大道', '星湖大道'],
  tongzhou: ['金沙街道建设路', '新世纪大道', '通州湾江海大道', '金霞路', '兴东街道兴石路'],
  haimen: ['北京东路', '长江南路', '海门港新区通海大道', '秀山路', '临江新区滨江大道'],
  rudong: ['掘港街道人民路', '洋口港经济开发区黄海大道', '江海东路', '城中街道友谊路'],
  qidong: ['汇龙镇人民中路', '启东经济开发区林洋路', '吕四港镇海港路', '寅阳镇连兴港路'],
  rugao: ['如城街道福寿路', '如皋港区长江路', '海阳南路', '益寿路', '如皋高新区城南大道'],
  haian: ['海安经济技术开发区开发大道', '长江中路', '城东镇通榆路', '海安高新区东海大道'],
};
const BRANDS = [
  '恒力', '鑫源', '华誉', '通顺', '瑞丰', '中恒', '海达', '天成', '永盛', '宏图', '金鹰', '博瑞', '欣达', '东成', '新宇', '江海', '通达', '联发',
  '百川', '华科', '明德', '睿智', '嘉盛', '汇通', '立新', '长风', '万隆', '正大', '华东', '凯瑞', '远航', '创源', '科瑞', '海菱', '泰和', '中洋',
  '德润', '鼎盛', '弘业', '润邦', '瑞泰', '富华', '隆昌达', '星辰', '嘉禾', '锦程', '恒信', '安泰', '华灿', '蓝海', '亿达', '金通', '大洋', '昊天',
  '精诚', '华新', '世纪', '奥特', '伟业', '海晟', '帝斯曼', '佳利', '协和', '同创', '启明', '卓远', '海睿', '昌盛', '万润', '中科', '通海', '汇能',
];
const HONORS = ['国家高新技术企业', '江苏省专精特新中小企业', '国家级专精特新“小巨人”企业', '江苏省企业技术中心所在企业', '南通市工程技术研究中心依托单位', '江苏省民营科技企业'];
const SCALES = [['小型', 45], ['中型', 30], ['大型', 12], ['微型', 13]] as const;

/** Enterprises the city configuration names (their 科协 is an org of the tree) and the seed article names. */
const NAMED_ENTERPRISES: Array<{ name: string; field: string; district: string; orgName?: string }> = [
  { name: '中远海运川崎船舶工程有限公司', field: 'ship', district: 'chongchuan', orgName: '中远海运川崎船舶工程有限公司科学技术协会' },
  { name: '通富微电子股份有限公司', field: 'ic', district: 'chongchuan', orgName: '通富微电子股份有限公司科学技术协会' },
  { name: '南通醋酸纤维有限公司', field: 'textile', district: 'chongchuan', orgName: '南通醋酸纤维有限公司科学技术协会' },
  { name: '南通江山农药化工股份有限公司', field: 'chem', district: 'chongchuan', orgName: '南通江山农药化工股份有限公司科学技术协会' },
  { name: '中天钢铁集团（南通）有限公司', field: 'material', district: 'tongzhou', orgName: '中天钢铁集团（南通）有限公司科学技术协会' },
  { name: '招商局重工（江苏）有限公司', field: 'ship', district: 'haimen', orgName: '招商局重工（江苏）有限公司科学技术协会' },
  { name: '罗莱生活科技股份有限公司', field: 'textile', district: 'haimen', orgName: '罗莱生活科技股份有限公司科学技术协会' },
  { name: '江苏中天科技股份有限公司', field: 'ict', district: 'rudong', orgName: '江苏中天科技股份有限公司科学技术协会' },
  { name: '江苏林洋能源股份有限公司', field: 'energy', district: 'qidong', orgName: '江苏林洋能源股份有限公司科学技术协会' },
  { name: '江苏隆昌化工有限公司', field: 'chem', district: 'rugao', orgName: '江苏隆昌化工有限公司科学技术协会' },
  { name: '江苏双星彩塑新材料股份有限公司', field: 'material', district: 'haian', orgName: '江苏双星彩塑新材料股份有限公司科学技术协会' },
  { name: '江苏鹰游纺机有限公司', field: 'textile', district: 'haian', orgName: '江苏鹰游纺机有限公司科学技术协会' },
  { name: '江苏浦丹光电技术有限公司', field: 'ict', district: 'chongchuan' },
];

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
/** Characters both GB 11714 (组织机构代码) and GB 32100 allow: digits and capitals without I O S V Z. */
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const codeValue = (c: string) => (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55);

/** A 9-character 组织机构代码 with its GB 11714 check character ("MA" codes of newer registrations). */
function orgCode(rng: TRng): string {
  let body = 'MA';
  while (body.length < 8) body += CODE_CHARS[rng.int(0, CODE_CHARS.length - 1)];
  const sum = [...body].reduce((acc, c, i) => acc + codeValue(c) * ORG_CODE_WEIGHTS[i], 0);
  const c9 = 11 - (sum % 11);
  return body + (c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9));
}

/**
 * A 统一社会信用代码 (GB 32100-2015): 9 (工商) + 1 (企业) + the district's 行政区划码 + 组织机构代码 +
 * the MOD 31 check character.
 */
export function demoCreditCode(rng: TRng, adcode: string): string {
  const first17 = `91${adcode}${orgCode(rng)}`;
  return first17 + creditCodeCheckChar(first17);
}

const phone = (rng: TRng) => `1${rng.pick(['39', '38', '58', '51', '89', '77', '36', '80', '50'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;

interface TGenEnterprise {
  values: TEnterpriseValues;
  field: TField;
  district: string;
}

// ---------------------------------------------------------------------------------------------------
// Experts

const TITLE_BY_UNIT = {
  university: [['教授', 30], ['副教授', 35], ['讲师', 10], ['研究员', 12], ['副研究员', 13]],
  institute: [['研究员', 45], ['副研究员', 35], ['正高级工程师', 10], ['高级工程师', 10]],
  enterprise: [['正高级工程师', 25], ['高级工程师', 55], ['工程师', 20]],
  hospital: [['主任医师', 45], ['副主任医师', 40], ['主治医师', 15]],
  agri: [['研究员', 30], ['正高级农艺师', 30], ['高级农艺师', 40]],
} as const;

type TUnitKind = keyof typeof TITLE_BY_UNIT;

interface TGenAchievement {
  kind: (typeof ACHIEVEMENT_KINDS)[number];
  title: string;
  abstract: string | null;
  keywords: string[];
  year: number;
}

interface TGenExpert {
  values: TExpertValues;
  field: TField;
  achievements: TGenAchievement[];
  /** Owned by a district's enterprise: the district code (for teams and platforms of that district). */
  district?: string;
}

const ACHIEVEMENT_KINDS_TABLE = weightedTable<TGenAchievement['kind']>([
  ['paper', 45],
  ['patent', 25],
  ['project', 20],
  ['award', 10],
]);

function zhAchievement(rng: TRng, field: TField, keywords: string[], year: number): TGenAchievement {
  const [k1, k2] = rng.sample(keywords.length >= 2 ? keywords : [...keywords, ...field.keywords], 2);
  const kind = rng.weighted(ACHIEVEMENT_KINDS_TABLE);
  const m = rng.pick(PAPER_METHODS);
  let title: string;
  let abstract: string | null = null;
  switch (kind) {
    case 'paper':
      title = rng.pick([
        `${k1}中${k2}的机理研究`,
        `基于${m}的${k1}优化设计`,
        `${k1}对${k2}性能的影响`,
        `${k1}关键技术研究进展`,
        `面向${k1}的${m}方法`,
        `${k1}的数值模拟与试验验证`,
      ]);
      {
        const [metric, better] = rng.pick(METRICS);
        abstract = `针对${k1}中${rng.pick(PROBLEMS)}的问题，采用${m}研究了${k2}的影响规律，提出了改进方案。结果表明，${metric}${better}了${rng.int(8, 45)}%。`;
      }
      break;
    case 'patent':
      title = rng.pick([`一种${k1}装置及其使用方法`, `一种基于${k1}的${k2}系统`, `一种用于${k1}的检测方法`, `一种${k2}的制备方法`]);
      abstract = `本发明公开了一种与${k1}相关的技术方案，可有效解决${k2}环节${rng.pick(PROBLEMS)}的问题。`;
      break;
    case 'project':
      title = rng.pick([
        `国家自然科学基金面上项目：${k1}机理研究`,
        `江苏省重点研发计划（产业前瞻与关键核心技术）：${k1}关键技术研发`,
        `南通市科技计划项目：${k1}产业化应用`,
        `企业委托项目：${k2}工艺优化`,
        `国家重点研发计划课题：${k1}与${k2}协同创新`,
      ]);
      break;
    default:
      title = `${rng.pick([...field.awards, '江苏省科学技术奖', '南通市科学技术进步奖'])}${rng.pick(['一等奖', '二等奖', '三等奖'])}（${k1}关键技术及应用）`;
  }
  return { kind, title, abstract, keywords: [k1, k2].filter(Boolean), year };
}

function enAchievement(rng: TRng, field: TField, keywords: string[], year: number): TGenAchievement {
  const [k1, k2] = rng.sample(keywords, 2);
  const kind = rng.weighted(ACHIEVEMENT_KINDS_TABLE);
  const title =
    kind === 'paper'
      ? rng.pick([`Effect of ${k1} on ${k2}: an experimental study`, `A review of ${k1} for industrial applications`, `Data-driven optimisation of ${k1}`, `${k1[0].toUpperCase()}${k1.slice(1)} under realistic operating conditions`])
      : kind === 'patent'
        ? `Apparatus and method for ${k1}`
        : kind === 'project'
          ? rng.pick([`Horizon Europe project on ${k1}`, `National research council grant: ${k1} and ${k2}`, `Industrial collaboration on ${k1}`])
          : `Best Paper Award, International Conference on ${k1}`;
  const abstract = kind === 'paper' ? `This work studies ${k1} and its relation to ${k2}, and reports measurable gains for industrial practice in ${field.en[0]}.` : null;
  return { kind, title, abstract, keywords: [k1, k2].filter(Boolean), year };
}


const FIELD_TABLE = weightedTable(FIELDS.map((f) => [f, f.weight] as const));
const SCALE_TABLE = weightedTable(SCALES);
const TITLE_TABLES = Object.fromEntries(
  Object.entries(TITLE_BY_UNIT).map(([k, v]) => [k, weightedTable(v)]),
) as Record<TUnitKind, ReturnType<typeof weightedTable<string>>>;
const fieldByKey = (key: string) => FIELDS.find((f) => f.key === key)!;
const CLUSTER_NAMES = new Set(FIELDS.flatMap((f) => [...(f.cluster ? [f.cluster] : []), ...(f.alsoClusters ?? [])]));

/** Orgs of the tree the generator attaches records to. */
interface TDemoOrgs {
  root: number;
  byName: Map<string, number>;
  districts: Array<{ code: string; id: number; adcode: string; name: string; children: number[] }>;
  district(code: string): { code: string; id: number; adcode: string; name: string; children: number[] };
}

const clustersOf = (f: TField) => [...new Set([...(f.cluster ? [f.cluster] : []), ...(f.alsoClusters ?? [])])];

function genEnterprises(rng: TRng, orgs: TDemoOrgs, count: number, now: Date): TGenEnterprise[] {
  const out: TGenEnterprise[] = [];
  const names = new Set<string>();
  const districtTable = weightedTable(orgs.districts.map((d) => [d.code, DISTRICT_WEIGHTS[d.code] ?? 10] as const));
  const make = (name: string, field: TField, districtCode: string, orgId: number, scale: TEnterpriseValues['scale'], isHighTech: boolean) => {
    const d = orgs.district(districtCode);
    const founded = rng.int(1985, now.getUTCFullYear() - 2);
    const products = rng.sample(field.products, 2);
    names.add(name);
    out.push({
      field,
      district: districtCode,
      values: {
        name,
        creditCode: demoCreditCode(rng, d.adcode),
        orgId,
        industry: rng.pick(field.industries),
        clusters: clustersOf(field).slice(0, rng.int(1, 2)),
        scale,
        isHighTech,
        address: `江苏省南通市${d.name}${rng.pick(ROADS[districtCode] ?? ['人民路'])}${rng.int(1, 388)}号`,
        contactName: fakeName(rng, rng.chance(0.7) ? '男' : '女', rng.int(1965, 1995)),
        contactPhone: phone(rng),
        intro: `${name}成立于${founded}年，主要从事${products.join('、')}的研发、生产与销售，是${rng.pick(HONORS)}。`,
      },
    });
  };
  for (const n of NAMED_ENTERPRISES) {
    if (out.length >= count) break;
    const d = orgs.district(n.district);
    make(n.name, fieldByKey(n.field), n.district, (n.orgName && orgs.byName.get(n.orgName)) || d.id, '大型', true);
  }
  while (out.length < count) {
    const districtCode = rng.weighted(districtTable);
    const field = rng.chance(0.5) ? fieldByKey(rng.pick(DISTRICT_FIELDS[districtCode] ?? ['equip'])) : rng.weighted(FIELD_TABLE);
    const biz = rng.pick(field.bizWords);
    const suffix = rng.chance(0.15) ? '股份有限公司' : biz.endsWith('科技') || rng.chance(0.6) ? '有限公司' : '科技有限公司';
    const name = `${rng.chance(0.3) ? '江苏' : NAME_PREFIX[districtCode] ?? '南通'}${rng.pick(BRANDS)}${biz}${suffix}`;
    if (names.has(name)) continue;
    const d = orgs.district(districtCode);
    const orgId = d.children.length > 0 && rng.chance(0.4) ? rng.pick(d.children) : d.id;
    make(name, field, districtCode, orgId, rng.weighted(SCALE_TABLE), rng.chance(0.45));
  }
  return out;
}

const NAMED_ACADEMICIANS = [
  {
    name: '蒋士成',
    unit: '中国石化仪征化纤有限责任公司',
    title: '正高级工程师',
    field: 'textile',
    keywords: ['聚酯', '化纤工程', '涤纶长丝', '差别化纤维', '聚酯改性'],
    bio: '中国工程院院士，化纤工程技术专家，长期从事聚酯及化纤工程技术研究与工程化。在通建立“江苏纺织产业”“江苏新能源制氢产业”院士协同创新中心，助力南通高端纺织与新能源产业发展。',
  },
  {
    name: '顾晓松',
    unit: '南通大学',
    title: '教授',
    field: 'bio',
    keywords: ['神经再生', '脊髓损伤修复', '组织工程', '生物材料', '神经移植物'],
    bio: '中国工程院院士，南通大学教授，神经再生与组织工程专家。与另两位院士在通发起成立中国脊髓损伤修复与功能重建创新联盟，推动神经再生研究成果转化。',
  },
];
/** Further (fictional) academicians of the demo, in the fields of the workstations. */
const DEMO_ACADEMICIAN_FIELDS = ['ship', 'hydrogen', 'material', 'equip', 'chem', 'ic'];

function genExperts(rng: TRng, orgs: TDemoOrgs, ents: TGenEnterprise[], count: number, nowYear: number): TGenExpert[] {
  const out: TGenExpert[] = [];
  const achievementsFor = (field: TField, keywords: string[], en: boolean) =>
    Array.from({ length: rng.int(1, 6) }, () => {
      const year = rng.int(2018, nowYear);
      return en ? enAchievement(rng, field, keywords, year) : zhAchievement(rng, field, keywords, year);
    }).sort((a, b) => b.year - a.year);
  const industriesOf = (field: TField) => [
    ...new Set([...(field.cluster ? [field.cluster] : []), ...rng.sample(field.alsoClusters ?? [], rng.int(0, 2)), rng.pick(field.industries)]),
  ];
  const base = (v: Partial<TExpertValues> & Pick<TExpertValues, 'name' | 'orgId'>): TExpertValues => ({
    unit: null,
    title: null,
    disciplines: [],
    industries: [],
    keywords: [],
    bio: null,
    personId: null,
    userId: null,
    isPublic: true,
    isAcademician: false,
    ...v,
  });

  for (const a of NAMED_ACADEMICIANS) {
    const field = fieldByKey(a.field);
    out.push({
      field,
      achievements: achievementsFor(field, a.keywords, false),
      values: base({
        name: a.name,
        orgId: a.unit === '南通大学' ? (orgs.byName.get('南通大学科学技术协会') ?? orgs.root) : orgs.root,
        unit: a.unit,
        title: a.title,
        disciplines: field.disciplines.slice(0, 2),
        industries: industriesOf(field),
        keywords: a.keywords,
        bio: a.bio,
        isAcademician: true,
      }),
    });
  }
  for (const key of DEMO_ACADEMICIAN_FIELDS) {
    const field = fieldByKey(key);
    const name = fakeName(rng, '男', rng.int(1950, 1965));
    const unit = field.units[0];
    const keywords = rng.sample(field.keywords, 5);
    out.push({
      field,
      achievements: achievementsFor(field, keywords, false),
      values: base({
        name,
        orgId: orgs.root,
        unit,
        title: unit.includes('研究') ? '研究员' : '教授',
        disciplines: rng.sample(field.disciplines, 2),
        industries: industriesOf(field),
        keywords,
        bio: `中国工程院院士（演示数据），${unit}${unit.includes('研究') ? '研究员' : '教授'}，长期从事${keywords.slice(0, 3).join('、')}研究，在南通设有院士工作站，指导企业攻克${keywords[3]}等关键技术难题。`,
        isAcademician: true,
      }),
    });
  }

  const hospitals = ['南通大学附属医院', '南通市第一人民医院', '南通市肿瘤医院'];
  while (out.length < count) {
    const field = rng.weighted(FIELD_TABLE);
    const keywords = rng.sample(field.keywords, rng.int(3, 6));
    if (rng.chance(0.15)) keywords.push(rng.pick(rng.weighted(FIELD_TABLE).keywords));
    const gender = rng.chance(0.72) ? '男' : '女';
    const birthYear = rng.int(1958, 1992);

    if (rng.chance(0.04)) {
      // 海智计划: an overseas expert with an English profile
      const name = `${rng.pick(EN_GIVEN)} ${rng.pick(EN_FAMILY)}`;
      const unit = rng.pick(OVERSEAS_UNITS[field.key] ?? ['University of Manchester']);
      const title = rng.pick(EN_TITLES);
      const en = rng.sample(field.en, rng.int(3, 5));
      out.push({
        field,
        achievements: achievementsFor(field, en, true),
        values: base({
          name,
          orgId: orgs.root,
          unit,
          title,
          disciplines: rng.sample(field.disciplines, 1),
          industries: industriesOf(field),
          keywords: en,
          bio: `${name} is ${/^[AEIOU]/.test(title) ? 'an' : 'a'} ${title} at ${unit}, working on ${en.slice(0, 3).join(', ')}. ${name} has led ${rng.int(3, 15)} research projects, published ${rng.int(20, 150)} journal papers and, through the HAIZHI programme of the China Association for Science and Technology, works with enterprises in Nantong.`,
          isPublic: rng.chance(0.9),
        }),
      });
      continue;
    }

    const name = fakeName(rng, gender, birthYear);
    let unit: string;
    let unitKind: TUnitKind;
    let orgId = orgs.root;
    let dept = '';
    let district: string | undefined;
    const locals = LOCAL_UNIVERSITIES.filter((u) => u.depts[field.key]);
    const roll = rng.next();
    if (field.key === 'bio' && roll < 0.12) {
      unit = rng.pick(hospitals);
      unitKind = 'hospital';
      orgId = unit === '南通大学附属医院' ? (orgs.byName.get('南通大学科学技术协会') ?? orgs.root) : (orgs.byName.get('南通市医学会') ?? orgs.root);
    } else if (locals.length > 0 && roll < 0.4) {
      const u = rng.pick(locals);
      unit = u.name;
      unitKind = 'university';
      dept = rng.pick(u.depts[field.key]);
      orgId = orgs.byName.get(u.org) ?? orgs.root;
    } else if (roll < 0.62) {
      const candidates = ents.filter((e) => e.field.key === field.key);
      const e = candidates.length > 0 ? rng.pick(candidates) : rng.pick(ents);
      unit = e.values.name;
      dept = rng.pick(['技术中心', '研究院', '研发部', '工程技术研究中心']);
      unitKind = field.key === 'agri' ? 'agri' : 'enterprise';
      orgId = e.values.orgId;
      district = e.district;
    } else {
      unit = rng.pick(field.units);
      unitKind = field.key === 'agri' && unit.includes('农业科学院') ? 'agri' : unit.includes('研究') ? 'institute' : 'university';
      dept = unitKind === 'university' ? rng.pick(field.depts) : '';
      orgId = rng.chance(0.35) ? (orgs.byName.get(field.society) ?? orgs.root) : orgs.root;
    }
    const title = rng.weighted(TITLE_TABLES[unitKind]);
    const ks = keywords.slice(0, 3).join('、');
    const extras = [
      `曾获${rng.pick(field.awards)}。`,
      `兼任${field.society}理事。`,
      `长期与南通${rng.pick(orgs.districts).name}企业开展产学研合作。`,
      `入选江苏省“双创计划”。`,
      '',
    ];
    out.push({
      field,
      district,
      achievements: achievementsFor(field, keywords, false),
      values: base({
        name,
        orgId,
        unit,
        title,
        disciplines: rng.sample(field.disciplines, rng.int(1, 2)),
        industries: industriesOf(field),
        keywords,
        bio: `${name}，${title}，就职于${unit}${dept}。主要从事${ks}等方面的研究与工程应用，主持或参与国家及省部级科研项目${rng.int(2, 20)}项，发表学术论文${rng.int(5, 120)}篇，授权发明专利${rng.int(0, 40)}件。${rng.pick(extras)}`,
        isPublic: rng.chance(0.86),
      }),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Demands, their transitions, and the engagements (matches) of the ones that went to docking

type TDemandStatus = (typeof DEMAND_STATUSES)[number];
type TMatchStatus = (typeof MATCH_STATUSES)[number];

/** Share of demands per final state (every state appears). */
const STATUS_SHARE: Array<[TDemandStatus, number]> = [
  ['draft', 6],
  ['pending', 7],
  ['returned', 4],
  ['published', 25],
  ['docking', 18],
  ['signed', 17],
  ['solved', 13],
  ['closed', 10],
];
const CATEGORY_TABLE = weightedTable<(typeof DEMAND_CATEGORIES)[number]>([
  ['技术攻关', 40],
  ['卡脖子', 15],
  ['成果转化', 15],
  ['人才引进', 10],
  ['技术咨询', 20],
]);
const RETURN_REASONS = ['需求描述不够具体，请补充关键技术指标', '请补充预算范围与期望完成时间', '涉及企业商业秘密的内容请改为仅工作人员可见', '请说明现有工艺条件与已尝试的方案'];

interface TGenDemand {
  values: TDemandValues;
  enterprise: number; // index into the enterprises
  field: TField;
  status: TDemandStatus;
  createdAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
  updatedAt: Date;
  transitions: Array<{ from: TDemandStatus; to: TDemandStatus; at: Date; reason: string | null }>;
}

const DAY = 86_400_000;
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function demandText(rng: TRng, category: (typeof DEMAND_CATEGORIES)[number], product: string, keywords: string[]) {
  const [k1, k2] = keywords;
  const problem = rng.pick(PROBLEMS);
  const [metric, better] = rng.pick(METRICS);
  const title = {
    技术攻关: rng.pick([`${product}${k1}技术攻关`, `${k1}工艺优化`, `${product}生产中${k1}难题`, `${k1}与${k2}集成应用`]),
    卡脖子: rng.pick([`${k1}国产化替代`, `高端${product}关键部件依赖进口问题`, `${k1}核心技术突破`]),
    成果转化: rng.pick([`寻求${k1}相关专利成果转化`, `${k1}技术成果引进与产业化`, `${k2}科技成果落地合作`]),
    人才引进: rng.pick([`引进${k1}方向高层次人才（团队）`, `${k1}研发团队柔性引进`, `${k2}方向博士后联合培养`]),
    技术咨询: rng.pick([`${k1}技术路线咨询`, `${product}智能化改造方案咨询`, `${k2}标准与检测咨询`]),
  }[category];
  const goal = {
    技术攻关: `联合攻关${k1}关键技术，${metric}${better}${rng.int(10, 40)}%以上`,
    卡脖子: `突破${k1}核心技术，实现关键材料/部件自主可控，降低对进口的依赖`,
    成果转化: `引进成熟的${k1}技术成果，在我公司${product}产线上实现产业化`,
    人才引进: `以项目合作、技术顾问等方式柔性引进${k1}方向专家团队`,
    技术咨询: `请专家对${k2}提出可行的技术路线与改造方案`,
  }[category];
  const description = `我公司主要生产${product}，目前在${k1}方面存在${problem}等问题，影响${metric}和交付周期。${
    rng.chance(0.5) ? `已尝试调整${k2}相关工艺参数，效果有限。` : ''
  }希望与高校院所专家合作，${goal}。`;
  return { title, description };
}

/** The state path that ends in `status` (with an occasional 退回 loop). */
function pathTo(rng: TRng, status: TDemandStatus): TDemandStatus[] {
  const head: TDemandStatus[] = rng.chance(0.15) ? ['draft', 'pending', 'returned', 'pending'] : ['draft', 'pending'];
  switch (status) {
    case 'draft':
      return ['draft'];
    case 'pending':
      return head;
    case 'returned':
      return ['draft', 'pending', 'returned'];
    case 'published':
      return [...head, 'published'];
    case 'docking':
      return [...head, 'published', 'docking'];
    case 'signed':
    case 'solved':
      return [...head, 'published', 'docking', status];
    default: {
      const r = rng.next();
      if (r < 0.2) return ['draft', 'closed'];
      if (r < 0.5) return [...head, 'published', 'closed'];
      return [...head, 'published', 'docking', rng.chance(0.6) ? 'signed' : 'solved', 'closed'];
    }
  }
}

function genDemands(rng: TRng, ents: TGenEnterprise[], count: number, now: Date): TGenDemand[] {
  const statuses: TDemandStatus[] = [];
  const totalShare = STATUS_SHARE.reduce((a, [, w]) => a + w, 0);
  for (const [s, w] of STATUS_SHARE) for (let i = 0; i < Math.max(1, Math.round((count * w) / totalShare)); i++) statuses.push(s);
  while (statuses.length > count) statuses.splice(statuses.indexOf('published'), 1);
  while (statuses.length < count) statuses.push('published');
  const fiveYears = 5 * 365;
  return rng.sample(statuses, statuses.length).map((status) => {
    const eIdx = rng.chance(0.25) ? rng.int(0, Math.min(ents.length, NAMED_ENTERPRISES.length) - 1) : rng.int(0, ents.length - 1);
    const e = ents[eIdx];
    const field = e.field;
    const category = rng.weighted(CATEGORY_TABLE);
    const keywords = rng.sample(field.keywords, rng.int(2, 4));
    const { title, description } = demandText(rng, category, rng.pick(field.products), keywords);
    const path = pathTo(rng, status);
    const gaps = path.slice(1).map(() => rng.int(2, 40));
    const span = gaps.reduce((a, b) => a + b, 0);
    // Open demands are recent; finished ones spread over five years.
    const oldest = ['draft', 'pending', 'returned', 'published'].includes(status) ? 300 : fiveYears;
    const createdAt = addDays(now, -rng.int(span + 3, Math.max(span + 4, oldest)));
    createdAt.setUTCHours(rng.int(1, 9), rng.int(0, 59), 0, 0);
    const transitions: TGenDemand['transitions'] = [];
    let at = createdAt;
    for (let i = 1; i < path.length; i++) {
      at = addDays(at, gaps[i - 1]);
      transitions.push({ from: path[i - 1], to: path[i], at, reason: path[i] === 'returned' ? rng.pick(RETURN_REASONS) : null });
    }
    const publishedAt = transitions.find((t) => t.to === 'published')?.at ?? null;
    const closedAt = transitions.find((t) => t.to === 'closed')?.at ?? null;
    const budgetMin = rng.chance(0.15) ? null : rng.int(2, 60) * 5;
    return {
      enterprise: eIdx,
      field,
      status,
      createdAt,
      publishedAt,
      closedAt,
      updatedAt: at,
      transitions,
      values: {
        title,
        description,
        category,
        cluster: field.cluster ?? field.alsoClusters?.[0] ?? null,
        industries: [e.values.industry ?? field.industries[0]],
        keywords,
        budgetMin,
        budgetMax: budgetMin == null ? null : Math.round((budgetMin * (1.5 + rng.next() * 1.5)) / 5) * 5,
        deadline: isoDate(addDays(createdAt, rng.int(180, 540))),
        confidentiality: rng.chance(0.15) ? 'staff' : 'public',
      },
    };
  });
}

interface TGenMatch {
  demand: number;
  expert: number;
  status: TMatchStatus;
  score: number;
  reasons: Array<{ kind: string; detail: string }>;
  invitedAt: Date | null;
  respondedAt: Date | null;
}

/** Engagements for demands that went past publication: who was invited, who accepted, who signed. */
function genMatches(rng: TRng, dems: TGenDemand[], exps: TGenExpert[], now: Date): TGenMatch[] {
  const byField = new Map<string, number[]>();
  exps.forEach((e, i) => {
    if (!e.values.isAcademician) byField.set(e.field.key, [...(byField.get(e.field.key) ?? []), i]);
  });
  const out: TGenMatch[] = [];
  dems.forEach((d, di) => {
    if (!d.publishedAt) return;
    const reached = new Set(d.transitions.map((t) => t.to));
    const pool = byField.get(d.field.key) ?? [];
    if (pool.length === 0) return;
    const n = reached.has('docking') ? rng.int(1, 3) : rng.int(0, 3);
    const chosen = rng.sample(pool, n);
    const dockingAt = d.transitions.find((t) => t.to === 'docking')?.at;
    chosen.forEach((ei, k) => {
      const e = exps[ei];
      let status: TMatchStatus;
      if (reached.has('signed')) status = k === 0 ? 'signed' : rng.pick<TMatchStatus>(['declined', 'accepted']);
      else if (reached.has('docking')) status = k === 0 ? 'docking' : rng.pick<TMatchStatus>(['accepted', 'declined', 'contacted']);
      else status = rng.pick<TMatchStatus>(['recommended', 'contacted', 'contacted', 'accepted', 'declined']);
      const shared = e.values.keywords.filter((kw) => d.values.keywords.includes(kw));
      const reasons = [
        ...(shared.length > 0 ? [{ kind: 'keywords', detail: `关键词: ${shared.slice(0, 5).join(', ')}` }] : []),
        ...(d.values.cluster && e.values.industries.includes(d.values.cluster) ? [{ kind: 'cluster', detail: `同属产业集群: ${d.values.cluster}` }] : []),
      ];
      const invitedAt = status === 'recommended' ? null : addDays(d.publishedAt!, rng.int(1, 10));
      const respondedAt =
        invitedAt && status !== 'contacted' ? new Date(Math.min(now.getTime(), (dockingAt ?? addDays(invitedAt, rng.int(1, 7))).getTime())) : null;
      out.push({
        demand: di,
        expert: ei,
        status,
        score: Math.round((0.85 - k * 0.12 - rng.next() * 0.2) * 1000) / 1000,
        reasons: reasons.length > 0 ? reasons : [{ kind: 'industries', detail: `行业: ${d.values.industries[0]}` }],
        invitedAt,
        respondedAt,
      });
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Docking events, service teams and visits, platforms and assessments, funded projects

const VENUES: Record<string, string[]> = {
  root: ['南通国际会议中心', '南通创新区科创中心', '南通大学学术交流中心', '南通市科技馆报告厅'],
  chongchuan: ['崇川区科技创业园', '南通经济技术开发区综合服务中心', '崇川区科技会堂'],
  tongzhou: ['通州区科技创业中心', '南通高新区科创大厦'],
  haimen: ['海门区行政中心会议室', '海门经济技术开发区科创中心'],
  rudong: ['如东县科技会堂', '洋口港经济开发区管委会'],
  qidong: ['启东市科技创业园', '启东经济开发区会议中心'],
  rugao: ['如皋市科技会堂', '如皋高新区氢能产业园'],
  haian: ['海安市科创中心', '海安高新区科技园'],
};

interface TGenEvent {
  values: typeof dockingEvents.$inferInsert;
}

function genEvents(
  rng: TRng,
  orgs: TDemoOrgs,
  ents: Array<TGenEnterprise & { id: number }>,
  dems: Array<TGenDemand & { id: number }>,
  exps: Array<TGenExpert & { id: number }>,
  matchesOf: Map<number, number[]>,
  count: number,
  now: Date,
): TGenEvent[] {
  const out: TGenEvent[] = [];
  const cityName = '南通市';
  const seedEvents = [
    { title: '中国纺织工程学会专家团来通技术对接', field: 'textile', district: null, date: '2022-06-16' },
    { title: '南通创新区建设院士咨询会', field: 'ai', district: null, date: '2022-05-27' },
    { title: '“科创中国”苏中区域科技服务团实地调研江苏浦丹光电技术有限公司', field: 'ict', district: 'chongchuan', date: '2022-07-08' },
    { title: '中科院专家走进海安科技服务活动', field: 'material', district: 'haian', date: '2022-04-22' },
    { title: '如皋市“科创江苏”科技创新服务对接活动', field: 'hydrogen', district: 'rugao', date: '2022-08-19' },
  ];
  const titleFor = (field: TField, district: string | null) => {
    const where = district ? orgs.district(district).name : cityName;
    const topic = field.cluster ?? field.alsoClusters?.[0] ?? field.keywords[0];
    return rng.pick([
      `${where}${topic}产学研对接会`,
      `“科创南通”${topic}专场对接活动`,
      `院士专家${where}行·${topic}专场`,
      `${where}${topic}企业技术需求发布暨专家对接会`,
      `“科创中国”${topic}产业技术服务对接会`,
    ]);
  };
  for (let i = 0; i < count; i++) {
    const seeded = seedEvents[i];
    const district = seeded ? seeded.district : rng.chance(0.3) ? null : rng.pick(orgs.districts).code;
    const field = seeded
      ? fieldByKey(seeded.field)
      : district && rng.chance(0.7)
        ? fieldByKey(rng.pick(DISTRICT_FIELDS[district] ?? ['equip']))
        : rng.weighted(FIELD_TABLE);
    const date = seeded ? seeded.date : isoDate(addDays(now, -rng.int(i < count - 3 ? 5 : -40, 5 * 365)));
    const inPlace = (orgIdDistrict: string) => district === null || orgIdDistrict === district;
    const candidates = dems.filter(
      (d) => d.field.key === field.key && d.publishedAt && isoDate(d.publishedAt) <= date && inPlace(ents[d.enterprise].district) && d.transitions.some((t) => t.to === 'docking'),
    );
    const linked = rng.sample(candidates, rng.int(0, Math.min(4, candidates.length)));
    const expertIds = new Set<number>(linked.flatMap((d) => (matchesOf.get(d.id) ?? []).slice(0, 2)));
    for (const e of rng.sample(
      exps.filter((x) => x.field.key === field.key),
      rng.int(2, 8),
    ))
      expertIds.add(e.id);
    const enterpriseIds = new Set<number>(linked.map((d) => ents[d.enterprise].id));
    const sameField = ents.filter((x) => x.field.key === field.key && inPlace(x.district));
    const local = sameField.length > 0 ? sameField : ents.filter((x) => inPlace(x.district));
    for (const e of rng.sample(local, rng.int(1, 6))) enterpriseIds.add(e.id);
    const upcoming = date > isoDate(now);
    const signed = linked.filter((d) => d.transitions.some((t) => t.to === 'signed')).length;
    const agreements = upcoming ? 0 : signed + rng.int(0, 3);
    const value = agreements === 0 ? null : Math.round(agreements * (30 + rng.next() * 270) * 100) / 100;
    out.push({
      values: {
        orgId: district ? orgs.district(district).id : orgs.root,
        title: seeded?.title ?? titleFor(field, district),
        date,
        place: rng.pick(VENUES[district ?? 'root'] ?? VENUES.root),
        organizer: `${district ? orgs.district(district).name : cityName}科协${rng.chance(0.6) ? `、${rng.pick(field.units)}` : ''}`,
        demandIds: linked.map((d) => d.id),
        expertIds: [...expertIds],
        enterpriseIds: [...enterpriseIds],
        agreementsSigned: agreements,
        contractValue: value,
        summary: upcoming
          ? '活动筹备中，已征集企业技术需求并邀请相关专家。'
          : `${enterpriseIds.size}家企业、${expertIds.size}位专家参加，发布技术需求${linked.length + rng.int(2, 12)}项，现场签约${agreements}项${value ? `，合同金额${value}万元` : ''}，另有${rng.int(1, 8)}项达成合作意向。`,
        isDemo: true,
      },
    });
  }
  return out;
}

interface TGenTeam {
  values: typeof serviceTeams.$inferInsert;
  district: string | null;
  field: TField;
}

/** City-level teams per cluster, and the district teams the seed article mentions. */
const TEAM_PLAN: Array<{ name: string; field: string; district: string | null; cluster: string }> = [
  { name: '南通市船舶海工产业专家服务团', field: 'ship', district: null, cluster: '船舶海工' },
  { name: '南通市高端纺织产业专家服务团', field: 'textile', district: null, cluster: '高端纺织' },
  { name: '南通市新材料产业专家服务团', field: 'material', district: null, cluster: '新材料' },
  { name: '南通市新一代信息技术产业专家服务团', field: 'ict', district: null, cluster: '新一代信息技术' },
  { name: '南通市高端装备产业专家服务团', field: 'equip', district: null, cluster: '高端装备' },
  { name: '南通市生物医药产业专家服务团', field: 'bio', district: null, cluster: '生物医药' },
  { name: '南通市新能源产业专家服务团', field: 'energy', district: null, cluster: '新能源' },
  { name: '如皋市氢能产业专家服务团', field: 'hydrogen', district: 'rugao', cluster: '氢能' },
  { name: '崇川区助企创新专委会专家服务团', field: 'equip', district: 'chongchuan', cluster: '高端装备' },
  { name: '海门区智能产业专家服务团', field: 'ai', district: 'haimen', cluster: '人工智能' },
  { name: '海安市新材料产业专家服务团', field: 'material', district: 'haian', cluster: '新材料' },
  { name: '启东市海洋工程专家服务团', field: 'ship', district: 'qidong', cluster: '船舶海工' },
];
const VISIT_TOPICS = ['生产工艺现场诊断', '新产品研发方向研讨', '质量问题分析', '智能化改造方案论证', '科技项目申报辅导', '人才培养与校企合作洽谈', '专利布局与成果转化指导'];

function genTeams(rng: TRng, orgs: TDemoOrgs, ents: Array<TGenEnterprise & { id: number }>, exps: Array<TGenExpert & { id: number }>) {
  const teams: TGenTeam[] = [];
  for (const p of TEAM_PLAN) {
    const field = fieldByKey(p.field);
    if (p.district && !orgs.districts.some((d) => d.code === p.district)) continue;
    const pool = exps.filter((e) => e.field.key === field.key || clustersOf(e.field).includes(p.cluster));
    const leadPool = pool.filter((e) => e.values.isAcademician || e.values.title === '教授' || e.values.title === '研究员');
    if (pool.length === 0) continue;
    const lead = leadPool.length > 0 ? rng.pick(leadPool) : rng.pick(pool);
    const members = rng
      .sample(
        pool.filter((e) => e.id !== lead.id && e.values.isPublic),
        rng.int(6, 14),
      )
      .map((e) => e.id);
    const inPlace = ents.filter((e) => !p.district || e.district === p.district);
    const related = inPlace.filter((e) => e.field.key === field.key || e.values.clusters.includes(p.cluster));
    // A district team also serves the district's other enterprises when its own cluster has few.
    const entPool = related.length >= 6 ? related : [...related, ...rng.sample(inPlace.filter((e) => !related.includes(e)), 8)];
    teams.push({
      field,
      district: p.district,
      values: {
        orgId: p.district ? orgs.district(p.district).id : orgs.root,
        name: p.name,
        cluster: p.cluster,
        leadExpertId: lead.id,
        memberExpertIds: members,
        enterpriseIds: rng.sample(entPool, rng.int(Math.min(5, entPool.length), Math.min(18, entPool.length))).map((e) => e.id),
        description: `围绕${p.cluster}产业链，组织高校院所专家定期走访企业，开展技术诊断、需求对接与成果转化服务。`,
        isDemo: true,
      },
    });
  }
  return teams;
}

function genVisits(rng: TRng, teams: Array<TGenTeam & { id: number }>, now: Date) {
  const visits: Array<typeof serviceVisits.$inferInsert> = [];
  for (const t of teams) {
    const experts = [t.values.leadExpertId!, ...(t.values.memberExpertIds ?? [])];
    const ents = t.values.enterpriseIds ?? [];
    if (ents.length === 0) continue;
    for (let i = rng.int(10, 30); i > 0; i--) {
      const date = addDays(now, -rng.int(1, 4 * 365));
      const topic = rng.pick(VISIT_TOPICS);
      const solved = rng.int(0, 4);
      visits.push({
        teamId: t.id,
        enterpriseId: rng.pick(ents),
        date: isoDate(date),
        expertIds: rng.sample(experts, rng.int(1, Math.min(4, experts.length))),
        summary: `服务团专家赴企业开展${topic}，围绕${rng.pick(t.field.keywords)}与企业技术团队深入交流，${solved > 0 ? `现场解决技术问题${solved}个` : '梳理形成问题清单，约定后续跟进'}。`,
        problemsSolved: solved,
        isDemo: true,
        createdAt: addDays(date, 1),
      });
    }
  }
  return visits;
}

interface TGenPlatform {
  values: typeof platforms.$inferInsert;
}

const RATING_TABLE = weightedTable<'优秀' | '良好' | '合格' | '不合格'>([
  ['优秀', 22],
  ['良好', 45],
  ['合格', 28],
  ['不合格', 5],
]);
const RATING_SCORE = { 优秀: [90, 98], 良好: [80, 89], 合格: [65, 79], 不合格: [45, 59] } as const;

function genPlatforms(rng: TRng, orgs: TDemoOrgs, ents: Array<TGenEnterprise & { id: number }>, exps: Array<TGenExpert & { id: number }>, now: Date): TGenPlatform[] {
  const out: TGenPlatform[] = [];
  const expertNamed = (name: string) => exps.find((e) => e.values.name === name);
  const entNamed = (name: string) => ents.find((e) => e.values.name === name);
  const jiang = expertNamed('蒋士成');
  const gu = expertNamed('顾晓松');
  const orgOf = (district: string | null) => (district ? orgs.district(district).id : orgs.root);
  const add = (v: Omit<typeof platforms.$inferInsert, 'isDemo'>) => {
    out.push({ values: { ...v, isDemo: true } });
  };
  const fieldExperts = (key: string, n: number) => rng.sample(exps.filter((e) => e.field.key === key && !e.values.isAcademician), n).map((e) => e.id);

  add({
    orgId: orgs.root,
    kind: 'academician_center',
    name: '江苏纺织产业院士协同创新中心',
    level: 'provincial',
    hostName: '南通大学',
    expertIds: [...(jiang ? [jiang.id] : []), ...fieldExperts('textile', 4)],
    academicians: ['蒋士成'],
    establishedOn: '2019-11-08',
    validUntil: '2024-11-07',
    description: '蒋士成等院士在通建立，围绕化纤、家纺、功能性纺织品开展协同攻关与成果转化。',
  });
  add({
    orgId: orgOf('rugao'),
    kind: 'academician_center',
    name: '江苏新能源制氢产业院士协同创新中心',
    level: 'provincial',
    hostName: '如皋高新技术产业开发区',
    expertIds: [...(jiang ? [jiang.id] : []), ...fieldExperts('hydrogen', 4)],
    academicians: ['蒋士成'],
    establishedOn: '2020-09-18',
    validUntil: '2025-09-17',
    description: '蒋士成等院士在通建立，聚焦电解水制氢、储运与燃料电池应用，服务如皋氢能产业集聚。',
  });
  add({
    orgId: orgs.byName.get('南通大学科学技术协会') ?? orgs.root,
    kind: 'academician_center',
    name: '中国脊髓损伤修复与功能重建创新联盟',
    level: 'national',
    hostName: '南通大学',
    expertIds: [...(gu ? [gu.id] : []), ...fieldExperts('bio', 3)],
    academicians: ['顾晓松'],
    establishedOn: '2021-04-23',
    description: '顾晓松等三位院士在通发起成立，联合医疗机构与企业开展脊髓损伤修复与功能重建研究及转化。',
  });
  const longchang = entNamed('江苏隆昌化工有限公司');
  const chemAcademician = exps.find((e) => e.values.isAcademician && e.field.key === 'chem');
  add({
    orgId: longchang?.values.orgId ?? orgOf('rugao'),
    kind: 'demo_station',
    name: '隆昌化工院士工作站',
    level: 'national',
    hostEnterpriseId: longchang?.id ?? null,
    hostName: longchang ? null : '江苏隆昌化工有限公司',
    expertIds: [...(chemAcademician ? [chemAcademician.id] : []), ...fieldExperts('chem', 3)],
    academicians: chemAcademician ? [chemAcademician.values.name] : [],
    establishedOn: '2011-06-15',
    validUntil: '2026-06-14',
    description: '获评全国首批示范院士专家工作站，围绕精细化工绿色合成与过程安全开展院企合作。',
  });
  add({
    orgId: orgs.root,
    kind: 'haizhi_base',
    name: '中国科协“海智计划”南通工作基地',
    level: 'national',
    hostName: '南通市科学技术协会',
    expertIds: exps
      .filter((e) => /^[A-Za-z]/.test(e.values.name))
      .slice(0, 6)
      .map((e) => e.id),
    establishedOn: '2018-10-26',
    validUntil: '2026-10-25',
    description: '国家级海智基地：搭建海外高层次科技人才服务地方经济发展平台。',
  });
  const provincialHaizhi: Array<[string, string]> = [
    ['江苏省“海智计划”南通经济技术开发区工作基地', 'chongchuan'],
    ['江苏省“海智计划”海门工作基地', 'haimen'],
    ['江苏省“海智计划”启东工作基地', 'qidong'],
  ];
  const overseas = exps.filter((e) => /^[A-Za-z]/.test(e.values.name));
  provincialHaizhi.forEach(([name, district], i) => {
    add({
      orgId: orgOf(orgs.districts.some((d) => d.code === district) ? district : null),
      kind: 'haizhi_base',
      name,
      level: 'provincial',
      hostName: `${orgs.districts.find((d) => d.code === district)?.name ?? '南通市'}科学技术协会`,
      expertIds: overseas.slice(6 + i * 3, 9 + i * 3).map((e) => e.id),
      establishedOn: isoDate(addDays(new Date('2019-01-01T00:00:00Z'), rng.int(0, 3 * 365))),
      description: '省级海智基地：引进海外专家为企业解决技术难题。',
    });
  });

  // Academician workstations in the larger enterprises (provincial and municipal).
  const academicians = exps.filter((e) => e.values.isAcademician);
  const hosts = rng.sample(
    ents.filter((e) => e.values.scale === '大型' || e.values.scale === '中型').filter((e) => e.values.name !== '江苏隆昌化工有限公司'),
    22,
  );
  hosts.forEach((h, i) => {
    const a = academicians.find((x) => x.field.key === h.field.key) ?? rng.pick(academicians);
    const established = addDays(now, -rng.int(2 * 365, 12 * 365));
    const short = h.values.name.replace(/(股份)?有限公司$/, '').replace(/^江苏|^南通/, '');
    const status = i === 20 ? 'revoked' : i === 21 ? 'suspended' : 'active';
    add({
      orgId: h.values.orgId,
      kind: 'academician_workstation',
      name: `${short}院士工作站`,
      level: i < 8 ? 'provincial' : 'municipal',
      hostEnterpriseId: h.id,
      expertIds: [a.id, ...fieldExperts(h.field.key, rng.int(1, 3))],
      academicians: [a.values.name],
      establishedOn: isoDate(established),
      validUntil: isoDate(addDays(established, 5 * 365 + rng.int(0, 5) * 365)),
      status,
      description: `依托${h.values.name}建设，院士团队围绕${rng.sample(h.field.keywords, 2).join('、')}与企业联合攻关。`,
    });
  });
  return out;
}

function genAssessments(rng: TRng, plats: Array<TGenPlatform & { id: number }>, now: Date) {
  const lastYear = now.getUTCFullYear() - 1;
  const rows: Array<typeof platformAssessments.$inferInsert> = [];
  for (const p of plats) {
    const first = Math.max(Number((p.values.establishedOn ?? '2019').slice(0, 4)) + 1, lastYear - 4);
    for (let year = first; year <= lastYear; year++) {
      const rating = p.values.status === 'revoked' && year === lastYear ? '不合格' : rng.weighted(RATING_TABLE);
      const [lo, hi] = RATING_SCORE[rating];
      rows.push({
        platformId: p.id,
        year,
        rating,
        score: rng.int(lo * 10, hi * 10) / 10,
        note: rating === '不合格' ? '年度工作开展不足，限期整改' : rating === '优秀' ? '院企合作成效显著' : null,
        createdAt: new Date(Date.UTC(year + 1, 2, rng.int(1, 28))),
      });
    }
  }
  return rows;
}

const KCJS = '科创江苏专项行动计划';
/** 2022: the six 科创江苏 projects of the seed article (three of them named there). */
const PROJECTS_2022: Array<{ name: string; field: string; district: string | null }> = [
  { name: '新能源材料专利转化', field: 'energy', district: 'qidong' },
  { name: '高端纺织长绒棉花培育与产业化', field: 'textile', district: 'haimen' },
  { name: '城市地下空间开发与利用', field: 'env', district: null },
  { name: '如皋市“科创江苏”试点县（市、区）建设', field: 'hydrogen', district: 'rugao' },
  { name: '海工装备高强钢智能焊接技术服务', field: 'ship', district: 'qidong' },
  { name: '集成电路先进封装产学研协同创新', field: 'ic', district: 'chongchuan' },
];

function genProjects(rng: TRng, orgs: TDemoOrgs, ents: Array<TGenEnterprise & { id: number }>, now: Date) {
  const rows: Array<typeof fundedProjects.$inferInsert> = [];
  const thisYear = now.getUTCFullYear();
  const orgOf = (district: string | null) => (district && orgs.districts.some((d) => d.code === district) ? orgs.district(district).id : orgs.root);
  const pickEnterprise = (field: string, district: string | null) => {
    const pool = ents.filter((e) => e.field.key === field && (!district || e.district === district));
    return pool.length > 0 ? rng.pick(pool) : undefined;
  };
  const statusFor = (year: number) => (year <= thisYear - 3 ? 'completed' : year < thisYear ? 'ongoing' : 'approved');
  for (const p of PROJECTS_2022) {
    const e = p.district === 'rugao' || p.district === null ? undefined : pickEnterprise(p.field, p.district);
    rows.push({
      orgId: orgOf(p.district),
      name: p.name,
      programme: KCJS,
      level: 'provincial',
      year: 2022,
      leadUnit: e?.values.name ?? `${p.district ? orgs.district(p.district).name : '南通市'}科学技术协会`,
      enterpriseId: e?.id ?? null,
      status: statusFor(2022),
      amount: rng.int(10, 50),
      isDemo: true,
    });
  }
  const programmes: Array<[string, 'national' | 'provincial' | 'municipal', number]> = [
    [KCJS, 'provincial', 6],
    ['“科创中国”创新枢纽城市建设', 'national', 2],
    ['“科创南通”助力产业发展专项行动', 'municipal', 5],
  ];
  const names = new Set(rows.map((r) => r.name));
  for (let year = 2021; year <= thisYear; year++) {
    for (const [programme, level, perYear] of programmes) {
      if (programme === KCJS && year === 2022) continue;
      if (programme === '“科创南通”助力产业发展专项行动' && year < 2022) continue;
      for (let i = rng.int(Math.max(1, perYear - 2), perYear); i > 0; i--) {
        const field = rng.weighted(FIELD_TABLE);
        const e = pickEnterprise(field.key, null);
        const name = `${rng.pick(field.keywords)}${rng.pick(['关键技术攻关与产业化', '产学研协同创新', '技术服务与成果转化', '院士专家服务企业创新'])}`;
        if (names.has(`${year}${programme}${name}`)) continue;
        names.add(`${year}${programme}${name}`);
        rows.push({
          orgId: e ? orgOf(e.district) : orgs.root,
          name,
          programme,
          level,
          year,
          leadUnit: e?.values.name ?? '南通市科学技术协会',
          enterpriseId: e?.id ?? null,
          status: year === thisYear && rng.chance(0.3) ? 'applied' : statusFor(year),
          amount: level === 'municipal' ? rng.int(5, 20) : rng.int(10, 80),
          isDemo: true,
        });
      }
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Seeding

export interface TSeedInnovationOptions {
  log?: (message: string) => void;
  experts?: number;
  enterprises?: number;
  demands?: number;
  /** PRNG seed: the same seed (and `now`) gives the same data. */
  seed?: number;
  /** "Now" for the five-year spread of dates (tests pin it). */
  now?: Date;
  /** Rebuild the matcher's index at the end (default true). */
  rebuildIndex?: boolean;
}

export interface TSeedInnovationResult {
  seeded: boolean;
  counts: Record<string, number>;
  ms: number;
  indexMs: number;
}

async function loadDemoOrgs(db: Db): Promise<TDemoOrgs> {
  const all = await loadFakeOrgs(db);
  const root = all.find((o) => o.kind === 'city') ?? all[0];
  const districts = all
    .filter((o) => o.kind === 'district')
    .map((d) => ({
      code: d.code,
      id: d.id,
      adcode: d.district?.adcode || '320600',
      name: d.name.replace(/(科学技术协会|科协)$/, ''),
      children: all.filter((c) => c.id !== d.id && c.district?.code === d.code && (c.kind === 'township' || c.kind === 'park')).map((c) => c.id),
    }));
  if (districts.length === 0) throw new Error('innovation demo: the org tree has no district (县区科协)');
  const byCode = new Map(districts.map((d) => [d.code, d]));
  return {
    root: root.id,
    byName: new Map(all.map((o) => [o.name, o.id])),
    districts,
    // Another city's configuration has other district codes: fall back to one of its own districts.
    district: (code) => byCode.get(code) ?? districts[Math.abs([...code].reduce((a, c) => a + c.charCodeAt(0), 0)) % districts.length],
  };
}

async function insertChunks<T extends Record<string, unknown>, R>(rows: T[], insert: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(...(await insert(rows.slice(i, i + BATCH))));
  return out;
}

/**
 * Seeds the 科创服务 demo into a database that holds no experts or enterprises yet (call it after the
 * foundation seeder: it links the demo accounts expert_demo and enterprise_demo when they exist).
 * One transaction per entity, inserts in batches; at the end the matcher's index is rebuilt.
 */
export async function seedInnovationDemo(db: Db, city: TCityConfig, opts: TSeedInnovationOptions = {}): Promise<TSeedInnovationResult> {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const [existing] = await queryRows<{ n: number }>(db, sql`select (select count(*) from experts)::int + (select count(*) from enterprises)::int as n`);
  if (Number(existing.n) > 0) {
    log('innovation demo skipped: experts or enterprises exist (科创演示数据未加载：已有专家或企业数据)');
    return { seeded: false, counts: {}, ms: Math.round(performance.now() - t0), indexMs: 0 };
  }
  const rng = createRng(opts.seed ?? 20221028);
  const now = opts.now ?? new Date();
  const nowYear = now.getUTCFullYear();
  const orgs = await loadDemoOrgs(db);
  const counts: Record<string, number> = {};
  // Another city configures other clusters: cluster names it lacks are dropped (industries stay).
  const configured = new Set([...city.clusters.key, ...city.clusters.emerging, ...city.clusters.future]);
  const keepCluster = (name: string) => configured.has(name) || !CLUSTER_NAMES.has(name);
  const spread = (created: Date) => ({ createdAt: created, updatedAt: addDays(created, rng.int(0, Math.max(0, Math.floor((now.getTime() - created.getTime()) / DAY)))) });

  // Enterprises (企业库) — and the demo enterprise account acts for its company.
  const entGen = genEnterprises(rng, orgs, opts.enterprises ?? INNOVATION_DEMO_DEFAULTS.enterprises, now);
  for (const e of entGen) e.values.clusters = e.values.clusters.filter(keepCluster);
  const ents = await db.transaction(async (tx) => {
    const ids = await insertChunks(
      entGen.map((e) => ({ ...enterpriseRowValues(e.values), isDemo: true, ...spread(addDays(now, -rng.int(30, 5 * 365))) })),
      (chunk) => tx.insert(enterprises).values(chunk).returning({ id: enterprises.id }),
    );
    const withIds = entGen.map((e, i) => ({ ...e, id: ids[i].id }));
    const [account] = await tx.select({ id: users.id, orgId: users.orgId }).from(users).where(eq(users.username, 'enterprise_demo'));
    const own = account && withIds.find((e) => e.values.orgId === account.orgId && NAMED_ENTERPRISES.some((n) => n.name === e.values.name));
    if (account && own) await tx.insert(enterpriseUsers).values({ enterpriseId: own.id, userId: account.id });
    return withIds;
  });
  counts.enterprises = ents.length;
  log(`  enterprises: ${ents.length}`);

  // Experts (专家库) with their achievements — the demo expert account is a 南通大学 expert.
  const expGen = genExperts(rng, orgs, entGen, opts.experts ?? INNOVATION_DEMO_DEFAULTS.experts, nowYear);
  for (const e of expGen) e.values.industries = e.values.industries.filter(keepCluster);
  const exps = await db.transaction(async (tx) => {
    const [account] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'expert_demo'));
    if (account) {
      const mine = expGen.find((e) => e.values.unit === '南通大学' && !e.values.isAcademician);
      if (mine) mine.values.userId = account.id;
    }
    const ids = await insertChunks(
      expGen.map((e) => ({ ...expertRowValues(e.values), isDemo: true, ...spread(addDays(now, -rng.int(1, 5 * 365))) })),
      (chunk) => tx.insert(experts).values(chunk).returning({ id: experts.id }),
    );
    const withIds = expGen.map((e, i) => ({ ...e, id: ids[i].id }));
    const achievements = withIds.flatMap((e) => e.achievements.map((a) => ({ expertId: e.id, ...a })));
    await insertChunks(achievements, (chunk) => tx.insert(expertAchievements).values(chunk).returning({ id: expertAchievements.id }));
    counts.achievements = achievements.length;
    return withIds;
  });
  counts.experts = exps.length;
  log(`  experts: ${exps.length} (${counts.achievements} achievements)`);

  // Demands (技术需求) with their transitions and engagements.
  const demGen = genDemands(rng, entGen, opts.demands ?? INNOVATION_DEMO_DEFAULTS.demands, now);
  for (const d of demGen) if (d.values.cluster && !keepCluster(d.values.cluster)) d.values.cluster = null;
  const matchGen = genMatches(rng, demGen, expGen, now);
  const { dems, matchesOf } = await db.transaction(async (tx) => {
    const ids = await insertChunks(
      demGen.map((d) => ({
        ...demandRowValues(d.values),
        enterpriseId: ents[d.enterprise].id,
        orgId: ents[d.enterprise].values.orgId,
        status: d.status,
        returnReason: d.status === 'returned' ? (d.transitions.at(-1)?.reason ?? null) : null,
        publishedAt: d.publishedAt,
        closedAt: d.closedAt,
        isDemo: true,
        createdAt: d.createdAt,
        updatedAt: d.updatedAt,
      })),
      (chunk) => tx.insert(demands).values(chunk).returning({ id: demands.id }),
    );
    const withIds = demGen.map((d, i) => ({ ...d, id: ids[i].id }));
    // The history names who made each move (issue 12 §2): the enterprise's contact for its own moves,
    // the demo staff account of the demand's district (else the city's) for the reviews.
    const staff = await queryRows<{ id: number; name: string; org_id: number; org_name: string; path: string }>(
      tx,
      sql`select u.id, u.display_name as name, u.org_id, o.name as org_name, o.path from users u join orgs o on o.id = u.org_id
          where u.roles && array['city_staff','district_staff']::text[] order by length(o.path) desc, u.id`,
    );
    const orgRows = await queryRows<{ id: number; name: string; path: string }>(tx, sql`select id, name, path from orgs`);
    const orgById = new Map(orgRows.map((o) => [o.id, o]));
    const reviewerOf = (orgId: number) => {
      const org = orgById.get(orgId);
      const s = staff.find((x) => org?.path.startsWith(x.path));
      if (s) return { actorId: s.id, actorName: s.name, actorOrgId: s.org_id, actorOrgName: s.org_name };
      const root = orgById.get(orgs.root);
      return { actorId: null, actorName: '演示·市科协工作人员', actorOrgId: orgs.root, actorOrgName: root?.name ?? null };
    };
    const transitions = withIds.flatMap((d) => {
      const e = ents[d.enterprise].values;
      const owner = { actorId: null, actorName: e.contactName ?? `${e.name}联系人`, actorOrgId: null, actorOrgName: e.name };
      return d.transitions.map((t) => ({
        entity: 'demand',
        entityId: d.id,
        orgId: e.orgId,
        fromStatus: t.from,
        toStatus: t.to,
        ...(DEMAND_WORKFLOW.rule(t.from, t.to)?.who.includes('reviewer') ? reviewerOf(e.orgId) : owner),
        reason: t.reason,
        at: t.at,
      }));
    });
    await insertTransitions(tx, transitions);
    counts.transitions = transitions.length;
    const matchRows = matchGen.map((m) => ({
      demandId: withIds[m.demand].id,
      expertId: exps[m.expert].id,
      status: m.status,
      score: m.score,
      reasons: m.reasons,
      invitedAt: m.invitedAt,
      respondedAt: m.respondedAt,
      isDemo: true,
      createdAt: withIds[m.demand].publishedAt ?? now,
      updatedAt: m.respondedAt ?? m.invitedAt ?? withIds[m.demand].publishedAt ?? now,
    }));
    const matchIds = await insertChunks(matchRows, (chunk) =>
      tx.insert(matches).values(chunk).onConflictDoNothing().returning({ id: matches.id, demandId: matches.demandId, expertId: matches.expertId }),
    );
    counts.matches = matchRows.length;
    // The engagements' moves, by the district's staff and the expert (推荐 → 已联系 → 专家接受/婉拒 → 对接中 → 已签约).
    const idOf = new Map(matchIds.map((m) => [`${m.demandId}:${m.expertId}`, m.id]));
    const matchMoves = matchGen.flatMap((m) => {
      const id = idOf.get(`${withIds[m.demand].id}:${exps[m.expert].id}`);
      if (!id || !m.invitedAt) return [];
      const orgId = ents[withIds[m.demand].enterprise].values.orgId;
      const staffActor = reviewerOf(orgId);
      const e = exps[m.expert].values;
      const expertActor = { actorId: e.userId ?? null, actorName: e.name, actorOrgId: null, actorOrgName: e.unit ?? null };
      const answered = m.respondedAt ?? m.invitedAt;
      type TWho = { actorId: number | null; actorName: string; actorOrgId: number | null; actorOrgName: string | null };
      const steps: Array<[TMatchStatus, TMatchStatus, Date, TWho]> = [['recommended', 'contacted', m.invitedAt, staffActor]];
      if (m.status !== 'contacted') steps.push(['contacted', m.status === 'declined' ? 'declined' : 'accepted', answered, expertActor]);
      if (m.status === 'docking' || m.status === 'signed') steps.push(['accepted', 'docking', answered, staffActor]);
      if (m.status === 'signed') steps.push(['docking', 'signed', answered, staffActor]);
      return steps.map(([from, to, at, who]) => ({ entity: 'match', entityId: id, orgId, fromStatus: from, toStatus: to, ...who, reason: null, at }));
    });
    await insertTransitions(tx, matchMoves);
    const byDemand = new Map<number, number[]>();
    for (const m of matchRows) byDemand.set(m.demandId, [...(byDemand.get(m.demandId) ?? []), m.expertId]);
    return { dems: withIds, matchesOf: byDemand };
  });
  counts.demands = dems.length;
  log(`  demands: ${dems.length} (${counts.transitions} transitions, ${counts.matches} engagements)`);

  // Docking events (产学研对接).
  const events = genEvents(rng, orgs, ents, dems, exps, matchesOf, Math.max(20, Math.round(dems.length * 0.3)), now);
  await db.transaction(async (tx) => {
    await insertChunks(
      events.map((e) => ({ ...e.values, createdAt: addDays(new Date(`${e.values.date}T10:00:00Z`), 1) })),
      (chunk) => tx.insert(dockingEvents).values(chunk).returning({ id: dockingEvents.id }),
    );
  });
  counts.dockingEvents = events.length;

  // Expert service teams (专家服务团) and their visits.
  const teamGen = genTeams(rng, orgs, ents, exps);
  counts.visits = await db.transaction(async (tx) => {
    const ids = await tx
      .insert(serviceTeams)
      .values(teamGen.map((t) => ({ ...t.values, createdAt: new Date(Date.UTC(2022, 5, 1)) })))
      .returning({ id: serviceTeams.id });
    const teams = teamGen.map((t, i) => ({ ...t, id: ids[i].id }));
    const visits = genVisits(rng, teams, now);
    await insertChunks(visits, (chunk) => tx.insert(serviceVisits).values(chunk).returning({ id: serviceVisits.id }));
    return visits.length;
  });
  counts.serviceTeams = teamGen.length;

  // Platforms (创新平台) and their yearly assessments.
  const platGen = genPlatforms(rng, orgs, ents, exps, now);
  counts.assessments = await db.transaction(async (tx) => {
    const ids = await tx.insert(platforms).values(platGen.map((p) => p.values)).returning({ id: platforms.id });
    const rows = genAssessments(
      rng,
      platGen.map((p, i) => ({ ...p, id: ids[i].id })),
      now,
    );
    await insertChunks(rows, (chunk) => tx.insert(platformAssessments).values(chunk).returning({ id: platformAssessments.id }));
    return rows.length;
  });
  counts.platforms = platGen.length;

  // Funded projects (科创江苏 立项 …).
  const projects = genProjects(rng, orgs, ents, now);
  await db.transaction(async (tx) => {
    await insertChunks(projects, (chunk) => tx.insert(fundedProjects).values(chunk).returning({ id: fundedProjects.id }));
    await recordAudit(tx, null, { entity: 'demo_innovation', action: 'seed', orgId: orgs.root, note: '科创服务演示数据', after: { module: 'innovation', ...counts, fundedProjects: projects.length } });
  });
  counts.fundedProjects = projects.length;

  const ms = Math.round(performance.now() - t0);
  let indexMs = 0;
  if (opts.rebuildIndex !== false) {
    const t1 = performance.now();
    const index = await rebuildMatchIndex(db);
    indexMs = Math.round(performance.now() - t1);
    log(`  matcher index: ${index.experts} experts, ${index.terms} terms in ${indexMs} ms`);
  }
  log(
    `innovation demo loaded (科创演示数据): ${counts.experts} experts, ${counts.enterprises} enterprises, ${counts.demands} demands, ${counts.dockingEvents} docking events, ${counts.serviceTeams} service teams (${counts.visits} visits), ${counts.platforms} platforms (${counts.assessments} assessments), ${counts.fundedProjects} funded projects in ${ms} ms`,
  );
  return { seeded: true, counts, ms, indexMs };
}
