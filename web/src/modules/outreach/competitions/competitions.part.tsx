import type { TOutreachWebPart } from '../outreach.part';
import type { competitionsZh } from './i18n.zh';

/** competitions, 公民科学素质 figures and target-group programmes. */
export const competitionsPart: TOutreachWebPart<keyof typeof competitionsZh> = {};
