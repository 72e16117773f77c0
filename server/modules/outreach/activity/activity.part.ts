import type { TOutreachPart } from '../outreach.part.js';

/** 科普活动 activities: filing, 备案, summaries due after the event, the public calendar and its iCalendar feed. */
export const activityPart: TOutreachPart = {};
