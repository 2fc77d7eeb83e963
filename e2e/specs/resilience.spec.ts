import { closeNotices, expect, login, settled, shot, test } from '../support/fixtures';

test('an expired session returns to sign-in and then to the page the user was on', async ({ page }) => {
  await login(page, 'lz_city');
  await page.goto('/profile');
  await expect(page.getByTestId('profile-info')).toBeVisible();
  // The session ends server-side (idle timeout, an admin disabling it …): here, by logging it out.
  const me = await (await page.request.get('/api/auth/me')).json();
  const res = await page.request.post('/api/auth/logout', { headers: { 'X-CSRF-Token': me.csrfToken } });
  expect(res.status()).toBe(200);

  await page.getByTestId('side-menu').getByRole('link', { name: '行政区划' }).click();
  await expect(page).toHaveURL(/\/login\?to=%2Fregions/);
  await expect(page.getByText('登录已过期或尚未登录')).toBeVisible();
  await page.getByLabel('用户名', { exact: true }).fill('lz_city');
  await page.getByLabel('密码', { exact: true }).fill('Demo#2026');
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/regions/);
  await expect(page.getByTestId('region-tree')).toBeVisible();
});

test('network failures and server errors show a notice, never a blank page', async ({ page }) => {
  await login(page, 'admin');
  await page.route(/\/api\/users\?/, (route) => route.abort('connectionrefused'));
  await page.goto('/users');
  await expect(page.locator('.ant-notification-notice').filter({ hasText: '网络连接失败' }).first()).toBeVisible();
  await expect(page.getByTestId('side-menu')).toBeVisible();
  await expect(page.getByRole('heading', { name: '用户管理', level: 4 })).toBeVisible();
  await shot(page, '80-network-error');

  await page.route(/\/api\/regions\/450200$/, (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ statusCode: 500, message: 'boom', error: 'Internal Server Error' }) }),
  );
  await page.goto('/regions/show/450200');
  await expect(page.locator('.ant-notification-notice').filter({ hasText: '服务器暂时无法处理请求' }).first()).toBeVisible();
  await expect(page.getByTestId('side-menu')).toBeVisible();
});

test('the system admin creates, renames and deletes a region', async ({ page }) => {
  const code = `450202${String((Date.now() % 900) + 100)}`;
  await login(page, 'admin');
  await page.goto('/regions/create');
  await page.getByLabel('区划代码', { exact: true }).fill(code);
  await expect(page.getByText('乡镇（街道）')).toBeVisible();
  await page.getByLabel('名称', { exact: true }).fill('测试街道');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(new RegExp(`/regions/show/${code}`));
  await expect(page.getByText('测试街道').first()).toBeVisible();

  await page.getByRole('button', { name: '编辑' }).click();
  await page.getByLabel('名称', { exact: true }).fill('测试街道（更名）');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(new RegExp(`/regions/show/${code}`));
  await expect(page.getByText('测试街道（更名）').first()).toBeVisible();

  await closeNotices(page); // the 保存成功 notice may still cover 删除
  await page.getByRole('button', { name: '删除' }).click();
  await settled(page.locator('.ant-popconfirm:not(.ant-popover-hidden)'));
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /删\s*除/ })
    .click();
  await expect(page).toHaveURL(/\/regions(\?|$)/);
  const res = await page.request.get(`/api/regions/${code}`);
  expect(res.status()).toBe(404);
});
