// A bilingual glossary of the city's industrial and scientific vocabulary: experts publish in Chinese
// and in English, enterprises mostly write Chinese. A demand term found here also looks for its
// translation in the profile, at reduced credit (match.score.ts TRANSLATION_CREDIT). General domain
// terms by cluster, not taken from any evaluation set. English variants are separated by "|".

export const GLOSSARY: ReadonlyArray<readonly [string, string]> = [
  // 船舶海工 — shipbuilding and offshore engineering
  ['船舶', 'ship|vessel'],
  ['造船', 'shipbuilding'],
  ['船体', 'hull'],
  ['海工装备', 'offshore equipment|offshore engineering equipment'],
  ['海洋工程', 'offshore engineering|ocean engineering'],
  ['海洋平台', 'offshore platform'],
  ['自升式平台', 'jack-up platform|jack-up rig'],
  ['半潜式平台', 'semi-submersible platform'],
  ['导管架', 'jacket structure'],
  ['桩腿', 'jack-up leg'],
  ['系泊', 'mooring'],
  ['立管', 'riser'],
  ['海底管道', 'subsea pipeline'],
  ['涡激振动', 'vortex-induced vibration'],
  ['船型优化', 'hull form optimization'],
  ['阻力', 'resistance|drag'],
  ['螺旋桨', 'propeller'],
  ['推进', 'propulsion'],
  ['水动力', 'hydrodynamics'],
  ['振动噪声', 'vibration and noise'],
  ['焊接', 'welding|weld'],
  ['焊缝', 'weld seam|weld'],
  ['焊接变形', 'welding distortion|welding deformation'],
  ['残余应力', 'residual stress'],
  ['厚板', 'thick plate'],
  ['焊接机器人', 'welding robot|robotic welding'],
  ['搅拌摩擦焊', 'friction stir welding'],
  ['激光焊', 'laser welding'],
  ['焊缝跟踪', 'seam tracking'],
  ['疲劳', 'fatigue'],
  ['腐蚀', 'corrosion'],
  ['防腐', 'corrosion protection|anticorrosion'],
  ['防污', 'antifouling'],
  ['涂层', 'coating'],
  ['阴极保护', 'cathodic protection'],
  ['海上风电', 'offshore wind'],
  ['单桩', 'monopile'],
  ['液化天然气', 'liquefied natural gas|lng'],
  ['双燃料', 'dual-fuel'],
  ['船用发动机', 'marine engine'],
  ['智能船舶', 'smart ship|intelligent ship'],
  ['数字孪生', 'digital twin'],
  // 高端纺织 — textiles
  ['纺织', 'textile'],
  ['纺织品', 'textile'],
  ['面料', 'fabric'],
  ['织物', 'fabric'],
  ['纤维', 'fiber|fibre'],
  ['纱线', 'yarn'],
  ['纺纱', 'spinning'],
  ['织造', 'weaving'],
  ['针织', 'knitting'],
  ['非织造', 'nonwoven'],
  ['熔喷', 'melt-blown|meltblown'],
  ['静电纺丝', 'electrospinning'],
  ['染色', 'dyeing'],
  ['印染', 'dyeing and printing'],
  ['印花', 'printing'],
  ['数码印花', 'digital printing|inkjet printing'],
  ['整理', 'finishing'],
  ['抗菌', 'antibacterial|antimicrobial'],
  ['阻燃', 'flame retardant|flame retardancy'],
  ['家纺', 'home textiles'],
  ['智能纺织品', 'smart textiles|e-textiles'],
  ['可穿戴', 'wearable'],
  ['涤纶', 'polyester'],
  ['棉', 'cotton'],
  ['印染废水', 'dyeing wastewater|textile wastewater'],
  ['色牢度', 'color fastness|colour fastness'],
  ['疵点', 'fabric defect'],
  // 新材料 — materials
  ['材料', 'material'],
  ['复合材料', 'composite|composites'],
  ['碳纤维', 'carbon fiber|carbon fibre'],
  ['树脂', 'resin'],
  ['石墨烯', 'graphene'],
  ['合金', 'alloy'],
  ['高熵合金', 'high-entropy alloy'],
  ['高温合金', 'superalloy'],
  ['铝合金', 'aluminum alloy|aluminium alloy'],
  ['镁合金', 'magnesium alloy'],
  ['钢', 'steel'],
  ['陶瓷', 'ceramic'],
  ['聚合物', 'polymer'],
  ['高分子', 'polymer'],
  ['橡胶', 'rubber'],
  ['塑料', 'plastic'],
  ['薄膜', 'thin film|film'],
  ['纳米', 'nano|nanoscale'],
  ['纳米材料', 'nanomaterial'],
  ['膜分离', 'membrane separation'],
  ['分离膜', 'separation membrane'],
  ['陶瓷膜', 'ceramic membrane'],
  ['增材制造', 'additive manufacturing'],
  ['3d打印', '3d printing'],
  ['激光熔覆', 'laser cladding'],
  ['热喷涂', 'thermal spray'],
  ['耐磨', 'wear resistance|wear-resistant'],
  ['导热', 'thermal conductivity|thermally conductive'],
  ['轻量化', 'lightweight'],
  ['压铸', 'die casting'],
  ['热处理', 'heat treatment'],
  // 新能源 / 氢能 — energy and hydrogen
  ['新能源', 'renewable energy|new energy'],
  ['电池', 'battery'],
  ['锂电池', 'lithium battery'],
  ['锂离子电池', 'lithium-ion battery'],
  ['钠离子电池', 'sodium-ion battery'],
  ['固态电池', 'solid-state battery'],
  ['固态电解质', 'solid electrolyte|solid-state electrolyte'],
  ['电解质', 'electrolyte'],
  ['正极', 'cathode'],
  ['负极', 'anode'],
  ['热失控', 'thermal runaway'],
  ['电池管理系统', 'battery management system'],
  ['储能', 'energy storage'],
  ['储能系统', 'energy storage system'],
  ['光伏', 'photovoltaic|solar'],
  ['太阳能电池', 'solar cell'],
  ['钙钛矿', 'perovskite'],
  ['风电', 'wind power|wind energy'],
  ['风力发电机', 'wind turbine'],
  ['风电机组', 'wind turbine'],
  ['叶片', 'blade'],
  ['并网', 'grid integration|grid connection'],
  ['电网', 'power grid|grid'],
  ['配电网', 'distribution network'],
  ['氢能', 'hydrogen energy|hydrogen'],
  ['氢气', 'hydrogen'],
  ['制氢', 'hydrogen production'],
  ['绿氢', 'green hydrogen'],
  ['电解水', 'water electrolysis'],
  ['电解槽', 'electrolyzer|electrolyser'],
  ['碱性电解', 'alkaline electrolysis'],
  ['燃料电池', 'fuel cell'],
  ['质子交换膜', 'proton exchange membrane|pem'],
  ['膜电极', 'membrane electrode assembly'],
  ['电堆', 'stack|fuel cell stack'],
  ['催化剂', 'catalyst'],
  ['电催化', 'electrocatalysis'],
  ['储氢', 'hydrogen storage'],
  ['加氢站', 'hydrogen refueling station'],
  ['耐久性', 'durability'],
  ['衰减', 'degradation'],
  // 生物医药 — biomedicine
  ['药物', 'drug'],
  ['抗体', 'antibody'],
  ['单克隆抗体', 'monoclonal antibody'],
  ['细胞株', 'cell line'],
  ['疫苗', 'vaccine'],
  ['蛋白', 'protein'],
  ['发酵', 'fermentation'],
  ['合成生物学', 'synthetic biology'],
  ['神经再生', 'nerve regeneration|axon regeneration'],
  ['脊髓损伤', 'spinal cord injury'],
  ['周围神经', 'peripheral nerve'],
  ['组织工程', 'tissue engineering'],
  ['支架', 'scaffold|stent'],
  ['生物材料', 'biomaterial'],
  ['医疗器械', 'medical device'],
  ['体外诊断', 'in vitro diagnostics'],
  ['微流控', 'microfluidic|microfluidics'],
  ['即时检测', 'point-of-care testing|point of care'],
  ['生物传感器', 'biosensor'],
  ['传感器', 'sensor'],
  ['药代动力学', 'pharmacokinetics'],
  ['制剂', 'formulation'],
  ['缓释', 'sustained release|controlled release'],
  ['临床', 'clinical'],
  ['康复', 'rehabilitation'],
  ['医学影像', 'medical imaging'],
  ['中药', 'traditional chinese medicine'],
  // 高端装备 — equipment and manufacturing
  ['数控机床', 'cnc machine tool|machine tool'],
  ['机床', 'machine tool'],
  ['五轴', 'five-axis'],
  ['热误差', 'thermal error'],
  ['误差补偿', 'error compensation'],
  ['精度', 'accuracy|precision'],
  ['工业机器人', 'industrial robot'],
  ['机器人', 'robot|robotic'],
  ['液压', 'hydraulic'],
  ['伺服', 'servo'],
  ['轴承', 'bearing'],
  ['齿轮', 'gear'],
  ['减速器', 'reducer|gearbox'],
  ['齿轮箱', 'gearbox'],
  ['故障诊断', 'fault diagnosis'],
  ['预测性维护', 'predictive maintenance'],
  ['寿命预测', 'life prediction|remaining useful life'],
  ['振动', 'vibration'],
  ['精密测量', 'precision measurement'],
  ['模具', 'mould|mold|die'],
  ['起重机', 'crane'],
  ['阀门', 'valve'],
  ['电机', 'electric motor|motor'],
  ['永磁电机', 'permanent magnet motor'],
  ['农业机械', 'agricultural machinery'],
  // 5G / 物联网 / 人工智能 / 集成电路 — information technology and chips
  ['物联网', 'internet of things|iot'],
  ['传感网', 'sensor network'],
  ['无线传感器网络', 'wireless sensor network'],
  ['边缘计算', 'edge computing'],
  ['工业互联网', 'industrial internet'],
  ['天线', 'antenna'],
  ['毫米波', 'millimeter wave|mmwave'],
  ['人工智能', 'artificial intelligence|ai'],
  ['深度学习', 'deep learning'],
  ['机器学习', 'machine learning'],
  ['机器视觉', 'machine vision|computer vision'],
  ['计算机视觉', 'computer vision'],
  ['缺陷检测', 'defect detection'],
  ['目标检测', 'object detection'],
  ['图像识别', 'image recognition'],
  ['自然语言处理', 'natural language processing'],
  ['大语言模型', 'large language model'],
  ['知识图谱', 'knowledge graph'],
  ['网络安全', 'cybersecurity|network security'],
  ['大数据', 'big data'],
  ['集成电路', 'integrated circuit'],
  ['芯片', 'chip'],
  ['半导体', 'semiconductor'],
  ['封装', 'packaging'],
  ['先进封装', 'advanced packaging'],
  ['晶圆', 'wafer'],
  ['晶圆级封装', 'wafer-level packaging'],
  ['扇出型', 'fan-out'],
  ['倒装焊', 'flip chip'],
  ['翘曲', 'warpage'],
  ['功率器件', 'power device'],
  ['碳化硅', 'silicon carbide|sic'],
  ['氮化镓', 'gallium nitride|gan'],
  ['光刻胶', 'photoresist'],
  ['焊点', 'solder joint'],
  ['芯片测试', 'chip testing|wafer testing'],
  // 农业 — agriculture and aquaculture
  ['农业', 'agriculture'],
  ['水稻', 'rice'],
  ['育种', 'breeding'],
  ['栽培', 'cultivation'],
  ['土壤', 'soil'],
  ['盐碱地', 'saline-alkali soil|saline soil'],
  ['土壤修复', 'soil remediation'],
  ['病虫害', 'pest and disease|pest'],
  ['农药', 'pesticide'],
  ['农药残留', 'pesticide residue'],
  ['水产养殖', 'aquaculture'],
  ['养殖', 'farming|aquaculture'],
  ['对虾', 'shrimp'],
  ['循环水养殖', 'recirculating aquaculture'],
  ['水质', 'water quality'],
  ['溶解氧', 'dissolved oxygen'],
  ['食品', 'food'],
  ['食品安全', 'food safety'],
  // 化工 / 环保 — chemical engineering and environment
  ['化工', 'chemical engineering|chemical industry'],
  ['催化', 'catalysis'],
  ['加氢', 'hydrogenation'],
  ['分子筛', 'zeolite|molecular sieve'],
  ['连续流', 'continuous flow|flow chemistry'],
  ['微通道反应器', 'microreactor|microchannel reactor'],
  ['硝化', 'nitration'],
  ['本质安全', 'inherent safety'],
  ['过程安全', 'process safety'],
  ['中间体', 'intermediate'],
  ['废水', 'wastewater'],
  ['污水处理', 'wastewater treatment'],
  ['高级氧化', 'advanced oxidation'],
  ['废气', 'waste gas|exhaust gas'],
  ['挥发性有机物', 'volatile organic compounds|voc'],
  ['催化燃烧', 'catalytic combustion|catalytic oxidation'],
  ['吸附', 'adsorption'],
  ['固废', 'solid waste'],
  ['污泥', 'sludge'],
  ['大气污染', 'air pollution'],
  ['节能', 'energy saving|energy efficiency'],
  ['减排', 'emission reduction'],
];

