// 科普内容 demo data: the portal's columns, ~120 articles and videos over 2022–2026 (most published to the
// portal, some to big screens and WeChat, a few drafts and pending), four 科普大屏 with their playlists, the
// publication records and status history. Deterministic (one seeded PRNG); every row flagged isDemo.
import { eq } from 'drizzle-orm';
import { TARGET_GROUPS, type TTargetGroup } from '../../../../shared/outreach.js';
import type { Db } from '../../../db/client.js';
import { users } from '../../../platform/auth/auth.schema.js';
import { createRng, loadFakeOrgs } from '../../../platform/demo/fake.js';
import { insertTransitions } from '../../../platform/workflow/workflow.repo.js';
import { contentColumns, contentPublications, contentScreens, contents } from './content.schema.js';
import { contentValues } from './content.service.js';

interface TTopic {
  title: string;
  lead: string;
  points: string[];
  groups: TTargetGroup[];
  tags: string[];
}

const COLUMNS: Array<{ name: string; description: string; topics: TTopic[] }> = [
  {
    name: '科普讲堂',
    description: '科学家、院士和科技工作者走进讲堂，讲清楚身边的科学。',
    topics: [
      { title: '院士讲堂：从一粒种子看现代育种技术', lead: '良种是农业的“芯片”。', points: ['杂交育种与分子标记辅助育种', '基因编辑育种的安全评价', '南通沿海盐碱地的耐盐品种'], groups: ['farmers', 'youth'], tags: ['育种', '院士'] },
      { title: '船舶为什么能浮在水面上', lead: '浮力原理看似简单，却支撑起整个造船工业。', points: ['阿基米德原理', '排水量与载重吨', '南通造船业的发展'], groups: ['youth', 'workers'], tags: ['船舶', '物理'] },
      { title: '走近北斗：卫星导航如何为我们定位', lead: '北斗系统已为全球提供服务。', points: ['三颗卫星定位的几何原理', '时间同步与原子钟', '北斗在渔业与交通中的应用'], groups: ['youth', 'officials'], tags: ['北斗', '航天'] },
      { title: '人工智能大模型是怎样“学会”说话的', lead: '大模型背后是海量数据与算力。', points: ['从词向量到注意力机制', '训练与推理的区别', '正确使用生成式人工智能'], groups: ['officials', 'youth'], tags: ['人工智能'] },
      { title: '纺织里的科学：一根纤维的旅程', lead: '南通是“纺织之乡”。', points: ['天然纤维与化学纤维', '功能性面料的奥秘', '印染废水的绿色处理'], groups: ['workers'], tags: ['纺织', '新材料'] },
      { title: '长江口的生态密码', lead: '江海交汇处孕育了独特的湿地生态。', points: ['长江十年禁渔的意义', '江豚的回归', '湿地候鸟的迁徙'], groups: ['youth', 'elderly'], tags: ['生态', '长江'] },
    ],
  },
  {
    name: '健康生活',
    description: '合理膳食、科学运动、慢病防治，做自己健康的第一责任人。',
    topics: [
      { title: '老年人如何科学预防跌倒', lead: '跌倒是老年人伤害的首要原因。', points: ['居家环境的适老化改造', '平衡能力的日常锻炼', '用药与跌倒风险'], groups: ['elderly'], tags: ['老年健康'] },
      { title: '高血压患者的饮食“减盐”指南', lead: '每日食盐不超过5克。', points: ['看懂食品标签上的钠含量', '用香料替代部分食盐', '定期测量血压'], groups: ['elderly', 'farmers'], tags: ['慢病', '膳食'] },
      { title: '青少年近视防控：每天户外两小时', lead: '户外活动是预防近视最有效的办法之一。', points: ['20-20-20护眼法则', '读写姿势与照明', '定期视力筛查'], groups: ['youth'], tags: ['近视防控'] },
      { title: '科学认识流感与疫苗接种', lead: '接种疫苗是预防流感最经济有效的手段。', points: ['流感与普通感冒的区别', '重点人群优先接种', '出现症状及时就医'], groups: ['elderly', 'youth'], tags: ['传染病'] },
      { title: '久坐办公族的颈椎保护操', lead: '每坐一小时，起身活动五分钟。', points: ['正确的坐姿与屏幕高度', '简单的颈肩拉伸动作', '枕头的选择'], groups: ['workers', 'officials'], tags: ['运动健康'] },
      { title: '识别食品谣言：隔夜菜真的致癌吗', lead: '剂量决定毒性。', points: ['亚硝酸盐从哪里来', '剩菜的正确保存方法', '如何辨别网络健康谣言'], groups: ['elderly'], tags: ['辟谣', '食品安全'] },
    ],
  },
  {
    name: '应急科普',
    description: '防汛防台、消防安全、地震避险，关键时刻能自救互救。',
    topics: [
      { title: '台风来临前，家庭应做好哪些准备', lead: '南通地处沿海，夏秋季节台风多发。', points: ['关注预警信号等级', '加固门窗与阳台物品', '备好应急包'], groups: ['farmers', 'elderly'], tags: ['防台', '防汛'] },
      { title: '电动自行车火灾的预防与逃生', lead: '电动自行车不要进楼入户充电。', points: ['选购合格电池与充电器', '充电时间不宜过长', '火灾时的正确逃生方式'], groups: ['workers', 'elderly'], tags: ['消防'] },
      { title: '心肺复苏与AED：黄金四分钟', lead: '心脏骤停后四分钟内是抢救的黄金时间。', points: ['判断意识与呼吸', '胸外按压的位置与频率', '公共场所AED的使用'], groups: ['officials', 'workers', 'youth'], tags: ['急救', 'AED'] },
      { title: '地震发生时如何正确避险', lead: '伏地、遮挡、手抓牢。', points: ['室内避险的安全位置', '震后有序撤离', '家庭应急预案演练'], groups: ['youth'], tags: ['防震减灾'] },
      { title: '燃气泄漏怎么办', lead: '闻到异味，切忌开关电器。', points: ['关阀门、开门窗', '到室外拨打报警电话', '定期检查燃气软管'], groups: ['elderly'], tags: ['燃气安全'] },
      { title: '暴雨天出行安全须知', lead: '积水路段不要冒险涉水。', points: ['远离电线杆和变压器', '车辆涉水的风险', '地下空间进水时及时撤离'], groups: ['workers', 'farmers'], tags: ['防汛'] },
    ],
  },
  {
    name: '前沿科技',
    description: '氢能、量子、海工装备、生物医药，带你了解科技前沿。',
    topics: [
      { title: '氢能：未来的清洁能源', lead: '氢气燃烧只产生水。', points: ['电解水制氢与绿氢', '燃料电池如何发电', '氢能在交通领域的应用'], groups: ['officials', 'workers'], tags: ['氢能', '新能源'] },
      { title: '量子通信为什么“无法窃听”', lead: '量子态一经测量就会改变。', points: ['量子密钥分发', '墨子号卫星', '量子计算与经典计算'], groups: ['youth', 'officials'], tags: ['量子'] },
      { title: '深海装备：走向蓝色海洋', lead: '海洋工程装备是南通的优势产业。', points: ['自升式钻井平台', '海上风电安装船', '深海探测机器人'], groups: ['workers', 'youth'], tags: ['海工装备'] },
      { title: 'mRNA疫苗是怎样研发出来的', lead: '让细胞自己生产抗原。', points: ['信使RNA的作用', '脂质纳米颗粒递送', '疫苗研发的临床试验'], groups: ['officials'], tags: ['生物医药'] },
      { title: '光伏发电：把阳光变成电', lead: '光伏组件是家庭屋顶的“小电站”。', points: ['光生伏特效应', '异质结电池技术', '分布式光伏并网'], groups: ['farmers', 'workers'], tags: ['光伏', '新能源'] },
      { title: '智能制造：走进“黑灯工厂”', lead: '机器人与工业互联网让工厂更聪明。', points: ['数字孪生', '工业机器人', '5G专网在工厂中的应用'], groups: ['workers', 'officials'], tags: ['智能制造', '5G'] },
    ],
  },
  {
    name: '青少年科学营',
    description: '动手做实验、走进实验室，点燃青少年的科学梦想。',
    topics: [
      { title: '在家就能做的五个趣味科学实验', lead: '厨房就是最好的实验室。', points: ['会“跳舞”的葡萄干', '自制彩虹密度塔', '纸杯电话'], groups: ['youth'], tags: ['科学实验'] },
      { title: '青少年科技创新大赛作品怎样选题', lead: '好的选题来自对生活的观察。', points: ['从身边问题出发', '查阅资料与设计实验', '撰写研究报告'], groups: ['youth'], tags: ['科技创新大赛'] },
      { title: '走进实验室：显微镜下的微观世界', lead: '一滴池塘水里藏着许多生命。', points: ['显微镜的结构与使用', '制作临时装片', '观察草履虫'], groups: ['youth'], tags: ['生物'] },
      { title: '编程入门：让机器人动起来', lead: '编程是与机器对话的语言。', points: ['图形化编程', '传感器与控制', '机器人竞赛'], groups: ['youth'], tags: ['编程', '机器人'] },
      { title: '仰望星空：冬季星空观测指南', lead: '猎户座是冬夜最醒目的星座。', points: ['认识亮星与星座', '双筒望远镜的使用', '光污染与观星地点'], groups: ['youth', 'elderly'], tags: ['天文'] },
      { title: '科学家精神：向张謇先生学实业救国', lead: '南通是张謇先生的故乡。', points: ['创办大生纱厂', '兴办教育与博物苑', '爱国、创新、求实的精神'], groups: ['youth', 'officials'], tags: ['科学家精神', '张謇'] },
    ],
  },
];

