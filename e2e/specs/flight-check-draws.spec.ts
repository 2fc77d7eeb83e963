import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { apiAs, closeNotices, expect, shot, test } from '../support/fixtures';
import { chooseRegion, signIn } from '../support/helpers';

/** 生成飞行检查 on a draw's page: the dialog's planned dates, then OK. */
async function planFlightChecks(page: Page, from: string, to: string): Promise<void> {
  await page.getByTestId('create-inspections').click();
  await page.getByTestId('planned-from').fill(from);
  await page.getByTestId('planned-from').press('Enter');
  await page.getByTestId('planned-to').fill(to);
  await page.getByTestId('planned-to').press('Enter');
  await page.getByTestId('create-inspections-ok').click();
}

/**
 * 双随机抽查 in the browser (issue 17): 柳州市 draws two institutions with a published seed, sees the seed and the
 * candidate hash for 公开, re-runs the draw (same hash, same result), plans the flight checks once and follows the link
 * to one; the demo's draw is in the list.
 */
test('the city draws with a seed, re-runs it, and plans the flight checks once', async ({ page }) => {
  const seed = `e2e-${Date.now()}`;
  await signIn(page, 'lz_city', '/flight-check-draws/create');
  await chooseRegion(page, '抽取范围', '柳州市');
  await page.getByTestId('institution-count').fill('2');
  await page.getByTestId('draw-seed').fill(seed);
  await page.getByRole('button', { name: '抽取' }).click();

  await expect(page.getByTestId('draw-seed')).toContainText(seed);
  await expect(page.getByTestId('draw-hash')).toContainText(/[0-9a-f]{64}/);
  await expect(page.getByTestId('drawn-institutions').locator('tr.ant-table-row')).toHaveCount(2);
  await expect(page.getByTestId('drawn-inspectors').locator('tr.ant-table-row')).toHaveCount(2);

  await page.getByTestId('verify-draw').click();
  await expect(page.getByTestId('draw-verification')).toContainText('复核一致');
  await shot(page, '70-flight-check-draw');

  await planFlightChecks(page, '2026-11-16', '2026-11-20');
  const links = page.getByTestId('draw-inspections').getByRole('link');
  await expect(links.first()).toBeVisible();
  // once: the button is gone
  await expect(page.getByTestId('create-inspections')).toHaveCount(0);
  await links.first().click();
  await expect(page).toHaveURL(/\/inspections\/show\/\d+/);
  await expect(page.getByText('飞行检查').first()).toBeVisible();

  await page.goto('/flight-check-draws');
  await expect(page.locator('tr.ant-table-row').first()).toBeVisible();
});

test('the public list downloads as CSV and XLSX with the seed and hash; the 409s (too few inspectors, flight checks planned already) are shown', async ({
  page,
}) => {
  const seed = `e2e-public-${Date.now()}`;
  await signIn(page, 'lz_city', '/flight-check-draws/create');
  await chooseRegion(page, '抽取范围', '柳州市');
  await page.getByTestId('institution-count').fill('2');
  // more inspectors than 柳州 has: the API refuses with what is left after recusal, and nothing is drawn
  await page.getByTestId('inspector-count').fill('50');
  await page.getByTestId('draw-seed').fill(seed);
  await page.getByRole('button', { name: '抽取' }).click();
  const notice = page.locator('.ant-notification-notice').filter({ hasText: '保存失败' });
  await expect(notice).toContainText('回避后可抽取的稽查员只有');
  await expect(notice).toContainText('少于抽取数 50');
  await expect(page).toHaveURL(/\/flight-check-draws\/create/);
  await closeNotices(page);

  await page.getByTestId('inspector-count').fill('2');
  await page.getByRole('button', { name: '抽取' }).click();
  await expect(page).toHaveURL(/\/flight-check-draws\/show\/\d+/);
  const id = Number(/\/show\/(\d+)/.exec(page.url())![1]);
  await expect(page.getByTestId('draw-seed')).toContainText(seed);
  const hash = ((await page.getByTestId('draw-hash').textContent()) ?? '').match(/[0-9a-f]{64}/)?.[0];
  expect(hash).toBeTruthy();
  await closeNotices(page);

  // 公开: the CSV names the seed and the candidate hash, so anyone can re-run the draw
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-draw-csv').click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const text = fs.readFileSync((await csv.path())!, 'utf8');
  expect(text).toContain(seed);
  expect(text).toContain(hash!);
  const xlsxDownload = page.waitForEvent('download');
  await page.getByTestId('export-draw-xlsx').click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  // an XLSX is a zip: it starts with PK
  expect(
    fs
      .readFileSync((await xlsx.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  // someone else plans the flight checks while this page still offers to: the second request answers 409, shown
  const { api, csrf } = await apiAs('lz_city');
  const planned = await api.post(`/api/flight-check-draws/${id}/inspections`, {
    headers: { 'X-CSRF-Token': csrf },
    data: { plannedFrom: '2026-11-23', plannedTo: '2026-11-27' },
  });
  expect(planned.status(), await planned.text()).toBe(201);
  await api.dispose();
  await planFlightChecks(page, '2026-11-23', '2026-11-27');
  const refused = page.locator('.ant-notification-notice').filter({ hasText: '生成飞行检查失败' });
  await expect(refused).toContainText('该抽取已生成飞行检查');
});

test('the demo’s uniform draw shows its recusal: 城中区’s inspector is out of the pool (候选 4 人，回避后 3 人)', async ({ page }) => {
  const { api } = await apiAs('lz_city');
  const draws = (await (await api.get('/api/flight-check-draws', { params: { _start: 0, _end: 100 } })).json()) as Array<{ id: number; seed: string }>;
  await api.dispose();
  const demo = draws.find((d) => d.seed === 'lz-2026-flight-check-05');
  expect(demo, 'the demo seeds a uniform draw with seed lz-2026-flight-check-05').toBeTruthy();
  await signIn(page, 'lz_city', `/flight-check-draws/show/${demo!.id}`);
  await expect(page.getByTestId('draw-seed')).toContainText('lz-2026-flight-check-05');
  await expect(page.getByText('抽取 2 人（候选 4 人，回避后 3 人）')).toBeVisible();
  await expect(page.getByTestId('drawn-institutions')).toContainText('城中区');
  await expect(page.getByTestId('drawn-inspectors')).not.toContainText('城中区医保基金稽查员');
});
