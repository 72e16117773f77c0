import type { TModulePart } from '../../../platform/module/parts.js';

/** (skeleton: filled in by the suggestion sub-domain) */
export const suggestionPart: TModulePart = {};
