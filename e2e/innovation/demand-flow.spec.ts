import { type APIRequestContext, type Locator, type Page, expect as baseExpect, test } from '@playwright/test';
import { creditCodeCheckChar } from '../../shared/validators';

// Issue 3 acceptance, as the users click it: an enterprise user posts a demand and submits it; city
// staff approve it; the 智能匹配 panel shows experts with reasons; staff invite one; the expert signs in
// and accepts; staff run the docking, record a docking event and close the demand as 已签约; the public
// demand hall shows it (public) and hides a staff-only demand. Accounts, the enterprise, its link to the
// enterprise user and the expert profile are prepared through the API as the administrator.

const expect = baseExpect.configure({ timeout: 15_000 });

const ADMIN = { username: 'admin', password: 'admin12345' };
const STAFF = { username: 'city_staff', password: 'demo12345' }; // demo account (KEXIE_DEMO=1)
const PASSWORD = 'E2eInnov12345';

/** Unique per run, so nothing collides with the demo data or an earlier run against the same server. */
const RUN = Date.now();
const RUN6 = String(RUN % 1_000_000).padStart(6, '0');
const RARE = '彧珩璟骞翀旻砚琰瑄玙';
const runChars = RARE[Math.floor(RUN / 1000) % RARE.length] + RARE[Math.floor(RUN / 10_000) % RARE.length];

const ENTERPRISE_USER = `e2e_ent_${RUN6}`;
const EXPERT_USER = `e2e_exp_${RUN6}`;
const EXPERT_NAME = `沈${runChars}`;
const ENTERPRISE_NAME = `南通${runChars}海洋工程装备有限公司`;
const DEMAND_TITLE = `海工平台厚板焊接变形控制技术攻关 ${RUN6}`;
const SECRET_TITLE = `海工平台厚板焊接工艺内部评估 ${RUN6}`;
const EVENT_TITLE = `船舶海工厚板焊接专题产学研对接会 ${RUN6}`;

