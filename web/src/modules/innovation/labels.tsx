import { ExperimentTwoTone } from '@ant-design/icons';
// Labels and small display pieces of 科创服务, for the console and the public portal alike: coloured
// state tags, categories, platform kinds and levels, matcher reasons and scores, budgets and amounts.
import { Flex, Progress, Tag, Tooltip } from 'antd';
import { type TMsgKey, type TTranslate, useT } from '../../app/i18n';
import type { TAchievementKind, TDemandCategory, TDemandStatus, TEnterpriseScale, TMatchStatus, TReason } from './api';
import { useDictLabel } from '../../app/hooks/useOrgTree';
import type { TDemandHallPhase, TPlatformKind, TPlatformLevel } from './portal/api';

const DEMAND_STATUS_COLOR: Record<TDemandStatus, string> = {
  draft: 'default',
  pending: 'gold',
  returned: 'red',
  published: 'blue',
  docking: 'cyan',
  signed: 'green',
  solved: 'green',
  closed: 'default',
};

const MATCH_STATUS_COLOR: Record<TMatchStatus, string> = {
  recommended: 'default',
  contacted: 'blue',
  accepted: 'green',
  declined: 'volcano',
  docking: 'cyan',
  signed: 'green',
};

const CATEGORY_KEY: Record<TDemandCategory, TMsgKey> = {
  技术攻关: 'demand.cat.research',
  卡脖子: 'demand.cat.bottleneck',
  成果转化: 'demand.cat.transfer',
  人才引进: 'demand.cat.talent',
  技术咨询: 'demand.cat.consulting',
};

const CATEGORY_COLOR: Record<TDemandCategory, string> = {
  技术攻关: 'blue',
  卡脖子: 'magenta',
  成果转化: 'cyan',
  人才引进: 'purple',
  技术咨询: 'geekblue',
};

const LEVEL_COLOR: Record<TPlatformLevel, string> = { national: 'red', provincial: 'blue', municipal: 'green' };

export const demandStatusLabel = (t: TTranslate, s: TDemandStatus | string) => t(`demand.status.${s}` as TMsgKey);
export const platformKindLabel = (t: TTranslate, k: TPlatformKind) => t(`kc.platformKind.${k}` as TMsgKey);
export const levelLabel = (t: TTranslate, l: TPlatformLevel) => t(`kc.level.${l}` as TMsgKey);
export const matchStatusLabel = (t: TTranslate, s: TMatchStatus) => t(`match.status.${s}` as TMsgKey);
export const categoryLabel = (t: TTranslate, c: string) => (c in CATEGORY_KEY ? t(CATEGORY_KEY[c as TDemandCategory]) : c);
const SCALE_KEY: Record<TEnterpriseScale, TMsgKey> = {
  大型: 'ent.scale.large',
  中型: 'ent.scale.medium',
  小型: 'ent.scale.small',
  微型: 'ent.scale.micro',
};

export const scaleLabel = (t: TTranslate, s: TEnterpriseScale) => (SCALE_KEY[s] ? t(SCALE_KEY[s]) : s);
export const achievementKindLabel = (t: TTranslate, k: TAchievementKind) => t(`expert.kind.${k}` as TMsgKey);

export function DemandStatusTag({ status }: { status: TDemandStatus | string }) {
  const t = useT();
  return (
    <Tag color={DEMAND_STATUS_COLOR[status as TDemandStatus] ?? 'default'} data-status={status}>
      {demandStatusLabel(t, status)}
    </Tag>
  );
}

export function CategoryTag({ category }: { category: TDemandCategory }) {
  const t = useT();
  return <Tag color={CATEGORY_COLOR[category] ?? 'default'}>{categoryLabel(t, category)}</Tag>;
}

const PHASE_COLOR: Record<TDemandHallPhase, string> = { open: 'green', docking: 'processing', expired: 'default', signed: 'purple', solved: 'cyan' };

/** The hall's mark of a public demand: 征集中 only when it accepts experts; 已截止 when its deadline passed. */
export function DemandPhaseTag({ phase }: { phase: TDemandHallPhase }) {
  const t = useT();
  return <Tag color={PHASE_COLOR[phase] ?? 'default'}>{t(`kc.phase.${phase}` as TMsgKey)}</Tag>;
}

