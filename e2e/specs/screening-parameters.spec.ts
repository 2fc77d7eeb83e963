import { apiAs, closeNotices, expect, test } from '../support/fixtures';
import { signIn } from '../support/helpers';

/**
 * Issue 17's rule parameters through their approval in the browser: 柳州市 drafts a change of one rule's threshold
 * (高频就诊: more than 10 outpatient settlements a month instead of 8) with the document it rests on, saves and submits
 * it; 广西 approves it; the rule catalogue then reads the new value and its basis for that year.
 */

// a year no other spec creates, so the suite's shared database does not matter
const YEAR = 2035;
const SOURCE = '柳州市医疗保障局关于调整智能监控高频就诊筛查阈值的通知（2035年度，示例）：同一机构每自然月门诊结算超过 10 次';

test.describe.serial('screening parameters: a city drafts a rule parameter with its source, the province approves it', () => {
  let id = 0;

  test('柳州市 changes 高频就诊 to 10 with its basis, saves the draft and submits it', async ({ page }) => {
    const { api, csrf } = await apiAs('lz_city');
    const existing = (await (await api.get('/api/screening-parameters', { params: { year: YEAR } })).json()) as Array<{ id: number }>;
    id = existing[0]?.id ?? 0;
    if (!id) {
      const created = await api.post('/api/screening-parameters', { headers: { 'X-CSRF-Token': csrf }, data: { regionCode: '450200', year: YEAR } });
      expect(created.status(), await created.text()).toBe(201);
      id = ((await created.json()) as { id: number }).id;
    }
    await api.dispose();

    await signIn(page, 'lz_city', `/screening-parameters/edit/${id}`);
    const visits = page.getByRole('spinbutton', { name: '高频就诊 每自然月门诊结算超过', exact: true });
    // the editor fills every rule's fields: on a loaded machine that takes a while
    await expect(visits).toHaveValue('8', { timeout: 60_000 });
    await visits.fill('10');
    const source = page.getByRole('textbox', { name: '高频就诊 每自然月门诊结算超过 · 依据', exact: true });
    // a value without its basis is refused under the field before anything is sent
    await source.fill('');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.locator('.ant-form-item-explain-error').first()).toContainText('依据');
    await source.fill(SOURCE);
    await page.getByRole('button', { name: '保存' }).click();

    await expect(page).toHaveURL(new RegExp(`/screening-parameters/show/${id}$`));
    await expect(page.getByTestId('workflow-state').first()).toHaveText('草稿');
    const values = page.getByTestId('screening-parameters-values');
    await expect(values.locator('tr', { hasText: '每自然月门诊结算超过' })).toContainText('10');
    await expect(values.locator('tr', { hasText: '每自然月门诊结算超过' })).toContainText('调整智能监控高频就诊筛查阈值');

    // the save notice sits over the action bar: close it, then submit
    await closeNotices(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId('workflow-action-submit').click();
    await page.getByRole('dialog').getByTestId('comment-modal-ok').click();
    await expect(page.getByTestId('workflow-state').first()).toHaveText('已报送待审批');
  });

  test('广西 approves it; the rule catalogue of that year reads 10 with the new basis', async ({ page }) => {
    expect(id).toBeGreaterThan(0);
    await signIn(page, 'gx_province', `/screening-parameters/show/${id}`);
    await page.getByTestId('workflow-action-approve').click();
    await page.getByRole('dialog').getByTestId('comment-modal-ok').click();
    await expect(page.getByTestId('workflow-state').first()).toHaveText('已批准执行');
    await expect(page.getByTestId('workflow-history')).toContainText('批准');

    const { api } = await apiAs('lz_city');
    const approved = (await (await api.get(`/api/screening-parameters/${id}`)).json()) as {
      state: string;
      parameters: { rules: { frequent_visits: { maxVisitsPerMonth: { value: number; source: string } } } };
    };
    await api.dispose();
    expect(approved.state).toBe('approved');
    expect(approved.parameters.rules.frequent_visits.maxVisitsPerMonth).toEqual({ value: 10, source: SOURCE });

    await signIn(page, 'lz_city', `/screening-rules?year=${YEAR}`);
    await expect(page.getByTestId('screening-rules-basis')).toContainText(`${YEAR} 年已批准的规则参数`);
    const visits = page.getByTestId('screening-rule-params-frequent_visits');
    await expect(visits).toContainText('10');
    await expect(visits).toContainText('调整智能监控高频就诊筛查阈值');
  });
});
