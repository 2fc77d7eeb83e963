import type { Request } from '@playwright/test';
import { apiAs, expect, test } from '../support/fixtures';
import { signIn } from '../support/helpers';

/**
 * Issue 13 item 4: a double-click on a dialog's confirm sends one request. 桂林市's 2031 责任分工表 is this
 * spec's own (responsibility-tables.spec works on 2026).
 */
test('double-clicking a workflow confirm sends one request and reports success only', async ({ page }) => {
  const gl = await apiAs('gl_city');
  const headers = { 'X-CSRF-Token': gl.csrf };
  const created = await gl.api.post('/api/responsibility-tables', { headers, data: { regionCode: '450300', year: 2031 } });
  expect(created.status(), await created.text()).toBe(201);
  const table = (await created.json()) as { id: number; version: number; rows: Array<Record<string, string>> };
  const rows = table.rows.map((r, i) => ({ ...r, name: `黄${i + 1}`, unit: '桂林市医疗保障局', title: '科长', phone: '0773-2801234' }));
  const saved = await gl.api.patch(`/api/responsibility-tables/${table.id}`, { headers, data: { rows, version: table.version } });
  expect(saved.status(), await saved.text()).toBe(200);
  await gl.api.dispose();

  await signIn(page, 'gl_city', `/responsibility-tables/show/${table.id}`);
  const submits: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/api/responsibility-tables/${table.id}/actions/submit`)) submits.push(r);
  });
  await page.getByTestId('workflow-action-submit').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('comment-modal-ok').dblclick();

  const notices = page.locator('.ant-notification-notice');
  await expect(notices.filter({ hasText: '已报送' })).toHaveCount(1);
  await expect(page.getByTestId('workflow-state').first()).toHaveText('已报送待审核');
  await expect(notices.filter({ hasText: '失败' })).toHaveCount(0);
  expect(submits).toHaveLength(1);
});

test('double-clicking 查看完整号码 reveals and audits once', async ({ page }) => {
  const { api } = await apiAs('lz_chengzhong');
  const [someone] = (await (await api.get('/api/beneficiaries', { params: { status: 'active', _start: 3, _end: 4 } })).json()) as Array<{ id: number }>;
  await api.dispose();

  await signIn(page, 'lz_chengzhong', `/beneficiaries/show/${someone.id}`);
  const reveals: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/api/beneficiaries/${someone.id}/reveal`)) reveals.push(r);
  });
  await page.getByTestId('reveal-button').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').fill('e2e：核对身份（双击）');
  await dialog.getByTestId('reveal-ok').dblclick();

  await expect(page.getByTestId('full-id').first()).toBeVisible();
  expect(reveals).toHaveLength(1);
});
