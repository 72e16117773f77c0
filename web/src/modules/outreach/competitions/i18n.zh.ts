// 科普惠民 · competitions, 公民科学素质 figures and target-group programmes: UI strings in Simplified Chinese (the default language).
export const competitionsZh = {
} as const satisfies Record<string, string>;
