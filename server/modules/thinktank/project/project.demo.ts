import { sql } from 'drizzle-orm';
import { RESEARCH_TYPE_LABELS, type TProjectGrade, type TProjectStatus, type TResearchType } from '../../../../shared/thinktank-project.js';
import { type Db, queryRows } from '../../../db/client.js';
import { createRng, fakeName, loadFakeOrgs } from '../../../platform/demo/fake.js';
import { indexTokens } from '../../../platform/search/text.js';
import { insertTransitions, type TTransitionInsert } from '../../../platform/workflow/workflow.repo.js';
import type { TProjectValues } from './project.repo.js';
import { researchCalls, researchPayments, researchProjects, researchReports, researchReviews, type TTeamMember } from './project.schema.js';
import { conflictsOf, PROJECT_ENTITY } from './project.service.js';

// Five years (2022–2026) of 智库项目 and 软科学课题: one call a year of each type, 立项 in June / July,
// 中期检查 in winter, 结题 and 资助 the next summer. The seed article's counts: 59 科技创新智库项目 and
// 45 市级软科学研究课题 立项 in five years; about forty applications 不立项 or 初审退回 besides. The 2026
// round is 已立项 / 中期; a second 2026 soft-science call (新质生产力专项) is still open, with applications
// waiting for 初审 and in 专家评审 (the staff's and the experts' to-dos).

export const PROJECT_DEMO_YEARS = [2022, 2023, 2024, 2025, 2026] as const;
/** 立项 per year and type: 59 智库项目 and 45 软科学课题 in five years. */
export const PROJECT_DEMO_APPROVED: Record<TResearchType, readonly number[]> = {
  thinktank: [11, 12, 12, 12, 12],
  soft_science: [8, 9, 9, 9, 10],
};
/** Per past call: 不立项 after the expert review, and 初审退回 never resubmitted. */
const REJECTED_PER_CALL = 3;
const RETURNED_PER_CALL = 1;
export const PROJECT_DEMO_REPORT_TITLE = '南通化纤产业高质量发展研究报告';
const FIBRE_TITLE = '南通化纤产业高质量发展研究';

const BUDGET: Record<TResearchType, { key: number; general: number; team: number }> = {
  thinktank: { key: 50_000, general: 20_000, team: 6 },
  soft_science: { key: 30_000, general: 10_000, team: 8 },
};

interface TSchedule {
  published: string;
  deadline: string;
  approved: string;
  midterm: string;
}
const scheduleOf = (type: TResearchType, y: number): TSchedule =>
  type === 'thinktank'
    ? { published: `${y}-02-20`, deadline: `${y}-04-15`, approved: `${y}-06-16`, midterm: `${y}-11-18` }
    : { published: `${y}-03-10`, deadline: `${y}-05-10`, approved: `${y}-07-08`, midterm: `${y}-12-01` };

// ---------------------------------------------------------------------------------------------------
// Units (负责人单位) and the org each applies through (归口); units outside the org tree go through 市科协.

interface TUnit {
  unit: string;
  org: string | null;
  titles: readonly string[];
}
const ACADEMIC = ['教授', '副教授', '研究员', '副研究员', '讲师'] as const;
const COLLEGE = ['教授', '副教授', '高级工程师', '讲师'] as const;
const OFFICE = ['高级经济师', '副研究员', '高级工程师', '研究员'] as const;
const FIRM = ['正高级工程师', '高级工程师', '高级经济师'] as const;
const u = (unit: string, org: string | null, titles: readonly string[]): TUnit => ({ unit, org, titles });
const district = (name: string) => u(`${name}科学技术协会`, `${name}科学技术协会`, OFFICE);
const society = (name: string) => u(name, name, ['教授', '研究员', '高级工程师', '主任医师', '副教授']);
const UNITS = {
  ntu: u('南通大学', '南通大学科学技术协会', ACADEMIC),
  ntvu: u('南通职业大学', '南通职业大学科学技术协会', COLLEGE),
  ntit: u('南通理工学院', '南通理工学院科学技术协会', COLLEGE),
  jcet: u('江苏工程职业技术学院', '江苏工程职业技术学院科学技术协会', COLLEGE),
  ntst: u('南通科技职业学院', '南通科技职业学院科学技术协会', COLLEGE),
  jssc: u('江苏航运职业技术学院', '江苏航运职业技术学院科学技术协会', COLLEGE),
  party: u('中共南通市委党校', null, ['教授', '副教授', '讲师']),
  skl: u('南通市社会科学界联合会', null, ['研究员', '副研究员']),
  info: u('南通市科学技术情报研究所', null, ['研究员', '副研究员', '高级工程师']),
  chongchuan: district('崇川区'),
  tongzhou: district('通州区'),
  haimen: district('海门区'),
  rudong: district('如东县'),
  qidong: district('启东市'),
  rugao: district('如皋市'),
  haian: district('海安市'),
  textile: society('南通市纺织工程学会'),
  ship: society('南通市船舶与海洋工程学会'),
  ocean: society('南通市海洋学会'),
  medical: society('南通市医学会'),
  pharma: society('南通市药学会'),
  biomed: society('南通市生物医学工程学会'),
  writers: society('南通市科普作家协会'),
  youth: society('南通市青少年科技教育协会'),
  elders: society('南通市老科技工作者协会'),
  ai: society('南通市人工智能学会'),
  energy: society('南通市新能源学会'),
  chem: society('南通市化学化工学会'),
  agri: society('南通市农学会'),
  zhongtian: u('江苏中天科技股份有限公司', '江苏中天科技股份有限公司科学技术协会', FIRM),
  cmhi: u('招商局重工（江苏）有限公司', '招商局重工（江苏）有限公司科学技术协会', FIRM),
  kawasaki: u('中远海运川崎船舶工程有限公司', '中远海运川崎船舶工程有限公司科学技术协会', FIRM),
  luolai: u('罗莱生活科技股份有限公司', '罗莱生活科技股份有限公司科学技术协会', FIRM),
  acetate: u('南通醋酸纤维有限公司', '南通醋酸纤维有限公司科学技术协会', FIRM),
  tongfu: u('通富微电子股份有限公司', '通富微电子股份有限公司科学技术协会', FIRM),
  linyang: u('江苏林洋能源股份有限公司', '江苏林洋能源股份有限公司科学技术协会', FIRM),
} satisfies Record<string, TUnit>;
type TUnitKey = keyof typeof UNITS;

