import fs from 'node:fs';
import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';
import { bodyRows, openFromMenu, pickUntilChosen, signOut } from '../lib/console';

// Issue 8 acceptance, as the users click it: district staff of 如皋 write an article in the rich-text
// editor (heading, bold, list, an uploaded image) and submit it; city staff approve it and publish it to
// the portal and one big screen; the portal shows it to everyone; the kiosk page /screen/<code> shows it
// without signing in; the WeChat export (downloaded from the console) has no <script> and keeps the image
// and the formatting. The screen is prepared through the API as the administrator.

const expect = baseExpect.configure({ timeout: 15_000 });

const ADMIN = { username: 'admin', password: 'admin12345' };
const WRITER = { username: 'rugao_staff', password: 'demo12345' }; // demo accounts (KEXIE_DEMO=1)
const REVIEWER = { username: 'city_staff', password: 'demo12345' };

const RUN6 = String(Date.now() % 1_000_000).padStart(6, '0');
const TITLE = `台风来临前家庭防灾准备 ${RUN6}`;
const SCREEN_CODE = `e2e-hall-${RUN6}`;
const SCREEN_NAME = `如皋市民中心大厅 ${RUN6}`;
// a 2×2 red PNG
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a73000000164944415478da63f8cfc0f09f81e13f03c37f0686ff0c00405c07f9a1b3dc9a0000000049454e44ae426082',
  'hex',
);

async function adminApi(request: APIRequestContext) {
  expect((await request.post('/api/v1/auth/login', { data: ADMIN })).ok()).toBeTruthy();
  const me = (await (await request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  return {
    get: async <T>(url: string) => {
      const r = await request.get(url);
      expect(r.ok(), `GET ${url}: ${r.status()}`).toBeTruthy();
      return (await r.json()) as T;
    },
    post: async <T>(url: string, data: unknown) => {
      const r = await request.post(url, { data, headers: { 'x-csrf-token': me.csrfToken } });
      expect(r.ok(), `POST ${url}: ${r.status()} ${r.ok() ? '' : await r.text()}`).toBeTruthy();
      return (await r.json()) as T;
    },
  };
}

async function signIn(page: Page, who: { username: string; password: string }) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/admin/);
  await expect(page.getByRole('button', { name: '用户菜单' })).toBeVisible();
}

const drawer = (page: Page) => page.locator('.ant-drawer').filter({ hasText: '科普内容详情' });

async function closeDrawer(page: Page) {
  await drawer(page).getByRole('button', { name: /close|关闭/i }).first().click();
  await expect(drawer(page).locator('.ant-drawer-content')).toBeHidden();
}

