import type { FraudSuspicionListItem, ScreeningRunSummary } from '../../shared/src';
import { JOB_TIMEOUT, expect, shot, test } from '../support/fixtures';
import { actionDialog, choose, signIn, tableRows, workflowAction } from '../support/helpers';

/**
 * 智能监控 in the browser (issue 17): 柳州市 runs every rule over its 2026 settlements again (a full read), follows the
 * run to its counts per rule and opens a rule's 疑点 in the queue; 柳州's inspector claims 疑点, works one through
 * 初审 and 复审 to the institution's 申诉, reads the settlements behind it, and dismisses two others in one bulk
 * decision with the reason code. The demo's own run has found the planted cases before the browser starts.
 */

test('柳州市 runs every rule over 2026, reads the counts per rule and opens a rule’s 疑点', async ({ page }) => {
  await signIn(page, 'lz_city', '/screening-runs');
  await page.getByTestId('screening-run-open').click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('form-modal-ok') });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('screening-run-year').fill('2026');
  await dialog.getByTestId('screening-run-full').check();
  await dialog.getByTestId('form-modal-ok').click();

  await expect(page).toHaveURL(/\/screening-runs\/show\/\d+/);
  const jobId = Number(/\/show\/(\d+)/.exec(page.url())![1]);
  await expect(page.getByTestId('screening-run-status')).toHaveText('已完成', { timeout: JOB_TIMEOUT });
  const job = (await (await page.request.get(`/api/screening-runs/${jobId}`)).json()) as { result: ScreeningRunSummary };
  expect(job.result.rules).toHaveLength(10);
  // the demo's run found these already: a full read finds them again (other specs may add settlements of their own)
  const split = job.result.rules.find((l) => l.ruleId === 'split_admission')!;
  expect(split.hits).toBeGreaterThan(0);

  const rules = page.getByTestId('screening-run-rules');
  await expect(tableRows(rules)).toHaveCount(10);
  const row = tableRows(rules).filter({ hasText: '分解住院' });
  await expect(row).toContainText(String(split.hits));
  await shot(page, '71-screening-run');
  await row.getByTestId('screening-run-suspicions').click();
  await expect(page).toHaveURL(/\/fraud-suspicions\?.*split_admission/);
  // the queue is filtered to the rule: every row on the page is a 分解住院 疑点, none of another rule
  const queue = page.locator('tr.ant-table-row');
  await expect(queue.first()).toContainText('分解住院');
  await expect(queue.filter({ hasNotText: '分解住院' })).toHaveCount(0);
});

test('柳州’s inspector claims 疑点, takes one to the institution’s appeal and dismisses two in one bulk decision', async ({ page }) => {
  await signIn(page, 'lz_inspector', '/fraud-suspicions');
  await expect(page.locator('tr.ant-table-row').first()).toBeVisible();
  await page.getByTestId('suspicion-claim').click();
  await expect.poll(async () => Number((await page.request.get('/api/fraud-suspicions?claimed=mine&_end=1')).headers()['x-total-count'])).toBeGreaterThan(0);

  const pending = (await (await page.request.get('/api/fraud-suspicions?state=pending&_end=20')).json()) as FraudSuspicionListItem[];
  expect(pending.length).toBeGreaterThanOrEqual(3);
  const [worked, ...rest] = pending;
  expect(worked.idNumber ?? '').not.toMatch(/^\d{17}[\dX]$/);

  await page.goto(`/fraud-suspicions/show/${worked.id}`);
  await expect(page.getByTestId('suspicion-settlements')).toBeVisible();
  await expect(page.getByTestId('suspicion-settlements')).not.toContainText(/\d{17}[\dX]/);
  await workflowAction(page, 'start_review');
  await workflowAction(page, 'confirm_first', (d) => d.getByRole('textbox').fill('初审：结算清单与病案首页一致'));
  await workflowAction(page, 'confirm_second', (d) => d.getByRole('textbox').fill('复审确认，告知机构申诉'));
  await expect(page.locator('.ant-descriptions').getByText('机构申诉期', { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('workflow-action-close_appeal')).toBeVisible();
  await shot(page, '72-suspicion');

  // two more, dismissed together with the reason code
  const [a, b] = rest;
  await page.goto('/fraud-suspicions');
  for (const id of [a.id, b.id]) await page.getByRole('checkbox', { name: `选择疑点 #${id}` }).check();
  await page.getByTestId('bulk-dismiss').click();
  const dialog = actionDialog(page);
  await expect(page.getByTestId('comment-modal-ok')).toBeVisible();
  await choose(page, dialog.getByLabel('排除原因', { exact: true }), '数据错误');
  await dialog.getByRole('textbox').fill('医院上传的结算数据有误，已更正');
  await page.getByTestId('comment-modal-ok').click();
  const outcome = page.getByTestId('bulk-outcome');
  await expect(outcome.getByTestId('bulk-success')).toHaveCount(2);
  for (const id of [a.id, b.id]) {
    const record = (await (await page.request.get(`/api/fraud-suspicions/${id}`)).json()) as FraudSuspicionListItem;
    expect(record).toMatchObject({ state: 'dismissed', dismissReason: 'data_error' });
  }
});