const SERIES_SUFFIX = ['', '（上）', '（下）', '·问答', '·图解', '·专家解读'];
const AUTHORS = ['南通市科协科普部', '市科普志愿者协会', '南通大学医学院', '市气象科普馆', '市消防救援支队', '南通科技馆', '市疾控中心', '如皋市科协', '海门区科协'];
const SOURCES = ['南通市科学技术协会', '科普中国', '南通科技馆', '江苏省科协', '南通日报'];

const SCREENS = [
  { code: 'ntkjg-hall', name: '南通科技馆大厅', location: '崇川区紫琅湖南通科技馆一楼大厅', org: 'root', columns: ['科普讲堂', '前沿科技', '青少年科学营'], rotate: 20 },
  { code: 'chongchuan-gym', name: '崇川区文化宫', location: '崇川区工农路文化宫广场', org: 'chongchuan', columns: ['健康生活', '应急科普'], rotate: 15 },
  { code: 'rugao-square', name: '如皋市民广场', location: '如皋市中心市民广场东侧', org: 'rugao', columns: ['应急科普', '健康生活'], rotate: 20 },
  { code: 'haimen-library', name: '海门区图书馆', location: '海门区图书馆二楼阅览区', org: 'haimen', columns: ['青少年科学营'], rotate: 30 },
];

