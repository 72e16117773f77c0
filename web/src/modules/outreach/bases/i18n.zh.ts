// 科普惠民 · 科普阵地 bases, schools, demonstration counties, big screens and galleries; the map: UI strings in Simplified Chinese (the default language).
export const basesZh = {
} as const satisfies Record<string, string>;
