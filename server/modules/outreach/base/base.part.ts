import type { TOutreachPart } from '../outreach.part.js';

/** 科普阵地 bases: education bases, schools, demonstration counties, big screens and galleries; the review cycle and the map. */
export const basePart: TOutreachPart = {};
