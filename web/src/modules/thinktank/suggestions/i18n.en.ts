// 科智助力 · suggestions: UI strings in English, typed against the Chinese file.
import type { suggestionsZh } from './i18n.zh';

export const suggestionsEn: Record<keyof typeof suggestionsZh, string> = {
  'nav.thinktank.suggestions': 'Suggestions',
};
