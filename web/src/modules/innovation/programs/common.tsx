// Pieces the four programme pages share: dates, linked-record display.
import { Flex, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../app/i18n';
import { AcademicianTag } from '../labels';
import type { TEnterpriseRef, TExpertRef } from './api';

export const toDay = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
export const fromDay = (s: string | null | undefined) => (s ? dayjs(s) : undefined);

/** "张三 教授 · 南通大学" with the 院士 tag. */
export function ExpertName({ expert }: { expert: TExpertRef }) {
  return (
    <span>
      {expert.name}
      {expert.isAcademician ? (
        <span style={{ marginInlineStart: 4 }}>
          <AcademicianTag />
        </span>
      ) : null}
      {expert.title || expert.unit ? (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 4 }}>
          {[expert.title, expert.unit].filter(Boolean).join(' · ')}
        </Typography.Text>
      ) : null}
    </span>
  );
}

/** A few names as tags, "+N" for the rest (with all of them in a tooltip). */
export function NameTags({ items, max = 2 }: { items: Array<{ id: number | string; name: string }>; max?: number }) {
  const t = useT();
  if (!items.length) return <>{t('common.none')}</>;
  const shown = items.slice(0, max);
  return (
    <Tooltip title={items.length > max ? items.map((x) => x.name).join('、') : undefined}>
      <Flex gap={4} style={{ overflow: 'hidden' }}>
        {shown.map((x) => (
          <Tag key={x.id} style={{ marginInlineEnd: 0, minWidth: 0, flexShrink: 1, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {x.name}
          </Tag>
        ))}
        {items.length > max ? <Tag style={{ marginInlineEnd: 0, flex: 'none' }}>+{items.length - max}</Tag> : null}
      </Flex>
    </Tooltip>
  );
}

export const expertPick = (e: TExpertRef) => ({ id: e.id, label: e.name, hint: [e.title, e.unit].filter(Boolean).join(' · ') });
export const enterprisePick = (e: TEnterpriseRef) => ({ id: e.id, label: e.name });

/** Blank strings → null (the server clears the field). */
export const clean = (v?: string | null) => {
  const s = v?.trim();
  return s ? s : null;
};

/** A titled list of linked records ("参加的专家 (3)"). */
export function RefList({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  const t = useT();
  return (
    <div>
      <Typography.Title level={5} style={{ marginBottom: 6 }}>
        {title} <Typography.Text type="secondary">({count})</Typography.Text>
      </Typography.Title>
      {count ? (
        <ul style={{ border: '1px solid #f0f0f0', borderRadius: 6, listStyle: 'none', margin: 0, padding: 0 }}>{children}</ul>
      ) : (
        <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
      )}
    </div>
  );
}

export function RefRow({ children, extra }: { children: React.ReactNode; extra?: React.ReactNode }) {
  return (
    <li style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, padding: '8px 12px', borderBottom: '1px solid #f5f5f5' }}>
      <div style={{ minWidth: 0 }}>{children}</div>
      {extra}
    </li>
  );
}

/** Descriptions in a detail drawer: labels on one line. */
export const DETAIL_STYLES = { label: { width: 112, whiteSpace: 'nowrap' } } as const;
