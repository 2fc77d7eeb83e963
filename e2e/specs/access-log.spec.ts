import { apiAs, createUser, expect, login, logout, seriousA11yViolations, shot, test } from '../support/fixtures';

/**
 * 访问日志 (issue 11 item 17): a refused request leaves a row the security admin finds in the panel, by user
 * and kind; the audit admin reads the same list.
 */
test('the security admin finds a refused request in the access log', async ({ page }) => {
  const officer = await createUser('e2e_refused');
  const { api } = await apiAs(officer.username);
  expect((await api.get('/api/users')).status()).toBe(403);
  await api.dispose();

  await login(page, 'security');
  await page.getByTestId('side-menu').getByText('访问日志', { exact: true }).click();
  await expect(page).toHaveURL(/\/access-logs/);
  await page.getByTestId('filter-username').fill(officer.username);
  await page.getByTestId('filter-submit').click();
  const table = page.getByTestId('access-log-table');
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);
  await expect(table).toContainText('越权访问（403）');
  await expect(table).toContainText('GET /api/users · 403');
  await shot(page, '150-access-log');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('the audit admin reads the access log; a county officer gets the 403 page', async ({ page }) => {
  await login(page, 'auditor');
  await page.goto('/access-logs');
  await expect(page.getByTestId('access-log-table')).toBeVisible();
  await logout(page);
  await login(page, 'lz_chengzhong');
  await page.goto('/access-logs');
  await expect(page.getByTestId('page-403')).toBeVisible();
});
