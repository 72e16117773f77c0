import type { TOutreachPart } from '../outreach.part.js';

/** competitions and awards, 公民科学素质 per district and year, target-group programmes with their trainings. */
export const competitionPart: TOutreachPart = {};
