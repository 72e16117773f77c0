import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, can, inScope, type TActor } from '../../../platform/auth/policy.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { findFileById } from '../../../platform/files/file.repo.js';
import type { FileStore } from '../../../platform/files/file-store.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import { indexTokens } from '../../../platform/search/text.js';
import { applyTransitionInTx, listTransitions } from '../../../platform/workflow/workflow.service.js';
import {
  deleteContentRow,
  findColumnsByIds,
  findContentById,
  findPublicContent,
  findScreenByCode,
  findScreensByIds,
  insertContents,
  insertPublications,
  isFileOfPublishedContent,
  lockContentStatus,
  publicationsOf,
  selectContents,
  selectPlaylist,
  selectPublicColumns,
  selectPublicContents,
  type TChannel,
  type TContentRow,
  type TPublicationRow,
  updateContentRow,
  withdrawPublications,
} from './content.repo.js';
import { bodyText, escapeHtml, publicFileUrls, publicUrl, referencedFileIds, sanitizeBody, wechatBody } from './content.sanitize.js';
import type {
  TContentInput,
  TContentOut,
  TContentPatch,
  TContentQuery,
  TPublicationOut,
  TPublicContentOut,
  TPublicContentQuery,
  TPublishInput,
  TTransitionInput,
  TWithdrawInput,
} from './content.types.js';
import { allowedContentTransitions, CONTENT_WORKFLOW, type TContentParty, type TContentStatus } from './content.workflow.js';

const ENTITY = 'content';
const notFoundContent = () => notFound('科普内容', 'Content');

function partiesOf(actor: TActor): TContentParty[] {
  return [...(can(actor, 'content:write') ? (['writer'] as const) : []), ...(can(actor, 'content:review') ? (['reviewer'] as const) : [])];
}

/** Writers edit drafts; reviewers also correct content waiting for review or out on a channel. */
function canEditRow(actor: TActor, status: TContentStatus): boolean {
  if (status === 'draft') return can(actor, 'content:write');
  return can(actor, 'content:review') && status !== 'offline';
}

function presentPublication(p: TPublicationRow): TPublicationOut {
  return {
    id: p.id,
    channel: p.channel,
    screenId: p.screenId,
    screenName: p.screenName,
    columnId: p.columnId,
    columnName: p.columnName,
    publishedByName: p.publishedByName,
    publishedAt: p.publishedAt,
    withdrawnByName: p.withdrawnByName,
    withdrawnAt: p.withdrawnAt,
    withdrawReason: p.withdrawReason,
    active: p.withdrawnAt == null,
  };
}

async function present(db: DbOrTx, actor: TActor, rows: TContentRow[], withHistory = false): Promise<TContentOut[]> {
  const pubs = await publicationsOf(
    db,
    rows.map((r) => r.id),
  );
  const parties = partiesOf(actor);
  return Promise.all(
    rows.map(async (r) => {
      const list = pubs.get(r.id) ?? [];
      return {
        id: r.id,
        kind: r.kind,
        title: r.title,
        summary: r.summary,
        body: r.body,
        coverUrl: r.coverUrl,
        images: r.images,
        videoUrl: r.videoUrl,
        posterUrl: r.posterUrl,
        author: r.author,
        source: r.source,
        tags: r.tags,
        targetGroups: r.targetGroups as TContentOut['targetGroups'],
        columnId: r.columnId,
        columnName: r.columnName,
        orgId: r.orgId,
        orgName: r.orgName,
        status: r.status,
        returnReason: r.returnReason,
        submittedAt: r.submittedAt,
        publishedAt: r.publishedAt,
        channels: [...new Set(list.filter((p) => p.withdrawnAt == null).map((p) => p.channel))],
        publications: list.map(presentPublication),
        history: withHistory
          ? (await listTransitions(db, CONTENT_WORKFLOW, r.id)).map((h) => ({
              from: h.from,
              to: h.to,
              fromLabel: h.fromLabel,
              toLabel: h.toLabel,
              actorName: h.actorName,
              reason: h.reason,
              at: h.at,
            }))
          : undefined,
        allowed: allowedContentTransitions(r.status, parties),
        canPublish: can(actor, 'content:review') && r.status !== 'draft',
        canEdit: canEditRow(actor, r.status),
        isDemo: r.isDemo,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      };
    }),
  );
}

