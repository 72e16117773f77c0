import type { TOutreachWebPart } from '../outreach.part';
import type { basesZh } from './i18n.zh';

/** 科普阵地 bases, schools, demonstration counties, big screens and galleries; the map. */
export const basesPart: TOutreachWebPart<keyof typeof basesZh> = {};