// ---------------------------------------------------------------------------------------------------
// Topics: hand-written titles first, then 〈area〉〈subject〉〈aspect〉研究 once they are used up.

interface TTopic {
  topic: string;
  units: readonly TUnitKey[];
  titles: readonly string[];
  subjects: readonly string[];
  focus: string;
}
const TOPICS: readonly TTopic[] = [
  {
    topic: '纺织新材料',
    units: ['ntu', 'jcet', 'textile', 'acetate', 'chem', 'tongzhou'],
    titles: ['南通纤维新材料产业链延链补链研究', '南通功能性纤维产业创新链与产业链融合研究', '南通化纤企业绿色低碳转型对策研究', '南通再生纤维循环利用产业发展研究', '南通产业用纺织品产业发展研究'],
    subjects: ['功能性纤维产业', '纤维新材料产业', '产业用纺织品产业'],
    focus: '梳理南通纤维新材料从原料、聚合纺丝到织造印染的产业链条',
  },
  {
    topic: '家纺',
    units: ['luolai', 'haimen', 'textile', 'jcet', 'ntvu'],
    titles: ['叠石桥家纺市场转型升级与跨境电商发展研究', '南通家纺产业品牌建设与国际竞争力提升研究', '海门家纺产业集群创新服务平台建设研究', '南通纺织服装产业“智改数转”推进机制研究'],
    subjects: ['家纺产业', '高端纺织产业', '纺织服装产业'],
    focus: '调研家纺龙头企业、市场商户和中小织造企业',
  },
  {
    topic: '海洋经济',
    units: ['ntu', 'jssc', 'ocean', 'rudong', 'qidong', 'party'],
    titles: ['南通打造江苏海洋经济新增长极的路径研究', '通州湾江海联动开发与港产城融合研究', '南通海洋生物资源开发利用现状与对策研究', '南通沿海滩涂资源保护与可持续利用研究', '如东海上风电产业链培育与发展研究'],
    subjects: ['海洋经济', '海洋新兴产业', '临港产业'],
    focus: '分析南通沿海开发和海洋产业布局',
  },
  {
    topic: '船舶海工',
    units: ['jssc', 'ntu', 'ship', 'cmhi', 'kawasaki', 'qidong'],
    titles: ['南通船舶海工产业集群竞争力提升研究', '南通船舶与海工装备产业智能制造发展路径研究', '绿色智能船舶产业发展趋势与南通对策研究', '南通海工装备配套产业本地化发展研究', '启东海工船舶产业园区创新生态构建研究'],
    subjects: ['船舶海工产业', '海工装备产业', '船舶配套产业'],
    focus: '走访船舶总装、海工装备和配套企业',
  },
  {
    topic: '生物医药',
    units: ['ntu', 'medical', 'pharma', 'biomed', 'ntst', 'chongchuan'],
    titles: ['南通生物医药产业创新发展路径研究', '南通医疗器械产业集聚发展研究', '南通生物医药创新平台与临床资源协同研究', '南通中医药传承创新发展研究', '南通神经再生医学成果转化机制研究'],
    subjects: ['生物医药产业', '医疗器械产业', '大健康产业'],
    focus: '梳理南通生物医药企业、创新平台和临床资源',
  },
  {
    topic: '科普',
    units: ['writers', 'youth', 'elders', 'ntvu', 'skl', 'chongchuan', 'rugao', 'haian'],
    titles: ['南通公民科学素质提升路径研究', '新时代南通基层科普能力建设研究', '南通科普基地运行效能评价研究', '南通应急科普体系建设研究', '南通老年人数字素养提升与科普服务研究', '南通科普志愿服务队伍建设与激励机制研究', '南通农村科普阵地建设与乡村振兴研究'],
    subjects: ['科普工作', '科普阵地', '公民科学素质'],
    focus: '依据公民科学素质监测结果和科普阵地运行数据',
  },
  {
    topic: '人才',
    units: ['party', 'ntu', 'ntit', 'ntvu', 'skl', 'info', 'elders'],
    titles: ['南通科技人才引育留用机制研究', '南通青年科技人才成长环境研究', '南通企业科技人才评价改革研究', '南通柔性引才与人才“飞地”建设研究', '南通科技工作者状况调查与服务对策研究', '南通高校毕业生留通就业创业研究'],
    subjects: ['科技人才', '青年科技人才', '高技能人才'],
    focus: '结合全国科技工作者状况调查南通站点数据',
  },
  {
    topic: '县域创新',
    units: ['rugao', 'haian', 'rudong', 'qidong', 'haimen', 'tongzhou', 'party'],
    titles: ['南通县域创新能力评价与提升路径研究', '海安县域创新体系建设研究', '如皋县域经济高质量发展的科技支撑研究', '南通乡镇科协组织建设效能研究', '南通县域特色产业集群转型升级研究'],
    subjects: ['县域创新', '县域科技服务体系', '园区创新'],
    focus: '比较南通各县（市、区）的创新投入、产出和创新环境',
  },
  {
    topic: '科技创新',
    units: ['info', 'ntu', 'party', 'skl', 'ntit', 'ai', 'tongfu', 'zhongtian'],
    titles: ['南通科技成果转移转化机制研究', '南通融入长三角科技创新共同体研究', '南通沪苏通跨江融合科技合作研究', '南通新型研发机构建设与运行绩效研究', '南通专精特新企业培育路径研究', '南通科技金融服务体系建设研究', '南通发展新质生产力的路径研究', '南通产学研协同创新机制研究'],
    subjects: ['科技创新', '产学研协同', '企业创新'],
    focus: '梳理南通科技创新政策、平台和企业研发投入情况',
  },
  {
    topic: '新兴产业',
    units: ['tongfu', 'linyang', 'energy', 'ai', 'zhongtian', 'ntu', 'ntst'],
    titles: ['南通集成电路产业链补链强链研究', '南通新能源产业高质量发展研究', '南通氢能产业发展路径研究', '南通人工智能产业发展与应用场景建设研究', '南通数字经济与实体经济深度融合研究', '南通碳达峰碳中和科技支撑路径研究'],
    subjects: ['新能源产业', '集成电路产业', '人工智能产业'],
    focus: '分析南通战略性新兴产业的规模、结构和创新能力',
  },
  {
    topic: '学会与智库',
    units: ['elders', 'agri', 'chem', 'medical', 'skl', 'party'],
    titles: ['南通学会服务地方创新发展研究', '南通科协智库建设研究', '南通现代农业科技创新体系研究', '南通数字乡村建设与农技推广研究'],
    subjects: ['学会', '科技社团', '科技志愿服务'],
    focus: '调研全市学会、科技社团和基层科协组织',
  },
];
const AREAS = ['南通', '南通', '南通', '如皋', '海安', '启东', '如东', '海门', '通州', '崇川'];
const ASPECTS = ['创新生态构建', '数字化转型', '绿色低碳发展', '人才支撑体系', '政策优化', '协同创新机制', '高质量发展评价', '服务体系建设', '竞争力提升'];

