import type { Page } from '@playwright/test';
import { apiAs, expect, test } from '../support/fixtures';
import { signIn } from '../support/helpers';

/**
 * No internal code reaches a user (issue 13 items 11–12): the calculation trace and the audit log speak the
 * UI language — every note, rule, action and object by its label, in Chinese and in English — and never show
 * a code (`registered_poor`, `workflow:submit`, `responsibility-tables`), a parameter flag or "DOMAIN §3".
 */

/** snake_case codes, resource names, `workflow:` actions, parameter paths (`guards.oopCap`), the handbook. */
const RAW_CODE = /\b[a-z]+_[a-z_]+\b|responsibility-tables|cost-warnings|workflow:|\b[a-z]+\.[a-z]+[A-Z]\w*|DOMAIN|= false|= true/;

async function inEnglish(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('yibao.locale', 'en-US'));
  await page.reload();
  await expect(page.getByTestId('header-user')).toBeVisible();
}

async function calculatePoorInpatient(page: Page, identity: string): Promise<void> {
  await page.getByTestId('case-totalCost').fill('200000');
  await page.getByTestId('case-inPolicyCost').fill('180000');
  await page.getByTestId('case-inCatalogueCost').fill('150000');
  await page.getByTestId('case-identities').click();
  await page.locator(`.ant-select-item-option[title="${identity}"]`).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('calculate').click();
  await expect(page.getByTestId('settlement-trace').getByTestId('trace-step').first()).toBeVisible();
}

test('the settlement trace names every step, note, rule and parameter by its label, in zh and in en', async ({ page }) => {
  await signIn(page, 'lz_chengzhong', '/settlements/calculator');
  await calculatePoorInpatient(page, '建档立卡贫困人口');
  const trace = page.getByTestId('settlement-trace');
  await expect(trace).toContainText('按 建档立卡贫困人口 救助');
  await expect(trace).toContainText('桂医保发〔2019〕14号');
  expect(await trace.innerText()).not.toMatch(RAW_CODE);

  await inEnglish(page);
  await calculatePoorInpatient(page, 'Registered poor (lifted out of poverty)');
  await expect(trace).toContainText('Basic insurance deductible');
  await expect(trace).toContainText('Aided as Registered poor (lifted out of poverty)');
  expect(await trace.innerText()).not.toMatch(RAW_CODE);
  // notes carry no Chinese in English mode (rules and sources may cite a document by its Chinese number)
  for (const note of await trace.getByTestId('trace-note').allInnerTexts()) expect(note).not.toMatch(/[\u4e00-\u9fff]/);
});

test('the audit log labels every action and object, workflow actions included, in zh and in en', async ({ page }) => {
  // a workflow transition for the log: 柳州市 submits a responsibility table
  const lz = await apiAs('lz_city');
  const headers = { 'X-CSRF-Token': lz.csrf };
  const created = await lz.api.post('/api/responsibility-tables', { headers, data: { regionCode: '450200', year: 2044 } });
  expect(created.status(), await created.text()).toBe(201);
  const table = (await created.json()) as { id: number; version: number; rows: Array<Record<string, string>> };
  const rows = table.rows.map((r, i) => ({ ...r, name: `王${i + 1}`, unit: '柳州市医疗保障局', title: '科长', phone: '0772-2801234' }));
  expect((await lz.api.patch(`/api/responsibility-tables/${table.id}`, { headers, data: { rows, version: table.version } })).status()).toBe(200);
  const submitted = await lz.api.post(`/api/responsibility-tables/${table.id}/actions/submit`, { headers, data: { version: table.version + 1 } });
  expect(submitted.status(), await submitted.text()).toBe(200);
  await lz.api.dispose();

  await signIn(page, 'auditor', '/audit-logs');
  const rowsOnPage = page.locator('tr.ant-table-row');
  await expect(rowsOnPage.first()).toBeVisible();
  const submitRow = rowsOnPage.filter({ hasText: '审批：报送' }).first();
  await expect(submitRow).toContainText('责任分工表');
  // the role, action and object columns (user names are names people chose, not codes)
  const labelled = () => rowsOnPage.locator('td:nth-child(4), td:nth-child(5), td:nth-child(6)').allInnerTexts();
  for (const cell of await labelled()) expect(cell).not.toMatch(RAW_CODE);

  await inEnglish(page);
  await expect(rowsOnPage.filter({ hasText: 'Workflow: Submit' }).first()).toContainText('Responsibility table');
  for (const cell of await labelled()) {
    expect(cell).not.toMatch(RAW_CODE);
    expect(cell).not.toMatch(/[\u4e00-\u9fff]/);
  }
});
