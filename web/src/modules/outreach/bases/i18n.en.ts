// 科普惠民 · 科普阵地 bases, schools, demonstration counties, big screens and galleries; the map: UI strings in English, typed against the Chinese file.
import type { basesZh } from './i18n.zh';

export const basesEn: Record<keyof typeof basesZh, string> = {
};
