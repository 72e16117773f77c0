import type { TModulePart } from '../../../platform/module/parts.js';

/** (skeleton: filled in by the project sub-domain) */
export const projectPart: TModulePart = {};
