import type { TWebModulePart } from '../../module.types';
import type { projectsZh } from './i18n.zh';

/** (skeleton: filled in by the projects sub-domain) */
export const projectsPart: TWebModulePart<keyof typeof projectsZh> = {};
