import type { TOutreachWebPart } from '../outreach.part';
import type { activitiesZh } from './i18n.zh';

/** 科普活动 activities and the public activity calendar. */
export const activitiesPart: TOutreachWebPart<keyof typeof activitiesZh> = {};
