// Labels and small display pieces of 科普阵地, for the console and the portal alike.
import { Tag } from 'antd';
import { type TMsgKey, type TTranslate, useT } from '../../../app/i18n';
import type { TBaseCategory, TBaseKind, TBaseLevel, TBaseStatus } from './api';

/** One colour per kind: the map's markers, the legend and the kind tags. */
export const KIND_COLOR: Record<TBaseKind, string> = {
  education_base: '#1556d3',
  model_school: '#389e0d',
  featured_school: '#08979c',
  demo_county: '#d46b08',
  screen: '#722ed1',
  gallery: '#c41d7f',
};

const STATUS_COLOR: Record<TBaseStatus, string> = {
  recommended: 'default',
  applied: 'gold',
  under_review: 'processing',
  recognized: 'green',
  in_review: 'orange',
  retained: 'cyan',
  cancelled: 'default',
};

export const kindLabel = (t: TTranslate, k: TBaseKind) => t(`base.kind.${k}` as TMsgKey);
export const levelLabel = (t: TTranslate, l: TBaseLevel) => t(`base.level.${l}` as TMsgKey);
export const categoryLabel = (t: TTranslate, c: TBaseCategory) => t(`base.category.${c}` as TMsgKey);
export const statusLabel = (t: TTranslate, s: TBaseStatus) => t(`base.status.${s}` as TMsgKey);

export function KindTag({ kind }: { kind: TBaseKind }) {
  const t = useT();
  return (
    <Tag variant="outlined" color={KIND_COLOR[kind]}>
      {kindLabel(t, kind)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: TBaseStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[status]}>{statusLabel(t, status)}</Tag>;
}

export function LevelTag({ level }: { level: TBaseLevel | null }) {
  const t = useT();
  if (!level) return <span>—</span>;
  return <Tag color={level === 'national' ? 'red' : level === 'provincial' ? 'blue' : 'default'}>{levelLabel(t, level)}</Tag>;
}
