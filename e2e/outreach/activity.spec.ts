import { expect as baseExpect, type Locator, type Page, test } from '@playwright/test';
import { bodyRows, openDropdown, openFromMenu, pickUntilChosen } from '../lib/console';

// 科普活动, as the users click it: a 如皋市科协 liaison files an activity (already under way: it began
// two days ago and runs five more); 如皋 district staff put it on record (备案); it appears on the public
// activity calendar without signing in, with its 加入日历 (.ics) link; the liaison marks it held and
// submits the summary with a photo and the final count, and it shows 已总结 with its 流转记录.

const expect = baseExpect.configure({ timeout: 15_000 });

const LIAISON = { username: 'rugao_liaison', password: 'demo12345' }; // demo accounts (KEXIE_DEMO=1)
const STAFF = { username: 'rugao_staff', password: 'demo12345' };

const RUN = String(Date.now() % 1_000_000).padStart(6, '0');
const TITLE = `如皋市老年人智能手机使用科普讲座 ${RUN}`;

/** YYYY-MM-DD in China, `days` from today. */
function day(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** A 1×1 PNG made here (no file on disk). */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c63f8cfc0f01f0005000201' + 'a7f1b8b40000000049454e44ae426082',
  'hex',
);

/** A button's accessible name, tolerant of the space antd may put between two CJK characters. */
const exactly = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);

async function signIn(page: Page, who: { username: string; password: string }) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/admin/);
  await expect(page.getByRole('button', { name: '用户菜单' })).toBeVisible();
}

/** Opens the activity list from the menu, finds the activity by its title and opens its drawer. */
async function openActivity(page: Page): Promise<Locator> {
  await openFromMenu(page, '科普活动');
  await expect(page).toHaveURL(/\/admin\/outreach\/activities/);
  const search = page.getByPlaceholder('活动名称、地点或主办单位');
  await search.fill(TITLE);
  await search.press('Enter');
  const row = bodyRows(page).filter({ hasText: TITLE });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: TITLE }).click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: '科普活动详情' });
  await expect(drawer.getByRole('heading', { name: TITLE })).toBeVisible();
  return drawer;
}

test('[outreach] should let a liaison file an activity that district staff put on record, show it on the public calendar, and take the liaison’s summary with a photo', async ({ page, request }) => {
  // ── the liaison files it
  await signIn(page, LIAISON);
  await openFromMenu(page, '科普活动');
  await page.getByRole('button', { name: exactly('登记活动') }).click();
  const form = page.locator('.ant-drawer').filter({ hasText: '登记活动' });
  await form.getByLabel('活动名称').fill(TITLE);
  // pick until the type shows in the field (a click during the list's opening animation can miss: CI)
  await pickUntilChosen(page, form.getByLabel('活动类型'), '科普进社区', form.getByTitle('科普进社区', { exact: true }));
  await expect(form.getByText('如皋市科学技术协会')).toBeVisible(); // the liaison's own org by default
  await form.getByPlaceholder('开始日期').click();
  await form.getByPlaceholder('开始日期').fill(day(-2));
  await form.getByPlaceholder('开始日期').press('Enter');
  await form.getByPlaceholder('结束日期').fill(day(5));
  await form.getByPlaceholder('结束日期').press('Enter');
  await form.getByLabel('活动地点').fill('如城街道社区党群服务中心');
  await form.getByRole('checkbox', { name: '老年人' }).check();
  await form.getByLabel('计划参与人数').fill('120');
  await form.getByLabel('预算（元）').fill('3000');
  await form.getByLabel('活动简介').fill('手把手教老年人使用智能手机：健康码、移动支付、防范电信诈骗。');
  await form.getByRole('button', { name: exactly('保存') }).click();
  await expect(form).toBeHidden();
  const row = bodyRows(page).filter({ hasText: TITLE });
  await expect(row.getByText('计划', { exact: true })).toBeVisible();

  // a liaison cannot put it on record: no 备案 button for them
  let drawer = await openActivity(page);
  await expect(drawer.getByRole('button', { name: exactly('备案') })).toHaveCount(0);

  // ── 如皋 district staff put it on record
  await signIn(page, STAFF);
  drawer = await openActivity(page);
  await drawer.getByRole('button', { name: exactly('备案') }).click();
  await expect(drawer.locator('.ant-tag', { hasText: '已备案' })).toBeVisible();
  await expect(drawer.getByText(/计划\s*→\s*已备案/)).toBeVisible();

  // ── the public calendar (no sign-in) shows it, with the .ics link
  await page.context().clearCookies();
  await page.goto('/portal/activities');
  await page.getByRole('combobox', { name: '县区' }).click();
  await openDropdown(page).getByTitle('如皋市', { exact: true }).click();
  const link = page.getByRole('link', { name: TITLE });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('如城街道社区党群服务中心').first()).toBeVisible();
  await expect(page.getByText('3000')).toHaveCount(0); // no budget on the portal
  const ics = page.getByRole('link', { name: /加入日历/ });
  await expect(ics).toBeVisible();
  const res = await request.get((await ics.getAttribute('href')) ?? '');
  expect(res.headers()['content-type']).toContain('text/calendar');
  const body = await res.text();
  expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(body.replace(/\r\n /g, '')).toContain(`SUMMARY:${TITLE}`);
  expect(body).toContain(`DTSTART;VALUE=DATE:${day(-2).replace(/-/g, '')}`);

  // ── after it was held, the liaison submits the summary with a photo
  await signIn(page, LIAISON);
  drawer = await openActivity(page);
  await drawer.getByRole('button', { name: exactly('标记已举办') }).click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(drawer.locator('.ant-tag', { hasText: '已举办' })).toBeVisible();
  await drawer.getByRole('button', { name: exactly('提交总结') }).click();
  const modal = page.locator('.ant-modal').filter({ hasText: '提交活动总结' });
  await modal.getByLabel('活动总结').fill('讲座如期举办，志愿者一对一指导老年人使用智能手机，现场答疑 40 余次。');
  await modal.getByLabel('实际参与人数').fill('136');
  await modal.locator('input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG });
  await expect(modal.locator('.ant-upload-list-item-done')).toHaveCount(1);
  await modal.getByRole('button', { name: exactly('提交总结') }).click();
  await expect(modal).toBeHidden();
  await expect(drawer.locator('.ant-tag', { hasText: '已总结' })).toBeVisible();
  await expect(drawer.getByRole('img', { name: 'photo.png' })).toBeVisible();
  await expect(drawer.getByText('136', { exact: true })).toBeVisible();
  await expect(drawer.getByText(/已举办\s*→\s*已总结/)).toBeVisible();
  await drawer.locator('.ant-drawer-close').click();
  await expect(bodyRows(page).filter({ hasText: TITLE }).getByText('已总结', { exact: true })).toBeVisible();
});
