import { Tag } from 'antd';
import { type TMsgKey, useT } from '../../../app/i18n';
import type { TAssessmentRating, TPlatformStatus, TProjectStatus } from './api';

const RATING_COLORS: Record<TAssessmentRating, string> = { 优秀: 'green', 良好: 'blue', 合格: 'default', 不合格: 'red' };
const RATING_KEYS: Record<TAssessmentRating, TMsgKey> = {
  优秀: 'platforms.rating.excellent',
  良好: 'platforms.rating.good',
  合格: 'platforms.rating.pass',
  不合格: 'platforms.rating.fail',
};
export const ratingKey = (r: TAssessmentRating) => RATING_KEYS[r];

export function RatingTag({ rating }: { rating: TAssessmentRating }) {
  const t = useT();
  return <Tag color={RATING_COLORS[rating]}>{t(RATING_KEYS[rating])}</Tag>;
}

const STATUS_COLORS: Record<TPlatformStatus, string> = { active: 'green', suspended: 'orange', revoked: 'default' };
export function PlatformStatusTag({ status }: { status: TPlatformStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(`platforms.status.${status}`)}</Tag>;
}

const PROJECT_COLORS: Record<TProjectStatus, string> = { applied: 'gold', approved: 'blue', ongoing: 'processing', completed: 'green', rejected: 'default' };
export function ProjectStatusTag({ status }: { status: TProjectStatus }) {
  const t = useT();
  return <Tag color={PROJECT_COLORS[status]}>{t(`projects.status.${status}`)}</Tag>;
}
