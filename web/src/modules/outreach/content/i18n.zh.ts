// 科普惠民 · 科普内容 content, columns and the four channels (portal, big screen, WeChat, columns): UI strings in Simplified Chinese (the default language).
export const contentZh = {
} as const satisfies Record<string, string>;