interface TPrepared {
  /** Chinese side, lower-cased, longest first; `en` = each English variant's query terms. */
  zh: Array<{ zh: string; en: string[][] }>;
  /** English variant (its query terms joined by a space) → the Chinese term's query terms. */
  en: Map<string, string[][]>;
  maxEnTerms: number;
}

let prepared: TPrepared | null = null;

function prepare(analyze: (text: string) => string[]): TPrepared {
  if (prepared) return prepared;
  const zh: TPrepared['zh'] = [];
  const en = new Map<string, string[][]>();
  let maxEnTerms = 1;
  for (const [zhTerm, variants] of GLOSSARY) {
    const enTerms = variants
      .split('|')
      .map((v) => analyze(v))
      .filter((t) => t.length > 0);
    const zhTerms = analyze(zhTerm);
    zh.push({ zh: zhTerm.toLowerCase(), en: enTerms });
    if (zhTerms.length === 0) continue;
    for (const terms of enTerms) {
      const key = terms.join(' ');
      const list = en.get(key) ?? [];
      list.push(zhTerms);
      en.set(key, list);
      maxEnTerms = Math.max(maxEnTerms, terms.length);
    }
  }
  zh.sort((a, b) => b.zh.length - a.zh.length);
  prepared = { zh, en, maxEnTerms };
  return prepared;
}

