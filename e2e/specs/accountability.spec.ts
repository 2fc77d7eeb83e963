import { expect, test } from '../support/fixtures';
import { choose, chooseRegion, signIn } from '../support/helpers';

/**
 * 追责问责 in the browser (issue 15): 柳州市 proposes accountability for an official of 城中区 — the form offers only
 * the measures that fit the subject type — and 广西 records the decision two levels above, the dialog asking for the
 * decision's number, body, date and measures (the action's declared payload); the record then shows the effect
 * period of the heaviest sanction (政务处分法 art. 8).
 */
test('柳州市 proposes, 广西 records the decision with its measures; the effect period follows the heaviest sanction', async ({ page }) => {
  const subject = `覃某${Date.now().toString(36)}`;
  await signIn(page, 'lz_city', '/accountability-records/create');
  await chooseRegion(page, '所在单位（区划）', '城中区');
  await choose(page, '问责对象类型', '公职人员');
  const form = page.locator('form');
  await form.getByLabel('问责对象', { exact: true }).fill(subject);
  await form.getByLabel('单位', { exact: true }).fill('柳州市城中区医疗保障局');
  await choose(page, '问责情形', '慢作为');
  await form.getByLabel('问题事实', { exact: true }).fill('未按期完成扶贫对象信息比对');
  await choose(page, '问题来源', '其他');
  await choose(page, '问责方式', '警告');
  // an organisation's measure is not offered for an official
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText('改组', { exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await form.getByLabel('问责依据', { exact: true }).fill('《中华人民共和国公职人员政务处分法》第七条');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/accountability-records\/show\/\d+/);
  await expect(page.locator('.ant-descriptions').getByText('已提出建议')).toBeVisible();
  // the city is above the county but does not decide
  await expect(page.getByTestId('workflow-action-record_decision')).toHaveCount(0);
  const path = new URL(page.url()).pathname;

  await page.context().clearCookies();
  await signIn(page, 'gx_province', path);
  await page.getByTestId('workflow-action-record_decision').click();
  const dialog = page.getByTestId('comment-modal');
  await dialog.getByTestId('payload-decisionNo').fill('桂医保纪〔2026〕9号');
  await dialog.getByTestId('payload-decidedBy').fill('广西壮族自治区医疗保障局');
  // twenty measures in a virtual list: search for the one wanted
  const measures = dialog.getByLabel('问责方式', { exact: true });
  await measures.click();
  await measures.fill('记大过');
  const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await options.getByText('记大过', { exact: true }).click();
  // only the measures that fit an official are offered: no 改组 (an organisation's)
  await measures.fill('改组');
  await expect(options.locator('.ant-empty-description')).toHaveText('暂无数据');
  await measures.fill('');
  // close the options by clicking outside them (Escape would close the dialog too)
  await dialog.locator('.ant-modal-title').click();
  await dialog.getByTestId('payload-decidedOn').fill('2026-03-15');
  await dialog.getByTestId('payload-decidedOn').press('Enter');
  await page.getByTestId('comment-modal-ok').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.ant-descriptions').getByText('已作出决定')).toBeVisible();
  await expect(page.getByTestId('effect-timeline')).toContainText('2027-09-15 影响期满（18 个月');
  // the proposal's 警告 was offered already; 记大过, the heavier, decides the period
  await expect(page.getByTestId('workflow-history-payload').filter({ hasText: '问责方式' })).toHaveText('问责方式：警告、记大过');
});
