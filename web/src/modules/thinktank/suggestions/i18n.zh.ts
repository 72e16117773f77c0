// 科智助力 · suggestions: UI strings in Simplified Chinese (the default language). Keys start with 'sugg.' or 'nav.thinktank.'.
export const suggestionsZh = {
  'nav.thinktank.suggestions': '科技工作者建议',
} as const;
