import { apiAs, createUser, expect, login, test } from '../support/fixtures';
import { tableRows } from '../support/helpers';

/**
 * Issue 13 item 17: the security admin sees the open sessions (user, role, region, IP, started, last seen,
 * expires) and ends one after a confirmation; the user's next request is refused. The account is this spec's own.
 */
test('the security admin lists open sessions and ends one; its holder is signed out', async ({ page }) => {
  const user = await createUser('sess');
  const holder = await apiAs(user.username);
  expect((await holder.api.get('/api/auth/me')).status()).toBe(200);

  await login(page, 'security');
  await page.getByTestId('side-menu').getByRole('link', { name: '在线会话' }).click();
  await expect(page).toHaveURL(/\/sessions/);
  await page.getByLabel('关键字').fill(user.username);
  await page.getByRole('button', { name: '查询' }).click();
  const table = page.getByTestId('session-table');
  // its sessions, the latest activity first: the holder's (creating the account signed it in once more)
  const row = tableRows(table).filter({ hasText: user.username });
  await expect(row.first()).toContainText('县级医保局');
  await expect(row.first()).toContainText('城中区');
  const before = await row.count();
  // the security admin's own session is marked and has no 强制下线
  await page.getByLabel('关键字').fill('security');
  await page.getByRole('button', { name: '查询' }).click();
  const own = tableRows(table).filter({ hasText: '本会话' });
  await expect(own).toHaveCount(1);
  await expect(own.getByRole('button', { name: '强制下线' })).toHaveCount(0);

  await page.getByLabel('关键字').fill(user.username);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(row).toHaveCount(before);
  await row.first().getByTestId(`revoke-session-${user.username}`).click();
  const pop = page.locator('.ant-popconfirm:not(.ant-popover-hidden)');
  await expect(pop).toContainText('立即下线');
  await pop.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.locator('.ant-notification-notice')).toContainText('下线');
  await expect(row).toHaveCount(before - 1);
  expect((await holder.api.get('/api/auth/me')).status()).toBe(401);
  await holder.api.dispose();
});