const OPEN_TOPICS = ['新质生产力', '人工智能+', '低空经济', '未来产业'];
const OPEN_TITLES = [
  '南通因地制宜发展新质生产力的路径研究',
  '“人工智能+”赋能南通制造业转型研究',
  '南通低空经济产业发展与应用场景研究',
  '南通未来产业培育机制研究',
  '南通新质生产力发展水平评价研究',
  '南通船舶海工产业新质生产力培育研究',
  '南通人工智能与家纺产业融合发展研究',
  '南通低空物流与应急救援应用研究',
  '南通科技型中小企业新质生产力提升研究',
  '南通未来产业科技园建设研究',
  '南通数据要素赋能实体经济研究',
  '南通人工智能科普与公众素养提升研究',
  '南通新型储能产业发展研究',
  '南通新质生产力人才支撑研究',
];

const RETURN_REASONS = ['申报书缺少单位盖章页，请补充后重新提交', '选题不在本年度指南选题方向内', '项目组成员信息不完整，请补充成员单位和职称', '预算编制不符合要求，请按指南重新编制'];
const REVIEW_COMMENTS = {
  high: ['选题紧扣南通发展需求，研究思路清晰，建议立项。', '研究基础扎实，技术路线可行，预期成果有决策参考价值。', '问题导向明确，调研方案具体，建议作为重点项目支持。'],
  mid: ['选题有一定价值，建议进一步聚焦研究问题。', '研究内容较全面，但调研样本需扩大。', '思路基本可行，建议加强对策建议的可操作性。'],
  low: ['选题与指南方向契合度不高。', '研究内容偏宽泛，创新点不突出。', '前期研究基础较弱，研究方案需进一步完善。'],
};
const MIDTERM_COMMENTS = ['研究进展符合计划，同意通过中期检查。', '已完成主要调研任务，阶段性成果较好，同意通过。'];
const FINAL_COMMENTS = ['研究内容完整，对策建议针对性强，同意结题。', '成果具有较好的决策参考价值，同意结题。', '按计划完成研究任务，报告质量较好，同意结题。'];
const MEMBER_TITLES = ['教授', '副教授', '讲师', '研究员', '副研究员', '助理研究员', '高级工程师', '工程师', '高级经济师', '经济师', '硕士研究生'];

