import type { APIRequestContext } from '@playwright/test';
import { apiAs, expect, test } from '../support/fixtures';
import { signIn } from '../support/helpers';

/**
 * Issue 13 items 2 and 13 in the browser: clearing a cap in the policy-parameter editor is an empty required
 * value, never a silently removed cap; 不设限额 is only an explicit tick that gives the old figure back when
 * unticked; the diffs name a removed cap, put figures before wording and, for the approver, the changes since
 * the last approval before the year-on-year comparison.
 */

// a year no other spec creates, so the suite's shared database does not matter
const YEAR = 2031;

interface SetRecord {
  id: number;
  version: number;
  parameters: { basic: { annualCap: { value: number | null; source: string } } };
}

async function freshSet(api: APIRequestContext, csrf: string): Promise<SetRecord> {
  const existing = (await (await api.get('/api/policy-parameters', { params: { regionCode: '450200', year: YEAR } })).json()) as SetRecord[];
  if (existing[0]) return existing[0];
  const created = await api.post('/api/policy-parameters', { headers: { 'X-CSRF-Token': csrf }, data: { regionCode: '450200', year: YEAR } });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()) as SetRecord;
}

test.describe.serial('policy parameters: a cap is removed only on purpose, and the diffs say so', () => {
  let id = 0;

  test('clearing 年度最高支付限额 is a field error; 不设限额 is an explicit tick that unticks back to the figure', async ({ page }) => {
    const { api, csrf } = await apiAs('lz_city');
    const set = await freshSet(api, csrf);
    id = set.id;
    expect(set.parameters.basic.annualCap.value).toBe(25_000_000);

    await signIn(page, 'lz_city', `/policy-parameters/edit/${id}`);
    const cap = page.getByTestId('leaf-basic.annualCap');
    const amount = cap.getByRole('spinbutton');
    const none = cap.getByRole('checkbox', { name: '不设限额' });
    // the editor fills several hundred fields: on a loaded machine that takes a while, so this first wait is long
    await expect(amount).toHaveValue('250000.00', { timeout: 120_000 });

    // ticking keeps the figure aside; unticking gives it back (not 0.00)
    await none.check();
    await expect(amount).toBeDisabled();
    await none.uncheck();
    await expect(amount).toBeEnabled();
    await expect(amount).toHaveValue('250000.00');

    // clearing the figure does not tick 不设限额 and does not lock the field: saving is refused under it
    await amount.fill('');
    await amount.blur();
    await expect(none).not.toBeChecked();
    await expect(amount).toBeEnabled();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(cap.locator('.ant-form-item-explain-error')).toContainText('请填写取值');
    await expect(page).toHaveURL(new RegExp(`/policy-parameters/edit/${id}$`));
    const stored = (await (await api.get(`/api/policy-parameters/${id}`)).json()) as SetRecord;
    expect(stored.parameters.basic.annualCap.value).toBe(25_000_000);

    // the cap removed on purpose, with its basis saying so: saved, and the year-on-year diff names it
    await amount.fill('250000');
    await none.check();
    await cap.getByRole('textbox').fill('柳州市城乡居民基本医疗保险待遇标准（2031年度）：统筹基金不设年度最高支付限额');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(new RegExp(`/policy-parameters/show/${id}$`));
    const diff = page.getByTestId('year-diff');
    const removed = diff.getByTestId('value-changes').locator('tr', { has: page.getByTestId('change-capRemoved') });
    await expect(removed).toContainText('基本医保 · 年度最高支付限额');
    await expect(removed).toContainText('250,000.00');
    await expect(removed).toContainText('不设限额');
    // the new basis text is wording: folded away below the figures, and no raw path anywhere
    await expect(diff.getByTestId('wording-changes')).toBeHidden();
    await diff.getByRole('button', { name: /依据文字变化 1 处/ }).click();
    await expect(diff.getByTestId('wording-changes')).toContainText('基本医保 · 年度最高支付限额 · 政策依据');
    await expect(diff).not.toContainText('annualCap');
    await api.dispose();
  });

  test('the approver sees what changed since the last approval first, the cap set again named as such', async ({ page }) => {
    expect(id).toBeGreaterThan(0);
    const city = await apiAs('lz_city');
    const province = await apiAs('gx_province');
    const act = async (who: typeof city, action: string, version: number, comment?: string) => {
      const res = await who.api.post(`/api/policy-parameters/${id}/actions/${action}`, {
        headers: { 'X-CSRF-Token': who.csrf },
        data: { version, ...(comment ? { comment } : {}) },
      });
      expect(res.status(), await res.text()).toBe(200);
      return (await res.json()) as SetRecord;
    };
    let set = (await (await city.api.get(`/api/policy-parameters/${id}`)).json()) as SetRecord;
    set = await act(city, 'submit', set.version);
    set = await act(province, 'approve', set.version);
    set = await act(city, 'revise', set.version, '恢复年度最高支付限额');
    // the city puts a cap back, with a basis naming it, and submits again
    const doc = structuredClone(set.parameters) as SetRecord['parameters'] & Record<string, unknown>;
    doc.basic.annualCap = { value: 30_000_000, source: '柳州市城乡居民基本医疗保险待遇标准（2031年度）：统筹基金年度最高支付限额30万元' };
    const saved = await city.api.patch(`/api/policy-parameters/${id}`, {
      headers: { 'X-CSRF-Token': city.csrf },
      data: { parameters: doc, version: set.version },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    await act(city, 'submit', ((await saved.json()) as SetRecord).version);

    await signIn(page, 'gx_province', `/policy-parameters/show/${id}`);
    const since = page.getByTestId('workflow-changes');
    const set_ = since.getByTestId('value-changes').locator('tr', { has: page.getByTestId('change-capSet') });
    await expect(set_).toContainText('基本医保 · 年度最高支付限额');
    await expect(set_).toContainText('300,000.00');
    // since-approval comes before the year-on-year comparison on the page
    const sinceBox = await since.boundingBox();
    const yearBox = await page.getByTestId('year-diff').boundingBox();
    expect(sinceBox!.y).toBeLessThan(yearBox!.y);
    await city.api.dispose();
    await province.api.dispose();
  });
});
