import { composeWebParts, type TWebModule, type TWebModulePart } from '../module.types';
import { activitiesPart } from './activities/activities.part';
import { basesPart } from './bases/bases.part';
import { competitionsPart } from './competitions/competitions.part';
import { contentPart } from './content/content.part';
import { outreachEn } from './i18n.en';
import { outreachZh } from './i18n.zh';

type K = keyof typeof outreachZh;
const parts: TWebModulePart<K>[] = [activitiesPart, basesPart, contentPart, competitionsPart];

/** 科普惠民: activities and the calendar, bases and the map, content and its channels, competitions and programmes. */
export const outreachModule: TWebModule<K> = {
  name: 'outreach',
  ...composeWebParts(parts, { id: 'outreach', label: 'nav.group.outreach' }),
  messages: { zh: outreachZh, en: outreachEn },
};