function bodyHtml(t: TTopic, suffix: string): string {
  return [
    `<p><strong>${t.lead}</strong>${suffix ? `本期${suffix.replace(/[（）·]/g, '')}，` : ''}我们请科普专家为大家讲解。</p>`,
    '<h2>要点</h2>',
    `<ul>${t.points.map((p) => `<li>${p}</li>`).join('')}</ul>`,
    `<h3>${t.points[0]}</h3>`,
    `<p>${t.points[0]}是理解这一主题的关键。日常生活中，我们可以通过简单的观察和实践加深认识，遇到疑问时请向专业人员咨询。</p>`,
    `<blockquote>科学知识要用在生活里，${t.points[1]}尤其值得关注。</blockquote>`,
    `<p>更多内容请关注南通市科协“科普园地”和各地科普大屏。</p>`,
  ].join('');
}

/** Seeds the content demo (a fresh database only). */
export async function seedContentDemo(db: Db) {
  const rng = createRng(20260308);
  const orgs = await loadFakeOrgs(db);
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const root = byCode.get('root') ?? orgs[0];
  const districts = orgs.filter((o) => o.kind === 'district');
  const [staff] = await db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.username, 'city_staff'));
  const reviewer = { id: staff?.id ?? null, name: staff?.name ?? '演示·市科协工作人员' };
  const start = Date.UTC(2022, 0, 10);
  const end = Date.now() - 86_400_000 * 3;
  /** Taken offline a month after publication, never later than now. */
  const offlineAt = (publishedAt: Date) => new Date(Math.min(publishedAt.getTime() + 30 * 86_400_000, Date.now() - 3_600_000));

  return db.transaction(async (tx) => {
    const columnRows = await tx
      .insert(contentColumns)
      .values(COLUMNS.map((c, i) => ({ name: c.name, description: c.description, sortOrder: (i + 1) * 10, orgId: root.id, isDemo: true })))
      .returning({ id: contentColumns.id, name: contentColumns.name });
    const columnId = new Map(columnRows.map((c) => [c.name, c.id]));
    const screenRows = await tx
      .insert(contentScreens)
      .values(
        SCREENS.map((s) => ({
          code: s.code,
          name: s.name,
          location: s.location,
          orgId: (byCode.get(s.org) ?? root).id,
          columnIds: s.columns.map((n) => columnId.get(n)!),
          rotateSeconds: s.rotate,
          isDemo: true,
        })),
      )
      .returning({ id: contentScreens.id, columnIds: contentScreens.columnIds });

    type TGen = { values: typeof contents.$inferInsert; pubs: Array<Omit<typeof contentPublications.$inferInsert, 'contentId'>> };
    const gens: TGen[] = [];
    let n = 0;
    for (const col of COLUMNS) {
      for (const topic of col.topics) {
        const copies = rng.int(3, 5);
        for (let k = 0; k < copies; k++) {
          n++;
          const suffix = k === 0 ? '' : SERIES_SUFFIX[k % SERIES_SUFFIX.length] || `（${k + 1}）`;
          const isVideo = rng.chance(0.2);
          const created = new Date(start + ((end - start) * (n * 0.61803 - Math.floor(n * 0.61803))) + rng.int(0, 5) * 3_600_000);
          const roll = rng.next();
          const status = roll < 0.82 ? 'published' : roll < 0.88 ? 'offline' : roll < 0.94 ? 'pending' : 'draft';
          const org = rng.chance(0.55) ? root : rng.pick(districts);
          const base = {
            kind: isVideo ? ('video' as const) : ('article' as const),
            title: `${isVideo ? '【视频】' : ''}${topic.title}${suffix}`,
            summary: `${topic.lead}${topic.points.join('、')}。`,
            body: bodyHtml(topic, suffix),
            coverUrl: null,
            images: [] as string[],
            videoUrl: isVideo ? `https://video.kepu.example.cn/nantong/${2022 + (n % 5)}/${1000 + n}.mp4` : null,
            posterUrl: null,
            author: rng.pick(AUTHORS),
            tags: topic.tags,
          };
          const publishedAt = status === 'published' || status === 'offline' ? new Date(created.getTime() + rng.int(1, 6) * 86_400_000) : null;
          const pubs: TGen['pubs'] = [];
          if (publishedAt) {
            const by = { publishedBy: reviewer.id, publishedByName: reviewer.name, publishedAt, isDemo: true };
            const withdrawn =
              status === 'offline'
                ? { withdrawnAt: offlineAt(publishedAt), withdrawnBy: reviewer.id, withdrawnByName: reviewer.name, withdrawReason: '内容已过时效' }
                : {};
            if (rng.chance(0.95)) pubs.push({ ...by, ...withdrawn, channel: 'portal' });
            if (rng.chance(0.8)) pubs.push({ ...by, ...withdrawn, channel: 'column', columnId: columnId.get(col.name) });
            if (rng.chance(0.35)) pubs.push({ ...by, ...withdrawn, channel: 'bigscreen', screenId: null });
            if (rng.chance(0.15)) pubs.push({ ...by, ...withdrawn, channel: 'bigscreen', screenId: rng.pick(screenRows).id });
            if (rng.chance(0.3)) pubs.push({ ...by, ...withdrawn, channel: 'wechat' });
            if (pubs.length === 0) pubs.push({ ...by, ...withdrawn, channel: 'portal' });
          }
          gens.push({
            values: {
              ...base,
              ...contentValues(base),
              source: rng.pick(SOURCES),
              targetGroups: topic.groups.filter((g) => TARGET_GROUPS.includes(g)),
              columnId: columnId.get(col.name),
              orgId: org.id,
              status,
              returnReason: status === 'draft' && rng.chance(0.5) ? '请补充数据来源并核实专业表述' : null,
              submittedAt: status === 'draft' ? null : new Date(created.getTime() + 3_600_000),
              publishedAt,
              isDemo: true,
              createdAt: created,
              updatedAt: publishedAt ?? created,
            },
            pubs,
          });
        }
      }
    }
    const ids = await tx.insert(contents).values(gens.map((g) => g.values)).returning({ id: contents.id });
    const pubRows = gens.flatMap((g, i) => g.pubs.map((p) => ({ ...p, contentId: ids[i].id })));
    for (let i = 0; i < pubRows.length; i += 400) await tx.insert(contentPublications).values(pubRows.slice(i, i + 400));
    const transitions = gens.flatMap((g, i) => {
      const v = g.values;
      const row = { entity: 'content', entityId: ids[i].id, orgId: v.orgId, actorId: reviewer.id, actorName: reviewer.name, actorOrgId: root.id, reason: null };
      const out = [];
      if (v.submittedAt) out.push({ ...row, fromStatus: 'draft', toStatus: 'pending', at: v.submittedAt });
      if (v.publishedAt) out.push({ ...row, fromStatus: 'pending', toStatus: 'published', at: v.publishedAt });
      if (v.status === 'offline' && v.publishedAt)
        out.push({ ...row, fromStatus: 'published', toStatus: 'offline', reason: '内容已过时效', at: offlineAt(v.publishedAt) });
      return out;
    });
    await insertTransitions(tx, transitions);
    return { contents: ids.length, columns: columnRows.length, screens: screenRows.length, publications: pubRows.length };
  });
}
