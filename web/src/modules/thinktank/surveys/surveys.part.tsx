import type { TWebModulePart } from '../../module.types';
import type { surveysZh } from './i18n.zh';

/** (skeleton: filled in by the surveys sub-domain) */
export const surveysPart: TWebModulePart<keyof typeof surveysZh> = {};
