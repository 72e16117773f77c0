import { BasesList } from './BasesList';

/** 到期复核: recognized bases whose five-year validity ends within N months (default 6) or has ended. */
export default function BaseReviewDuePage() {
  return <BasesList reviewDue />;
}
