import type { Page } from '@playwright/test';
import * as fs from 'node:fs';
import { DEMO_PASSWORD, apiAs, confirmPopconfirm, createUser, expect, login, logout, menuEntries, shot, test } from '../support/fixtures';
import { choose } from '../support/helpers';

/** Picks a region in the RegionTreeSelect labelled `label` by searching its (unique) name. */
async function chooseRegion(page: Page, label: string, name: string) {
  const input = page.locator('form').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(name);
  await page.locator(`.ant-select-tree-node-content-wrapper[title="${name}"]`).click();
}

test.describe.serial('a user created by the system admin', () => {
  const username = `e2e_new_${Date.now().toString(36)}`;
  const displayName = '柳南区医保局 测试员';
  const password = 'Liunan#2026ok';
  let userId = '';

  test('is created through the form', async ({ page }) => {
    await login(page, 'admin');
    await page.goto('/users');
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page).toHaveURL(/\/users\/create/);
    // the list stays on screen while the form's chunk loads, and its 用户名 column header carries the same label
    await page.locator('form').getByLabel('用户名', { exact: true }).fill(username);
    await page.locator('form').getByLabel('姓名', { exact: true }).fill(displayName);
    await choose(page, '角色', '县级医保局');
    await chooseRegion(page, '所属区划', '柳南区');
    await page.getByLabel('初始密码', { exact: true }).fill(password);
    await expect(page.getByTestId('password-policy')).toContainText('密码至少 8 位');
    await shot(page, '30-users-create');
    await page.getByRole('button', { name: '保存' }).click();

    await expect(page).toHaveURL(/\/users\/show\/\d+/);
    userId = /\/users\/show\/(\d+)/.exec(page.url())![1];
    await expect(page.getByText(displayName).first()).toBeVisible();
    await expect(page.getByText('柳南区').first()).toBeVisible();
    await shot(page, '31-users-show');
  });

  test('cannot sign in until the security admin authorises its role', async ({ page }) => {
    const anon = await page.context().request.post('/api/auth/login', { data: { username, password } });
    expect(anon.status()).toBe(401);
    await login(page, 'security');
    await page.goto(`/users?filters[0][field]=q&filters[0][operator]=eq&filters[0][value]=${username}`);
    const row = page.locator('tr.ant-table-row').filter({ hasText: username });
    await expect(row.getByTestId(`unauthorized-${username}`)).toBeVisible();
    await row.getByTestId(`authorize-${username}`).click();
    await confirmPopconfirm(page, page.locator('.ant-notification-notice').filter({ hasText: '已授权' }));
    await expect(row.getByTestId(`unauthorized-${username}`)).toHaveCount(0);
    await logout(page);
  });

  test('then signs in with the initial password and must change it first', async ({ page }) => {
    await login(page, username, password);
    await expect(page).toHaveURL(/\/profile/);
    await expect(page.getByTestId('must-change-password')).toBeVisible();
    await page.getByLabel('当前密码', { exact: true }).fill(password);
    await page.getByLabel('新密码', { exact: true }).fill('Liunan#Own2026x');
    await page.getByLabel('确认新密码', { exact: true }).fill('Liunan#Own2026x');
    await page.getByRole('button', { name: '确认修改' }).click();
    await expect(page).not.toHaveURL(/\/profile/);
    await expect(page.getByTestId('header-user')).toHaveText(displayName);
    await expect(page.getByTestId('header-role')).toHaveText('县级医保局');
    await expect(page.getByTestId('header-region')).toContainText('柳南区');
    await expect(menuEntries(page)).toHaveText([
      '待办事项',
      ...['合规概览', '合规记分卡', '跟进事项', '冻结记录'],
      ...['帮扶对象台账', '按月比对', '核查任务', '资助参保标准', '参保率', '月通报'],
      ...['政策参数', '结算试算', '就医结算', '结算导入', '门诊特慢病认定', '高额费用预警', '预警月度推送', '三重制度统计'],
      ...['责任分工表', '报送任务', '报送情况', '督导检查'],
      ...['整改台账', '整改看板', '专项治理'],
      ...['线索管理', '案件办理', '定点医药机构', '案件统计'],
      ...['规则库', '智能监控筛查', '疑点审核', '双随机抽查'],
      '行政区划',
      '个人中心',
    ]);
    await logout(page);
  });

  test('and the audit admin finds the creation in the audit log', async ({ page }) => {
    await login(page, 'auditor');
    await page.goto('/audit-logs');
    await choose(page, '操作类型', '新建');
    await choose(page, '对象类型', '用户');
    await page.getByLabel('对象编号', { exact: true }).fill(userId);
    await page.getByTestId('filter-submit').click();
    const row = page.locator('tr.ant-table-row').first();
    await expect(row).toContainText('admin');
    await expect(row).toContainText('新建');
    await expect(row).toContainText(userId);
    await expect(page.locator('tr.ant-table-row')).toHaveCount(1);
    await shot(page, '40-audit-logs-list');

    await row.getByRole('button', { name: '查看' }).click();
    await expect(page).toHaveURL(/\/audit-logs\/show\/\d+/);
    const diff = page.getByTestId('audit-diff');
    await expect(diff).toContainText(username);
    await expect(diff).toContainText(displayName);
    await shot(page, '41-audit-logs-show');

    await page.goto('/audit-logs');
    await page.getByTestId('verify-chain').click();
    await expect(page.getByTestId('verify-result')).toContainText('哈希链完整');
    await shot(page, '42-audit-logs-verify');

    // a signed checkpoint downloaded, then sent back: the chain is checked against it; an altered one is refused
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-checkpoint').click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-checkpoint-\d+\.json$/);
    const checkpointFile = await download.path();
    const upload = page.locator('input[type=file]');
    await upload.setInputFiles(checkpointFile);
    await expect(page.getByTestId('verify-result')).toContainText('哈希链完整');
    await expect(page.getByTestId('verify-result')).toContainText('已对照 1 个检查点');
    const checkpoint = JSON.parse(fs.readFileSync(checkpointFile, 'utf8'));
    await upload.setInputFiles({
      name: 'forged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...checkpoint, headId: checkpoint.headId + 100 })),
    });
    await expect(page.getByTestId('verify-result')).toContainText('签名不符');

    // the time window and a part of the username, read from the address and sent again by the filter card
    const window = (from: Date) =>
      `/audit-logs?filters[0][field]=resourceId&filters[0][operator]=eq&filters[0][value]=${userId}` +
      `&filters[1][field]=at&filters[1][operator]=gte&filters[1][value]=${encodeURIComponent(from.toISOString())}` +
      `&filters[2][field]=action&filters[2][operator]=eq&filters[2][value]=create&filters[3][field]=resource&filters[3][operator]=eq&filters[3][value]=users`;
    const tomorrow = new Date(Date.now() + 86_400_000);
    await page.goto(window(tomorrow));
    await expect(page.locator('.ant-table-tbody .ant-empty')).toBeVisible();
    await expect(page.locator('tr.ant-table-row')).toHaveCount(0);
    // the picker shows it in the browser's time zone (Asia/Shanghai, playwright.config.ts)
    const shown = new Date(tomorrow.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    await expect(page.locator('.ant-picker-range input').first()).toHaveValue(shown);
    await page.goto(window(new Date(Date.now() - 3_600_000)));
    await expect(page.locator('tr.ant-table-row')).toHaveCount(1);
    await page.getByLabel('操作人', { exact: true }).fill('dmi');
    await page.getByTestId('filter-submit').click();
    await expect(page).toHaveURL(/field%5D=username&filters%5B\d%5D%5Boperator%5D=contains|field\]=username&filters\[\d\]\[operator\]=contains/);
    await expect(page).toHaveURL(/operator(%5D|\])=gte/);
    await expect(page.locator('tr.ant-table-row')).toHaveCount(1);
    await page.getByLabel('操作人', { exact: true }).fill('nobody-such');
    await page.getByTestId('filter-submit').click();
    await expect(page.locator('tr.ant-table-row')).toHaveCount(0);
  });
});

