// 科智助力 · surveys: UI strings in Simplified Chinese (the default language). Keys start with 'survey.' or 'nav.thinktank.'.
export const surveysZh = {
  'nav.thinktank.surveys': '调查',
} as const;
