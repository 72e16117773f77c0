import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../../platform/files/multipart.test-helper.js';
import { createTestApp, type TSession, type TTestApp } from '../../../test/harness.js';

// 科普内容: workflow (409 on illegal moves, 403 without content:review), publication records per channel,
// the sanitizer on every channel (portal API, big-screen playlist, WeChat export), public endpoints
// showing published content only, and the screen playlist.

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

const XSS = {
  title: '<script>alert("t")</script>防台风<img src=x onerror=alert(1)>',
  summary: '<b onmouseover="alert(2)">摘要</b><script>alert(3)</script>',
  author: '<svg onload=alert(4)>作者',
  source: 'javascript:alert(5)',
  body: [
    '<h2 onclick="alert(6)">台风来临前</h2>',
    '<p style="position:fixed">正文<strong>加粗</strong><em>斜体</em><script>alert(7)</script></p>',
    '<img src="x" onerror="alert(8)">',
    '<img src="javascript:alert(9)">',
    '<img src="data:image/png;base64,AAAA">',
    '<a href="javascript:alert(10)">坏链接</a>',
    '<a href="https://www.kepu.gov.cn/" onclick="alert(11)">好链接</a>',
    '<iframe src="https://evil.example/"></iframe>',
    '<ul><li>第一</li><li>第二</li></ul>',
    '<blockquote>引用</blockquote>',
    '<img src="https://img.example.cn/a.png" alt="台风">',
  ].join(''),
  tags: ['<script>x</script>'],
};