test('a taken username is reported under the username field', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/users/create');
  await page.getByLabel('用户名', { exact: true }).fill('lz_city');
  await page.getByLabel('姓名', { exact: true }).fill('重名测试');
  await choose(page, '角色', '市级医保局');
  await chooseRegion(page, '所属区划', '柳州市');
  await page.getByLabel('初始密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '保存' }).click();
  const usernameItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('用户名', { exact: true }) });
  await expect(usernameItem.locator('.ant-form-item-explain-error')).toContainText('已存在');
  await expect(page).toHaveURL(/\/users\/create/);
});

test('the users list filters by role and by region subtree', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/users');
  await choose(page, '角色', '市级医保局');
  await page.getByTestId('filter-submit').click();
  await expect(page.locator('tr.ant-table-row')).toHaveCount(2);
  await expect(page.locator('tr.ant-table-row').first()).toContainText('lz_city');

  await page.getByTestId('filter-reset').click();
  await chooseRegion(page, '所属区划', '桂林市');
  await page.getByTestId('filter-submit').click();
  // gl_city, gl_head, gl_inspector
  await expect(page.locator('tr.ant-table-row')).toHaveCount(3);
  await expect(page.locator('tr.ant-table-row').first()).toContainText('gl_city');
  await expect(page).toHaveURL(/regionCode/);
  await page.getByTestId('filter-reset').click();
  await expect(page.locator('tr.ant-table-row').first()).toContainText('admin');
  await shot(page, '32-users-list');
});

