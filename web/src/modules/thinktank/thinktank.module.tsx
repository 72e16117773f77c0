import { composeWebParts, type TWebModule, type TWebModulePart } from '../module.types';
import { thinktankEn } from './i18n.en';
import { thinktankZh } from './i18n.zh';
import { projectsPart } from './projects/projects.part';
import { suggestionsPart } from './suggestions/suggestions.part';
import { surveysPart } from './surveys/surveys.part';

type K = keyof typeof thinktankZh;
const parts: TWebModulePart<K>[] = [projectsPart, suggestionsPart, surveysPart];

/** 科智助力: research projects, suggestions and the periodical with 报送 and 批示, surveys by station and code. */
export const thinktankModule: TWebModule<K> = {
  name: 'thinktank',
  ...composeWebParts(parts, { id: 'thinktank', label: 'nav.group.thinktank' }),
  messages: { zh: thinktankZh, en: thinktankEn },
};
