import { expect, login, menuEntries, shot, test } from '../support/fixtures';

test.describe('a county officer', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, 'lz_chengzhong');
  });

  test('has no users entry in the menu', async ({ page }) => {
    // the menu as drawn for the role (its first entry), without the users entry
    await expect(menuEntries(page).first()).toHaveText('待办事项');
    await expect(menuEntries(page).filter({ hasText: /^用户管理$/ })).toHaveCount(0);
  });

  test('gets the 403 page when opening users pages by URL, and the API refuses too', async ({ page }) => {
    for (const url of ['/users', '/users/create', '/users/show/1', '/audit-logs']) {
      await page.goto(url);
      await expect(page.getByTestId('page-403'), url).toBeVisible();
      await expect(page.getByText('您的角色无权访问此页面')).toBeVisible();
    }
    await shot(page, '20-forbidden-403');
    const res = await page.request.get('/api/users');
    expect(res.status()).toBe(403);
  });

  test('sees only the own county in the region tree', async ({ page }) => {
    await page.goto('/regions');
    const tree = page.getByTestId('region-tree');
    await expect(tree.getByText('城中区', { exact: true })).toBeVisible();
    await expect(tree.getByText('柳州市', { exact: true })).toHaveCount(0);
    await shot(page, '21-regions-county');
  });
});

test('an unknown address shows the 404 page inside the layout', async ({ page }) => {
  await login(page, 'lz_city');
  await page.goto('/no-such-page');
  await expect(page.getByTestId('page-404')).toBeVisible();
  await expect(page.getByTestId('side-menu')).toBeVisible();
  await shot(page, '22-not-found-404');
});
