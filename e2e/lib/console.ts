import { type Locator, type Page, expect as baseExpect } from '@playwright/test';

// Helpers the console specs share: the header's user menu, the side menu, antd's virtual select lists
// and table rows.

const expect = baseExpect.configure({ timeout: 15_000 });

export const userMenu = (page: Page) => page.getByRole('button', { name: /用户菜单|User menu/ });

/** Signs out through the user menu and waits for the login page's notice. */
export async function signOut(page: Page) {
  await userMenu(page).click();
  await page.getByRole('menuitem', { name: /退出登录|Sign out/ }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText('已退出登录')).toBeVisible();
}

/** Opens a console page through the side menu. */
export async function openFromMenu(page: Page, label: string) {
  await page.getByRole('menu').getByRole('link', { name: label, exact: true }).click();
}

/** The open antd Select/TreeSelect/AutoComplete dropdown (not a hidden one, nor one still fading out). */
export const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])');

/** An option of the open dropdown, by its title (options carry their label as title). */
export const dropdownOption = (page: Page, label: string) => openDropdown(page).getByTitle(label, { exact: true });

/** Picks an option of an antd Select named `name` (its aria-label). */
export async function choose(page: Page, name: string, label: string) {
  await page.getByRole('combobox', { name }).click();
  const dropdown = openDropdown(page);
  const option = dropdownOption(page, label);
  await expect(dropdown).toBeVisible();
  // The list is virtual and opens scrolled to the current value: an option out of view is not in the
  // page. Scroll down through the list, then up, until the option shows (the modules' entity labels come
  // before the platform's, so 账号 may be below the fold).
  let tries = 0;
  await expect(async () => {
    if ((await option.count()) === 0) {
      await dropdown.hover();
      await page.mouse.wheel(0, Math.floor(tries++ / 6) % 2 === 0 ? 200 : -200);
    }
    await expect(option).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await option.click();
}

/**
 * Picks `label` in a select (`field`) until `chosen` (the value or tag in the field, outside the
 * dropdown) shows: a click during the list's opening animation can miss. A multiple select stays open
 * after the pick (click away or press Escape to close it).
 */
export async function pickUntilChosen(page: Page, field: Locator, label: string, chosen: Locator) {
  await expect(async () => {
    if ((await chosen.count()) === 0) {
      if ((await openDropdown(page).count()) === 0) await field.click();
      await dropdownOption(page, label).click({ timeout: 2_000 });
    }
    await expect(chosen).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/** Body rows of the page's (or card's) first table. */
export const bodyRows = (scope: Page | Locator) => scope.locator('.ant-table-tbody').first().locator('> tr.ant-table-row');