/**
 * Translations for the units of a query: for each unit term, alternative term lists in the other
 * language (a profile covers the alternative when it has all its terms). `analyze` is the query
 * analyzer (terms in order, normalized); `sequence` the query's Latin terms in order.
 */
export function translationsFor(
  text: string,
  unitTerms: readonly string[],
  sequence: readonly string[],
  analyze: (text: string) => string[],
): Map<string, string[][]> {
  const g = prepare(analyze);
  const out = new Map<string, string[][]>();
  const add = (unit: string, alt: string[]) => {
    if (alt.length === 0 || (alt.length === 1 && alt[0] === unit)) return;
    const list = out.get(unit) ?? [];
    if (!list.some((l) => l.join(' ') === alt.join(' '))) list.push(alt);
    out.set(unit, list);
  };
  const lower = text.toLowerCase();
  if (/\p{Script=Han}/u.test(lower))
    for (const entry of g.zh) {
      if (!lower.includes(entry.zh)) continue;
      for (const unit of unitTerms) if (entry.zh.includes(unit)) for (const alt of entry.en) add(unit, alt);
    }
  for (let i = 0; i < sequence.length; i++)
    for (let n = Math.min(g.maxEnTerms, sequence.length - i); n >= 1; n--) {
      const span = sequence.slice(i, i + n);
      const zhAlts = g.en.get(span.join(' '));
      if (!zhAlts) continue;
      for (const unit of span) for (const alt of zhAlts) add(unit, alt);
    }
  return out;
}
