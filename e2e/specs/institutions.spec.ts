import { expect, shot, test } from '../support/fixtures';
import { chooseRegion, signIn } from '../support/helpers';

/**
 * 定点医药机构 in the browser (issue 16): 柳州市 registers an institution in one of its counties (the code must carry
 * that county) and finds it in the registry; 桂林市 sees its pharmacy terminated by a case decision, with the history
 * and the link to the settlements recorded there.
 */
test('the city officer registers an institution and finds it in the registry', async ({ page }) => {
  const code = `H450202${String(Date.now() % 100000).padStart(5, '0')}`;
  await signIn(page, 'lz_city', '/institutions/create');
  await chooseRegion(page, '所在县（区）', '城中区');
  // a code of another county is refused under the field before anything is sent
  await page.getByTestId('institution-code').fill('H45020300001');
  await page.getByTestId('institution-name').fill('柳州市城中区测试诊所');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('编码中的区划须与所在县（区）一致')).toBeVisible();
  await page.getByTestId('institution-code').fill(code);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('institution-code')).toHaveText(code);
  await expect(page.getByTestId('agreement-status').first()).toContainText('协议履行中');
  await expect(page.getByTestId('status-history')).toContainText('无协议状态变更');

  await page.goto(`/institutions?filters[0][field]=q&filters[0][operator]=eq&filters[0][value]=${code}`);
  const row = page.locator('tr.ant-table-row').filter({ hasText: code });
  await expect(row).toContainText('柳州市城中区测试诊所');
  await expect(row).toContainText('城中区');
});

test('桂林市 sees the pharmacy a case terminated: status, history and the link to its settlements', async ({ page }) => {
  await signIn(page, 'gl_city', '/institutions?filters[0][field]=agreementStatus&filters[0][operator]=eq&filters[0][value]=terminated');
  const row = page.locator('tr.ant-table-row').filter({ hasText: 'P45030500004' });
  await expect(row).toContainText('桂林百姓缘大药房七星店');
  await row.getByRole('button').last().click();
  await expect(page.getByTestId('status-history')).toContainText('桂医保罚〔2026〕1号');
  await expect(page.getByTestId('status-history')).toContainText('2026-04-20');
  await shot(page, '60-institution-terminated');
  await page.getByTestId('settlements-link').click();
  await expect(page).toHaveURL(/\/settlements\?.*institutionCode/);
});
