import { type APIRequestContext, type Locator, type Page, expect as baseExpect, test } from '@playwright/test';
import { bodyRows, choose, openFromMenu, signOut, userMenu } from '../lib/console';

// Issue 12 acceptance ("Playwright, as users would, covers 1–6 and 11"): sign-in events in the audit log
// with labels, a named actor in a demand's 流转记录, one match score per pair, reasons that name shared
// terms, an open-first public demand hall, a fresh 最近登录, and the home page's 我的待办. On the demo
// data the e2e server loads (KEXIE_DEMO=1); each test prepares what it needs and reads the rest live, so
// the tests do not depend on the other specs or on each other's order.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const ADMIN = { username: 'admin', password: 'admin12345' };
const DEMO_PASSWORD = 'demo12345';
const CITY_ORG = '南通市科学技术协会';
const RUGAO_ORG = '如皋市科学技术协会';

/** A button's accessible name, tolerant of the space antd may put between two CJK characters. */
const exactly = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);

/** Types the credentials into the login page and presses 登录 (after dropping any previous session). */
async function submitLogin(page: Page, username: string, password: string) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await submitLogin(page, username, password);
  await expect(page).toHaveURL(/\/admin/);
  await expect(userMenu(page)).toBeVisible();
}

/** The signed-in session's API (the page's cookies) with its CSRF header. */
async function sessionApi(page: Page) {
  const meRes = await page.request.get('/api/v1/auth/me');
  expect(meRes.ok(), 'signed in').toBeTruthy();
  const me = (await meRes.json()) as { id: number; csrfToken: string; displayName: string; orgName: string; department?: string | null };
  const req: APIRequestContext = page.request;
  return {
    me,
    get: async <T>(url: string, params?: Record<string, string | number>) => {
      const r = await req.get(url, { params });
      expect(r.ok(), `GET ${url}: ${r.status()}`).toBeTruthy();
      return (await r.json()) as T;
    },
    post: async <T>(url: string, data: unknown) => {
      const r = await req.post(url, { data, headers: { 'x-csrf-token': me.csrfToken } });
      expect(r.ok(), `POST ${url}: ${r.status()} ${r.ok() ? '' : await r.text()}`).toBeTruthy();
      return (await r.json()) as T;
    },
  };
}

