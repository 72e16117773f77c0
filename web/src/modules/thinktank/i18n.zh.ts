// 科智助力 (think tank): the module's UI strings in Simplified Chinese, one file per sub-domain.
import { projectsZh } from './projects/i18n.zh';
import { suggestionsZh } from './suggestions/i18n.zh';
import { surveysZh } from './surveys/i18n.zh';

const commonZh = {
  'nav.group.thinktank': '科智助力',
} as const;

export const thinktankZh = { ...commonZh, ...projectsZh, ...suggestionsZh, ...surveysZh };