const FIBRE_SUMMARY = [
  '南通是全国重要的化纤和纺织产业基地，化纤产业上承石化原料、下接织造、印染和家纺服装，是全市纺织产业链的“龙头”环节。课题组走访了崇川、通州、海门、海安等地的化纤、织造和印染企业及相关园区，召开座谈会，并对重点企业开展问卷调查。',
  '研究发现，南通化纤产业规模优势明显，涤纶、锦纶、粘胶和醋酸纤维等品种较为齐全，一批企业在细旦、差别化和功能性纤维领域形成特色；但也存在产品同质化、高附加值品种占比偏低、研发投入强度不高、绿色低碳改造压力大、专业人才紧缺等问题，产业链上下游协同不够紧密。',
  '报告提出：一是实施“延链补链”工程，向高性能纤维、生物基纤维和再生纤维延伸，发展产业用纺织品；二是建设化纤新材料创新联合体，依托南通大学、江苏工程职业技术学院和行业学会，推动共性技术攻关和成果转化；三是推进“智改数转”和绿色制造，建立能耗与碳排放监测体系，推广节能纺丝和废旧纺织品循环利用技术；四是强化人才支撑，建设化纤工程师培训基地，完善企业科技人才评价；五是加强区域协同，推动化纤、织造、印染与家纺品牌联动，打造长三角北翼化纤新材料产业高地。',
  '研究报告经市科协报送市委市政府有关部门参考，部分建议被纳入全市纺织产业高质量发展相关工作安排。',
].join('\n\n');

const FIBRE_ABSTRACT =
  '化纤产业是南通纺织产业链的源头。本项目梳理南通化纤产业的规模、品种结构和空间布局，对标国内化纤产业先进地区，分析南通化纤企业在差别化、功能性纤维研发和绿色低碳转型中的短板，研究化纤与织造、印染、家纺协同发展的机制，提出南通化纤产业高质量发展的路径和政策建议。';
const OPEN_TOPIC: TTopic = {
  topic: '新质生产力',
  units: ['ntu', 'party', 'skl', 'info', 'ntit', 'ai', 'energy', 'jcet', 'tongzhou', 'haian'],
  titles: [],
  subjects: [],
  focus: '分析南通发展新质生产力的产业基础、创新资源和短板',
};

// ---------------------------------------------------------------------------------------------------

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

type TStep = [TProjectStatus, TProjectStatus, Date, string | null];
type TReview = { expertId: number; score: number | null; comment: string | null; assignedAt: Date; submittedAt: Date | null };
type TReportRow = Omit<typeof researchReports.$inferInsert, 'projectId'>;
type TPaymentRow = Omit<typeof researchPayments.$inferInsert, 'projectId'>;
interface TApp {
  callIndex: number;
  values: Omit<TProjectValues, 'callId'>;
  steps: TStep[];
  reviews: TReview[];
  reports: TReportRow[];
  payments: TPaymentRow[];
}

export interface TProjectDemoOptions {
  log?: (m: string) => void;
  now?: Date;
  seed?: number;
}

/**
 * Seeds the demo calls and projects with reviews (when the expert pool exists), reports, payments and
 * status history. A few multi-row inserts in one transaction. Does nothing when calls exist.
 */