test('[outreach] should take an article through review to the portal and a big screen, and export it for WeChat', async ({ page, request }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));

  const admin = await adminApi(request);
  await admin.post('/api/v1/content-screens', { code: SCREEN_CODE, name: SCREEN_NAME, location: '如皋市民中心一楼', rotateSeconds: 15 });

  // ── 1. 如皋 staff write the article with formatting and an image, and submit it ──
  await signIn(page, WRITER);
  await openFromMenu(page, '科普内容');
  await page.getByRole('button', { name: '新建科普内容' }).click();
  await expect(page.getByRole('heading', { name: '新建科普内容' })).toBeVisible();
  await page.getByLabel('标题', { exact: true }).fill(TITLE);
  await page.getByLabel('摘要', { exact: true }).fill('南通地处沿海，夏秋季节台风多发，提前准备可减少损失。');
  const editor = page.getByRole('textbox', { name: '正文' });
  await editor.click();
  await page.keyboard.type('防台要点');
  await page.getByRole('button', { name: '二级标题' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('关注预警信号，');
  await page.getByRole('button', { name: '加粗' }).click();
  await page.keyboard.type('提前加固门窗');
  await page.getByRole('button', { name: '加粗' }).click();
  await page.keyboard.type('。');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '项目列表' }).click();
  await page.keyboard.type('备好手电筒和饮用水');
  await page.keyboard.press('Enter');
  await page.keyboard.type('远离广告牌和临时建筑');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByLabel('选择图片文件').setInputFiles({ name: '台风路径示意.png', mimeType: 'image/png', buffer: PNG });
  await expect(editor.locator('img[src^="/api/v1/files/"]')).toBeVisible();
  await expect(editor.locator('h2')).toHaveText('防台要点');
  await expect(editor.locator('strong')).toHaveText('提前加固门窗');
  await page.getByRole('checkbox', { name: '农民' }).check();
  await page.getByRole('button', { name: '保存并提交审核' }).click();
  await expect(page).toHaveURL(/\/admin\/outreach\/contents\?view=\d+/);
  const contentId = Number(new URL(page.url()).searchParams.get('view'));
  await expect(drawer(page).getByText('待审', { exact: true })).toBeVisible();
  await closeDrawer(page);
  await signOut(page);

  // ── 2. City staff approve it and publish it to the portal and the big screen ──
  await signIn(page, REVIEWER);
  await openFromMenu(page, '科普内容');
  await page.getByRole('combobox', { name: '状态' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '待审' }).click();
  await page.getByPlaceholder('搜索标题、摘要、作者、标签').fill(RUN6);
  await page.getByPlaceholder('搜索标题、摘要、作者、标签').press('Enter');
  await expect(bodyRows(page)).toHaveCount(1);
  await bodyRows(page).first().getByRole('link', { name: TITLE }).click();
  await expect(drawer(page).getByRole('heading', { name: '防台要点' })).toBeVisible();
  await drawer(page).getByRole('button', { name: '通过并发布' }).click();
  const dialog = page.getByRole('dialog', { name: '发布到渠道' });
  await expect(dialog.getByRole('checkbox', { name: '门户网站' })).toBeChecked();
  await dialog.getByRole('checkbox', { name: '科普大屏' }).check();
  // A multiple select whose options load after the dialog opens: pick until the screen shows as a tag.
  const screenLabel = `${SCREEN_NAME}（${SCREEN_CODE}）`;
  await pickUntilChosen(page, dialog.getByRole('combobox', { name: '大屏' }), screenLabel, dialog.locator('.ant-select-selection-item', { hasText: SCREEN_NAME }));
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: /发布到渠道|发\s*布/ }).click();
  await expect(dialog).toBeHidden();
  await expect(drawer(page).getByText('已发布', { exact: true }).first()).toBeVisible();
  const publications = drawer(page).locator('.ant-table-tbody tr.ant-table-row');
  await expect(publications).toHaveCount(2);
  await expect(publications.filter({ hasText: `科普大屏·${SCREEN_NAME}` })).toHaveCount(1);
  await expect(publications.filter({ hasText: '门户网站' })).toHaveCount(1);

  // ── 3. The WeChat export, downloaded from the console: no script, image and formatting kept ──
  const downloading = page.waitForEvent('download');
  await drawer(page).getByRole('button', { name: '下载公众号稿' }).click();
  const file = await (await downloading).path();
  const html = fs.readFileSync(file, 'utf8');
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<style|class=/i);
  expect(html).toMatch(/<h2 style="[^"]+">防台要点<\/h2>/);
  expect(html).toMatch(/<strong style="[^"]*">提前加固门窗<\/strong>/);
  expect(html).toMatch(/<li style="[^"]+">(<p[^>]*>)?备好手电筒和饮用水/);
  const img = /<img src="(http:\/\/[^"]+\/api\/v1\/public\/content-files\/[0-9a-f-]+)"[^>]* style="[^"]+"/.exec(html);
  expect(img, 'the image stays, with an absolute URL').not.toBeNull();
  await closeDrawer(page);
  await signOut(page);

  // ── 4. Everyone sees it on the portal (the image loads without a session) ──
  await page.context().clearCookies();
  await page.goto('/portal/kepu');
  await expect(page.getByRole('link', { name: /^应急科普 \d+$/ })).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索科普文章和视频' }).fill(RUN6);
  await page.getByRole('searchbox', { name: '搜索科普文章和视频' }).press('Enter');
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/kepu/${contentId}$`));
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '防台要点', level: 2 })).toBeVisible();
  await expect(page.locator('article strong', { hasText: '提前加固门窗' })).toBeVisible();
  const portalImg = page.locator('article img[alt="台风路径示意"]');
  await expect(portalImg).toBeVisible();
  await expect.poll(() => portalImg.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(2);
  expect((await request.get(img![1].replace(/^http:\/\/[^/]+/, ''))).status()).toBe(200);

  // ── 5. The big screen plays it without signing in ──
  await page.goto(`/screen/${SCREEN_CODE}`);
  await expect(page.getByText(SCREEN_NAME)).toBeVisible();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('1 / 1')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/screen/${SCREEN_CODE}$`));

  expect(errors).toEqual([]);
});

test('[outreach] should neutralize script payloads in every field on the portal, the big screen and the WeChat export', async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const admin = await adminApi(request);
  const code = `e2e-xss-${RUN6}`;
  const screen = await admin.post<{ id: number }>('/api/v1/content-screens', { code, name: `XSS测试屏 ${RUN6}` });
  const title = `<img src=x onerror=alert('title')>防诈骗提示 ${RUN6}`;
  const content = await admin.post<{ id: number }>('/api/v1/contents', {
    kind: 'article',
    title,
    summary: '<script>alert("summary")</script>警惕电信诈骗',
    author: '<svg onload=alert("author")>',
    body: '<p onclick="alert(1)">正文<script>alert("body")</script></p><img src="x" onerror="alert(\'img\')"><a href="javascript:alert(\'a\')">点我</a>',
  });
  await admin.post(`/api/v1/contents/${content.id}/transitions`, { to: 'pending' });
  await admin.post(`/api/v1/contents/${content.id}/publish`, { channels: ['portal', 'bigscreen', 'wechat'], screenIds: [screen.id] });

  await page.context().clearCookies();
  await page.goto(`/portal/kepu/${content.id}`);
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText('<script>alert("summary")</script>警惕电信诈骗')).toBeVisible();
  await expect(page.locator('article script, article img[src="x"], article [onclick], article a[href^="javascript"]')).toHaveCount(0);

  await page.goto(`/screen/${code}`);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.locator('main script, main img[src="x"], main [onclick], main a[href^="javascript"]')).toHaveCount(0);

  const wx = await admin.get<{ html: string }>(`/api/v1/contents/${content.id}/wechat`);
  expect(wx.html).not.toMatch(/<script|<svg|<[^>]*\son[a-z]+\s*=|javascript:/i);
  expect(wx.html).toContain('&lt;img src=x onerror=alert(&#39;title&#39;)&gt;防诈骗提示');
  expect(dialogs).toEqual([]);
});
