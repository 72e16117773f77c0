// 科普惠民 · 科普活动 activities and the public activity calendar: UI strings in Simplified Chinese (the default language).
export const activitiesZh = {
} as const satisfies Record<string, string>;