async function loadInScope(db: DbOrTx, actor: TActor, id: number): Promise<TContentRow> {
  const row = await findContentById(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFoundContent();
  return row;
}

/** @throws AppError FORBIDDEN, NOT_FOUND (outside the actor's subtree too) */
export async function getContent(db: DbOrTx, actor: TActor, id: number): Promise<TContentOut> {
  assertCan(actor, 'content:read');
  return (await present(db, actor, [await loadInScope(db, actor, id)], true))[0];
}

export async function listContents(db: DbOrTx, actor: TActor, q: TContentQuery) {
  assertCan(actor, 'content:read');
  const { items, total } = await selectContents(db, actor, q);
  return { items: await present(db, actor, items), total };
}

async function checkColumn(db: DbOrTx, columnId: number | null | undefined) {
  if (columnId == null) return;
  if ((await findColumnsByIds(db, [columnId])).length === 0)
    throw badRequest('COLUMN_NOT_FOUND', '所选栏目不存在', 'The column does not exist', [{ path: 'columnId', message: '栏目不存在' }]);
}

/** The stored fields of a content: the body sanitized, its uploads and search tokens derived. */
export function contentValues(
  merged: Pick<TContentRow, 'kind' | 'title' | 'summary' | 'body' | 'coverUrl' | 'images' | 'videoUrl' | 'posterUrl' | 'author' | 'tags'>,
) {
  const body = sanitizeBody(merged.body ?? '');
  return {
    body,
    fileIds: referencedFileIds(body, [merged.coverUrl, merged.posterUrl, ...merged.images]),
    searchText: indexTokens(merged.title, merged.summary, merged.author, merged.tags.join(' '), bodyText(body).slice(0, 2000)),
  };
}

function checkKind(kind: string, videoUrl: string | null | undefined) {
  if (kind === 'video' && !videoUrl)
    throw badRequest('CONTENT_VIDEO_REQUIRED', '视频内容须填写视频链接', 'A video needs its URL', [{ path: 'videoUrl', message: '请填写视频链接' }]);
}

/** @throws AppError FORBIDDEN, NOT_FOUND (org), COLUMN_NOT_FOUND, CONTENT_VIDEO_REQUIRED */
export async function createContent(db: Db, actor: TActor, input: TContentInput): Promise<TContentOut> {
  assertCan(actor, 'content:write');
  const orgId = input.orgId ?? actor.orgId;
  await getOrgInScope(db, actor, orgId);
  checkKind(input.kind, input.videoUrl);
  return db.transaction(async (tx) => {
    await checkColumn(tx, input.columnId);
    const base = {
      kind: input.kind,
      title: input.title,
      summary: input.summary || null,
      body: input.body ?? '',
      coverUrl: input.coverUrl || null,
      images: input.images ?? [],
      videoUrl: input.videoUrl || null,
      posterUrl: input.posterUrl || null,
      author: input.author || null,
      tags: [...new Set(input.tags ?? [])],
    };
    const [{ id }] = await insertContents(tx, [
      {
        ...base,
        ...contentValues(base),
        source: input.source || null,
        targetGroups: [...new Set(input.targetGroups ?? [])],
        columnId: input.columnId ?? null,
        orgId,
        status: 'draft',
        createdBy: actor.userId,
      },
    ]);
    const out = await getContent(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'create', orgId, after: { ...out, history: undefined } });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND, CONTENT_NOT_EDITABLE (409), COLUMN_NOT_FOUND, CONTENT_VIDEO_REQUIRED */
export async function updateContent(db: Db, actor: TActor, id: number, patch: TContentPatch): Promise<TContentOut> {
  assertCan(actor, 'content:write');
  const row = await loadInScope(db, actor, id);
  if (!canEditRow(actor, row.status))
    throw conflict('CONTENT_NOT_EDITABLE', `「${CONTENT_WORKFLOW.label(row.status)}」的内容不能修改`, `Content that is ${row.status} cannot be edited`);
  if (patch.orgId !== undefined && patch.orgId !== row.orgId) await getOrgInScope(db, actor, patch.orgId);
  const pick = <K extends keyof TContentPatch & keyof TContentRow>(k: K) => (patch[k] === undefined ? row[k] : patch[k]);
  const merged = {
    kind: patch.kind ?? row.kind,
    title: patch.title ?? row.title,
    summary: (pick('summary') as string | null) || null,
    body: patch.body ?? row.body,
    coverUrl: (pick('coverUrl') as string | null) || null,
    images: patch.images ?? row.images,
    videoUrl: (pick('videoUrl') as string | null) || null,
    posterUrl: (pick('posterUrl') as string | null) || null,
    author: (pick('author') as string | null) || null,
    tags: patch.tags ? [...new Set(patch.tags)] : row.tags,
  };
  checkKind(merged.kind, merged.videoUrl);
  const before = (await present(db, actor, [row]))[0];
  return db.transaction(async (tx) => {
    if (patch.columnId !== undefined) await checkColumn(tx, patch.columnId);
    await updateContentRow(tx, id, {
      ...merged,
      ...contentValues(merged),
      source: patch.source === undefined ? undefined : patch.source || null,
      targetGroups: patch.targetGroups ? [...new Set(patch.targetGroups)] : undefined,
      columnId: patch.columnId,
      orgId: patch.orgId,
    });
    const out = await getContent(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'update', orgId: out.orgId, before, after: { ...out, history: undefined } });
    return out;
  });
}

/** Drafts only (what was out on a channel stays on record). @throws AppError FORBIDDEN, NOT_FOUND, CONTENT_NOT_DELETABLE */
export async function deleteContent(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'content:write');
  const row = await loadInScope(db, actor, id);
  if (row.status !== 'draft' || row.publishedAt)
    throw conflict('CONTENT_NOT_DELETABLE', '只能删除从未发布的草稿，已发布过的内容请下线', 'Only drafts never published can be deleted; take published content offline');
  const before = (await present(db, actor, [row]))[0];
  await db.transaction(async (tx) => {
    await deleteContentRow(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'delete', orgId: row.orgId, before });
  });
}

