// 科智助力 · projects: UI strings in Simplified Chinese (the default language). Keys start with 'proj.' or 'nav.thinktank.'.
export const projectsZh = {
  'nav.thinktank.projects': '研究项目',
} as const;
