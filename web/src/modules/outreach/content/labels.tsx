import { Tag } from 'antd';
import { TARGET_GROUP_LABELS, type TTargetGroup } from '../../../../../shared/outreach';
import { useI18n, useT } from '../../../app/i18n';
import type { TChannel, TContentKind, TContentStatus } from './api';

const STATUS_COLORS: Record<TContentStatus, string> = { draft: 'default', pending: 'processing', published: 'success', offline: 'warning' };
const CHANNEL_COLORS: Record<TChannel, string> = { portal: 'blue', bigscreen: 'purple', wechat: 'green', column: 'geekblue' };

export function StatusTag({ status }: { status: TContentStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(`content.status.${status}`)}</Tag>;
}

export function ChannelTag({ channel, suffix }: { channel: TChannel; suffix?: string | null }) {
  const t = useT();
  return (
    <Tag color={CHANNEL_COLORS[channel]}>
      {t(`content.channel.${channel}`)}
      {suffix ? `·${suffix}` : ''}
    </Tag>
  );
}

export function useKindLabel() {
  const t = useT();
  return (k: TContentKind) => t(`content.kind.${k}`);
}

export function useGroupLabel() {
  const { locale } = useI18n();
  return (g: TTargetGroup) => TARGET_GROUP_LABELS[g]?.[locale === 'en-US' ? 'en' : 'zh'] ?? g;
}
