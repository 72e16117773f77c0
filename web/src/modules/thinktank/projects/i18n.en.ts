// 科智助力 · projects: UI strings in English, typed against the Chinese file.
import type { projectsZh } from './i18n.zh';

export const projectsEn: Record<keyof typeof projectsZh, string> = {
  'nav.thinktank.projects': 'Projects',
};
