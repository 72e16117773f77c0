import { ZIdParam } from '../../../platform/http/common.types.js';
import { requireActor, type TAppDeps, type TZodApp } from '../../../platform/http/context.js';
import { createColumn, createScreen, deleteColumn, deleteScreen, getColumn, getScreen, listColumns, listScreens, updateColumn, updateScreen } from './channel.service.js';
import {
  createContent,
  deleteContent,
  getContent,
  getPublicContent,
  listContents,
  listPublicColumns,
  listPublicContents,
  publishContent,
  readPublicContentFile,
  screenPlaylist,
  transitionContent,
  updateContent,
  wechatExport,
  withdrawContent,
} from './content.service.js';
import {
  ZColumnInput,
  ZColumnList,
  ZColumnOut,
  ZColumnPatch,
  ZContentInput,
  ZContentList,
  ZContentOut,
  ZContentPatch,
  ZContentQuery,
  ZFileIdParam,
  ZPlaylistOut,
  ZPublicColumnList,
  ZPublicContentList,
  ZPublicContentOut,
  ZPublicContentQuery,
  ZPublishInput,
  ZScreenCodeParam,
  ZScreenInput,
  ZScreenList,
  ZScreenOut,
  ZScreenPatch,
  ZTransitionInput,
  ZWechatOut,
  ZWithdrawInput,
} from './content.types.js';

const tags = ['outreach-content'];

/** 科普内容: content CRUD and workflow, publishing per channel, WeChat export, columns, screens, public channels. */
export function registerContentRoutes(app: TZodApp, { db, files }: TAppDeps) {
  app.get(
    '/api/v1/contents',
    { schema: { tags, summary: '科普内容列表 List contents (status, kind, column, channel)', querystring: ZContentQuery, response: { 200: ZContentList } } },
    async (req) => listContents(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/contents/:id',
    { schema: { tags, summary: '科普内容详情 One content with its publications and history', params: ZIdParam, response: { 200: ZContentOut } } },
    async (req) => getContent(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/contents',
    { schema: { tags, summary: '新建科普内容 Create a draft (body HTML sanitized)', body: ZContentInput, response: { 201: ZContentOut } } },
    async (req, reply) => reply.status(201).send(await createContent(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/contents/:id',
    { schema: { tags, summary: '修改科普内容 Edit a content (body HTML sanitized)', params: ZIdParam, body: ZContentPatch, response: { 200: ZContentOut } } },
    async (req) => updateContent(db, requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/contents/:id',
    { schema: { tags, summary: '删除草稿 Delete a draft never published', params: ZIdParam } },
    async (req, reply) => {
      await deleteContent(db, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/v1/contents/:id/transitions',
    {
      schema: {
        tags,
        summary: '流转 Submit (pending), return with a reason (draft), take offline, edit again',
        params: ZIdParam,
        body: ZTransitionInput,
        response: { 200: ZContentOut },
      },
    },
    async (req) => transitionContent(db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/contents/:id/publish',
    {
      schema: { tags, summary: '发布到渠道 Publish to channels (portal, bigscreen, wechat, column)', params: ZIdParam, body: ZPublishInput, response: { 200: ZContentOut } },
    },
    async (req) => publishContent(db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/contents/:id/withdraw',
    { schema: { tags, summary: '撤下渠道 Take publications down (all: offline)', params: ZIdParam, body: ZWithdrawInput, response: { 200: ZContentOut } } },
    async (req) => withdrawContent(db, requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/contents/:id/wechat',
    { schema: { tags, summary: '公众号导出 Copy-ready HTML with inline styles', params: ZIdParam, response: { 200: ZWechatOut } } },
    async (req) => wechatExport(db, requireActor(req), req.params.id, `${req.protocol}://${req.host}`),
  );

  // 科普栏目
  app.get(
    '/api/v1/content-columns',
    { schema: { tags, summary: '科普栏目 Columns in display order', response: { 200: ZColumnList } } },
    async (req) => listColumns(db, requireActor(req)),
  );
  app.get(
    '/api/v1/content-columns/:id',
    { schema: { tags, summary: '栏目详情 One column', params: ZIdParam, response: { 200: ZColumnOut } } },
    async (req) => getColumn(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/content-columns',
    { schema: { tags, summary: '新建栏目 Create a column', body: ZColumnInput, response: { 201: ZColumnOut } } },
    async (req, reply) => reply.status(201).send(await createColumn(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/content-columns/:id',
    { schema: { tags, summary: '修改栏目 Edit a column', params: ZIdParam, body: ZColumnPatch, response: { 200: ZColumnOut } } },
    async (req) => updateColumn(db, requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/content-columns/:id',
    { schema: { tags, summary: '删除栏目 Delete a column (its contents stay)', params: ZIdParam } },
    async (req, reply) => {
      await deleteColumn(db, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );

  // 科普大屏
  app.get(
    '/api/v1/content-screens',
    { schema: { tags, summary: '科普大屏 Screens in your subtree', response: { 200: ZScreenList } } },
    async (req) => listScreens(db, requireActor(req)),
  );
  app.get(
    '/api/v1/content-screens/:id',
    { schema: { tags, summary: '大屏详情 One screen', params: ZIdParam, response: { 200: ZScreenOut } } },
    async (req) => getScreen(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/content-screens',
    { schema: { tags, summary: '新建大屏 Register a screen', body: ZScreenInput, response: { 201: ZScreenOut } } },
    async (req, reply) => reply.status(201).send(await createScreen(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/content-screens/:id',
    { schema: { tags, summary: '修改大屏 Edit a screen (columns, rotation)', params: ZIdParam, body: ZScreenPatch, response: { 200: ZScreenOut } } },
    async (req) => updateScreen(db, requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/content-screens/:id',
    { schema: { tags, summary: '删除大屏 Delete a screen', params: ZIdParam } },
    async (req, reply) => {
      await deleteScreen(db, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );

  // public channels: no login
  app.get(
    '/api/v1/public/contents',
    {
      schema: {
        tags,
        summary: '科普园地 Published content on the portal (or in one column)',
        querystring: ZPublicContentQuery,
        response: { 200: ZPublicContentList },
      },
    },
    async (req) => listPublicContents(db, req.query),
  );
  app.get(
    '/api/v1/public/contents/:id',
    { schema: { tags, summary: '科普文章 One published content (sanitized HTML)', params: ZIdParam, response: { 200: ZPublicContentOut } } },
    async (req) => getPublicContent(db, req.params.id),
  );
  app.get(
    '/api/v1/public/content-columns',
    { schema: { tags, summary: '科普栏目 Columns with their published counts', response: { 200: ZPublicColumnList } } },
    async () => listPublicColumns(db),
  );
  app.get(
    '/api/v1/public/screens/:code/playlist',
    { schema: { tags, summary: '大屏播放列表 A kiosk screen playlist (polled every minute)', params: ZScreenCodeParam, response: { 200: ZPlaylistOut } } },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return screenPlaylist(db, req.params.code);
    },
  );
  app.get(
    '/api/v1/public/content-files/:id',
    { schema: { tags, summary: '内容图片 An image shown by published content', params: ZFileIdParam } },
    async (req, reply) => {
      const { file, bytes } = await readPublicContentFile(db, files, req.params.id);
      return reply
        .header('content-type', file.mime)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'public, max-age=300')
        .send(bytes);
    },
  );
}
