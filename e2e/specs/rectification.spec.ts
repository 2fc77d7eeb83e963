import { apiAs, expect, test } from '../support/fixtures';
import { choose, signIn, tableRows } from '../support/helpers';

/**
 * 过度保障治理 in the browser (issue 14). Each test sets up its own campaign (gx_province) and items over the API,
 * named uniquely, so the tests share nothing with each other or with the demo's campaigns and items.
 */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

async function createCampaign(name: string): Promise<number> {
  const { api, csrf } = await apiAs('gx_province');
  const res = await api.post('/api/rectification-campaigns', {
    headers: { 'X-CSRF-Token': csrf },
    data: { name, documentNo: '医保发〔2019〕57号', immediateDays: 30, transitionDueOn: '2020-12-31', startedOn: '2019-11-01' },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: number };
  await api.dispose();
  return id;
}

test('城中区 files an item, starts it and requests closure with a PDF; 柳州市 closes it', async ({ page }) => {
  const campaign = `专项治理 e2e ${Date.now()}`;
  await createCampaign(campaign);
  const title = `零自付政策 ${Date.now()}`;

  await signIn(page, 'lz_chengzhong', '/rectification-items/create');
  await choose(page, '专项治理', campaign);
  await choose(page, '问题类型', '个人零自付');
  // the category follows from the type: shown, never chosen
  await expect(page.getByTestId('derived-category')).toHaveText('立行立改');
  await page.locator('form').getByLabel('问题名称', { exact: true }).fill(title);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/rectification-items\/show\/\d+/);
  await expect(page.getByText(title).first()).toBeVisible();

  await page.getByTestId('workflow-action-start').click();
  await page.getByTestId('comment-modal-ok').click();
  await expect(page.getByTestId('workflow-action-request_closure')).toBeVisible();

  // evidence first: the API refuses 申请销号 without it
  const box = page.getByTestId('attachments');
  await box.locator('input[type=file]').setInputFiles({ name: '整改报告.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByTestId('attachment-list').locator('tr.ant-table-row')).toHaveCount(1);
  await page.getByTestId('workflow-action-request_closure').click();
  await page.getByTestId('comment-modal-ok').click();
  await expect(page.getByTestId('workflow-action-request_closure')).toHaveCount(0);
  await expect(page.locator('.ant-descriptions').getByText('申请销号')).toBeVisible();
  const url = page.url();

  // the unit cannot close its own item: its city does
  await page.context().clearCookies();
  await signIn(page, 'lz_city', new URL(url).pathname);
  await page.getByTestId('workflow-action-close').click();
  await page.getByTestId('comment-modal-ok').click();
  await expect(page.locator('.ant-descriptions').getByText('已销号')).toBeVisible();
  await expect(page.getByTestId('workflow-actions')).toHaveCount(0);
});

test('an overdue item: 城中区 asks for a new deadline (the action payload), 广西 puts it under 挂牌督办', async ({ page }) => {
  const campaignId = await createCampaign(`专项治理 e2e ${Date.now()}`);
  const title = `逾期事项 ${Date.now()}`;
  const county = await apiAs('lz_chengzhong');
  const res = await county.api.post('/api/rectification-items', {
    headers: { 'X-CSRF-Token': county.csrf },
    data: { campaignId, regionCode: '450202', problemType: 'zero_copay', title, identifiedOn: '2025-01-01' },
  });
  expect(res.status(), await res.text()).toBe(201);
  const item = (await res.json()) as { id: number; version: number; dueOn: string };
  expect(item.dueOn).toBe('2025-01-31');
  const started = await county.api.post(`/api/rectification-items/${item.id}/actions/start`, {
    headers: { 'X-CSRF-Token': county.csrf },
    data: { version: item.version },
  });
  expect(started.status(), await started.text()).toBeLessThan(300);
  await county.api.dispose();

  // the ledger shows it red, with the days past
  await signIn(page, 'lz_chengzhong', `/rectification-items?filters[0][field]=q&filters[0][operator]=eq&filters[0][value]=${encodeURIComponent(title)}`);
  const row = tableRows(page).filter({ hasText: title });
  await expect(row).toHaveClass(/yb-row-overdue/);
  await expect(row.getByTestId('overdue-tag')).toContainText('逾期');

  // 申请延期 asks for the new deadline the workflow declares
  await page.goto(`/rectification-items/show/${item.id}`);
  await page.getByTestId('workflow-action-request_extension').click();
  const dialog = page.getByTestId('comment-modal');
  await dialog.getByLabel('意见').fill('资金并转需财政配合');
  await page.getByTestId('comment-modal-ok').click();
  await expect(dialog.getByText('请填写申请延期至')).toBeVisible();
  await page.getByTestId('payload-dueOn').fill('2027-06-30');
  // Enter in the picker takes the date and submits the dialog, as Enter does in its comment's form
  await page.getByTestId('payload-dueOn').press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('requested-due-on')).toHaveText('2027-06-30');
  await expect(page.getByTestId('due-on')).toHaveText('2025-01-31');
  await expect(page.getByTestId('workflow-history-payload')).toHaveText('申请延期至：2027-06-30');

  // 挂牌督办: the province only
  await expect(page.getByTestId('supervise-open')).toHaveCount(0);
  await page.context().clearCookies();
  await signIn(page, 'gx_province', `/rectification-items/show/${item.id}`);
  await expect(page.getByTestId('overdue-tag')).toBeVisible();
  await page.getByTestId('supervise-open').click();
  await page.getByTestId('supervise-letter').fill('桂医保督〔2026〕1号');
  await page.getByTestId('supervise-ok').click();
  await expect(page.getByTestId('supervision')).toContainText('桂医保督〔2026〕1号');
  await expect(page.getByTestId('supervise-open')).toHaveCount(0);
});

test('广西 sets up a campaign and edits its deadline; a county reads it but may not create one', async ({ page }) => {
  const name = `过度保障问题专项治理 ${Date.now()}`;
  await signIn(page, 'gx_province', '/rectification-campaigns/create');
  const form = page.locator('form');
  await form.getByLabel('名称', { exact: true }).fill(name);
  await form.getByLabel('文号', { exact: true }).fill('医保发〔2019〕57号');
  await form.getByLabel('启动日期', { exact: true }).fill('2019-11-01');
  await form.getByLabel('启动日期', { exact: true }).press('Enter');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/rectification-campaigns$/);
  const row = tableRows(page).filter({ hasText: name });
  await expect(row).toContainText('2020-12-31');
  await expect(row).toContainText('30');
  await expect(page.getByRole('button', { name: /新\s*建/ })).toBeVisible();

  await row.getByRole('button').click();
  await expect(page).toHaveURL(/\/rectification-campaigns\/edit\/\d+/);
  await page.locator('form').getByLabel('立行立改期限（天）', { exact: true }).fill('15');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(tableRows(page).filter({ hasText: name })).toContainText('15');

  await page.context().clearCookies();
  await signIn(page, 'lz_chengzhong', '/rectification-campaigns');
  await expect(tableRows(page).filter({ hasText: name })).toBeVisible();
  await expect(page.getByRole('button', { name: /新\s*建/ })).toHaveCount(0);
});
