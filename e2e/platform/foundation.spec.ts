import { type APIRequestContext, type Locator, type Page, expect as baseExpect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { bodyRows, choose, dropdownOption, openDropdown, openFromMenu, pickUntilChosen, signOut, userMenu } from '../lib/console';

// Issue 2 acceptance, as a new user would do it in the browser: sign in, switch the language, create a
// district staff account, see only that district's people, import an Excel file with one bad row (error
// shown, nothing imported), fix it and import, find a person by pinyin initials, see both actions in the
// audit log. The server is the real one (playwright.config.ts), on a fresh data dir with the demo data.

const expect = baseExpect.configure({ timeout: 15_000 });
// The machine is shared and loaded: a story step (several sign-ins, an import) gets two minutes.
test.describe.configure({ timeout: 120_000 });

const ADMIN = { username: 'admin', password: 'admin12345' };
const CITY_ORG = '南通市科学技术协会';
const RUGAO_ORG = '如皋市科学技术协会';
const HAIAN_ORG = '海安市科学技术协会';

/** Unique per run: names, phones and the username never collide with the demo data or an earlier run. */
const RUN = Date.now();
const RUN7 = String(RUN % 10_000_000).padStart(7, '0');
/** Rare characters (no demo name uses them), picked by the run id so that names differ between runs. */
const RARE = '彧珩璟骞翀旻砚琰瑄玙';
const rare = (n: number) => RARE[n % RARE.length];
const runChars = rare(Math.floor(RUN / 1000)) + rare(Math.floor(RUN / 10_000));

// ─── helpers ────────────────────────────────────────────────────────────────────────────────────────

/** Signs in through the login page and waits for the console. */
async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/admin/);
  await expect(userMenu(page)).toBeVisible();
}

