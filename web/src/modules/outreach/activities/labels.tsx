import { Tag } from 'antd';
import { TARGET_GROUP_LABELS } from '../../../../../shared/outreach';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS } from '../../../../../shared/outreach-activity';
import { useI18n } from '../../../app/i18n';
import type { TActivityStatus, TActivityType, TTargetGroup } from './api';

// The labels of 科普活动 (console and portal alike): the code lists' zh/en names from shared/.

type TLocale = 'zh-CN' | 'en-US';
const pick = (l: { zh: string; en: string }, locale: TLocale) => (locale === 'en-US' ? l.en : l.zh);

export const typeLabel = (type: TActivityType, locale: TLocale) => pick(ACTIVITY_TYPE_LABELS[type], locale);
export const statusLabel = (status: TActivityStatus, locale: TLocale) => pick(ACTIVITY_STATUS_LABELS[status], locale);
export const groupLabel = (group: TTargetGroup, locale: TLocale) => pick(TARGET_GROUP_LABELS[group], locale);

const STATUS_COLORS: Record<TActivityStatus, string> = { planned: 'default', returned: 'error', filed: 'processing', held: 'warning', summarized: 'success' };
const TYPE_COLORS: Partial<Record<TActivityType, string>> = { science_day: 'magenta', sci_tech_week: 'geekblue', publicity_week: 'purple' };

export function ActivityStatusTag({ status }: { status: TActivityStatus }) {
  const { locale } = useI18n();
  return <Tag color={STATUS_COLORS[status]}>{statusLabel(status, locale)}</Tag>;
}

export function ActivityTypeTag({ type }: { type: TActivityType }) {
  const { locale } = useI18n();
  return <Tag color={TYPE_COLORS[type]}>{typeLabel(type, locale)}</Tag>;
}

export function OverdueTag() {
  const { t } = useI18n();
  return <Tag color="red">{t('act.overdue')}</Tag>;
}

/** 如皋市科学技术协会 → 如皋市 (short district names in tags and charts). */
export const shortOrg = (name: string | null | undefined) => (name ?? '').replace(/科学技术协会$/, '');
