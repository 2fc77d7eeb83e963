import { expect, shot, test } from '../support/fixtures';
import { chooseRegion, signIn } from '../support/helpers';

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

  await page.getByTestId('create-inspections').click();
  await page.getByTestId('planned-from').fill('2026-11-16');
  await page.getByTestId('planned-from').press('Enter');
  await page.getByTestId('planned-to').fill('2026-11-20');
  await page.getByTestId('planned-to').press('Enter');
  await page.getByTestId('create-inspections-ok').click();
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
