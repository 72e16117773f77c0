import type { TModulePart } from '../../../platform/module/parts.js';

/** (skeleton: filled in by the survey sub-domain) */
export const surveyPart: TModulePart = {};
