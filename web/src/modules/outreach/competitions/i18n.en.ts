// 科普惠民 · competitions, 公民科学素质 figures and target-group programmes: UI strings in English, typed against the Chinese file.
import type { competitionsZh } from './i18n.zh';

export const competitionsEn: Record<keyof typeof competitionsZh, string> = {
};
