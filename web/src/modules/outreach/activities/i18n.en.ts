// 科普惠民 · 科普活动 activities and the public activity calendar: UI strings in English, typed against the Chinese file.
import type { activitiesZh } from './i18n.zh';

export const activitiesEn: Record<keyof typeof activitiesZh, string> = {
};
