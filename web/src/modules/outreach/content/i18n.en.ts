// 科普惠民 · 科普内容 content, columns and the four channels (portal, big screen, WeChat, columns): UI strings in English, typed against the Chinese file.
import type { contentZh } from './i18n.zh';

export const contentEn: Record<keyof typeof contentZh, string> = {
};