/** No live script anywhere in a piece of HTML. */
function expectNoScript(html: string) {
  expect(html).not.toMatch(/<script/i);
  // inside a tag (escaped text such as &lt;img onerror=…&gt; is harmless)
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<[^>]*(href|src)\s*=\s*["']?\s*(javascript|data):/i);
  expect(html).not.toMatch(/<iframe|<svg/i);
}

describe('[outreach] 科普内容 content, review and the four channels', () => {
  let t: TTestApp;
  let rugao: number;
  let rugaoStaff: TSession;
  let rugaoLiaison: TSession;
  let haianStaff: TSession;
  let leader: TSession;
  let columnId: number;
  let screenCode: string;
  let screenId: number;

  const api = async (s: TSession | null, method: string, url: string, payload?: unknown) => t.as(s, { method, url, payload });
  const create = async (s: TSession, payload: Record<string, unknown>) => {
    const r = await api(s, 'POST', '/api/v1/contents', { kind: 'article', title: '标题', ...payload });
    expect(r.statusCode, r.body).toBe(201);
    return r.json();
  };
  const submitAndPublish = async (id: number, publish: Record<string, unknown>) => {
    expect((await api(rugaoStaff, 'POST', `/api/v1/contents/${id}/transitions`, { to: 'pending' })).statusCode).toBe(200);
    const r = await api(rugaoStaff, 'POST', `/api/v1/contents/${id}/publish`, publish);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  beforeAll(async () => {
    t = await createTestApp();
    rugao = await t.orgIdByCode('rugao');
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    rugaoLiaison = await t.userAt('rugao', ['liaison']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
    const col = await api(t.admin, 'POST', '/api/v1/content-columns', { name: '应急科普', description: '防汛防台', sortOrder: 1 });
    expect(col.statusCode, col.body).toBe(201);
    columnId = col.json().id;
    const scr = await api(rugaoStaff, 'POST', '/api/v1/content-screens', { code: 'rugao-square', name: '如皋市民广场', columnIds: [columnId], rotateSeconds: 10 });
    expect(scr.statusCode, scr.body).toBe(201);
    screenCode = scr.json().code;
    screenId = scr.json().id;
  });
  afterAll(() => t.close());

  it('runs 草稿 → 待审 → 退回 → 待审 → 已发布 → 已下线, with 409 on illegal moves and 403 without content:review', async () => {
    const c = await create(rugaoLiaison, { title: '电动自行车火灾的预防', body: '<p>不要进楼入户充电</p>', columnId, targetGroups: ['workers'] });
    expect(c.status).toBe('draft');
    expect(c.orgId).toBe(rugao);
    // a draft cannot be published, nor moved to offline
    expect((await api(rugaoStaff, 'POST', `/api/v1/contents/${c.id}/publish`, { channels: ['portal'] })).statusCode).toBe(409);
    const illegal = await api(rugaoStaff, 'POST', `/api/v1/contents/${c.id}/transitions`, { to: 'offline' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error.code).toBe('CONTENT_TRANSITION_INVALID');
    expect((await api(rugaoLiaison, 'POST', `/api/v1/contents/${c.id}/transitions`, { to: 'pending' })).json().status).toBe('pending');
    // the liaison may not approve or return; the leader may not even write
    expect((await api(rugaoLiaison, 'POST', `/api/v1/contents/${c.id}/publish`, { channels: ['portal'] })).statusCode).toBe(403);
    expect((await api(rugaoLiaison, 'POST', `/api/v1/contents/${c.id}/transitions`, { to: 'draft', reason: '自己退' })).statusCode).toBe(403);
    expect((await api(leader, 'POST', '/api/v1/contents', { kind: 'article', title: '领导' })).statusCode).toBe(403);
    // returning needs a reason
    const noReason = await api(rugaoStaff, 'POST', `/api/v1/contents/${c.id}/transitions`, { to: 'draft' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('REASON_REQUIRED');
    const returned = (await api(rugaoStaff, 'POST', `/api/v1/contents/${c.id}/transitions`, { to: 'draft', reason: '请补充数据来源' })).json();
    expect(returned.status).toBe('draft');
    expect(returned.returnReason).toBe('请补充数据来源');
    const edited = await api(rugaoLiaison, 'PATCH', `/api/v1/contents/${c.id}`, { source: '如皋市消防救援大队' });
    expect(edited.statusCode, edited.body).toBe(200);
    await api(rugaoLiaison, 'POST', `/api/v1/contents/${c.id}/transitions`, { to: 'pending' });
    const pub = await api(rugaoStaff, 'POST', `/api/v1/contents/${c.id}/publish`, { channels: ['portal', 'bigscreen', 'column'], screenIds: [screenId] });
    expect(pub.statusCode, pub.body).toBe(200);
    const out = pub.json();
    expect(out.status).toBe('published');
    expect(out.channels.sort()).toEqual(['bigscreen', 'column', 'portal']);
    expect(out.publications).toHaveLength(3);
    expect(out.publications.find((p: { channel: string }) => p.channel === 'bigscreen').screenName).toBe('如皋市民广场');
    expect(out.publications.find((p: { channel: string }) => p.channel === 'column').columnName).toBe('应急科普');
    expect(out.publications.every((p: { publishedByName: string; active: boolean }) => p.active && p.publishedByName)).toBe(true);
    // publishing the same channel again adds nothing; WeChat adds one record
    const again = (await api(rugaoStaff, 'POST', `/api/v1/contents/${c.id}/publish`, { channels: ['portal', 'wechat'] })).json();
    expect(again.publications).toHaveLength(4);
    // the history names every move
    const detail = (await api(rugaoStaff, 'GET', `/api/v1/contents/${c.id}`)).json();
    expect(detail.history.map((h: { to: string }) => h.to)).toEqual(['pending', 'draft', 'pending', 'published']);
    expect(detail.history[1].reason).toBe('请补充数据来源');
    // taking one channel down is recorded; taking all down makes it offline
    const down = (await api(rugaoStaff, 'POST', `/api/v1/contents/${c.id}/withdraw`, { channels: ['wechat'], reason: '公众号已推送' })).json();
    const wechat = down.publications.find((p: { channel: string }) => p.channel === 'wechat');
    expect(wechat.active).toBe(false);
    expect(wechat.withdrawnAt).toBeTruthy();
    expect(wechat.withdrawReason).toBe('公众号已推送');
    expect(down.status).toBe('published');
    const off = (await api(rugaoStaff, 'POST', `/api/v1/contents/${c.id}/transitions`, { to: 'offline', reason: '过时' })).json();
    expect(off.status).toBe('offline');
    expect(off.channels).toEqual([]);
    expect(off.publications.every((p: { active: boolean }) => !p.active)).toBe(true);
    expect((await api(null, 'GET', `/api/v1/public/contents/${c.id}`)).statusCode).toBe(404);
    // audit rows for the publish and withdraw
    const audit = (await api(t.admin, 'GET', `/api/v1/audit?entity=content&entityId=${c.id}&pageSize=100`)).json();
    const actions = audit.items.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'update', 'transition', 'publish', 'withdraw']));
  });

  it('refuses javascript: and data: URLs in the URL fields, and sanitizes the body on save', async () => {
    for (const field of ['videoUrl', 'coverUrl', 'posterUrl']) {
      for (const bad of ['javascript:alert(1)', 'data:image/png;base64,AAAA', '//evil.example/a.png', 'https://a.example/"onerror="x']) {
        const r = await api(rugaoStaff, 'POST', '/api/v1/contents', { kind: 'video', title: '视频', videoUrl: 'https://v.example.cn/a.mp4', [field]: bad });
        expect(r.statusCode, `${field}=${bad}`).toBe(400);
      }
    }
    const c = await create(rugaoStaff, XSS);
    expectNoScript(c.body);
    expect(c.body).toContain('<strong>加粗</strong>');
    expect(c.body).toContain('<h2>台风来临前</h2>');
    expect(c.body).toContain('<ul><li>第一</li><li>第二</li></ul>');
    expect(c.body).toContain('<img src="https://img.example.cn/a.png" alt="台风" />');
    expect(c.body).toContain('href="https://www.kepu.gov.cn/"');
    expect(c.body).toContain('rel="noopener noreferrer"');
    expect(c.body).not.toContain('style=');
    expect(c.body).not.toContain('坏链接</a>'.replace('坏链接', 'javascript'));
    // plain-text fields stay text (the pages escape them), never markup the server trusts
    expect(c.title).toBe(XSS.title);
  });

  it('neutralizes script payloads on every channel: portal, column page, big screen, WeChat export', async () => {
    const c = await create(rugaoStaff, { ...XSS, columnId });
    await submitAndPublish(c.id, { channels: ['portal', 'bigscreen', 'wechat', 'column'], screenIds: [screenId] });
    // portal detail and list (title and summary are JSON strings: the page renders them as text)
    const portal = await api(null, 'GET', `/api/v1/public/contents/${c.id}`);
    expect(portal.statusCode).toBe(200);
    expectNoScript(portal.json().body);
    expect(portal.json().body).toContain('<strong>加粗</strong>');
    const list = (await api(null, 'GET', `/api/v1/public/contents?columnId=${columnId}`)).json();
    expect(list.items.map((i: { id: number }) => i.id)).toContain(c.id);
    // the column's page counts it
    const cols = await api(null, 'GET', '/api/v1/public/content-columns');
    expect(cols.statusCode, cols.body).toBe(200);
    expect(cols.json().items.find((x: { id: number }) => x.id === columnId).contentCount).toBeGreaterThanOrEqual(1);
    // big-screen playlist
    const pl = await api(null, 'GET', `/api/v1/public/screens/${screenCode}/playlist`);
    expect(pl.statusCode).toBe(200);
    const item = pl.json().items.find((i: { id: number }) => i.id === c.id);
    expectNoScript(item.body);
    // WeChat export: everything escaped or dropped, inline styles, formatting kept
    const wx = await api(rugaoStaff, 'GET', `/api/v1/contents/${c.id}/wechat`);
    expect(wx.statusCode).toBe(200);
    const html: string = wx.json().html;
    expectNoScript(html);
    expect(html).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;防台风');
    expect(html).not.toMatch(/<style|class=/i);
    expect(html).toMatch(/<h2 style="[^"]+">台风来临前<\/h2>/);
    expect(html).toMatch(/<strong style="[^"]*">加粗<\/strong>/);
    expect(html).toMatch(/<blockquote style="[^"]+">引用<\/blockquote>/);
    expect(html).toMatch(/<li style="[^"]+">第一<\/li>/);
    expect(html).toMatch(/<img src="https:\/\/img\.example\.cn\/a\.png" alt="台风" style="[^"]+"/);
  });

  it('exports uploaded images to WeChat as absolute URLs that anyone can load once published', async () => {
    const up = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/files', ...multipartFile('t.png', PNG) });
    expect(up.statusCode, up.body).toBe(201);
    const fileId = up.json().id;
    const c = await create(rugaoStaff, { body: `<p>图</p><img src="/api/v1/files/${fileId}" alt="示意图">`, coverUrl: `/api/v1/files/${fileId}` });
    expect(c.body).toContain(`src="/api/v1/files/${fileId}"`);
    // not public while a draft
    expect((await api(null, 'GET', `/api/v1/public/content-files/${fileId}`)).statusCode).toBe(404);
    await submitAndPublish(c.id, { channels: ['portal'] });
    const img = await api(null, 'GET', `/api/v1/public/content-files/${fileId}`);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect((await api(null, 'GET', `/api/v1/public/contents/${c.id}`)).json().body).toContain(`/api/v1/public/content-files/${fileId}`);
    const html: string = (await api(rugaoStaff, 'GET', `/api/v1/contents/${c.id}/wechat`)).json().html;
    expect(html).toMatch(new RegExp(`<img src="https?://[^/"]+/api/v1/public/content-files/${fileId}" alt="示意图" style="`));
  });

  it('shows only published content on the public endpoints and screens', async () => {
    const draft = await create(rugaoStaff, { title: '未发布的草稿', columnId });
    const pending = await create(rugaoStaff, { title: '待审的文章', columnId });
    await api(rugaoStaff, 'POST', `/api/v1/contents/${pending.id}/transitions`, { to: 'pending' });
    const wxOnly = await create(rugaoStaff, { title: '只发公众号', columnId });
    await submitAndPublish(wxOnly.id, { channels: ['wechat'] });
    for (const id of [draft.id, pending.id, wxOnly.id]) expect((await api(null, 'GET', `/api/v1/public/contents/${id}`)).statusCode, String(id)).toBe(404);
    const list = (await api(null, 'GET', '/api/v1/public/contents?pageSize=200')).json();
    const ids = list.items.map((i: { id: number }) => i.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(pending.id);
    expect(ids).not.toContain(wxOnly.id);
    const pl = (await api(null, 'GET', `/api/v1/public/screens/${screenCode}/playlist`)).json();
    expect(pl.items.map((i: { id: number }) => i.id)).not.toContain(wxOnly.id);
    expect(pl.screen).toMatchObject({ code: screenCode, name: '如皋市民广场', rotateSeconds: 10 });
  });

  it('plays on a screen what is pinned to it and what went to every screen of its columns', async () => {
    const other = await api(t.admin, 'POST', '/api/v1/content-columns', { name: '前沿科技' });
    const pinned = await create(rugaoStaff, { title: '钉在如皋大屏的视频', kind: 'video', videoUrl: 'https://v.example.cn/a.mp4' });
    await submitAndPublish(pinned.id, { channels: ['bigscreen'], screenIds: [screenId] });
    const inColumn = await create(rugaoStaff, { title: '应急栏目上全部大屏', columnId });
    await submitAndPublish(inColumn.id, { channels: ['bigscreen'] });
    const otherColumn = await create(rugaoStaff, { title: '别的栏目上全部大屏', columnId: other.json().id });
    await submitAndPublish(otherColumn.id, { channels: ['bigscreen'] });
    const pl = (await api(null, 'GET', `/api/v1/public/screens/${screenCode}/playlist`)).json();
    const titles = pl.items.map((i: { title: string }) => i.title);
    expect(titles).toContain('钉在如皋大屏的视频');
    expect(titles).toContain('应急栏目上全部大屏');
    expect(titles).not.toContain('别的栏目上全部大屏');
    // switched off → gone; unknown → 404
    await api(rugaoStaff, 'PATCH', `/api/v1/content-screens/${screenId}`, { isActive: false });
    expect((await api(null, 'GET', `/api/v1/public/screens/${screenCode}/playlist`)).statusCode).toBe(404);
    await api(rugaoStaff, 'PATCH', `/api/v1/content-screens/${screenId}`, { isActive: true });
    expect((await api(null, 'GET', '/api/v1/public/screens/no-such-screen/playlist')).statusCode).toBe(404);
    // a screen code is unique; haian cannot publish to 如皋's screen
    expect((await api(haianStaff, 'POST', '/api/v1/content-screens', { code: screenCode, name: '重复' })).statusCode).toBe(409);
    const haianContent = await create(haianStaff, { title: '海安的内容' });
    await api(haianStaff, 'POST', `/api/v1/contents/${haianContent.id}/transitions`, { to: 'pending' });
    const cross = await api(haianStaff, 'POST', `/api/v1/contents/${haianContent.id}/publish`, { channels: ['bigscreen'], screenIds: [screenId] });
    expect(cross.statusCode).toBe(400);
  });

  it('counts publications per channel in the figures, with drill-down rows', async () => {
    const f = (await api(rugaoStaff, 'GET', '/api/v1/figures?keys=outreach.content.publications.portal,outreach.content.channel.bigscreen,outreach.content.published')).json();
    const byKey = Object.fromEntries(f.items.map((i: { key: string; value: number }) => [i.key, i.value]));
    expect(byKey['outreach.content.publications.portal']).toBeGreaterThanOrEqual(3);
    expect(byKey['outreach.content.channel.bigscreen']).toBeGreaterThanOrEqual(2);
    const rows = (await api(rugaoStaff, 'GET', '/api/v1/figures/outreach.content.publications.portal/rows?pageSize=100')).json();
    expect(rows.total).toBe(byKey['outreach.content.publications.portal']);
    const haian = (await api(haianStaff, 'GET', '/api/v1/figures?keys=outreach.content.publications.portal')).json();
    expect(haian.items[0].value).toBe(0);
  });

  it('lists with filters by status, kind, column and channel, within the subtree', async () => {
    const mine = (await api(rugaoStaff, 'GET', `/api/v1/contents?channel=bigscreen&pageSize=100`)).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((i: { channels: string[] }) => i.channels.includes('bigscreen'))).toBe(true);
    const videos = (await api(rugaoStaff, 'GET', `/api/v1/contents?kind=video`)).json();
    expect(videos.items.every((i: { kind: string }) => i.kind === 'video')).toBe(true);
    const col = (await api(rugaoStaff, 'GET', `/api/v1/contents?columnId=${columnId}&status=published`)).json();
    expect(col.items.every((i: { columnId: number; status: string }) => i.columnId === columnId && i.status === 'published')).toBe(true);
    const haian = (await api(haianStaff, 'GET', '/api/v1/contents?pageSize=200')).json();
    expect(haian.items.every((i: { orgName: string }) => !i.orgName.startsWith('如皋'))).toBe(true);
    // columns are shared city-wide; only staff may create them
    expect((await api(haianStaff, 'GET', '/api/v1/content-columns')).json().items.map((c: { name: string }) => c.name)).toContain('应急科普');
    expect((await api(rugaoLiaison, 'POST', '/api/v1/content-columns', { name: '联络员栏目' })).statusCode).toBe(403);
  });
});
