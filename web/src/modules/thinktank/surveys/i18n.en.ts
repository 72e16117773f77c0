// 科智助力 · surveys: UI strings in English, typed against the Chinese file.
import type { surveysZh } from './i18n.zh';

export const surveysEn: Record<keyof typeof surveysZh, string> = {
  'nav.thinktank.surveys': 'Surveys',
};
