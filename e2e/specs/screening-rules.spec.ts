import { apiAs, expect, test } from '../support/fixtures';
import { clickWhenIdle, signIn } from '../support/helpers';

/**
 * Issue 17's rule catalogue in the browser: every rule with its type, logic and the parameters in force for the pooling
 * region with their sources, and the hit-rate columns; a rule's page; the rule parameters kept on the parameter-set
 * pages, where a value the API refuses is shown under its field and nothing is saved.
 */

// a year no other spec creates, so the suite's shared database does not matter
const YEAR = 2034;

test('the catalogue shows each rule with its parameters in force (柳州 approved its 2026 set) and its hit rate; a rule has its page', async ({ page }) => {
  await signIn(page, 'lz_city', '/screening-rules?year=2026');
  const table = page.getByTestId('screening-rules-table');
  // one link per rule (the parameters are nested tables with rows of their own)
  await expect(table.getByRole('link')).toHaveCount(10);
  await expect(page.getByTestId('screening-rules-basis')).toContainText('柳州市');
  await expect(page.getByTestId('screening-rules-basis')).toContainText('2026 年已批准的规则参数');
  const split = page.getByTestId('screening-rule-params-split_admission');
  await expect(split).toContainText('15 日');
  await expect(split).toContainText('同一种疾病15日内两次住院');
  await expect(page.getByTestId('screening-rule-params-sex_mismatch')).toContainText('O00-O9A、N70-N98');
  await expect(table.getByRole('columnheader', { name: '准确率' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '认定金额（元）' })).toBeVisible();

  await table.getByRole('link', { name: '挂床住院疑点' }).click();
  await expect(page).toHaveURL(/\/screening-rules\/show\/phantom_stay/);
  await expect(page.getByTestId('screening-rule')).toContainText('虚构医药服务');
  await expect(page.getByTestId('screening-rule-params')).toContainText('100.00 元');
  await expect(page.getByTestId('screening-rule-hit-rate')).toContainText('准确率');
});

test('a city edits its rule parameters: a value the API refuses is shown under its field, nothing is saved', async ({ page }) => {
  const { api, csrf } = await apiAs('lz_city');
  const existing = (await (await api.get('/api/screening-parameters', { params: { year: YEAR } })).json()) as Array<{ id: number }>;
  let id = existing[0]?.id;
  if (!id) {
    const created = await api.post('/api/screening-parameters', { headers: { 'X-CSRF-Token': csrf }, data: { regionCode: '450200', year: YEAR } });
    expect(created.status(), await created.text()).toBe(201);
    id = ((await created.json()) as { id: number }).id;
  }
  await signIn(page, 'lz_city', `/screening-parameters/edit/${id}`);
  const days = page.getByRole('spinbutton', { name: '分解住院 出院后再入院间隔（日）' });
  await expect(days).toHaveValue('15', { timeout: 60_000 });
  const save = page.getByRole('button', { name: '保存' });
  await days.fill('0');
  await clickWhenIdle(save);
  await expect(page.locator('.ant-form-item-explain-error').first()).toContainText('1–90');
  const stored = (await (await api.get(`/api/screening-parameters/${id}`)).json()) as {
    parameters: { rules: { split_admission: { days: { value: number } } } };
  };
  expect(stored.parameters.rules.split_admission.days.value).toBe(15);

  // the refused save refetches the record; a click while that is under way was once not sent (CI of e9bd9bda, cause
  // not pinned down: the button was not loading) — save once the page is quiet, as a user would after reading the error
  await page.waitForLoadState('networkidle');
  await days.fill('14');
  await clickWhenIdle(save);
  await expect
    .poll(async () => ((await (await api.get(`/api/screening-parameters/${id}`)).json()) as typeof stored).parameters.rules.split_admission.days.value)
    .toBe(14);
});
