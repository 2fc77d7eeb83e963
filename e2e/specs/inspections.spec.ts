import { expect, test } from '../support/fixtures';
import { choose, chooseRegion, signIn } from '../support/helpers';

/** The demo's campaign under way (api/src/policy/rectification/demo.ts). */
const CURRENT_CAMPAIGN = '2026年过度保障问题专项治理“回头看”';

/**
 * 督导检查 in the browser (issue 15): 广西 plans an inspection of 城中区 two levels down, starts it, records a finding
 * and opens a rectification item from it under the current campaign; the item awaits 城中区, whose header bell tells
 * of it and opens it. The inspection and its finding (named by this run) belong to this file only.
 */
test('the province inspects 城中区, records a finding, opens a rectification item; the county sees the notification', async ({ page }) => {
  const run = Date.now().toString(36);
  const title = `督导检查 e2e ${run}`;
  const finding = `零自付未清理 e2e ${run}`;

  await signIn(page, 'gx_province', '/inspections/create');
  const form = page.locator('form');
  await chooseRegion(page, '被检查单位', '城中区');
  await choose(page, '检查方式', '专项督导');
  await form.getByLabel('检查名称', { exact: true }).fill(title);
  for (const [testId, date] of [
    ['planned-from', '2026-12-07'],
    ['planned-to', '2026-12-11'],
  ]) {
    await page.getByTestId(testId).fill(date);
    await page.getByTestId(testId).press('Enter');
  }
  await form.getByLabel('组长', { exact: true }).fill('李四');
  await choose(page, '检查领域', '过度保障治理');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/inspections\/show\/\d+$/);
  await expect(page.getByTestId('inspection-planned')).toHaveText('2026-12-07 – 2026-12-11');
  await expect(page.locator('.ant-descriptions').getByText('计划中')).toBeVisible();

  // 开始检查: the province acts two levels above the county (the inspection's inspectingRegionCode)
  await page.getByTestId('workflow-action-start').click();
  await page.getByTestId('comment-modal-ok').click();
  await expect(page.locator('.ant-descriptions').getByText('检查中')).toBeVisible();

  await page.getByTestId('finding-add').click();
  const add = page.getByRole('dialog').filter({ hasText: '记录问题' });
  await add.getByLabel('问题名称', { exact: true }).fill(finding);
  await add.getByLabel('问题描述', { exact: true }).fill('抽查 20 名资助对象，3 人个人零自付');
  await choose(page, '严重程度', '较重');
  await add.getByTestId('form-modal-ok').click();
  await expect(add).toBeHidden();
  const row = page.getByTestId('findings').locator('tr.ant-table-row').filter({ hasText: finding });
  await expect(row).toContainText('未处置');

  await row.getByTestId('finding-open-rectification').click();
  const open = page.getByRole('dialog').filter({ hasText: '开具整改：' });
  await choose(page, '专项治理', CURRENT_CAMPAIGN);
  await choose(page, '问题类型', '个人零自付');
  await open.getByTestId('form-modal-ok').click();
  await expect(open).toBeHidden();
  const link = row.getByTestId('finding-rectification-link');
  await expect(link).toContainText('整改事项 #');
  const itemPath = await link.getAttribute('href');
  expect(itemPath).toMatch(/^\/rectification-items\/show\/\d+$/);
  // disposed: no further actions on it
  await expect(row.getByTestId('finding-open-rectification')).toHaveCount(0);

  // 城中区: the new item awaits it (开始整改) — the bell counts it, the drawer opens it
  await page.context().clearCookies();
  await signIn(page, 'lz_chengzhong', '/profile');
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAttribute('data-unread', /^[1-9]\d*$/);
  await bell.getByRole('button').click();
  const drawer = page.getByTestId('notification-drawer');
  const told = drawer.getByTestId('notification-unread-list').getByTestId('notification-item').filter({ hasText: finding });
  await expect(told).toHaveCount(1);
  await expect(told).toContainText('待办到达');
  await told.getByTestId('notification-open').click();
  await expect(page).toHaveURL(new RegExp(`${itemPath}$`));
  await expect(page.getByText(finding).first()).toBeVisible();
  await expect(page.getByTestId('workflow-action-start')).toBeVisible();
});
