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

/** An item 城中区 files for itself over the API (its data as the API answers). */
async function fileItem(data: Record<string, unknown>): Promise<{ id: number; version: number; dueOn: string }> {
  const { api, csrf } = await apiAs('lz_chengzhong');
  const res = await api.post('/api/rectification-items', { headers: { 'X-CSRF-Token': csrf }, data: { regionCode: '450202', ...data } });
  expect(res.status(), await res.text()).toBe(201);
  const item = (await res.json()) as { id: number; version: number; dueOn: string };
  await api.dispose();
  return item;
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

  await row.locator('.refine-edit-button').click();
  await expect(page).toHaveURL(/\/rectification-campaigns\/edit\/\d+/);
  await page.locator('form').getByLabel('立行立改期限（天）', { exact: true }).fill('15');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(tableRows(page).filter({ hasText: name })).toContainText('15');

  await page.context().clearCookies();
  await signIn(page, 'lz_chengzhong', '/rectification-campaigns');
  await expect(tableRows(page).filter({ hasText: name })).toBeVisible();
  await expect(page.getByRole('button', { name: /新\s*建/ })).toHaveCount(0);
});

test('城中区 edits an item’s facts: the deadline only earlier; the English UI names the responsibility in English', async ({ page }) => {
  const campaignId = await createCampaign(`专项治理 e2e ${Date.now()}`);
  // 2024: no responsibility table of that year, so the page shows the role itself
  const item = await fileItem({ campaignId, problemType: 'zero_copay', title: `待修改事项 ${Date.now()}`, identifiedOn: '2024-03-01' });
  expect(item.dueOn).toBe('2024-03-31');
  const title = `已修改事项 ${Date.now()}`;

  await signIn(page, 'lz_chengzhong', `/rectification-items/show/${item.id}`);
  await page.getByTestId('edit-item').click();
  await expect(page).toHaveURL(new RegExp(`/rectification-items/edit/${item.id}$`));
  const form = page.locator('form');
  await form.getByLabel('问题名称', { exact: true }).fill(title);
  await choose(page, '责任分工', '经办机构直接负责人');
  // the picker offers no day after the default deadline (a later one is 申请延期), nor before the day found
  const picker = form.getByLabel('整改期限', { exact: true });
  await picker.click();
  const panel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
  await expect(panel.locator('td[title="2024-04-01"]')).toHaveClass(/ant-picker-cell-disabled/);
  await expect(panel.locator('td[title="2024-02-29"]')).toHaveClass(/ant-picker-cell-disabled/);
  await expect(panel.locator('td[title="2024-03-20"]')).not.toHaveClass(/ant-picker-cell-disabled/);
  await panel.locator('td[title="2024-03-20"]').click();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(new RegExp(`/rectification-items/show/${item.id}$`));
  await expect(page.getByTestId('due-on')).toHaveText('2024-03-20');
  await expect(page.getByText(title).first()).toBeVisible();
  await expect(page.locator('.ant-descriptions').first()).toContainText('经办机构直接负责人');

  // a later deadline sent anyway (a stale tab, a hand-made request) is refused by the API, naming dueOn
  const { api, csrf } = await apiAs('lz_chengzhong');
  const fresh = (await (await api.get(`/api/rectification-items/${item.id}`)).json()) as { version: number };
  const later = await api.patch(`/api/rectification-items/${item.id}`, {
    headers: { 'X-CSRF-Token': csrf },
    data: { dueOn: '2024-04-15', version: fresh.version },
  });
  expect(later.status()).toBe(400);
  expect(await later.text()).toContain('dueOn');
  await api.dispose();

  // the role is a code list with English labels: the English UI says it in English
  await page.evaluate(() => localStorage.setItem('yibao.locale', 'en-US'));
  await page.reload();
  await expect(page.locator('.ant-descriptions').first()).toContainText('Handling agency: officer directly responsible');
  await expect(page.locator('.ant-descriptions').first()).not.toContainText('经办机构直接负责人');
});

test('广西 opens a campaign: its items by state and category, no delete while it has items, deletes an empty one', async ({ page }) => {
  const name = `专项治理 e2e ${Date.now()}`;
  const campaignId = await createCampaign(name);
  await fileItem({ campaignId, problemType: 'zero_copay', title: `立行立改事项 ${Date.now()}` });
  await fileItem({ campaignId, problemType: 'special_treatment', title: `平稳过渡事项 ${Date.now()}` });
  const empty = `空专项治理 e2e ${Date.now()}`;
  const emptyId = await createCampaign(empty);

  await signIn(page, 'gx_province', `/rectification-campaigns/show/${campaignId}`);
  await expect(page.locator('.ant-descriptions').first()).toContainText('医保发〔2019〕57号');
  const counts = page.getByTestId('campaign-counts');
  // columns: state, 立行立改, 平稳过渡, 合计
  const waiting = tableRows(counts).filter({ hasText: '待整改' }).locator('td');
  await expect(waiting.nth(1)).toHaveText('1');
  await expect(waiting.nth(2)).toHaveText('1');
  await expect(waiting.nth(3)).toHaveText('2');
  await expect(tableRows(counts).filter({ hasText: '整改中' }).locator('td').nth(3)).toHaveText('0');

  // 删除 is refused while the campaign has items: the API's reason is shown, the campaign stays
  await page.getByTestId('delete-campaign').click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /删\s*除/ })
    .click();
  await expect(page.getByText('该专项治理下已有整改事项，不能删除')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/rectification-campaigns/show/${campaignId}$`));

  // a count opens the ledger filtered to it
  await waiting.nth(3).getByRole('link').click();
  await expect(page).toHaveURL(/\/rectification-items\?/);
  await expect(tableRows(page)).toHaveCount(2);

  await page.goto(`/rectification-campaigns/show/${emptyId}`);
  await expect(page.locator('.ant-descriptions').first()).toContainText(empty);
  await page.getByTestId('delete-campaign').click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /删\s*除/ })
    .click();
  await expect(page).toHaveURL(/\/rectification-campaigns$/);
  await expect(tableRows(page).filter({ hasText: empty })).toHaveCount(0);

  // a county reads the campaign but has neither 编辑 nor 删除
  await page.context().clearCookies();
  await signIn(page, 'lz_chengzhong', `/rectification-campaigns/show/${campaignId}`);
  await expect(page.locator('.ant-descriptions').first()).toContainText(name);
  await expect(page.getByTestId('delete-campaign')).toHaveCount(0);
  await expect(page.locator('.refine-edit-button')).toHaveCount(0);
});
