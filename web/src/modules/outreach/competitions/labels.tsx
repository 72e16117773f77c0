// Labels of competitions, literacy and programmes: series, levels, grades, target groups, progress.
import { Progress, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { TARGET_GROUP_LABELS, type TTargetGroup } from '../../../../../shared/outreach';
import { useI18n } from '../../../app/i18n';
import type { TGrade, TLevel } from './api';

const LEVEL_COLOR: Record<TLevel, string> = { national: 'red', provincial: 'volcano', municipal: 'blue', county: 'default' };
const GRADE_COLOR: Partial<Record<TGrade, string>> = { 一等奖: 'gold', 金奖: 'gold', 二等奖: 'cyan', 银奖: 'cyan', 三等奖: 'green', 铜奖: 'green' };

export function LevelTag({ level, label }: { level: TLevel; label: string }) {
  return <Tag color={LEVEL_COLOR[level]}>{label}</Tag>;
}

export function GradeTag({ grade, label }: { grade: TGrade; label: string }) {
  return <Tag color={GRADE_COLOR[grade] ?? 'default'}>{label}</Tag>;
}

/** 农民 / Farmers in the UI language. */
export function useTargetGroupLabel() {
  const { locale } = useI18n();
  return (g: TTargetGroup) => (locale === 'en-US' ? TARGET_GROUP_LABELS[g].en : TARGET_GROUP_LABELS[g].zh);
}

/** A progress bar of trainees against a target: capped at 100 for the bar, the real percent in the text. */
export function TargetProgress({ percent, label, size }: { percent: number; label?: string; size?: 'small' | 'medium' }) {
  return (
    <Progress
      percent={Math.min(100, percent)}
      size={size === 'small' ? 'small' : 'medium'}
      status={percent >= 100 ? 'success' : 'active'}
      format={() => `${percent}%`}
      aria-label={label}
    />
  );
}

export const toDay = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
export const fromDay = (s: string | null | undefined) => (s ? dayjs(s) : undefined);
export const clean = (v?: string | null) => {
  const s = v?.trim();
  return s ? s : null;
};
