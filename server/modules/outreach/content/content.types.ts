import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { TARGET_GROUPS } from '../../../../shared/outreach.js';
import { hasSomeField, nonEmptyPatch, zId, zIdList, zOptText, zPage, zPageSize, zQueryId, zQueryText, zReqText, zSort } from '../../../platform/http/common.types.js';
import { zText } from '../../../platform/text-schema.js';
import { isSafeUrl } from './content.sanitize.js';
import { CONTENT_CHANNELS, CONTENT_KINDS, CONTENT_STATUSES } from './content.schema.js';
import { ZTransitionOut as ZPlatformTransitionOut } from '../../../platform/workflow/workflow.types.js';

/** Longest rich-text body accepted (HTML characters, before sanitizing). */
export const CONTENT_BODY_MAX = 200_000;

export const CONTENT_STATUS_LABELS: Record<(typeof CONTENT_STATUSES)[number], string> = {
  draft: '草稿',
  pending: '待审',
  published: '已发布',
  offline: '已下线',
};
export const CONTENT_CHANNEL_LABELS: Record<(typeof CONTENT_CHANNELS)[number], string> = {
  portal: '门户网站',
  bigscreen: '科普大屏',
  wechat: '微信公众号',
  column: '科普栏目',
};

/** An http(s) URL, or one of our uploads (/api/v1/files/<id>); javascript:, data: and the rest are refused. */
const zUrl = (what: string, opts?: { allowFiles?: boolean }) =>
  zText(1000)
    .refine((u) => isSafeUrl(u, opts ?? { allowFiles: true }), '只允许 http(s) 链接或已上传的文件 / only http(s) URLs or uploaded files')
    .describe(what);

export const ZContentInput = z.strictObject({
  kind: z.enum(CONTENT_KINDS).describe('article 图文 / video 视频'),
  title: zReqText(LIMITS.textMax, '标题 title (plain text)'),
  summary: zOptText(1000, '摘要 summary (plain text)'),
  body: z.string().max(CONTENT_BODY_MAX).optional().describe('正文 rich-text HTML; sanitized on save (allow-list)'),
  coverUrl: zUrl('封面 cover image URL').nullish(),
  images: z.array(zUrl('图片 image URL')).max(30).optional().describe('图集 further images'),
  videoUrl: zUrl('视频链接 video URL (http/https only)', { allowFiles: false }).nullish(),
  posterUrl: zUrl('视频封面 poster URL').nullish(),
  author: zOptText(LIMITS.nameMax, '作者 author'),
  source: zOptText(LIMITS.textMax, '来源 source'),
  tags: z.array(zReqText(30, '标签 tag')).max(20).optional(),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length).optional().describe('重点人群 target groups'),
  columnId: zId.nullish().describe('所属栏目 column'),
  orgId: zId.optional().describe("所属组织 owning org; default: the actor's org"),
});
export type TContentInput = z.infer<typeof ZContentInput>;
export const ZContentPatch = ZContentInput.partial().refine(hasSomeField, nonEmptyPatch);
export type TContentPatch = z.infer<typeof ZContentPatch>;

export const CONTENT_SORTS = ['title', 'createdAt', 'updatedAt', 'publishedAt'] as const;
export const ZContentQuery = z.object({
  q: zQueryText().optional().describe('标题、摘要、作者、标签中的文字'),
  status: z.enum(CONTENT_STATUSES).optional(),
  kind: z.enum(CONTENT_KINDS).optional(),
  columnId: zQueryId.optional(),
  channel: z.enum(CONTENT_CHANNELS).optional().describe('now published on this channel'),
  orgId: zQueryId.optional().describe('org subtree filter'),
  isDemo: z.enum(['true', 'false']).optional(),
  sort: zSort(CONTENT_SORTS, 'field, or -field for descending; default -updatedAt'),
  page: zPage,
  pageSize: zPageSize,
});
export type TContentQuery = z.infer<typeof ZContentQuery>;

export const ZTransitionInput = z.strictObject({
  to: z.enum(CONTENT_STATUSES).describe('pending 提交审核 / draft 退回 (reason) or 重新编辑 / offline 下线'),
  reason: zOptText(500, '原因 reason (required when returning)'),
});
export type TTransitionInput = z.infer<typeof ZTransitionInput>;

export const ZPublishInput = z.strictObject({
  channels: z.array(z.enum(CONTENT_CHANNELS)).min(1, '请选择渠道').max(4).describe('渠道 channels'),
  screenIds: zIdList(50).optional().describe('bigscreen: the screens (none: every screen playing its column)'),
  columnIds: zIdList(20).optional().describe("column: the columns (none: the content's own column)"),
});
export type TPublishInput = z.infer<typeof ZPublishInput>;

export const ZWithdrawInput = z.strictObject({
  publicationIds: zIdList(100).optional().describe('the publications to take down (none: all of the channels given, or all)'),
  channels: z.array(z.enum(CONTENT_CHANNELS)).max(4).optional(),
  reason: zOptText(500, '下线原因 reason'),
});
export type TWithdrawInput = z.infer<typeof ZWithdrawInput>;

export const ZPublicationOut = z.object({
  id: z.number(),
  channel: z.enum(CONTENT_CHANNELS),
  screenId: z.number().nullable(),
  screenName: z.string().nullable(),
  columnId: z.number().nullable(),
  columnName: z.string().nullable(),
  publishedByName: z.string().nullable(),
  publishedAt: z.date(),
  withdrawnByName: z.string().nullable(),
  withdrawnAt: z.date().nullable(),
  withdrawReason: z.string().nullable(),
  active: z.boolean(),
});
export type TPublicationOut = z.infer<typeof ZPublicationOut>;