/** Switches the UI language through the user menu (界面语言 / Language → 中文 / English). */
async function switchLanguage(page: Page, to: '中文' | 'English') {
  const submenu = page.getByRole('menuitem', { name: /界面语言|Language/ });
  const item = page.getByRole('menuitem', { name: to, exact: true });
  // The submenu opens on mouse enter; a hover that lands while the menu is still zooming in is missed,
  // and the submenu may fold again on the way to its item (an unbounded click then waits for the whole
  // test timeout). So: open the user menu when it is closed, enter the submenu, click the item within
  // 2 s, and start over until the click lands.
  await expect(async () => {
    if (!(await submenu.isVisible())) await userMenu(page).click();
    await page.mouse.move(0, 0);
    await submenu.hover({ timeout: 2_000 });
    await item.click({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** The page's API client with the signed-in session's CSRF token (cookies are shared with the page). */
async function sessionApi(page: Page) {
  const meRes = await page.request.get('/api/v1/auth/me');
  expect(meRes.ok(), 'signed in').toBeTruthy();
  const me = (await meRes.json()) as { id: number; csrfToken: string; orgName: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const req: APIRequestContext = page.request;
  return {
    me,
    get: async <T>(url: string, params?: Record<string, string | number>) => {
      const r = await req.get(url, { params });
      expect(r.ok(), `GET ${url}: ${r.status()}`).toBeTruthy();
      return (await r.json()) as T;
    },
    post: async <T>(url: string, data: unknown) => {
      const r = await req.post(url, { data, headers });
      expect(r.ok(), `POST ${url}: ${r.status()} ${await r.text()}`).toBeTruthy();
      return (await r.json()) as T;
    },
    put: async (url: string, data: unknown) => {
      const r = await req.put(url, { data, headers });
      expect(r.ok(), `PUT ${url}: ${r.status()}`).toBeTruthy();
    },
    delete: async (url: string) => {
      const r = await req.delete(url, { headers });
      expect(r.ok(), `DELETE ${url}: ${r.status()}`).toBeTruthy();
    },
  };
}

interface TOrgNode {
  id: number;
  name: string;
  children: TOrgNode[];
}

function findOrg(nodes: TOrgNode[], name: string): TOrgNode | undefined {
  for (const n of nodes) {
    if (n.name === name) return n;
    const hit = findOrg(n.children, name);
    if (hit) return hit;
  }
  return undefined;
}

const subtreeNames = (n: TOrgNode): string[] => [n.name, ...n.children.flatMap(subtreeNames)];

/** The people/users/audit tables: "共 N 条" under the table. */
async function totalOf(page: Page): Promise<number> {
  const total = page.getByText(/^共 \d+ 条$/);
  await expect(total).toBeVisible();
  return Number(((await total.textContent()) ?? '').replace(/\D/g, ''));
}

/** The empty table's placeholder (暂无数据). */
const noData = (page: Page) => page.locator('.ant-table-placeholder').filter({ hasText: '暂无数据' });

/** Text of one column in every body row, found by its header. */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const headers = (await page.locator('.ant-table-thead').first().locator('> tr > th').allInnerTexts()).map((h) => h.trim());
  const index = headers.indexOf(header);
  expect(index, `column ${header} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  return bodyRows(page).locator(`> td:nth-child(${index + 1})`).allInnerTexts();
}

/**
 * Types into the people page's own search box, searches (Enter) and waits until the table shows the
 * answer (its total), so that what is *not* in the table afterwards was really not found.
 */
async function searchPeople(page: Page, text: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: '搜索', exact: true });
  await box.fill(text);
  const answer = page.waitForResponse((r) => r.url().includes('/api/v1/people?') && new URL(r.url()).searchParams.get('q') === text);
  await box.press('Enter');
  const { total } = (await (await answer).json()) as { total: number };
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
  await expect(total === 0 ? noData(page) : page.getByText(`共 ${total} 条`, { exact: true })).toBeVisible();
  return total;
}

/** The people table's row of the person with exactly this name. */
const personRow = (page: Page, name: string) => bodyRows(page).filter({ has: page.getByRole('cell', { name, exact: true }) });

interface TPersonRow {
  姓名: string;
  性别?: string;
  出生年份?: number;
  工作单位?: string;
  职称?: string;
  学历?: string;
  学科?: string;
  手机号?: string;
  所属组织: string;
}

const HEADERS = ['姓名', '性别', '出生年份', '工作单位', '职称', '学历', '学科', '手机号', '身份证号', '邮箱', '所属组织', '会员组织'] as const;

/** An .xlsx with the template's header row and the given rows (phones as text, as people type them). */
async function peopleWorkbook(rows: TPersonRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('科技工作者');
  ws.addRow([...HEADERS]);
  for (const r of rows) ws.addRow(HEADERS.map((h) => (r as unknown as Record<string, unknown>)[h] ?? null));
  ws.getColumn(HEADERS.indexOf('手机号') + 1).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Opens the import dialog of the people page, uploads the file and starts the import. */
async function importFile(page: Page, name: string, buffer: Buffer): Promise<Locator> {
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入科技工作者' });
  await expect(dialog).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByText('点击或拖拽 .xlsx / .csv 文件到此处').click();
  await (await chooser).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(dialog.getByText(name)).toBeVisible();
  await dialog.getByRole('button', { name: '开始导入' }).click();
  return dialog;
}

// ─── 1. language ────────────────────────────────────────────────────────────────────────────────────

test('[platform] should sign in as admin, show the city org, and switch the language (remembered after a reload)', async ({ page, browser }) => {
  await signIn(page, ADMIN.username, ADMIN.password);

  // The console knows who is signed in and where: the city association, in the header and on the dashboard.
  await expect(userMenu(page)).toContainText(CITY_ORG);
  await expect(page.getByText(`所属组织：${CITY_ORG}`)).toBeVisible();
  await expect(page.getByRole('link', { name: '科技工作者', exact: true })).toBeVisible();

  // … and its org tree: the city association with the seven county-level units under it.
  await openFromMenu(page, '组织机构');
  const tree = page.getByRole('tree');
  await expect(tree.getByRole('treeitem', { name: new RegExp(CITY_ORG) })).toHaveAttribute('aria-expanded', 'true');
  await expect(tree.getByRole('treeitem', { name: new RegExp(RUGAO_ORG) })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: new RegExp(HAIAN_ORG) })).toBeVisible();

  try {
    await switchLanguage(page, 'English');
    await expect(page.getByRole('link', { name: 'S&T workers', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Organizations', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Audit log', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: '科技工作者', exact: true })).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');

    // Remembered: after a reload …
    await page.reload();
    await expect(page.getByRole('link', { name: 'S&T workers', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'User menu' })).toBeVisible();

    // … and per account: a fresh browser (nothing in its storage) signing in as admin gets English too.
    const other = await browser.newContext();
    try {
      const page2 = await other.newPage();
      await signIn(page2, ADMIN.username, ADMIN.password);
      await expect(page2.getByRole('link', { name: 'S&T workers', exact: true })).toBeVisible();
    } finally {
      await other.close();
    }

    await switchLanguage(page, '中文');
    await expect(page.getByRole('link', { name: '科技工作者', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'S&T workers', exact: true })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('link', { name: '科技工作者', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '用户菜单' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  } finally {
    // Whatever happened above, leave the admin account in Chinese for the other tests.
    const api = await sessionApi(page);
    await api.put('/api/v1/auth/locale', { locale: 'zh-CN' });
  }
});

// ─── 2–5. the district story ────────────────────────────────────────────────────────────────────────

test.describe.serial('district staff', () => {
  const staff = {
    username: `rugao_e2e_${RUN}`,
    password: `Rg-${RUN}-pass`,
    displayName: `如皋测试员${runChars}`,
  };
  /** A person of 海安 (another district), created by the admin: the 如皋 user must not find them. */
  const outsider = `阚${runChars}`;
  /** Four people for 如皋, imported from Excel; the third has a bad phone in the first file. */
  const imported = [0, 1, 2, 3].map((i) => ({
    姓名: `禤${'沐湉翊昶'[i]}${runChars}`,
    性别: i % 2 ? '女' : '男',
    出生年份: 1975 + i,
    工作单位: '如皋市人民医院',
    职称: '副高级',
    学历: '硕士研究生',
    学科: '临床医学',
    手机号: `139${i}${RUN7}`,
    所属组织: '如皋市科协',
  }));
  /** For the pinyin search: ouyang zhen yu → oyzy (no demo name has these characters together). */
  const pinyinPerson = { name: '欧阳振宇', initials: 'oyzy' };

  test('[platform] should let an admin create a district staff account who then sees only that district', async ({ page }) => {
    await signIn(page, ADMIN.username, ADMIN.password);

    // Beforehand, through the API as admin: a person of another district (海安) with a unique name.
    const api = await sessionApi(page);
    const tree = await api.get<{ items: TOrgNode[] }>('/api/v1/orgs');
    const haian = findOrg(tree.items, HAIAN_ORG);
    expect(haian, HAIAN_ORG).toBeDefined();
    await api.post('/api/v1/people', { name: outsider, gender: '男', birthYear: 1980, unit: '海安市中学', phone: `1380${RUN7}`, orgId: haian!.id });

    // The admin does find them (so that not finding them later means scoping, not a broken search).
    await openFromMenu(page, '科技工作者');
    await searchPeople(page, outsider);
    await expect(personRow(page, outsider)).toContainText(HAIAN_ORG);

    // 账号管理 → 新建账号.
    await openFromMenu(page, '账号管理');
    await expect(page).toHaveURL(/\/admin\/users/);
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.getByRole('dialog', { name: '新建账号' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('用户名').fill(staff.username);
    await dialog.getByLabel('初始密码').fill(staff.password);
    await dialog.getByLabel('姓名').fill(staff.displayName);
    // The org picker: type, pick from the filtered tree. A click while the tree re-renders for the
    // typed text can miss (the list stays open, nothing chosen): pick until the org shows in the field.
    const org = dialog.getByLabel('所属组织');
    const chosenOrg = dialog.getByTitle(RUGAO_ORG);
    await expect(async () => {
      if ((await chosenOrg.count()) === 0) {
        if ((await openDropdown(page).count()) === 0) await org.click();
        if ((await org.inputValue()) !== '如皋市科学') await org.fill('如皋市科学');
        await dropdownOption(page, RUGAO_ORG).click({ timeout: 2_000 });
      }
      await expect(chosenOrg).toBeVisible({ timeout: 1_000 }); // the chosen org shows in the field
    }).toPass({ timeout: 20_000 });
    await expect(openDropdown(page)).toHaveCount(0);
    // Roles: a multiple select, which stays open after a pick (and Tab would toggle the highlighted
    // option). Pick until the role shows as a tag in the field (a click during the list's opening
    // animation can miss), then click away to close the list.
    const role = dialog.getByTitle('县区科协工作人员');
    await pickUntilChosen(page, dialog.getByLabel('角色'), '县区科协工作人员', role);
    await dialog.getByText('新建账号', { exact: true }).click();
    await expect(openDropdown(page)).toHaveCount(0);
    await expect(role).toBeVisible();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('账号已创建')).toBeVisible();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: new RegExp(staff.username) });
    await expect(row).toContainText(staff.displayName);
    await expect(row).toContainText(RUGAO_ORG);
    await expect(row).toContainText('县区科协工作人员');

    await signOut(page);

    // The new account signs in and works in 如皋.
    await signIn(page, staff.username, staff.password);
    await expect(userMenu(page)).toContainText(staff.displayName);
    await expect(userMenu(page)).toContainText(RUGAO_ORG);

    const mine = await sessionApi(page);
    const myTree = await mine.get<{ items: TOrgNode[] }>('/api/v1/orgs');
    const rugao = findOrg(myTree.items, RUGAO_ORG);
    expect(rugao, `${RUGAO_ORG} in the user's org tree`).toBeDefined();
    const rugaoOrgs = new Set(subtreeNames(rugao!));

    await openFromMenu(page, '科技工作者');
    await expect(page).toHaveURL(/\/admin\/people/);
    const total = await totalOf(page);
    expect(total, 'the district has people, fewer than the whole city').toBeGreaterThan(0);
    expect(total).toBeLessThan(3000);
    await expect(bodyRows(page)).toHaveCount(Math.min(total, 20));
    const orgCells = await columnTexts(page, '所属组织');
    expect(orgCells.length).toBe(Math.min(total, 20));
    for (const name of orgCells) expect(rugaoOrgs, `${name} is in 如皋`).toContain(name.trim());

    // The 海安 person is not there, even when searched by their exact name.
    await searchPeople(page, outsider);
    await expect(personRow(page, outsider)).toHaveCount(0);
  });

  test('[platform] should refuse an Excel import with one bad row, then import the fixed file', async ({ page }) => {
    await signIn(page, staff.username, staff.password);
    await openFromMenu(page, '科技工作者');
    const before = await totalOf(page);

    // A file with a bad phone in its third data row (Excel row 4): nothing may be imported.
    const bad = imported.map((p, i) => (i === 2 ? { ...p, 手机号: '12345' } : p));
    let dialog = await importFile(page, `科技工作者-有错误-${RUN}.xlsx`, await peopleWorkbook(bad));
    await expect(dialog.getByText('导入失败，未导入任何数据')).toBeVisible({ timeout: 60_000 });
    await expect(dialog.getByText('共发现 1 处错误')).toBeVisible();
    const errorRow = dialog.getByRole('row', { name: /第 4 行/ });
    await expect(errorRow).toContainText('手机号');
    await expect(errorRow).toContainText('格式不正确');
    await dialog.getByRole('button', { name: '关闭' }).filter({ hasText: '关闭' }).click(); // the footer button, not the ×
    await expect(dialog).toBeHidden();

    // The list is as it was: same total, and not even the good rows are there.
    await page.reload();
    expect(await totalOf(page)).toBe(before);
    await searchPeople(page, imported[0].姓名);
    await expect(personRow(page, imported[0].姓名)).toHaveCount(0);
    // The empty table offers 清除筛选 (as does the toolbar): clear from where the user looks.
    await noData(page).getByRole('button', { name: '清除筛选' }).click();
    await expect(page.getByText(`共 ${before} 条`)).toBeVisible();

    // The fixed file goes in whole.
    dialog = await importFile(page, `科技工作者-已修正-${RUN}.xlsx`, await peopleWorkbook(imported));
    await expect(dialog.getByText('导入完成')).toBeVisible({ timeout: 60_000 });
    await expect(dialog.getByText('新增 4 条，更新 0 条')).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).filter({ hasText: '关闭' }).click(); // the footer button, not the ×
    await expect(dialog).toBeHidden();

    await expect(page.getByText(`共 ${before + 4} 条`)).toBeVisible();
    // Newest first: the four are on the first page, in 如皋市科协.
    for (const p of imported) await expect(personRow(page, p.姓名)).toContainText(RUGAO_ORG);
    // And a search by name finds the one that was wrong at first, best match on top.
    await searchPeople(page, imported[2].姓名);
    await expect(bodyRows(page).first()).toContainText(imported[2].姓名);
    // The fixed phone, masked in the list as for every role (139****1234); the audited 显示 in the
    // person's details shows it whole.
    const phone = imported[2].手机号;
    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    await expect(bodyRows(page).first()).toContainText(masked);
    await expect(bodyRows(page).first()).not.toContainText(phone);
    await bodyRows(page).first().getByText(imported[2].姓名, { exact: true }).click();
    const drawer = page.getByRole('dialog', { name: '科技工作者详情' });
    await expect(drawer).toContainText(masked);
    await drawer.getByRole('button', { name: '显示完整手机号（记入审计日志）' }).click();
    await expect(drawer.getByText(phone, { exact: true })).toBeVisible();
  });

  test('[platform] should find a person by pinyin initials in the people list and in the header search', async ({ page }) => {
    await signIn(page, staff.username, staff.password);
    const api = await sessionApi(page);
    const tree = await api.get<{ items: TOrgNode[] }>('/api/v1/orgs');
    const rugao = findOrg(tree.items, RUGAO_ORG)!;
    const person = await api.post<{ id: number }>('/api/v1/people', {
      name: pinyinPerson.name,
      gender: '男',
      birthYear: 1972,
      unit: '如皋市港城实验学校',
      orgId: rugao.id,
    });

    try {
      await openFromMenu(page, '科技工作者');
      await searchPeople(page, pinyinPerson.initials);
      await expect(personRow(page, pinyinPerson.name)).toContainText('如皋市港城实验学校');

      // The header's global search, from another page: choosing the hit opens the person.
      await openFromMenu(page, '组织机构');
      const global = page.getByRole('combobox', { name: '全局搜索' });
      await global.fill(pinyinPerson.initials);
      const hit = openDropdown(page).getByText(pinyinPerson.name, { exact: true });
      await hit.click();
      await expect(page).toHaveURL(new RegExp(`/admin/people\\?view=${person.id}`));
      const drawer = page.getByRole('dialog', { name: '科技工作者详情' });
      await expect(drawer).toContainText(pinyinPerson.name);
      await expect(drawer).toContainText(RUGAO_ORG);
    } finally {
      await api.delete(`/api/v1/people/${person.id}`); // a re-run against the same server finds one 欧阳振宇 again
    }
  });

  test('[platform] should show the account creation and the import in the audit log, with working filters', async ({ page }) => {
    await signIn(page, ADMIN.username, ADMIN.password);
    const api = await sessionApi(page);
    const users = await api.get<{ items: Array<{ id: number; username: string }> }>('/api/v1/users', { q: staff.username });
    const user = users.items.find((u) => u.username === staff.username);
    expect(user, staff.username).toBeDefined();

    await openFromMenu(page, '审计日志');
    await expect(page).toHaveURL(/\/admin\/audit/);
    const unfiltered = await totalOf(page);

    // 对象类型 = 账号, 动作 = 新建: the account the admin created, by the admin.
    await choose(page, '对象类型', '账号');
    await expect(page).toHaveURL(/entity=user/);
    await choose(page, '动作', '新建');
    await expect(page).toHaveURL(/action=create/);
    const created = bodyRows(page).filter({ has: page.getByRole('cell', { name: String(user!.id), exact: true }) });
    await expect(created).toHaveCount(1);
    await expect(created).toContainText('账号');
    await expect(created).toContainText('新建');
    await expect(created).toContainText('平台管理员');
    expect(await totalOf(page)).toBeLessThan(unfiltered);
    for (const e of await columnTexts(page, '对象类型')) expect(e).toBe('账号');
    for (const a of await columnTexts(page, '动作')) expect(a).toBe('新建');
    // Its details show what was created.
    await created.getByRole('button', { name: '展开行' }).click();
    await expect(page.getByRole('cell', { name: staff.username, exact: true })).toBeVisible();
    await created.getByRole('button', { name: '关闭行' }).click();
    await expect(page.getByRole('cell', { name: staff.username, exact: true })).toBeHidden();

    // 对象类型 = 科技工作者, 动作 = 导入: the district user's import, once (the refused file left no trace).
    await choose(page, '对象类型', '科技工作者');
    await expect(page).toHaveURL(/entity=person/);
    await choose(page, '动作', '导入');
    await expect(page).toHaveURL(/action=import/);
    const imports = bodyRows(page).filter({ hasText: staff.displayName });
    await expect(imports).toHaveCount(1);
    await expect(imports).toContainText('科技工作者');
    await expect(imports).toContainText('导入');
    await expect(imports).toContainText('批量导入 4 行');

    // Clicking the actor narrows the log to that user; with 账号/新建 they have nothing (they created no
    // account); dropping the actor filter brings back the admin's account creation.
    await imports.getByText(staff.displayName).click();
    // The filter names the person (not their account number).
    const actorTag = page.locator('.ant-tag').filter({ hasText: `操作人：${staff.displayName}` });
    await expect(actorTag).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`actorId=${user!.id}`));
    await expect(imports).toHaveCount(1);
    for (const actor of await columnTexts(page, '操作人')) expect(actor).toContain(staff.username);
    await choose(page, '对象类型', '账号');
    await choose(page, '动作', '新建');
    await expect(page).toHaveURL(/entity=user.*action=create|action=create.*entity=user/);
    await expect(noData(page)).toBeVisible();
    await actorTag.getByRole('button', { name: '关闭' }).click();
    await expect(actorTag).toBeHidden();
    await expect(page).not.toHaveURL(/actorId=/);
    await expect(created).toHaveCount(1);
  });
});