async function moveContent(
  tx: DbOrTx,
  actor: TActor,
  row: TContentRow,
  to: TContentStatus,
  reason: string | null | undefined,
  extra: Parameters<typeof updateContentRow>[2] = {},
) {
  const at = new Date();
  await applyTransitionInTx(tx, CONTENT_WORKFLOW, {
    entityId: row.id,
    orgId: row.orgId,
    from: row.status,
    to,
    actor,
    parties: partiesOf(actor),
    reason,
    at,
    lock: () => lockContentStatus(tx, row.id),
    update: () =>
      updateContentRow(tx, row.id, {
        status: to,
        ...(to === 'pending' ? { submittedAt: at, returnReason: null } : {}),
        ...(to === 'draft' && row.status === 'pending' ? { returnReason: reason?.trim() || null } : {}),
        ...(to === 'published' ? { publishedAt: at, returnReason: null } : {}),
        ...extra,
      }),
  });
}

/**
 * 提交审核 (draft → pending), 退回 (pending → draft with a reason), 下线 (published → offline: every
 * channel taken down and recorded), 重新编辑 (offline → draft). Publishing is `publishContent`.
 * @throws AppError FORBIDDEN, NOT_FOUND, CONTENT_TRANSITION_INVALID (409), REASON_REQUIRED
 */
export async function transitionContent(db: Db, actor: TActor, id: number, input: TTransitionInput): Promise<TContentOut> {
  assertCan(actor, 'content:read');
  const row = await loadInScope(db, actor, id);
  if (input.to === 'published') throw conflict('CONTENT_PUBLISH_VIA_CHANNELS', '发布请选择渠道（发布到渠道）', 'Publish through the publish action with the channels');
  return db.transaction(async (tx) => {
    await moveContent(tx, actor, row, input.to, input.reason);
    if (input.to === 'offline')
      await withdrawPublications(tx, id, null, { userId: actor.userId, name: actor.displayName, reason: input.reason?.trim() || null });
    return getContent(tx, actor, id);
  });
}

/**
 * 发布到渠道: puts a content waiting for review (or offline) out on the channels chosen, or adds channels
 * to published content. Each channel — each screen, each column — is one publication row.
 * @throws AppError FORBIDDEN, NOT_FOUND, CONTENT_TRANSITION_INVALID (409: a draft), SCREEN_NOT_FOUND, COLUMN_NOT_FOUND
 */
