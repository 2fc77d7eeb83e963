import { RESPONSIBILITY_ROLES } from '../../shared/src';
import { apiAs, expect, test } from '../support/fixtures';
import { signIn } from '../support/helpers';

/**
 * Issue 15's 站内消息 in the browser: 城中区 submits its 2038 责任分工表 (through the API: the filing itself is
 * responsibility-tables.spec's), which lands with 柳州市; the city's header bell counts it, the drawer lists it
 * among the unread and opens the table, and the notification is then read. The data (城中区's 2038 table) belong
 * to this file only.
 */
const YEAR = 2038;
const TITLE = `城中区 ${YEAR} 年医疗保障扶贫责任分工表`;

test('城中区 submits, and 柳州市 sees the bell count and opens the table from the drawer', async ({ page }) => {
  const { api, csrf } = await apiAs('lz_chengzhong');
  const headers = { 'X-CSRF-Token': csrf };
  const created = await api.post('/api/responsibility-tables', { headers, data: { regionCode: '450202', year: YEAR } });
  expect(created.status(), await created.text()).toBe(201);
  const table = (await created.json()) as { id: number; version: number };
  const rows = RESPONSIBILITY_ROLES.map((role, i) => ({ role, name: `干部${i + 1}`, unit: '柳州市城中区医疗保障局', title: '科长', phone: '0772-2801234' }));
  const filled = await api.patch(`/api/responsibility-tables/${table.id}`, { headers, data: { rows, version: table.version } });
  expect(filled.status(), await filled.text()).toBe(200);
  const submitted = await api.post(`/api/responsibility-tables/${table.id}/actions/submit`, { headers, data: { version: table.version + 1 } });
  expect(submitted.status(), await submitted.text()).toBe(200);
  await api.dispose();

  await signIn(page, 'lz_city', '/profile');
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAttribute('data-unread', /^[1-9]\d*$/);
  await expect(bell.locator('.ant-badge-count')).toBeVisible();

  await bell.getByRole('button').click();
  const drawer = page.getByTestId('notification-drawer');
  const unread = drawer.getByTestId('notification-unread-list').getByTestId('notification-item').filter({ hasText: TITLE });
  await expect(unread).toHaveCount(1);
  await expect(unread).toContainText('待办到达');
  await expect(unread).toContainText('报送');
  await unread.getByTestId('notification-open').click();

  await expect(page).toHaveURL(new RegExp(`/responsibility-tables/show/${table.id}$`));
  await expect(page.getByTestId('workflow-state').first()).toContainText('已报送');
  // opened, it is read: in the drawer it has moved from the unread to the recently read
  await bell.getByRole('button').click();
  await expect(drawer.getByTestId('notification-read-list').getByTestId('notification-item').filter({ hasText: TITLE })).toHaveCount(1);
  await expect(unread).toHaveCount(0);
});
