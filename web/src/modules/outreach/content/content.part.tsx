import type { TOutreachWebPart } from '../outreach.part';
import type { contentZh } from './i18n.zh';

/** 科普内容 content, columns and the four channels (portal, big screen, WeChat, columns). */
export const contentPart: TOutreachWebPart<keyof typeof contentZh> = {};