/** The cell of `row` under the column headed `header` in the same table. */
async function cellOf(table: Locator, row: Locator, header: string): Promise<Locator> {
  const headers = (await table.locator('.ant-table-thead').first().locator('> tr > th').allInnerTexts()).map((h) => h.trim());
  const index = headers.indexOf(header);
  expect(index, `column ${header} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  return row.locator(`> td:nth-child(${index + 1})`);
}

/** "共 N 条" under a table. */
async function totalOf(scope: Page | Locator): Promise<number> {
  const total = scope.getByText(/^共 \d+ 条$/);
  await expect(total).toBeVisible();
  return Number(((await total.textContent()) ?? '').replace(/\D/g, ''));
}

const card = (page: Page, title: string) => page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: new RegExp(`^${title}$`) }) });

/** Opens the first demand of the console list with this status (as a staff member sees it). */
async function openFirstDemand(page: Page, status: 'pending' | 'published'): Promise<number> {
  await page.goto(`/admin/demands?status=${status}`);
  const first = bodyRows(page).first();
  await expect(first).toBeVisible();
  await first.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/admin\/demands\/\d+$/);
  await expect(card(page, '需求信息')).toBeVisible(); // the demand page, not the list still on screen
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** Now in Asia/Shanghai (the browser's zone, playwright.config), as the console writes it: YYYY-MM-DD. */
const shanghaiDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

// ─── 1. sign-in events in the audit log, with labels ─────────────────────────────────────────────────

test('[platform] should show a failed sign-in, a sign-in and a sign-out in the audit log with readable labels, and label the demo data', async ({ page }) => {
  // As the user does it: a wrong password, then the right one, then 退出登录.
  await submitLogin(page, 'leader', 'not-the-password');
  await expect(page.getByText(/用户名或密码错误/)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'leader');
  const leader = (await sessionApi(page)).me;
  await signOut(page);

  await signIn(page, ADMIN.username, ADMIN.password);
  await openFromMenu(page, '审计日志');
  await expect(page).toHaveURL(/\/admin\/audit/);
  await choose(page, '对象类型', '登录与安全');
  await expect(page).toHaveURL(/entity=auth/);
  const table = page.locator('.ant-table').first();
  // The leader's three events, newest first: 退出登录, 登录, 登录失败 (labels, not login_failed / auth).
  const leaderRows = bodyRows(page).filter({ has: page.getByRole('cell', { name: String(leader.id), exact: true }) });
  await expect(leaderRows.first()).toBeVisible();
  const actions = await Promise.all((await leaderRows.all()).slice(0, 3).map(async (r) => (await (await cellOf(table, r, '动作')).allInnerTexts()).join('')));
  expect(actions.map((a) => a.trim())).toEqual(['退出登录', '登录', '登录失败']);
  for (const r of (await leaderRows.all()).slice(0, 3)) await expect(await cellOf(table, r, '对象类型')).toHaveText('登录与安全');
  await expect(leaderRows.filter({ hasText: '登录失败：密码错误' })).toHaveCount(1);
  // No raw code anywhere in the entity and action columns of the page.
  await expect(table.getByRole('cell', { name: /^(auth|login|login_failed|logout|lockout|token_use)$/ })).toHaveCount(0);

  // The demo data's entries: 演示数据 of the platform and of each module, never demo_innovation.
  await choose(page, '对象类型', '科创服务演示数据');
  await expect(page).toHaveURL(/entity=demo_innovation/);
  const seed = bodyRows(page).first();
  await expect(await cellOf(table, seed, '对象类型')).toHaveText('科创服务演示数据');
  await expect(await cellOf(table, seed, '动作')).not.toHaveText(/^seed$/);
  await choose(page, '对象类型', '科技工作者演示数据');
  await expect(page).toHaveURL(/entity=demo_people/);
  await expect(await cellOf(table, bodyRows(page).first(), '对象类型')).toHaveText('科技工作者演示数据');
  await expect(page.getByRole('cell', { name: /^demo(_\w+)?$/ })).toHaveCount(0);
});

// ─── 2. the workflow history names the person and their org ─────────────────────────────────────────

test('[platform] should name the staff member and their org in the 流转记录 of a demand they approve', async ({ page }) => {
  await signIn(page, 'city_staff');
  const { me } = await sessionApi(page);
  await openFirstDemand(page, 'pending');
  const header = page.locator('.ant-card-head').first();
  await expect(header.getByText('待审核', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: exactly('审核通过') }).click();
  await expect(header.getByText('已发布', { exact: true })).toBeVisible();

  const history = card(page, '流转记录');
  const step = history.locator('.ant-timeline-item').filter({ hasText: '待审核 → 已发布' }).last();
  await expect(step).toBeVisible();
  await expect(step).toContainText(`${me.displayName}（${CITY_ORG}`);
  await expect(step).not.toContainText('系统');
});

// ─── 3–4. one score per pair; reasons name shared terms ─────────────────────────────────────────────

test('[platform] should show an invited expert with the same score in the 智能匹配 ranking and in the 对接专家 table', async ({ page }) => {
  await signIn(page, 'city_staff');
  await openFirstDemand(page, 'published');
  const matchCard = card(page, '智能匹配');
  const candidate = bodyRows(matchCard).filter({ has: page.getByRole('button', { name: /^邀请 / }) }).first();
  await expect(candidate).toBeVisible({ timeout: 30_000 });
  const invite = candidate.getByRole('button', { name: /^邀请 / });
  const name = ((await invite.getAttribute('aria-label')) ?? '').replace(/^邀请 /, '');
  expect(name).not.toBe('');
  await invite.click();
  const dialog = page.getByRole('dialog').filter({ hasText: `邀请 ${name} 对接` });
  await dialog.getByRole('button', { name: exactly('发送邀请') }).click();
  await expect(page.getByText(`已邀请 ${name}`)).toBeVisible();

  // The ranking after the invitation (refetched), and the engagements table: the same number.
  const ranked = bodyRows(matchCard).filter({ hasText: name }).first();
  await expect(ranked.getByText('已联系', { exact: true })).toBeVisible();
  const rankScore = await ranked.locator('[data-score]').getAttribute('data-score');
  await expect(ranked.locator('.ant-progress')).toContainText(`${rankScore}%`);
  const engagements = card(page, '对接专家');
  const engaged = bodyRows(engagements).filter({ hasText: name }).first();
  await expect(engaged).toBeVisible();
  const scoreCell = await cellOf(engagements.locator('.ant-table').first(), engaged, '匹配度');
  await expect(scoreCell).toHaveText(new RegExp(`^${rankScore}%`));
});

test('[platform] should give match reasons that name only terms found in the demand', async ({ page }) => {
  await signIn(page, 'city_staff');
  await openFirstDemand(page, 'published');
  const demandText = [...(await page.locator('.ant-card-head').first().allInnerTexts()), ...(await card(page, '需求信息').allInnerTexts())].join('\n');
  const matchCard = card(page, '智能匹配');
  const rows = bodyRows(matchCard);
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  const table = matchCard.locator('.ant-table').first();
  let checked = 0;
  for (const row of (await rows.all()).slice(0, 3)) {
    const reasons = (await (await cellOf(table, row, '匹配理由')).locator('.ant-tag').allInnerTexts()).map((r) => r.trim());
    expect(reasons.length, 'every ranked expert comes with a reason').toBeGreaterThan(0);
    // The first reason that names terms: "关键词: a, b", "近三年相关论文 2 篇（涉及: a, b）", "学科: a" …
    const named = reasons.find((r) => /: /.test(r) && !r.includes('↔'));
    if (!named) continue;
    const list = named.includes('（涉及: ') ? named.slice(named.indexOf('（涉及: ') + 5, named.lastIndexOf('）')) : named.slice(named.indexOf(': ') + 2);
    const terms = list.split(', ').map((s) => s.trim()).filter(Boolean);
    expect(terms.length, named).toBeGreaterThan(0);
    for (const term of terms) expect(demandText.toLowerCase(), `「${term}」 (${named}) is in the demand`).toContain(term.toLowerCase());
    checked++;
  }
  expect(checked, 'at least one of the top experts has a reason naming terms').toBeGreaterThan(0);
});

// ─── 5. the public demand hall: open first, closed only under a filter and marked ──────────────────

test('[platform] should show open demands first in the public hall, closed ones only under 已结束 and marked', async ({ page }) => {
  await page.context().clearCookies();
  await page.goto('/portal/demands');
  const cards = page.locator('.ant-card').filter({ has: page.locator('a[href^="/portal/demands/"]') });
  await expect(cards.first()).toBeVisible();
  const today = shanghaiDay(new Date());
  const open = await cards.all();
  expect(open.length).toBeGreaterThan(0);
  let withDeadline = 0;
  for (const c of open) {
    const text = (await c.allInnerTexts()).join('\n');
    expect(text, 'an open card has no closed mark').not.toMatch(/已签约|已截止|已解决/);
    expect(text).toMatch(/征集中|对接中/);
    const deadline = /截止日期?[:：]\s*(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
    if (deadline) expect(deadline >= today, `deadline ${deadline} is not past`).toBeTruthy();
    if (deadline) withDeadline++;
  }
  expect(withDeadline, 'some open cards have a deadline to check').toBeGreaterThan(0);

  await page.getByRole('group', { name: '状态' }).getByText('已结束', { exact: true }).click();
  await expect(page).toHaveURL(/view=closed/);
  await expect(page.getByText(/已截止、已签约或已解决，不再征集/)).toBeVisible();
  await expect(cards.first()).toBeVisible();
  for (const c of await cards.all()) await expect(c).toContainText(/已签约|已截止|已解决/);
});

// ─── 6. 最近登录 follows every account's sign-in ─────────────────────────────────────────────────────

test('[platform] should show a demo account’s 最近登录 as just now on the admin’s accounts page', async ({ page }) => {
  const before = Date.now();
  await signIn(page, 'city_staff');
  await signIn(page, ADMIN.username, ADMIN.password);
  await openFromMenu(page, '账号管理');
  await expect(page).toHaveURL(/\/admin\/users/);
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill('city_staff');
  await search.press('Enter');
  const row = bodyRows(page).filter({ has: page.getByRole('cell', { name: 'city_staff', exact: true }) });
  await expect(row).toHaveCount(1);
  const cell = await cellOf(page.locator('.ant-table').first(), row, '最近登录');
  const shown = (await cell.allInnerTexts()).join('').trim();
  expect(shown, '最近登录 is a date and time').toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  // Shown in Asia/Shanghai: within the minute of the sign-in above.
  const at = new Date(`${shown.replace(' ', 'T')}:00+08:00`).getTime();
  expect(at, `${shown} is not before the sign-in`).toBeGreaterThanOrEqual(Math.floor(before / 60_000) * 60_000);
  expect(at).toBeLessThanOrEqual(Date.now());
  expect(shown.slice(0, 10)).toBe(shanghaiDay(new Date()));
});

// ─── 11. the home page's to-do list ─────────────────────────────────────────────────────────────────

test('[platform] should list demands to review on a district staff member’s 我的待办, the link opening that many', async ({ page }) => {
  // One pending demand of 如皋 at least, so the count is not zero by chance: submitted by the admin.
  await signIn(page, ADMIN.username, ADMIN.password);
  const admin = await sessionApi(page);
  type TOrgNode = { id: number; name: string; children: TOrgNode[] };
  const find = (nodes: TOrgNode[]): TOrgNode | undefined => nodes.map((n) => (n.name === RUGAO_ORG ? n : find(n.children))).find(Boolean);
  const rugao = find((await admin.get<{ items: TOrgNode[] }>('/api/v1/orgs')).items);
  expect(rugao, RUGAO_ORG).toBeDefined();
  const ents = await admin.get<{ items: Array<{ id: number; orgName: string }> }>('/api/v1/enterprises', { orgId: rugao!.id, pageSize: 50 });
  const ent = ents.items[0];
  expect(ent, `an enterprise of ${RUGAO_ORG}`).toBeDefined();
  const demand = await admin.post<{ id: number }>('/api/v1/demands', {
    enterpriseId: ent!.id,
    title: `如皋待审需求 ${Date.now()}`,
    description: '待县区科协工作人员审核的技术需求，用于验证首页待办。',
    category: '技术咨询',
  });
  await admin.post(`/api/v1/demands/${demand.id}/transitions`, { to: 'pending' });

  await signIn(page, 'rugao_staff');
  await expect(page).toHaveURL(/\/admin\/?$/);
  const todos = card(page, '我的待办');
  const item = todos.locator('li').filter({ hasText: '待我审核的技术需求' });
  await expect(item).toBeVisible();
  const count = Number(await item.locator('.ant-badge sup').getAttribute('title'));
  expect(count).toBeGreaterThan(0);
  await item.getByRole('link', { name: '待我审核的技术需求', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/demands\?.*status=pending/);
  expect(await totalOf(page)).toBe(count);
  await expect(bodyRows(page)).toHaveCount(Math.min(count, 20));
  for (const r of await bodyRows(page).all()) await expect(r).toContainText('待审核');
});

test('[platform] should list invitations waiting for the expert’s answer on their 我的待办', async ({ page }) => {
  // One invitation at least: city staff invite expert_demo's profile to a published demand.
  await signIn(page, 'expert_demo');
  const expertApi = await sessionApi(page);
  const mine = await expertApi.get<{ id: number }>('/api/v1/experts/me');
  await signIn(page, 'city_staff');
  const staff = await sessionApi(page);
  const demands = await staff.get<{ items: Array<{ id: number }> }>('/api/v1/demands', { status: 'published', pageSize: 50 });
  let invited = false;
  for (const d of demands.items) {
    const inv = await staff.get<{ items: Array<{ expertId: number }> }>(`/api/v1/demands/${d.id}/invitations`);
    if (inv.items.some((i) => i.expertId === mine.id)) continue;
    await staff.post(`/api/v1/demands/${d.id}/invitations`, { expertId: mine.id });
    invited = true;
    break;
  }
  expect(invited, 'a published demand to invite expert_demo to').toBeTruthy();

  await signIn(page, 'expert_demo');
  const item = card(page, '我的待办').locator('li').filter({ hasText: '待我答复的对接邀请' });
  await expect(item).toBeVisible();
  const count = Number(await item.locator('.ant-badge sup').getAttribute('title'));
  expect(count).toBeGreaterThan(0);
  await item.getByRole('link', { name: '待我答复的对接邀请', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/me\/expert\?tab=invitations/);
  const panel = page.getByRole('tabpanel', { name: /我的邀请/ });
  await expect(panel.locator('tr.ant-table-row').first()).toBeVisible();
  await expect(panel.locator('tr.ant-table-row').filter({ hasText: '已联系' })).toHaveCount(Math.min(count, 20));
});