export function LevelTag({ level }: { level: TPlatformLevel }) {
  const t = useT();
  return <Tag color={LEVEL_COLOR[level]}>{levelLabel(t, level)}</Tag>;
}

export function AcademicianTag() {
  const t = useT();
  return <Tag color="gold">{t('expert.academician')}</Tag>;
}

export function MatchStatusTag({ status }: { status: TMatchStatus }) {
  const t = useT();
  return (
    <Tag color={MATCH_STATUS_COLOR[status] ?? 'default'} data-status={status}>
      {matchStatusLabel(t, status)}
    </Tag>
  );
}

const REASON_COLOR: Record<string, string> = {
  keywords: 'geekblue',
  cluster: 'purple',
  industries: 'cyan',
  discipline: 'blue',
  achievements: 'gold',
  text: 'default',
  district: 'green',
};

/** The matcher's reasons as tags (their text is Chinese, as the server writes it). */
export function ReasonTags({ reasons }: { reasons: TReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <Flex wrap gap={4}>
      {reasons.map((r) => (
        <Tag key={`${r.kind}:${r.detail}`} color={REASON_COLOR[r.kind] ?? 'default'} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {r.detail}
        </Tag>
      ))}
    </Flex>
  );
}

/** Relevance in [0, 1] as a percentage bar. */
export function ScoreBar({ score, width = 140 }: { score: number; width?: number }) {
  const t = useT();
  const pct = Math.round(Math.max(0, Math.min(1, score)) * 100);
  return (
    <Tooltip title={t('match.scoreHint')}>
      <div style={{ width }} data-score={pct}>
        <Progress percent={pct} size="small" status="normal" strokeColor={pct >= 60 ? '#389e0d' : pct >= 30 ? '#1556d3' : '#8c8c8c'} />
      </div>
    </Tooltip>
  );
}

/** Money in 万元 with thousands separators. */
export const formatWan = (v: number | null | undefined) => (v == null ? '' : v.toLocaleString('zh-CN', { maximumFractionDigits: 2 }));

/**
 * 万元 range: "10–50 万元", "≥ 10 万元", "≤ 50 万元"; without a budget — in the console, 面议
 * (negotiable) on the portal (`negotiable`).
 */
export function budgetText(t: TTranslate, min: number | null, max: number | null, opts: { negotiable?: boolean } = {}): string {
  if (min == null && max == null) return opts.negotiable ? t('kc.budget.negotiable') : t('common.none');
  if (min != null && max != null)
    return min === max ? t('demand.budgetOne', { v: formatWan(min) }) : t('demand.budgetRange', { min: formatWan(min), max: formatWan(max) });
  if (min != null) return t('demand.budgetFrom', { v: formatWan(min) });
  return t('demand.budgetTo', { v: formatWan(max) });
}

/** Label column of the Descriptions tables: one line, wide enough for the longest Chinese label. */
export const DESC_LABEL: React.CSSProperties = { width: 120, whiteSpace: 'nowrap' };

/** Tags or —. */
export function TagList({ items, color }: { items: string[]; color?: string }) {
  const t = useT();
  const dl = useDictLabel();
  if (items.length === 0) return <>{t('common.none')}</>;
  return (
    <Flex wrap gap={4}>
      {items.map((x) => (
        <Tag key={x} color={color} style={{ marginInlineEnd: 0 }}>
          {dl(x)}
        </Tag>
      ))}
    </Flex>
  );
}

export function DemoTag() {
  const t = useT();
  // An icon with a label, not a word: the demo mark is chrome, and a word next to the name read as part
  // of it ("葛辉Demo"). The header says that demo data is loaded (DemoDataNotice).
  return (
    <Tooltip title={t('people.demoHint')}>
      <ExperimentTwoTone role="img" aria-label={t('people.demo')} twoToneColor="#fa8c16" style={{ marginInlineStart: 6 }} />
    </Tooltip>
  );
}

/** Every cluster of the city configuration (key clusters, emerging and future industries), without duplicates. */
export function allClusters(clusters?: { key: string[]; emerging: string[]; future: string[] }): string[] {
  if (!clusters) return [];
  return [...new Set([...clusters.key, ...clusters.emerging, ...clusters.future])];
}
