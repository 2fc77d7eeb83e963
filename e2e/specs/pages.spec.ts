import { expect, login, seriousA11yViolations, settled, shot, test } from '../support/fixtures';

test('a list page has no serious accessibility problems', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/users');
  await expect(page.locator('tr.ant-table-row').first()).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('regions: tree and list, detail and the system admin’s edit form', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/regions');
  await expect(page.getByTestId('region-tree')).toBeVisible();
  await page.getByTestId('region-tree').getByText('北京市', { exact: true }).click();
  await expect(page).toHaveURL(/code/);
  await expect(page.locator('tr.ant-table-row').first()).toContainText('110000');
  await shot(page, '50-regions-list');

  await page.goto('/regions/show/450200');
  await expect(page.getByText('柳州市').first()).toBeVisible();
  await expect(page.getByText('城中区')).toBeVisible();
  await shot(page, '51-regions-show');

  await page.goto('/regions/edit/450200');
  await expect(page.getByLabel('名称', { exact: true })).toHaveValue('柳州市');
  await shot(page, '52-regions-edit');
});

test('regions are read-only for a city officer', async ({ page }) => {
  await login(page, 'lz_city');
  await page.goto('/regions');
  await expect(page.locator('tr.ant-table-row').first()).toContainText('450200');
  await expect(page.getByRole('button', { name: '新建' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '删除' })).toHaveCount(0);
  await page.goto('/regions/edit/450200');
  await expect(page.getByTestId('page-403')).toBeVisible();
});

test('my profile shows the account and the password policy; a wrong current password is reported under its field', async ({ page }) => {
  await login(page, 'lz_inspector');
  await page.getByTestId('user-menu').click();
  await settled(page.locator('.ant-dropdown:not(.ant-dropdown-hidden)'));
  await page.locator('.ant-dropdown').getByRole('menuitem', { name: '个人中心' }).click();
  await expect(page).toHaveURL(/\/profile/);
  await expect(page.getByTestId('profile-info')).toContainText('lz_inspector');
  await expect(page.getByTestId('profile-info')).toContainText('稽查员');
  await page.getByLabel('当前密码', { exact: true }).fill('Not-the#one1');
  await page.getByLabel('新密码', { exact: true }).fill('Better#2026pw');
  await page.getByLabel('确认新密码', { exact: true }).fill('Better#2026pw');
  await expect(page.getByTestId('password-policy')).toContainText('密码至少 8 位');
  await page.getByRole('button', { name: '确认修改' }).click();
  const current = page.locator('.ant-form-item').filter({ has: page.getByLabel('当前密码', { exact: true }) });
  await expect(current.locator('.ant-form-item-explain-error')).toContainText('当前密码不正确');
  await shot(page, '60-profile');
});

test('the language switch turns the panel into English and back', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/users');
  await page.getByRole('button', { name: '切换语言' }).click();
  await settled(page.locator('.ant-dropdown:not(.ant-dropdown-hidden)'));
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Users', level: 4 })).toBeVisible();
  await expect(page.getByTestId('header-role')).toHaveText('System administrator');
  await expect(page.getByTestId('side-menu')).toContainText('Regions');
  await expect(page.getByText(/in total/)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await shot(page, '70-users-list-en');
  // The dropdown animates open: the choice waits for it to rest (a click mid-animation can be lost).
  await page.getByRole('button', { name: 'Language' }).click();
  await settled(page.locator('.ant-dropdown:not(.ant-dropdown-hidden)'));
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '用户管理', level: 4 })).toBeVisible();
});