export async function seedProjectDemo(db: Db, opts: TProjectDemoOptions = {}) {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from research_calls`);
  if (Number(existing.n) > 0) return;
  const now = opts.now ?? new Date();
  const rng = createRng(opts.seed ?? 20260616);
  const orgs = await loadFakeOrgs(db);
  const root = orgs.find((o) => o.kind === 'city') ?? orgs[0];
  const orgOf = (unit: TUnit) => (unit.org && orgs.find((o) => o.name === unit.org)) || root;
  const experts = await queryRows<{ id: number; name: string; unit: string | null }>(
    db,
    sql`select id, name, unit from experts where is_demo and user_id is null order by id limit 400`,
  );
  const [demoExpert] = await queryRows<{ id: number; name: string; unit: string | null }>(
    db,
    sql`select e.id, e.name, e.unit from experts e join users u on u.id = e.user_id where u.username = 'expert_demo' limit 1`,
  );
  const staff = '演示·市科协学会学术部';

  // ---- calls
  const calls: Array<typeof researchCalls.$inferInsert & { schedule: TSchedule }> = [];
  for (const y of PROJECT_DEMO_YEARS)
    for (const type of ['thinktank', 'soft_science'] as const) {
      const s = scheduleOf(type, y);
      const topics = rng.sample(
        TOPICS.map((x) => x.topic),
        6,
      );
      calls.push({
        orgId: root.id,
        type,
        year: y,
        round: 1,
        title: `${y}年度南通市${RESEARCH_TYPE_LABELS[type].zh}申报指南`,
        topics,
        description: `围绕市委市政府中心工作和全市科技创新重点，面向全市高校、党校、社科研究机构、学会和企业征集${RESEARCH_TYPE_LABELS[type].zh}。选题方向：${topics.join('、')}。每位负责人限报一项，上一批次项目未结题的负责人不得申报。`,
        deadline: s.deadline,
        budgetKey: String(BUDGET[type].key),
        budgetGeneral: String(BUDGET[type].general),
        maxTeamSize: BUDGET[type].team,
        status: y < 2026 ? 'closed' : 'published',
        publishedAt: at(s.published, 10),
        isDemo: true,
        createdAt: at(addDays(s.published, -7), 9),
        updatedAt: at(y < 2026 ? addDays(s.deadline, 1) : s.published, 10),
        schedule: s,
      });
    }
  const openSchedule: TSchedule = { published: '2026-10-20', deadline: '2026-12-25', approved: '2027-02-20', midterm: '2027-08-01' };
  calls.push({
    orgId: root.id,
    type: 'soft_science',
    year: 2026,
    round: 2,
    title: '2026年度南通市软科学研究课题（第二批·新质生产力专项）申报指南',
    topics: OPEN_TOPICS,
    description: `围绕因地制宜发展新质生产力，征集专项软科学研究课题。选题方向：${OPEN_TOPICS.join('、')}。`,
    deadline: openSchedule.deadline,
    budgetKey: String(BUDGET.soft_science.key),
    budgetGeneral: String(BUDGET.soft_science.general),
    maxTeamSize: BUDGET.soft_science.team,
    status: 'published',
    publishedAt: at(openSchedule.published, 10),
    isDemo: true,
    createdAt: at('2026-10-15', 9),
    updatedAt: at(openSchedule.published, 10),
    schedule: openSchedule,
  });

  // ---- people and titles, each used once
  const leads = new Set<string>();
  const phones = new Set<string>();
  const usedTitles = new Set<string>([FIBRE_TITLE, ...OPEN_TITLES]);
  const person = (birth: [number, number]) => fakeName(rng, rng.chance(0.62) ? '男' : '女', rng.int(birth[0], birth[1]));
  const newLead = () => {
    for (;;) {
      const name = person([1962, 1990]);
      if (!leads.has(name)) {
        leads.add(name);
        return name;
      }
    }
  };
  const newPhone = () => {
    for (;;) {
      const p = `1${rng.pick(['39', '38', '37', '36', '35', '58', '59', '89', '80', '51', '52', '87'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
      if (!phones.has(p)) {
        phones.add(p);
        return p;
      }
    }
  };
  const titleFor = (t: TTopic) => {
    const free = t.titles.filter((x) => !usedTitles.has(x));
    let title = free.length > 0 && rng.chance(0.7) ? rng.pick(free) : '';
    while (!title || usedTitles.has(title)) title = `${rng.pick(AREAS)}${rng.pick(t.subjects)}${rng.pick(ASPECTS)}研究`;
    usedTitles.add(title);
    return title;
  };
  const teamOf = (unit: TUnit, max: number): TTeamMember[] => {
    const n = rng.int(2, Math.min(5, max));
    return Array.from({ length: n }, () => ({
      name: person([1965, 1998]),
      unit: rng.chance(0.75) ? unit.unit : rng.pick(Object.values(UNITS)).unit,
      title: rng.pick(MEMBER_TITLES),
    }));
  };
  const reviewersFor = (v: { leadName: string; leadUnit: string; team: TTeamMember[] }, n: number) => {
    const out: typeof experts = [];
    for (let tries = 0; out.length < n && tries < 30 && experts.length > 0; tries++) {
      const e = rng.pick(experts);
      if (!out.includes(e) && conflictsOf(e, v).length === 0) out.push(e);
    }
    return out;
  };

  // ---- applications
  const apps: TApp[] = [];
  const nowMs = now.getTime();
  const happened = (d: Date) => d.getTime() <= nowMs;
  let fibreDone = false;

  const newApp = (callIndex: number, topic: TTopic, title: string, submitted: Date | null, status: TProjectStatus): TApp => {
    const call = calls[callIndex];
    const unit = UNITS[rng.pick(topic.units)];
    const org = orgOf(unit);
    const leadName = newLead();
    const team = teamOf(unit, call.maxTeamSize ?? 6);
    const leadUnit = unit.unit;
    const kind = call.type === 'thinktank' ? '项目' : '课题';
    const abstract = `本${kind}立足南通${topic.topic}发展实际，${topic.focus}，通过文献研究、实地调研、问卷调查和专家访谈，分析现状、问题及成因，借鉴长三角先进地区经验，提出具有可操作性的对策建议，为市委市政府决策提供参考。`;
    const requested = rng.chance(0.45) ? BUDGET[call.type].key : BUDGET[call.type].general;
    const created = submitted ? new Date(submitted.getTime() - rng.int(1, 12) * 86_400_000) : at(addDays(call.schedule.published, rng.int(3, 20)), 9);
    return {
      callIndex,
      values: {
        orgId: org.id,
        title,
        topic: topic.topic,
        leadName,
        leadUnit,
        leadTitle: rng.pick(unit.titles),
        leadPhone: newPhone(),
        team,
        abstract,
        budgetRequested: String(requested),
        status,
        submittedAt: submitted,
        searchText: indexTokens(title, topic.topic, abstract, leadName, leadUnit, org.name),
        isDemo: true,
        createdAt: created,
        updatedAt: created,
      },
      steps: submitted ? [['draft', 'submitted', submitted, null]] : [],
      reviews: [],
      reports: [],
      payments: [],
    };
  };

  for (let ci = 0; ci < calls.length - 1; ci++) {
    const call = calls[ci];
    const s = call.schedule;
    const yearIndex = PROJECT_DEMO_YEARS.indexOf(call.year as (typeof PROJECT_DEMO_YEARS)[number]);
    const approvedN = PROJECT_DEMO_APPROVED[call.type][yearIndex];
    const total = approvedN + REJECTED_PER_CALL + RETURNED_PER_CALL;
    const span = Math.round((at(s.deadline, 12).getTime() - at(s.published, 12).getTime()) / 86_400_000);
    const batch: TApp[] = [];
    for (let i = 0; i < total; i++) {
      const fibre = !fibreDone && call.type === 'thinktank' && call.year === 2023 && i === 0;
      const topic = fibre ? TOPICS[0] : rng.pick(TOPICS);
      const title = fibre ? FIBRE_TITLE : titleFor(topic);
      const submitted = at(addDays(s.published, rng.int(Math.floor(span * 0.3), span)), rng.int(9, 17));
      const app = newApp(ci, topic, title, submitted, 'submitted');
      if (fibre) {
        fibreDone = true;
        app.values.orgId = orgOf(UNITS.ntu).id;
        app.values.leadUnit = UNITS.ntu.unit;
        app.values.leadTitle = '教授';
        app.values.abstract = FIBRE_ABSTRACT;
        app.values.topic = '化纤产业';
        app.values.searchText = indexTokens(title, '化纤产业', FIBRE_ABSTRACT, app.values.leadName, UNITS.ntu.unit, orgOf(UNITS.ntu).name);
      }
      batch.push(app);
    }
    // 初审: the returned ones, the rest to 专家评审
    const reviewDay = addDays(s.deadline, rng.int(5, 9));
    batch.forEach((app, i) => {
      const v = app.values;
      if (i >= approvedN + REJECTED_PER_CALL) {
        const reason = rng.pick(RETURN_REASONS);
        const back = at(addDays(dayOf(v.submittedAt!), rng.int(2, 6)), 15);
        app.steps.push(['submitted', 'returned', back, reason]);
        v.status = 'returned';
        v.returnReason = reason;
        v.updatedAt = back;
        return;
      }
      const moved = at(reviewDay, 10);
      app.steps.push(['submitted', 'reviewing', moved, null]);
      v.status = 'reviewing';
      v.updatedAt = moved;
      // 专家评审: three reviewers; the approved ones score higher
      const good = i < approvedN;
      for (const e of reviewersFor({ leadName: v.leadName, leadUnit: v.leadUnit, team: v.team as TTeamMember[] }, 3)) {
        const score = good ? rng.int(760, 950) / 10 : rng.int(550, 730) / 10;
        const band = score >= 85 ? 'high' : score >= 72 ? 'mid' : 'low';
        app.reviews.push({ expertId: e.id, score, comment: rng.pick(REVIEW_COMMENTS[band]), assignedAt: moved, submittedAt: at(addDays(reviewDay, rng.int(5, 20)), rng.int(9, 21)) });
      }
    });
    // 分级 / 立项: the best ~quarter 重点, the rest 一般; the others 不立项
    const approvedOnes = batch.slice(0, approvedN);
    const keyN = Math.round(approvedN * 0.27);
    const approvedAt = at(s.approved, 10);
    approvedOnes.forEach((app, i) => {
      const grade: TProjectGrade = i < keyN ? 'key' : 'general';
      const v = app.values;
      v.grade = grade;
      v.budgetApproved = String(BUDGET[call.type][grade === 'key' ? 'key' : 'general']);
      v.status = 'approved';
      v.approvedAt = approvedAt;
      v.updatedAt = approvedAt;
      app.steps.push(['reviewing', 'approved', approvedAt, null]);
    });
    for (const app of batch.slice(approvedN, approvedN + REJECTED_PER_CALL)) {
      app.values.grade = 'none';
      app.values.status = 'rejected';
      app.values.updatedAt = approvedAt;
      app.steps.push(['reviewing', 'rejected', approvedAt, '专家评审综合得分未达立项线']);
    }
    // 中期检查, 结题, 资助 — as far as today
    const lastRound = call.year === 2026;
    approvedOnes.forEach((app, i) => {
      const v = app.values;
      const midDay = addDays(s.midterm, rng.int(0, 20));
      const mid = at(midDay, 15);
      if (!happened(mid)) return;
      const rectify = (lastRound && i === approvedN - 1) || (!lastRound && call.year === 2023 && i === approvedN - 2);
      const kind = call.type === 'thinktank' ? '项目' : '课题';
      if (rectify) {
        const reason = '研究进度滞后于计划，调研数据不足，请补充调研后再行检查';
        app.steps.push(['approved', 'rectifying', mid, reason]);
        app.reports.push(report('midterm', `${v.title}中期报告`, `${kind}组已完成文献梳理，实地调研尚未全面开展。`, mid, { result: 'rectify', comments: reason }));
        v.status = 'rectifying';
        v.updatedAt = mid;
        const again = at(addDays(midDay, rng.int(30, 50)), 15);
        if (!happened(again)) return;
        app.steps.push(['rectifying', 'midterm', again, null]);
        app.reports.push(report('midterm', `${v.title}中期报告（整改后）`, `${kind}组已补充完成实地调研和问卷调查，形成研究报告初稿。`, again, { result: 'passed', comments: '整改到位，同意通过中期检查。' }));
      } else {
        app.steps.push(['approved', 'midterm', mid, null]);
        app.reports.push(
          report('midterm', `${v.title}中期报告`, `${kind}组已完成文献梳理和${rng.int(8, 40)}家单位的实地调研，回收问卷${rng.int(10, 60) * 10}份，形成阶段性研究报告。`, mid, {
            result: 'passed',
            comments: rng.pick(MIDTERM_COMMENTS),
          }),
        );
      }
      v.status = 'midterm';
      v.updatedAt = app.steps[app.steps.length - 1][2];
      if (lastRound) return;
      const endDay = addDays(`${call.year + 1}-05-10`, rng.int(0, 70) + (call.type === 'soft_science' ? 20 : 0));
      const end = at(endDay, 15);
      if (!happened(end)) return;
      const failed = call.year === 2024 && call.type === 'soft_science' && i === approvedN - 1;
      if (failed) {
        const reason = '研究报告对策建议针对性不强，未达到结题要求';
        app.steps.push(['midterm', 'failed', end, reason]);
        app.reports.push(report('final', `${v.title}结题报告`, `${kind}组提交了结题研究报告。`, end, { result: 'failed', score: rng.int(520, 590) / 10, comments: reason }));
        v.status = 'failed';
        v.finalScore = String(rng.int(520, 590) / 10);
        v.updatedAt = end;
        return;
      }
      const score = v.grade === 'key' ? rng.int(850, 960) / 10 : rng.int(760, 920) / 10;
      app.steps.push(['midterm', 'concluded', end, null]);
      const fibre = v.title === FIBRE_TITLE;
      app.reports.push(
        report('final', `${v.title}结题报告`, `${kind}按计划完成研究任务，形成研究报告1份、决策咨询建议${rng.int(1, 3)}篇。`, end, { result: 'passed', score, comments: rng.pick(FINAL_COMMENTS) }),
      );
      app.reports.push(
        report(
          'deliverable',
          fibre ? PROJECT_DEMO_REPORT_TITLE : `${v.title}报告`,
          fibre ? FIBRE_SUMMARY : `${v.abstract}\n\n报告形成了若干对策建议，已报送市有关部门参考。`,
          new Date(end.getTime() + 3600_000),
          {},
        ),
      );
      v.status = 'concluded';
      v.finalScore = String(score);
      v.concludedAt = end;
      v.updatedAt = end;
      // 资助: the last round's last few wait for the payment
      if (call.year === 2025 && i >= approvedN - 2) return;
      const paidDay = addDays(endDay, rng.int(20, 50));
      if (!happened(at(paidDay, 16))) return;
      app.payments.push({ amount: v.budgetApproved!, paidOn: paidDay, note: '结题资助经费', createdByName: staff, isDemo: true, createdAt: at(paidDay, 16) });
      app.steps.push(['concluded', 'funded', at(paidDay, 16), null]);
      v.status = 'funded';
      v.updatedAt = at(paidDay, 16);
    });
    apps.push(...batch);
  }

  // ---- the open call: drafts, applications waiting for 初审, one returned, some in 专家评审 (reviews not yet scored)
  const openIndex = calls.length - 1;
  const openPlan: TProjectStatus[] = ['reviewing', 'reviewing', 'reviewing', 'reviewing', 'returned', 'submitted', 'submitted', 'submitted', 'submitted', 'submitted', 'submitted', 'submitted', 'draft', 'draft'];
  openPlan.forEach((status, i) => {
    const title = OPEN_TITLES[i];
    const topic = { ...OPEN_TOPIC, topic: OPEN_TOPICS[i % OPEN_TOPICS.length] };
    const submittedDay = addDays('2026-10-26', Math.min(i * 3 + rng.int(0, 2), 38));
    const submitted = status === 'draft' ? null : at(submittedDay, rng.int(9, 17));
    if (submitted && !happened(submitted)) return;
    const app = newApp(openIndex, topic, title, submitted, status === 'draft' ? 'draft' : 'submitted');
    const v = app.values;
    if (status === 'returned') {
      const back = at(addDays(submittedDay, 3), 15);
      if (happened(back)) {
        const reason = RETURN_REASONS[2];
        app.steps.push(['submitted', 'returned', back, reason]);
        v.status = 'returned';
        v.returnReason = reason;
        v.updatedAt = back;
      }
    } else if (status === 'reviewing') {
      const moved = at(addDays(submittedDay, 4), 10);
      if (happened(moved)) {
        app.steps.push(['submitted', 'reviewing', moved, null]);
        v.status = 'reviewing';
        v.updatedAt = moved;
        const lead = { leadName: v.leadName, leadUnit: v.leadUnit, team: v.team as TTeamMember[] };
        const pool = reviewersFor(lead, 3);
        if (demoExpert && i < 3 && conflictsOf(demoExpert, lead).length === 0 && !pool.some((e) => e.id === demoExpert.id)) pool.splice(0, 1, demoExpert);
        pool.forEach((e, k) => {
          const scored = e !== demoExpert && k === pool.length - 1 && i % 2 === 0;
          const score = rng.int(700, 920) / 10;
          app.reviews.push({
            expertId: e.id,
            score: scored ? score : null,
            comment: scored ? rng.pick(REVIEW_COMMENTS.mid) : null,
            assignedAt: moved,
            submittedAt: scored && happened(at(addDays(dayOf(moved), 2), 20)) ? at(addDays(dayOf(moved), 2), 20) : null,
          });
        });
        for (const r of app.reviews)
          if (!r.submittedAt) {
            r.score = null;
            r.comment = null;
          }
      }
    }
    apps.push(app);
  });

  function report(kind: TReportRow['kind'], title: string, body: string, when: Date, x: { result?: 'passed' | 'rectify' | 'failed'; score?: number; comments?: string }): TReportRow {
    return {
      kind,
      title,
      body,
      result: x.result ?? null,
      score: x.score === undefined ? null : String(x.score),
      comments: x.comments ?? null,
      createdByName: kind === 'deliverable' ? null : staff,
      searchText: indexTokens(title, body),
      isDemo: true,
      createdAt: when,
    };
  }

  // ---- insert
  const counts = await db.transaction(async (tx) => {
    const callIds = (await tx.insert(researchCalls).values(calls.map(({ schedule: _, ...c }) => c)).returning({ id: researchCalls.id })).map((r) => r.id);
    const ids = (
      await tx
        .insert(researchProjects)
        .values(apps.map((a) => ({ ...a.values, callId: callIds[a.callIndex] })))
        .returning({ id: researchProjects.id })
    ).map((r) => r.id);
    const reviews = apps.flatMap((a, i) => a.reviews.map((r) => ({ projectId: ids[i], expertId: r.expertId, score: r.score === null ? null : String(r.score), comment: r.comment, assignedAt: r.assignedAt, submittedAt: r.submittedAt, isDemo: true })));
    const reports = apps.flatMap((a, i) => a.reports.map((r) => ({ ...r, projectId: ids[i] })));
    const payments = apps.flatMap((a, i) => a.payments.map((p) => ({ ...p, projectId: ids[i] })));
    if (reviews.length) await tx.insert(researchReviews).values(reviews);
    if (reports.length) await tx.insert(researchReports).values(reports);
    if (payments.length) await tx.insert(researchPayments).values(payments);
    const transitions: TTransitionInsert[] = apps.flatMap((a, i) =>
      a.steps.map(([from, to, when, reason]) => ({
        entity: PROJECT_ENTITY,
        entityId: ids[i],
        orgId: a.values.orgId,
        fromStatus: from,
        toStatus: to,
        actorName: to === 'submitted' ? a.values.leadName : staff,
        actorOrgId: to === 'submitted' ? a.values.orgId : root.id,
        actorOrgName: to === 'submitted' ? (orgs.find((o) => o.id === a.values.orgId)?.name ?? null) : root.name,
        reason,
        at: when,
      })),
    );
    await insertTransitions(tx, transitions);
    return { calls: callIds.length, projects: ids.length, reviews: reviews.length, reports: reports.length, payments: payments.length, transitions: transitions.length };
  });
  log(
    `  research projects: ${counts.calls} calls, ${counts.projects} applications (${PROJECT_DEMO_APPROVED.thinktank.reduce((a, b) => a + b)} 智库项目 / ${PROJECT_DEMO_APPROVED.soft_science.reduce((a, b) => a + b)} 软科学课题 立项), ${counts.reviews} reviews, ${counts.reports} reports, ${counts.payments} payments (${Math.round(performance.now() - t0)} ms)`,
  );
}