test('saving over someone else’s change says so and offers to reload', async ({ page }) => {
  const user = await createUser('e2e_stale');
  await login(page, 'admin');
  await page.goto(`/users/edit/${user.id}`);
  const name = page.getByLabel('姓名', { exact: true });
  await expect(name).toHaveValue(user.displayName);

  // Someone else saves first.
  const { api, csrf } = await apiAs('admin');
  const res = await api.patch(`/api/users/${user.id}`, { headers: { 'X-CSRF-Token': csrf }, data: { displayName: '他人修改后的姓名', version: user.version } });
  expect(res.status()).toBe(200);
  await api.dispose();

  await name.fill('我的修改');
  await page.getByRole('button', { name: '保存' }).click();
  const notice = page.locator('.ant-notification-notice').filter({ hasText: '该记录已被他人修改' });
  await expect(notice).toBeVisible();
  await shot(page, '33-users-edit-stale');
  await notice.getByTestId('stale-reload').click();
  await expect(name).toHaveValue('他人修改后的姓名');
});

test('the security admin unlocks a locked account', async ({ page }) => {
  const user = await createUser('e2e_unlock');
  const anon = await page.context().request;
  for (let i = 0; i < 5; i++) await anon.post('/api/auth/login', { data: { username: user.username, password: 'Wrong#pass1' } });

  await login(page, 'security');
  await page.goto(`/users?filters[0][field]=q&filters[0][operator]=eq&filters[0][value]=${user.username}`);
  const row = page.locator('tr.ant-table-row').filter({ hasText: user.username });
  await expect(row).toContainText('已锁定');
  // The security admin unlocks and disables; creating, editing and password resets are not theirs.
  await expect(row.getByRole('button', { name: '编辑' })).toHaveCount(0);
  await expect(row.getByRole('button', { name: '重置密码' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '新建' })).toHaveCount(0);
  await shot(page, '34-users-list-security');
  await row.getByTestId(`unlock-${user.username}`).click();
  await confirmPopconfirm(page, page.locator('.ant-notification-notice').filter({ hasText: '账号已解锁' }));
  await expect(row).not.toContainText('已锁定');

  await logout(page);
  await login(page, user.username);
});

test('a new administrator account waits for a second administrator, who confirms it on the confirmations page', async ({ page }) => {
  const username = `e2e_aud_${Date.now().toString(36)}`;
  const { api, csrf } = await apiAs('admin');
  const proposed = await api.post('/api/users', {
    headers: { 'X-CSRF-Token': csrf },
    data: { username, displayName: '第二审计管理员', password: 'Audit#Second2026', role: 'audit_admin', regionCode: '000000' },
  });
  expect(proposed.status(), await proposed.text()).toBe(202);
  const { pendingChange } = (await proposed.json()) as { pendingChange: { id: number } };
  await api.dispose();

  // the proposer sees it pending, and may withdraw it but not confirm it
  await login(page, 'admin');
  await page.goto('/user-changes');
  const mine = page.locator('tr.ant-table-row').filter({ hasText: username });
  await expect(mine).toContainText('待确认');
  await expect(mine.getByTestId(`confirm-change-${pendingChange.id}`)).toHaveCount(0);
  await expect(mine.getByTestId(`reject-change-${pendingChange.id}`)).toBeVisible();
  await logout(page);

  await login(page, 'security');
  await page.goto('/user-changes');
  const row = page.locator('tr.ant-table-row').filter({ hasText: username });
  await expect(row).toContainText('审计管理员');
  await shot(page, '35-user-changes-pending');
  await row.getByTestId(`confirm-change-${pendingChange.id}`).click();
  await confirmPopconfirm(page, page.locator('.ant-notification-notice').filter({ hasText: '变更已确认生效' }));
  await expect(row).toContainText('已确认生效');
  await logout(page);

  // the account exists now, and its user changes the password an administrator chose before anything else
  await login(page, username, 'Audit#Second2026');
  await expect(page).toHaveURL(/\/profile/);
  await expect(page.getByTestId('must-change-password')).toBeVisible();
});
