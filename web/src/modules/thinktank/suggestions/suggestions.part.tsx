import type { TWebModulePart } from '../../module.types';
import type { suggestionsZh } from './i18n.zh';

/** (skeleton: filled in by the suggestions sub-domain) */
export const suggestionsPart: TWebModulePart<keyof typeof suggestionsZh> = {};
