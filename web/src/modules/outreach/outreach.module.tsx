import type { TWebModule } from '../module.types';
import { activitiesPart } from './activities/activities.part';
import { basesPart } from './bases/bases.part';
import { competitionsPart } from './competitions/competitions.part';
import { contentPart } from './content/content.part';
import { outreachEn } from './i18n.en';
import { outreachZh } from './i18n.zh';
import type { TOutreachWebPart } from './outreach.part';

type K = keyof typeof outreachZh;
const parts: TOutreachWebPart<K>[] = [activitiesPart, basesPart, contentPart, competitionsPart];

/** 科普惠民: activities and the calendar, bases and the map, content and its channels, competitions and programmes. */
export const outreachModule: TWebModule<K> = {
  name: 'outreach',
  consoleRoutes: parts.flatMap((p) => p.consoleRoutes ?? []),
  portalPages: parts.flatMap((p) => p.portalPages ?? []),
  portalRoutes: parts.flatMap((p) => p.portalRoutes ?? []),
  portalLinks: parts.flatMap((p) => p.portalLinks ?? []),
  navGroup: { id: 'outreach', label: 'nav.group.outreach', items: parts.flatMap((p) => p.navItems ?? []) },
  messages: { zh: outreachZh, en: outreachEn },
  searchEntities: Object.assign({}, ...parts.map((p) => p.searchEntities ?? {})),
  auditEntities: Object.assign({}, ...parts.map((p) => p.auditEntities ?? {})),
  auditActions: Object.assign({}, ...parts.map((p) => p.auditActions ?? {})),
};
