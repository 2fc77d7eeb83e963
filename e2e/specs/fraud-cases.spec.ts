import type { Locator, Page } from '@playwright/test';
import { closeNotices, expect, shot, test } from '../support/fixtures';
import { choose, signIn, workflowAction } from '../support/helpers';

/**
 * 欺诈骗保 from clue to closure in the browser (issue 16; 国家医保局令第4号): 柳州's inspector logs a clue and verifies
 * it; the bureau head files the case with two certified officers; the officers investigate and send it to legal review
 * by 柳州市医保局, which passes it; the officers notify the party, the head decides (the statement window waived), the
 * officers serve the decision and record the payments, and the head closes the case.
 */

/** Picks options of a select in the dialog by their exact labels (one for a single choice, several for a multiple one). */
async function pick(page: Page, dialog: Locator, label: string, ...options: string[]): Promise<void> {
  await choose(page, dialog.getByLabel(label, { exact: true }), options[0]);
  // a multiple choice stays open: the further options are in the same list
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])');
  for (const option of options.slice(1)) await open.getByText(option, { exact: true }).click();
  // close the options by clicking the dialog's title (Escape would close the dialog too)
  await dialog.locator('.ant-modal-title').click();
}

async function fillDate(dialog: Locator, field: string, date: string): Promise<void> {
  await dialog.getByTestId(`payload-${field}`).fill(date);
  // leaving the field keeps the typed date (Enter would also submit a one-field dialog)
  await dialog.locator('.ant-modal-title').click();
}

const state = (page: Page, label: string) => expect(page.locator('.ant-descriptions').getByText(label, { exact: true }).first()).toBeVisible();

test('an inspector files a case from a clue; two officers investigate, legal review passes, the head decides, the case is executed and closed', async ({
  page,
}) => {
  const marker = `e2e-${Date.now().toString(36)}`;
  // the clue: logged by the inspector about a registered hospital (its name comes from the registry)
  await signIn(page, 'lz_inspector', '/fraud-clues/create');
  await choose(page, '线索来源', '投诉举报');
  await page.getByTestId('clue-summary').fill(`群众举报住院部夜间病房空置，疑似挂床住院（${marker}）`);
  await choose(page, '涉及对象类型', '定点医药机构');
  await page.getByTestId('clue-institution-code').fill('H45020200001');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/fraud-clues\/show\/\d+/);
  await expect(page.getByText('柳州市工人医院').first()).toBeVisible();
  await workflowAction(page, 'verify');
  await state(page, '核查中');
  // filing is the head's (令第4号 art. 15): the inspector has no such button
  await expect(page.getByTestId('workflow-action-file')).toHaveCount(0);
  const cluePath = new URL(page.url()).pathname;

  await page.context().clearCookies();
  await signIn(page, 'lz_head', cluePath);
  await workflowAction(page, 'file', async (dialog) => {
    await pick(page, dialog, '承办人员', '柳州市医保基金稽查员（稽查员 · 柳州市）', '柳州市医保基金稽查员（二）（稽查员 · 柳州市）');
    await pick(page, dialog, '案由', '挂床住院');
    await dialog.getByTestId('payload-amountInvolved').fill('20000');
    await fillDate(dialog, 'conductEndedOn', '2026-06-30');
  });
  await closeNotices(page); // the filing's notice may cover the link
  await page.getByTestId('clue-case-link').click();
  await expect(page).toHaveURL(/\/fraud-cases\/show\/\d+/);
  await expect(page.getByRole('heading').filter({ hasText: '柳州市工人医院涉嫌挂床住院案' }).first()).toBeVisible();
  const casePath = new URL(page.url()).pathname;

  // the officers investigate and ask 柳州市医保局 for the legal review (a reviewer who is not one of them)
  await page.context().clearCookies();
  await signIn(page, 'lz_inspector', casePath);
  await workflowAction(page, 'start_investigation');
  await workflowAction(page, 'request_review', (dialog) => pick(page, dialog, '法制审核人员', '柳州市医保局（市级医保局 · 柳州市）'));
  await state(page, '法制审核');

  await page.context().clearCookies();
  await signIn(page, 'lz_city', casePath);
  await workflowAction(page, 'pass_review');

  // the notice: fine 1.5× the loss (条例 art. 38: 1–2×), recovery of the loss
  await page.context().clearCookies();
  await signIn(page, 'lz_inspector', casePath);
  await workflowAction(page, 'notify', async (dialog) => {
    await dialog.getByTestId('payload-noticeNo').fill(`柳医保罚告〔2026〕${marker}`);
    await dialog.getByTestId('payload-proposedFine').fill('30000');
    await dialog.getByTestId('payload-proposedRecoup').fill('20000');
  });
  await state(page, '已告知');

  // the decision: the head's, within the notified amounts, the tier and its reason stated
  await page.context().clearCookies();
  await signIn(page, 'lz_head', casePath);
  await workflowAction(page, 'decide', async (dialog) => {
    await pick(page, dialog, '处理决定类型', '给予行政处罚');
    await dialog.getByTestId('payload-decisionNo').fill(`柳医保罚〔2026〕${marker}`);
    await dialog.getByTestId('payload-fine').fill('30000');
    await dialog.getByTestId('payload-recoup').fill('20000');
    await pick(page, dialog, '裁量阶次', '一般');
    await dialog.getByTestId('payload-discretionReason').fill('初次违法，主动退回部分违规费用');
    await dialog.getByTestId('payload-statementWaived').click();
  });
  await state(page, '已决定');
  await expect(page.getByRole('heading').filter({ hasText: '柳州市工人医院挂床住院案' }).first()).toBeVisible();

  // service and execution: each owed amount paid in full (the form offers what is still owed)
  await page.context().clearCookies();
  await signIn(page, 'lz_inspector', casePath);
  await workflowAction(page, 'serve', (dialog) => fillDate(dialog, 'servedOn', new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })));
  await state(page, '已送达');
  await page.getByRole('tab', { name: '执行' }).click();
  for (const receipt of ['FK-0001', 'ZH-0002']) {
    await page.getByTestId('case-execution-open').click();
    await page.getByLabel('票据号', { exact: true }).fill(`${receipt}-${marker}`);
    await page.getByTestId('case-execution-ok').click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await expect(page.getByTestId('case-owed-total')).toContainText('0.00');
  await shot(page, '61-fraud-case-executed');

  await page.context().clearCookies();
  await signIn(page, 'lz_head', casePath);
  await workflowAction(page, 'close');
  await state(page, '已结案');
});
