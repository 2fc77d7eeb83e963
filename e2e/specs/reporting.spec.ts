import { apiAs, expect, seriousA11yViolations, shot, test } from '../support/fixtures';
import { signIn } from '../support/helpers';

/**
 * 报送任务 in the browser (issue 15): 柳州市 submits its quarterly statistics with the report attached; the province
 * reads the duty × region matrix and completeness / timeliness by region. The data (2032-Q1, 2034) belong to this file only.
 */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

test('柳州市 submits its quarterly statistics with a report; the province sees it in the matrix', async ({ page }) => {
  const { api } = await apiAs('lz_city');
  const listed = await api.get('/api/reporting-tasks?duty=quarterly_statistics&regionCode=450200&period=2032-Q1');
  expect(listed.status(), await listed.text()).toBe(200);
  const [task] = (await listed.json()) as Array<{ id: number }>;
  await api.dispose();

  await signIn(page, 'lz_city', '/reporting-tasks');
  await page.getByTestId('filter-period').fill('2032-Q1');
  await page.getByTestId('filter-submit').click();
  await page.getByTestId(`reporting-submit-${task.id}`).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByTestId('attachments')
    .locator('input[type=file]')
    .setInputFiles({ name: '2032年一季度调度统计.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(dialog.getByTestId('attachment-list').locator('tr.ant-table-row')).toHaveCount(1);
  await shot(page, '160-reporting-submit');
  await page.getByTestId('reporting-submit-ok').click();
  // the dialog fades out after the answer: an accessibility scan during the fade reads its faded button
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId(`reporting-submit-${task.id}`)).toHaveCount(0);
  const row = page.getByTestId('reporting-tasks-table').locator('tr.ant-table-row').filter({ hasText: '柳州市' }).filter({ hasText: '季度调度统计' });
  await expect(row).toContainText('已报送');
  await expect(row).toContainText('上传材料报送');
  expect(await seriousA11yViolations(page), '/reporting-tasks').toEqual([]);

  await signIn(page, 'gx_province', '/reporting?year=2032');
  const matrix = page.getByTestId('reporting-matrix');
  await expect(matrix.getByRole('columnheader', { name: '柳州市' })).toBeVisible();
  // 柳州市's quarterly statistics: its own Q1 on time; 柳州市 and its 10 counties × 4 quarters expected
  await expect(page.getByTestId('matrix-quarterly_statistics').getByTestId('matrix-cell').first()).toBeVisible();
  await expect(page.getByTestId('reporting-completeness-chart')).toBeVisible();
  await expect(page.getByTestId('reporting-table').locator('tr.ant-table-row').filter({ hasText: '柳州市' })).toBeVisible();
  expect(await seriousA11yViolations(page), '/reporting').toEqual([]);
  await shot(page, '161-reporting-dashboard');
});

/**
 * 报送时限: 柳州市 sets its 2034 quarterly statistics due 20 days after the quarter, with its source, and submits it;
 * the province approves; 城中区's 2034 task then falls due on 20 April. The year 2034 belongs to this file only.
 */
test('柳州市 sets a due rule with its source; once the province approves, its counties’ tasks follow it', async ({ page }) => {
  await signIn(page, 'lz_city', '/reporting-tasks');
  await page.getByTestId('reporting-due-rules-link').click();
  await expect(page).toHaveURL(/\/reporting-due-rules$/);
  await page.goto('/reporting-due-rules/create');
  await page.getByLabel('年度').fill('2034');
  const quarterly = page.getByTestId('due-rule-quarterly_statistics');
  await quarterly.getByRole('checkbox').check();
  await quarterly.getByLabel('期末后天数').fill('20');
  await quarterly.getByLabel('依据文件').fill('柳州市医疗保障局 2034 年季度调度统计于季后20日前报送');
  expect(await seriousA11yViolations(page), '/reporting-due-rules/create').toEqual([]);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/reporting-due-rules\/show\/\d+/);
  const rules = page.getByTestId('due-rules-table');
  await expect(rules.locator('tr', { hasText: '季度调度统计' })).toContainText('期末后 20 天内');
  await expect(rules.locator('tr', { hasText: '季度调度统计' })).toContainText('2034-04-20');
  await expect(rules.locator('tr', { hasText: '按月比对' })).toContainText('沿用上级或默认');
  expect(await seriousA11yViolations(page), '/reporting-due-rules/show').toEqual([]);
  await shot(page, '162-reporting-due-rules');
  // the saved notice (top right) and the fixed header may cover the action bar
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByTestId('workflow-action-submit').dispatchEvent('click');
  await page.getByRole('dialog').getByRole('button', { name: '报省审批' }).click();
  await expect(page.getByTestId('workflow-action-submit')).toHaveCount(0);
  const url = page.url();

  await signIn(page, 'gx_province', new URL(url).pathname);
  await page.getByTestId('workflow-action-approve').dispatchEvent('click');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^批\s?准$/ })
    .click();
  await expect(page.getByTestId('workflow-action-approve')).toHaveCount(0);

  const { api } = await apiAs('lz_chengzhong');
  const listed = await api.get('/api/reporting-tasks?duty=quarterly_statistics&regionCode=450202&period=2034-Q1');
  expect(listed.status(), await listed.text()).toBe(200);
  expect(await listed.json()).toEqual([expect.objectContaining({ dueOn: '2034-04-20', dueSource: expect.stringContaining('季后20日前') })]);
  await api.dispose();
});