/** A valid 统一社会信用代码: 17 characters, then the GB 32100 check character. */
function creditCode(): string {
  const first17 = `91320600${String(RUN).slice(-9).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** A button's accessible name, tolerant of the space antd may put between two CJK characters. */
const exactly = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);

// ─── helpers ────────────────────────────────────────────────────────────────────────────────────────

/** The administrator's API client (its own cookie jar, not the page's), with the CSRF header. */
async function adminApi(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: ADMIN });
  expect(login.ok(), `admin login: ${login.status()}`).toBeTruthy();
  const meRes = await request.get('/api/v1/auth/me');
  const me = (await meRes.json()) as { orgId: number; csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const call = async <T>(method: 'get' | 'post', url: string, data?: unknown): Promise<T> => {
    const r = method === 'get' ? await request.get(url) : await request.post(url, { data, headers });
    expect(r.ok(), `${method.toUpperCase()} ${url}: ${r.status()} ${r.ok() ? '' : await r.text()}`).toBeTruthy();
    return (await r.json()) as T;
  };
  return {
    me,
    get: <T>(url: string) => call<T>('get', url),
    post: <T>(url: string, data: unknown) => call<T>('post', url, data),
  };
}

/** Signs in through the login page (after dropping any previous session) and waits for the console. */
async function signIn(page: Page, username: string, password: string) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/admin/);
  await expect(page.getByRole('button', { name: '用户菜单' })).toBeVisible();
}

/** Opens a console page through the side menu. */
async function openFromMenu(page: Page, label: string) {
  await page.getByRole('menu').getByRole('link', { name: label, exact: true }).click();
}

/** Picks an option of an antd Select that is open now. */
async function pickOption(page: Page, text: string) {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** The form item (label + control) with this label in a drawer or modal. */
const formItem = (scope: Page | Locator, label: string) => {
  const page = 'goto' in scope ? scope : scope.page();
  return scope.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) });
};

/** The status tag in the demand page's header. */
const demandHeader = (page: Page) => page.locator('.ant-card-head').filter({ hasText: DEMAND_TITLE }).first();

/** A table row (antd renders the body rows as `tr.ant-table-row`) containing the text. */
const rowWith = (scope: Page | Locator, text: string) => scope.locator('tr.ant-table-row', { hasText: text });

// ─── the flow ───────────────────────────────────────────────────────────────────────────────────────

test('[innovation] should take a demand from an enterprise through review, matching, invitation and docking to 已签约, public in the demand hall', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));

  // ── Preparation through the API as the administrator ──
  const admin = await adminApi(request);
  const rootOrg = admin.me.orgId;
  const entUser = await admin.post<{ id: number }>('/api/v1/users', {
    username: ENTERPRISE_USER,
    password: PASSWORD,
    displayName: `企业联系人${runChars}`,
    orgId: rootOrg,
    roles: ['enterprise'],
  });
  const expUser = await admin.post<{ id: number }>('/api/v1/users', {
    username: EXPERT_USER,
    password: PASSWORD,
    displayName: EXPERT_NAME,
    orgId: rootOrg,
    roles: ['expert'],
  });
  const enterprise = await admin.post<{ id: number }>('/api/v1/enterprises', {
    name: ENTERPRISE_NAME,
    creditCode: creditCode(),
    clusters: ['船舶海工'],
    industry: '海洋工程装备制造',
  });
  await admin.post(`/api/v1/enterprises/${enterprise.id}/users`, { userId: entUser.id });
  const thisYear = new Date().getFullYear();
  const expert = await admin.post<{ id: number }>('/api/v1/experts', {
    name: EXPERT_NAME,
    unit: '江苏科技大学材料科学与工程学院',
    title: '教授',
    disciplines: ['材料科学', '焊接技术与工程'],
    industries: ['船舶海工', '高端装备'],
    keywords: ['厚板焊接', '焊接变形控制', '海工平台', '激光电弧复合焊', '焊接残余应力'],
    bio: '长期从事船舶与海洋工程结构厚板焊接、焊接变形预测与控制研究。',
    achievements: [
      { kind: 'patent', title: '一种海工平台厚板焊接变形控制方法', year: thisYear - 1 },
      { kind: 'patent', title: '海工用高强钢厚板激光电弧复合焊接工艺', year: thisYear },
      { kind: 'paper', title: '海洋平台桩腿厚板多层多道焊残余应力与变形数值模拟', abstract: '采用有限元方法研究厚板焊接变形控制。', year: thisYear - 2 },
    ],
    userId: expUser.id,
  });
  expect(expert.id).toBeGreaterThan(0);

  // A staff-only demand of the same enterprise, published: never shown in the public hall.
  const secret = await admin.post<{ id: number }>('/api/v1/demands', {
    enterpriseId: enterprise.id,
    title: SECRET_TITLE,
    description: '评估海工平台厚板焊接工艺的内部改造方案，涉及商业秘密，仅限科协工作人员查看。',
    category: '技术咨询',
    cluster: '船舶海工',
    confidentiality: 'staff',
  });
  await admin.post(`/api/v1/demands/${secret.id}/transitions`, { to: 'pending' });
  await admin.post(`/api/v1/demands/${secret.id}/transitions`, { to: 'published' });

  // ── 1. The enterprise user posts a demand and submits it ──
  await signIn(page, ENTERPRISE_USER, PASSWORD);
  await expect(page.getByRole('menu').getByRole('link', { name: '专家库', exact: true })).toHaveCount(0); // not for enterprises
  await openFromMenu(page, '技术需求');
  await expect(page).toHaveURL(/\/admin\/demands/);
  await page.getByRole('button', { name: /发布需求/ }).click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: '发布技术需求' });
  await expect(drawer.getByText(ENTERPRISE_NAME)).toBeVisible(); // fixed: the user's own enterprise
  await drawer.getByLabel('需求名称').fill(DEMAND_TITLE);
  await drawer
    .getByLabel('需求描述')
    .fill('我公司承建的海工平台桩腿采用 80 毫米以上高强钢厚板，焊接后变形超差、返修率高。需要厚板焊接变形控制方案与激光电弧复合焊工艺，降低焊接残余应力，提高一次合格率。');
  await drawer.getByLabel('需求类别').click();
  await pickOption(page, '技术攻关');
  await drawer.getByLabel('产业集群').click();
  await pickOption(page, '船舶海工');
  await drawer.getByLabel('预算下限（万元）').fill('50');
  await drawer.getByLabel('预算上限（万元）').fill('200');
  const keywords = drawer.getByLabel('关键词', { exact: true });
  await keywords.fill('厚板焊接');
  await keywords.press('Enter');
  await keywords.fill('焊接变形控制');
  await keywords.press('Enter');
  await expect(formItem(drawer, '公开范围').getByRole('radio', { name: '公开' })).toBeChecked();
  await drawer.getByRole('button', { name: exactly('保存草稿') }).click();

  await expect(page).toHaveURL(/\/admin\/demands\/\d+$/);
  const demandId = Number(new URL(page.url()).pathname.split('/').pop());
  await expect(demandHeader(page).getByText('草稿', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: exactly('提交审核') }).click();
  await expect(demandHeader(page).getByText('待审核', { exact: true })).toBeVisible();
  // An enterprise cannot approve its own demand: no such button for it.
  await expect(page.getByRole('button', { name: exactly('审核通过') })).toHaveCount(0);
  await expect(page.getByText('需求审核通过发布后，这里会显示推荐专家。')).toBeVisible();

  // ── 2. City staff approve it; matching shows experts with reasons; staff invite one ──
  await signIn(page, STAFF.username, STAFF.password);
  await openFromMenu(page, '技术需求');
  await page.getByRole('searchbox', { name: '搜索' }).fill(DEMAND_TITLE);
  await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
  await rowWith(page, DEMAND_TITLE).getByRole('link', { name: DEMAND_TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/demands/${demandId}$`));
  await expect(page.getByText('草稿 → 待审核')).toBeVisible(); // the history says who moved it and when
  await page.getByRole('button', { name: exactly('审核通过') }).click();
  await expect(demandHeader(page).getByText('已发布', { exact: true })).toBeVisible();

  const matchCard = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head', { hasText: '智能匹配' }) });
  await expect(matchCard.locator('tr.ant-table-row').first()).toBeVisible({ timeout: 30_000 });
  if ((await rowWith(matchCard, EXPERT_NAME).count()) === 0) await matchCard.getByText('前 50 名').click();
  const expertRow = rowWith(matchCard, EXPERT_NAME);
  await expect(expertRow).toBeVisible({ timeout: 30_000 });
  await expect(expertRow.locator('.ant-tag', { hasText: /^关键词: / })).toBeVisible(); // a reason staff can read
  await expect(expertRow.locator('.ant-progress')).toBeVisible(); // the score
  // Every listed expert comes with at least one reason.
  const rows = await matchCard.locator('tr.ant-table-row').count();
  expect(rows).toBeGreaterThan(0);
  for (let i = 0; i < Math.min(rows, 5); i++) await expect(matchCard.locator('tr.ant-table-row').nth(i).locator('.ant-tag').first()).toBeVisible();

  await expertRow.getByRole('button', { name: `邀请 ${EXPERT_NAME}` }).click();
  const inviteDialog = page.getByRole('dialog').filter({ hasText: `邀请 ${EXPERT_NAME} 对接` });
  await inviteDialog.getByLabel('备注').fill('请协助评估厚板焊接变形控制方案。');
  await inviteDialog.getByRole('button', { name: exactly('发送邀请') }).click();
  await expect(page.getByText(`已邀请 ${EXPERT_NAME}`)).toBeVisible();
  const engagements = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head', { hasText: '对接专家' }) });
  await expect(rowWith(engagements, EXPERT_NAME).getByText('已联系', { exact: true })).toBeVisible();

  // ── 3. The expert signs in and accepts ──
  await signIn(page, EXPERT_USER, PASSWORD);
  await openFromMenu(page, '我的专家服务');
  await expect(page.getByText('江苏科技大学材料科学与工程学院')).toBeVisible(); // my profile
  await page.getByRole('tab', { name: /我的邀请/ }).click();
  const invitation = rowWith(page, DEMAND_TITLE);
  await expect(invitation.getByText('已联系', { exact: true })).toBeVisible();
  await invitation.getByRole('button', { name: /接\s*受/ }).click();
  const acceptDialog = page.getByRole('dialog').filter({ hasText: '接受' });
  await acceptDialog.getByLabel('备注').fill('下周二下午可到企业现场交流。');
  await acceptDialog.getByRole('button', { name: exactly('接受') }).click();
  await expect(invitation.getByText('专家接受', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: '推荐需求' }).click();
  await expect(page.getByRole('tabpanel', { name: '推荐需求' }).getByText(DEMAND_TITLE)).toBeVisible({ timeout: 30_000 });

  // ── 4. Staff start the docking, record a docking event, then close the demand as 已签约 ──
  await signIn(page, STAFF.username, STAFF.password);
  await page.goto(`/admin/demands/${demandId}`);
  const engaged = rowWith(engagements, EXPERT_NAME);
  await expect(engaged.getByText('专家接受', { exact: true })).toBeVisible();
  await engaged.getByRole('button', { name: `进入对接 ${EXPERT_NAME}` }).click();
  await expect(engaged.getByText('对接中', { exact: true })).toBeVisible();
  await expect(demandHeader(page).getByText('对接中', { exact: true })).toBeVisible(); // the first docking moves the demand too

  const dockingLink = page.getByRole('menu').getByRole('link', { name: '产学研对接', exact: true });
  if ((await dockingLink.count()) > 0) {
    await dockingLink.click();
    await expect(page).toHaveURL(/\/admin\/docking-events$/);
    await expect(page.getByRole('columnheader', { name: /活动日期/ })).toBeVisible(); // the events page, not the demand page
    await page.getByRole('button', { name: /登记对接活动/ }).click();
    const form = page.locator('.ant-drawer').filter({ hasText: '登记对接活动' });
    await form.getByLabel('活动名称').fill(EVENT_TITLE);
    await formItem(form, '地点').locator('input').fill('南通市科技馆');
    await formItem(form, '对接需求').locator('input').click();
    await formItem(form, '对接需求').locator('input').fill(DEMAND_TITLE);
    await pickOption(page, DEMAND_TITLE);
    await form.locator('.ant-drawer-title').click(); // a multiple select stays open: close it
    await formItem(form, '参加专家').locator('input').click();
    await formItem(form, '参加专家').locator('input').fill(EXPERT_NAME);
    await pickOption(page, EXPERT_NAME);
    await form.locator('.ant-drawer-title').click();
    await formItem(form, '签约项目数').locator('input').fill('1');
    await formItem(form, '合同金额（万元）').locator('input').fill('120');
    await form.getByRole('button', { name: exactly('保存') }).click();
    await expect(form).toBeHidden();
    await expect(rowWith(page, EVENT_TITLE)).toBeVisible();
  } else {
    // The docking events page is not in this build yet: record the event through the API.
    const staffApi = page.request;
    const me = (await (await staffApi.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const r = await staffApi.post('/api/v1/docking-events', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        title: EVENT_TITLE,
        date: new Date().toISOString().slice(0, 10),
        place: '南通市科技馆',
        demandIds: [demandId],
        expertIds: [expert.id],
        enterpriseIds: [enterprise.id],
        agreementsSigned: 1,
        contractValue: 120,
      },
    });
    expect(r.status(), await r.text()).toBe(201);
  }
  const events = await page.request.get(`/api/v1/docking-events?demandId=${demandId}`);
  expect(((await events.json()) as { items: Array<{ title: string }> }).items.map((e) => e.title)).toContain(EVENT_TITLE);

  await page.goto(`/admin/demands/${demandId}`);
  await rowWith(engagements, EXPERT_NAME).getByRole('button', { name: `已签约 ${EXPERT_NAME}` }).click();
  await expect(rowWith(engagements, EXPERT_NAME).getByText('已签约', { exact: true })).toBeVisible();
  await demandHeader(page).getByRole('button', { name: exactly('已签约') }).click();
  await expect(demandHeader(page).getByText('已签约', { exact: true })).toBeVisible();
  await expect(page.getByText('对接中 → 已签约')).toBeVisible();
  const eventsCard = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head', { hasText: '对接活动' }) });
  await expect(eventsCard.getByRole('link', { name: EVENT_TITLE })).toBeVisible(); // the event that handled it

  // ── 5. The public demand hall shows the public demand and hides the staff-only one ──
  await page.context().clearCookies();
  // The demand is signed by now: the hall lists it under 全部 / 已结束, not among the open ones.
  const hall = await page.request.get('/api/v1/public/demands', { params: { q: '海工平台厚板焊接', pageSize: 50, view: 'all' } });
  expect(hall.ok()).toBeTruthy();
  const hallIds = ((await hall.json()) as { items: Array<{ id: number }> }).items.map((d) => d.id);
  expect(hallIds).toContain(demandId);
  expect(hallIds).not.toContain(secret.id);
  expect((await page.request.get(`/api/v1/public/demands/${secret.id}`)).status()).toBe(404);

  // The hall page itself (another engineer's portal), when this build has it.
  await page.goto('/portal/demands?view=all');
  const hallSearch = page.getByRole('searchbox').first();
  if (await hallSearch.isVisible({ timeout: 10_000 }).catch(() => false)) {
    const searchHall = async (text: string) => {
      const answered = page.waitForResponse((r) => r.url().includes('/api/v1/public/demands?') && r.url().includes('q='));
      await hallSearch.fill(text);
      await hallSearch.press('Enter');
      await answered;
    };
    await searchHall(DEMAND_TITLE);
    await expect(page.getByText(DEMAND_TITLE).first()).toBeVisible();
    await searchHall(SECRET_TITLE);
    await expect(page.getByText(SECRET_TITLE)).toHaveCount(0);
  }

  expect(errors, 'no uncaught errors in the page').toEqual([]);
});