export const ZTransitionOut = ZPlatformTransitionOut.omit({ id: true, actorId: true, actorOrgId: true, actorOrgName: true });

const contentFields = {
  id: z.number(),
  kind: z.enum(CONTENT_KINDS),
  title: z.string(),
  summary: z.string().nullable(),
  coverUrl: z.string().nullable(),
  videoUrl: z.string().nullable(),
  posterUrl: z.string().nullable(),
  author: z.string().nullable(),
  source: z.string().nullable(),
  tags: z.array(z.string()),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  columnId: z.number().nullable(),
  columnName: z.string().nullable(),
  publishedAt: z.date().nullable(),
};

export const ZContentOut = z.object({
  ...contentFields,
  body: z.string().describe('sanitized HTML'),
  images: z.array(z.string()),
  orgId: z.number(),
  orgName: z.string(),
  status: z.enum(CONTENT_STATUSES),
  returnReason: z.string().nullable(),
  submittedAt: z.date().nullable(),
  channels: z.array(z.enum(CONTENT_CHANNELS)).describe('channels it is on now'),
  publications: z.array(ZPublicationOut).describe('every publication, newest first'),
  history: z.array(ZTransitionOut).optional().describe('status history, oldest first (detail only)'),
  allowed: z.array(z.enum(CONTENT_STATUSES)).describe('states the actor may move it to now'),
  canPublish: z.boolean(),
  canEdit: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TContentOut = z.infer<typeof ZContentOut>;
export const ZContentList = z.object({ items: z.array(ZContentOut), total: z.number() });

export const ZWechatOut = z.object({
  title: z.string(),
  html: z.string().describe('copy-ready HTML with inline styles (no <style>, class, script or on* attributes)'),
});

// ---- columns
export const ZColumnInput = z.strictObject({
  name: zReqText(LIMITS.nameMax, '栏目名称 name'),
  description: zOptText(1000, '栏目简介 description'),
  sortOrder: z.number().int().min(0).max(10_000).optional().describe('排序 display order (small first)'),
  orgId: zId.optional(),
});
export type TColumnInput = z.infer<typeof ZColumnInput>;
export const ZColumnPatch = ZColumnInput.partial().refine(hasSomeField, nonEmptyPatch);
export type TColumnPatch = z.infer<typeof ZColumnPatch>;
export const ZColumnOut = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string().nullable(),
  sortOrder: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  contentCount: z.number().describe('published contents of the column'),
  isDemo: z.boolean(),
  canEdit: z.boolean(),
});
export type TColumnOut = z.infer<typeof ZColumnOut>;
export const ZColumnList = z.object({ items: z.array(ZColumnOut), total: z.number() });

// ---- screens
export const ZScreenInput = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, '编码为 2–40 位小写字母、数字或 -')
    .describe('编码 code, in the kiosk URL /screen/<code>'),
  name: zReqText(LIMITS.textMax, '大屏名称 name'),
  location: zOptText(LIMITS.textMax, '位置 location'),
  columnIds: zIdList(20).optional().describe('播放栏目 columns it plays'),
  rotateSeconds: z.number().int().min(5).max(600).optional().describe('轮播间隔（秒） seconds per item'),
  isActive: z.boolean().optional(),
  orgId: zId.optional(),
});
export type TScreenInput = z.infer<typeof ZScreenInput>;
export const ZScreenPatch = ZScreenInput.partial().refine(hasSomeField, nonEmptyPatch);
export type TScreenPatch = z.infer<typeof ZScreenPatch>;
export const ZScreenOut = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  location: z.string().nullable(),
  columnIds: z.array(z.number()),
  columnNames: z.array(z.string()),
  rotateSeconds: z.number(),
  isActive: z.boolean(),
  orgId: z.number(),
  orgName: z.string(),
  pinnedCount: z.number().describe('contents published to this screen itself'),
  isDemo: z.boolean(),
  kioskPath: z.string(),
});
export type TScreenOut = z.infer<typeof ZScreenOut>;
export const ZScreenList = z.object({ items: z.array(ZScreenOut), total: z.number() });

// ---- public
export const ZPublicContentQuery = z.object({
  q: zQueryText().optional(),
  columnId: zQueryId.optional().describe("a column's page: content published to that column"),
  kind: z.enum(CONTENT_KINDS).optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type TPublicContentQuery = z.infer<typeof ZPublicContentQuery>;
export const ZPublicContentItem = z.object({ ...contentFields, orgName: z.string() });
export const ZPublicContentList = z.object({ items: z.array(ZPublicContentItem), total: z.number() });
export const ZPublicContentOut = ZPublicContentItem.extend({ body: z.string(), images: z.array(z.string()) });
export type TPublicContentOut = z.infer<typeof ZPublicContentOut>;
export const ZPublicColumnList = z.object({
  items: z.array(z.object({ id: z.number(), name: z.string(), description: z.string().nullable(), contentCount: z.number() })),
});
export const ZScreenCodeParam = z.object({ code: z.string().trim().max(40) });
export const ZPlaylistOut = z.object({
  screen: z.object({ code: z.string(), name: z.string(), location: z.string().nullable(), rotateSeconds: z.number() }),
  items: z.array(ZPublicContentOut),
  fetchedAt: z.date(),
});
export const ZFileIdParam = z.object({ id: z.uuid() });
