// Labels, colours and formats shared by the portal and the console pages of 科创服务.
import { Tag } from 'antd';
import type { TMsgKey, TTranslate } from '../../../app/i18n';
import { useT } from '../../../app/i18n';
import type { TDemandCategory, TDemandHallPhase, TDemandStatus, TPlatformKind, TPlatformLevel } from './api';

const CATEGORY_KEYS: Record<TDemandCategory, TMsgKey> = {
  技术攻关: 'kc.category.tech',
  卡脖子: 'kc.category.chokepoint',
  成果转化: 'kc.category.transfer',
  人才引进: 'kc.category.talent',
  技术咨询: 'kc.category.consulting',
};
const CATEGORY_COLORS: Record<TDemandCategory, string> = {
  技术攻关: 'blue',
  卡脖子: 'magenta',
  成果转化: 'cyan',
  人才引进: 'purple',
  技术咨询: 'geekblue',
};

const STATUS_COLORS: Record<TDemandStatus, string> = {
  draft: 'default',
  pending: 'gold',
  returned: 'orange',
  published: 'blue',
  docking: 'processing',
  signed: 'green',
  solved: 'success',
  closed: 'default',
};

const LEVEL_COLORS: Record<TPlatformLevel, string> = { national: 'red', provincial: 'blue', municipal: 'green' };

export const categoryLabel = (t: TTranslate, c: string) => (c in CATEGORY_KEYS ? t(CATEGORY_KEYS[c as TDemandCategory]) : c);
export const demandStatusLabel = (t: TTranslate, s: string) => t(`kc.demandStatus.${s}` as TMsgKey);
export const platformKindLabel = (t: TTranslate, k: TPlatformKind) => t(`kc.platformKind.${k}` as TMsgKey);
export const levelLabel = (t: TTranslate, l: TPlatformLevel) => t(`kc.level.${l}` as TMsgKey);

export function CategoryTag({ category }: { category: TDemandCategory }) {
  const t = useT();
  return <Tag color={CATEGORY_COLORS[category] ?? 'default'}>{categoryLabel(t, category)}</Tag>;
}

export function DemandStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status as TDemandStatus] ?? 'default'}>{demandStatusLabel(t, status)}</Tag>;
}

const PHASE_COLORS: Record<TDemandHallPhase, string> = { open: 'green', docking: 'processing', expired: 'default', signed: 'purple', solved: 'cyan' };

/** The hall's mark of a public demand: 征集中 only when it accepts experts; 已截止 when its deadline passed. */
export function DemandPhaseTag({ phase }: { phase: TDemandHallPhase }) {
  const t = useT();
  return <Tag color={PHASE_COLORS[phase] ?? 'default'}>{t(`kc.phase.${phase}` as TMsgKey)}</Tag>;
}

export function LevelTag({ level }: { level: TPlatformLevel }) {
  const t = useT();
  return <Tag color={LEVEL_COLORS[level]}>{levelLabel(t, level)}</Tag>;
}

export function AcademicianTag() {
  const t = useT();
  return <Tag color="gold">{t('kc.academician')}</Tag>;
}

/** "10–50 万元", "≤ 50 万元", "≥ 10 万元" or 面议 (negotiable) when no budget is given. */
export function formatBudget(t: TTranslate, min: number | null, max: number | null): string {
  const n = (v: number) => v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  if (min != null && max != null) return min === max ? t('kc.budget.exact', { v: n(min) }) : t('kc.budget.range', { min: n(min), max: n(max) });
  if (max != null) return t('kc.budget.upTo', { v: n(max) });
  if (min != null) return t('kc.budget.from', { v: n(min) });
  return t('kc.budget.negotiable');
}

/** Money in 万元 with thousands separators. */
export const formatWan = (v: number | null | undefined) => (v == null ? '' : v.toLocaleString('zh-CN', { maximumFractionDigits: 2 }));
