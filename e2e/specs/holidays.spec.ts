import { confirmPopconfirm, expect, shot, test } from '../support/fixtures';
import { signIn } from '../support/helpers';

const yearUrl = (year: number) => `/holidays?filters[0][field]=year&filters[0][operator]=eq&filters[0][value]=${year}`;

test('the system admin keeps the holiday calendar: the seeded year, a year without calendar, a day added and deleted', async ({ page }) => {
  await signIn(page, 'admin', yearUrl(2026));
  const rows = page.locator('tr.ant-table-row');
  await expect(rows.first()).toContainText('2026-01-01');
  await expect(rows.filter({ hasText: '2026-02-14' })).toContainText('调休上班');
  await expect(rows.filter({ hasText: '2026-02-14' })).toContainText('周六');
  await shot(page, '53-holidays-list');

  // 2029 has no calendar yet: the page says deadlines there are counted Monday–Friday
  await page.goto(yearUrl(2029));
  await expect(page.getByText('该年度尚未录入节假日安排')).toBeVisible();

  await page.goto('/holidays/create');
  await page.getByLabel('日期', { exact: true }).fill('2029-01-01');
  await page.getByLabel('日期', { exact: true }).press('Enter');
  // a 调休 working day on a Monday is refused by the API, under its field
  await page.getByRole('radio', { name: '调休上班' }).check();
  await page.getByLabel('节日名称').fill('元旦');
  await page.getByRole('button', { name: '保存' }).click();
  const date = page.locator('.ant-form-item').filter({ has: page.getByLabel('日期', { exact: true }) });
  await expect(date.locator('.ant-form-item-explain-error')).toContainText('调休上班日须为周六或周日');
  await page.getByRole('radio', { name: '放假' }).check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/holidays(\?|$)/);

  await page.goto(yearUrl(2029));
  const added = rows.filter({ hasText: '2029-01-01' });
  await expect(added).toContainText('元旦');
  await added.getByRole('button', { name: '删除' }).click();
  await confirmPopconfirm(page, page.getByText('该年度尚未录入节假日安排'), /删\s*除/);
});

test('the calendar page is the system admin’s: a city officer gets the 403 page', async ({ page }) => {
  await signIn(page, 'lz_city', '/holidays');
  await expect(page.getByTestId('page-403')).toBeVisible();
});