export async function publishContent(db: Db, actor: TActor, id: number, input: TPublishInput): Promise<TContentOut> {
  assertCan(actor, 'content:review');
  const row = await loadInScope(db, actor, id);
  if (row.status === 'draft') throw CONTENT_WORKFLOW.invalid('draft', 'published');
  const channels = [...new Set(input.channels)];
  const screenIds = [...new Set(input.screenIds ?? [])];
  const screens = await findScreensByIds(db, screenIds);
  if (screens.length !== screenIds.length || screens.some((s) => !inScope(actor, s.orgPath)))
    throw badRequest('SCREEN_NOT_FOUND', '所选大屏不存在', 'A screen chosen does not exist', [{ path: 'screenIds', message: '大屏不存在' }]);
  const columnIds = [...new Set(input.columnIds?.length ? input.columnIds : row.columnId ? [row.columnId] : [])];
  if (channels.includes('column')) {
    if (columnIds.length === 0)
      throw badRequest('COLUMN_REQUIRED', '发布到科普栏目须选择栏目', 'Choose the column to publish to', [{ path: 'columnIds', message: '请选择栏目' }]);
    if ((await findColumnsByIds(db, columnIds)).length !== columnIds.length)
      throw badRequest('COLUMN_NOT_FOUND', '所选栏目不存在', 'A column chosen does not exist', [{ path: 'columnIds', message: '栏目不存在' }]);
  }
  const active = ((await publicationsOf(db, [id])).get(id) ?? []).filter((p) => p.withdrawnAt == null);
  const has = (channel: TChannel, screenId: number | null, columnId: number | null) =>
    active.some((p) => p.channel === channel && p.screenId === screenId && p.columnId === columnId);
  const by = { publishedBy: actor.userId, publishedByName: actor.displayName, contentId: id };
  const rows: Array<Parameters<typeof insertPublications>[1][number]> = [];
  for (const channel of channels) {
    if (channel === 'bigscreen') {
      for (const screenId of screenIds.length ? screenIds : [null]) if (!has(channel, screenId, null)) rows.push({ ...by, channel, screenId });
    } else if (channel === 'column') {
      for (const columnId of columnIds) if (!has(channel, null, columnId)) rows.push({ ...by, channel, columnId });
    } else if (!has(channel, null, null)) rows.push({ ...by, channel });
  }
  return db.transaction(async (tx) => {
    if (row.status !== 'published') await moveContent(tx, actor, row, 'published', null);
    await insertPublications(tx, rows);
    const out = await getContent(tx, actor, id);
    await recordAudit(tx, actor, {
      entity: ENTITY,
      entityId: id,
      action: 'publish',
      orgId: row.orgId,
      after: { channels, screens: screens.map((s) => s.name), columnIds: channels.includes('column') ? columnIds : [] },
      note: `发布到：${channels.join('、')}`,
    });
    return out;
  });
}

/**
 * Takes publications down (recorded with who, when, why). When no channel is left the content goes
 * offline (已下线). @throws AppError FORBIDDEN, NOT_FOUND, CONTENT_NOT_PUBLISHED (409)
 */
export async function withdrawContent(db: Db, actor: TActor, id: number, input: TWithdrawInput): Promise<TContentOut> {
  assertCan(actor, 'content:review');
  const row = await loadInScope(db, actor, id);
  const active = ((await publicationsOf(db, [id])).get(id) ?? []).filter((p) => p.withdrawnAt == null);
  const chosen = active.filter(
    (p) => (!input.publicationIds?.length || input.publicationIds.includes(p.id)) && (!input.channels?.length || input.channels.includes(p.channel)),
  );
  if (row.status !== 'published' || chosen.length === 0)
    throw conflict('CONTENT_NOT_PUBLISHED', '没有可下线的发布记录', 'Nothing of this content is out on those channels');
  const reason = input.reason?.trim() || null;
  return db.transaction(async (tx) => {
    await withdrawPublications(
      tx,
      id,
      chosen.map((p) => p.id),
      { userId: actor.userId, name: actor.displayName, reason },
    );
    await recordAudit(tx, actor, {
      entity: ENTITY,
      entityId: id,
      action: 'withdraw',
      orgId: row.orgId,
      after: { channels: [...new Set(chosen.map((p) => p.channel))], reason },
      note: `撤下：${[...new Set(chosen.map((p) => p.channel))].join('、')}`,
    });
    if (chosen.length === active.length) await moveContent(tx, actor, row, 'offline', reason);
    return getContent(tx, actor, id);
  });
}

/**
 * 公众号 export: the title, meta line and body as HTML with inline styles only, uploads as absolute
 * public URLs, text escaped. @throws AppError FORBIDDEN, NOT_FOUND
 */
export async function wechatExport(db: DbOrTx, actor: TActor, id: number, origin: string): Promise<{ title: string; html: string }> {
  assertCan(actor, 'content:read');
  const row = await loadInScope(db, actor, id);
  return { title: row.title, html: wechatHtml(row, origin) };
}

