import type { TOutreachPart } from '../outreach.part.js';

/** 科普内容 content: articles, videos, columns; review and publishing to the four channels (portal, big screen, WeChat, columns). */
export const contentPart: TOutreachPart = {};
