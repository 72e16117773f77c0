import { expect, test } from '@playwright/test';

test('[platform] should show the portal and the login page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));

  await page.goto('/');
  await expect(page).toHaveTitle(/智慧科协/);
  // The app replaced the boot placeholder and shows the portal of the configured city.
  await expect(page.getByText('智慧科协 加载中…')).toHaveCount(0);
  await expect(page.locator('#root')).toContainText('科协');

  await page.goto('/login');
  await expect(page.locator('input[type="password"]')).toBeVisible();
  await expect(page.getByRole('button', { name: /登\s*录/ })).toBeVisible();

  expect(errors, 'no uncaught errors in the page').toEqual([]);
});
