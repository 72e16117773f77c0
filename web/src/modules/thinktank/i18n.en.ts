// 科智助力 (think tank): the module's UI strings in English, typed against the Chinese files.
import type { thinktankZh } from './i18n.zh';
import { projectsEn } from './projects/i18n.en';
import { suggestionsEn } from './suggestions/i18n.en';
import { surveysEn } from './surveys/i18n.en';

export const thinktankEn: Record<keyof typeof thinktankZh, string> = {
  'nav.group.thinktank': 'Think tank',
  ...projectsEn,
  ...suggestionsEn,
  ...surveysEn,
};