export function wechatHtml(
  row: Pick<TContentRow, 'title' | 'summary' | 'body' | 'author' | 'source' | 'coverUrl' | 'videoUrl' | 'posterUrl' | 'kind'>,
  origin: string,
): string {
  const abs = (u: string | null) => {
    const p = publicUrl(u);
    return p?.startsWith('/') ? `${origin}${p}` : p;
  };
  const meta = [row.author && `作者：${row.author}`, row.source && `来源：${row.source}`].filter(Boolean).join('　');
  const parts = [
    `<section style="font-size:16px;color:#333;line-height:1.75;">`,
    `<h1 style="margin:0 0 0.6em;font-size:22px;font-weight:bold;color:#222;line-height:1.4;">${escapeHtml(row.title)}</h1>`,
    meta ? `<p style="margin:0 0 1em;font-size:14px;color:#888;">${escapeHtml(meta)}</p>` : '',
    row.summary
      ? `<blockquote style="margin:0 0 1em;padding:8px 12px;border-left:4px solid #1f4e8c;background:#f4f7fb;color:#555;">${escapeHtml(row.summary)}</blockquote>`
      : '',
    row.coverUrl ? `<p style="margin:0 0 1em;"><img src="${escapeHtml(abs(row.coverUrl) ?? '')}" alt="" style="max-width:100%;height:auto;display:block;margin:0 auto;"></p>` : '',
    wechatBody(row.body, origin),
    row.kind === 'video' && row.videoUrl
      ? `<p style="margin:0 0 1em;"><a href="${escapeHtml(row.videoUrl)}" style="color:#1f4e8c;text-decoration:underline;">观看视频：${escapeHtml(row.videoUrl)}</a></p>`
      : '',
    '</section>',
  ];
  return parts.filter(Boolean).join('\n');
}

// ---- public channels (no login)

function presentPublic(r: TContentRow, withBody: boolean): TPublicContentOut {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    summary: r.summary,
    coverUrl: publicUrl(r.coverUrl),
    videoUrl: r.videoUrl,
    posterUrl: publicUrl(r.posterUrl),
    author: r.author,
    source: r.source,
    tags: r.tags,
    targetGroups: r.targetGroups as TPublicContentOut['targetGroups'],
    columnId: r.columnId,
    columnName: r.columnName,
    publishedAt: r.publishedAt,
    orgName: r.orgName,
    // sanitized again on the way out: a row written before a rule changed cannot slip through
    body: withBody ? publicFileUrls(sanitizeBody(r.body)) : '',
    images: r.images.map((u) => publicUrl(u) ?? u),
  };
}

export async function listPublicContents(db: DbOrTx, q: TPublicContentQuery) {
  const { items, total } = await selectPublicContents(db, q);
  return { items: items.map((r) => ({ ...presentPublic(r, false), body: undefined, images: undefined })), total };
}

/** @throws AppError NOT_FOUND (not published on the portal or a column) */
export async function getPublicContent(db: DbOrTx, id: number): Promise<TPublicContentOut> {
  const row = await findPublicContent(db, id);
  if (!row) throw notFoundContent();
  return presentPublic(row, true);
}

export async function listPublicColumns(db: DbOrTx) {
  return { items: await selectPublicColumns(db) };
}

/** A kiosk's playlist. @throws AppError NOT_FOUND (unknown or switched-off screen) */
export async function screenPlaylist(db: DbOrTx, code: string) {
  const screen = await findScreenByCode(db, code);
  if (!screen?.isActive) throw notFound('科普大屏', 'Screen');
  const rows = await selectPlaylist(db, screen);
  return {
    screen: { code: screen.code, name: screen.name, location: screen.location, rotateSeconds: screen.rotateSeconds },
    items: rows.map((r) => presentPublic(r, true)),
    fetchedAt: new Date(),
  };
}

/** An upload shown by published content, for everyone. @throws AppError NOT_FOUND */
export async function readPublicContentFile(db: DbOrTx, store: FileStore, id: string) {
  const file = await findFileById(db, id);
  if (!file?.mime.startsWith('image/') || !(await isFileOfPublishedContent(db, id.toLowerCase()))) throw notFound('文件', 'File');
  try {
    return { file, bytes: await store.get(file.storageKey) };
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') throw notFound('文件', 'File');
    throw err;
  }
}
