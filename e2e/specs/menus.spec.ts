import { PERMISSIONS, type Role, can } from '../../shared/src';
import { expect, login, menuEntries, shot, test } from '../support/fixtures';

/**
 * What each demo account must see in the sider: exactly the pages its role may list, plus 个人中心.
 * Written out by hand (a spec, not a copy of the code), and checked against the shared permission table.
 */
/** The resources the panel has pages for today, in menu order; others in the table have no page yet. */
const PAGES = [
  ['users', '用户管理'],
  ['regions', '行政区划'],
  ['audit-logs', '审计日志'],
] as const;

const ACCOUNTS: Array<{ username: string; role: Role; displayName: string; roleLabel: string; region: string; menu: string[] }> = [
  { username: 'admin', role: 'system_admin', displayName: '系统管理员', roleLabel: '系统管理员', region: '全国', menu: ['用户管理', '行政区划', '个人中心'] },
  { username: 'security', role: 'security_admin', displayName: '安全管理员', roleLabel: '安全管理员', region: '全国', menu: ['用户管理', '行政区划', '个人中心'] },
  { username: 'auditor', role: 'audit_admin', displayName: '审计管理员', roleLabel: '审计管理员', region: '全国', menu: ['审计日志', '个人中心'] },
  { username: 'gx_province', role: 'province_supervisor', displayName: '广西医保局督导处', roleLabel: '省级督导', region: '广西壮族自治区', menu: ['行政区划', '个人中心'] },
  { username: 'lz_city', role: 'city_officer', displayName: '柳州市医保局', roleLabel: '市级医保局', region: '柳州市', menu: ['行政区划', '个人中心'] },
  { username: 'gl_city', role: 'city_officer', displayName: '桂林市医保局', roleLabel: '市级医保局', region: '桂林市', menu: ['行政区划', '个人中心'] },
  { username: 'lz_chengzhong', role: 'county_officer', displayName: '城中区医保局', roleLabel: '县级医保局', region: '城中区', menu: ['行政区划', '个人中心'] },
  { username: 'lz_inspector', role: 'inspector', displayName: '柳州市医保基金稽查员', roleLabel: '稽查员', region: '柳州市', menu: ['行政区划', '个人中心'] },
];

test('the expected menus agree with the shared permission table', () => {
  for (const account of ACCOUNTS) {
    const fromTable = PAGES.filter(([resource]) => can(account.role, resource, 'list')).map(([, label]) => label);
    expect([...fromTable, '个人中心'], account.username).toEqual(account.menu);
    expect(PERMISSIONS[account.role], account.role).toBeDefined();
  }
});

for (const account of ACCOUNTS) {
  test(`${account.username} (${account.roleLabel}) sees exactly the menu the role allows`, async ({ page }) => {
    await login(page, account.username);
    expect(await menuEntries(page)).toEqual(account.menu);
    // Areas not built yet stay out of the menu; 系统管理 is the one group with pages today.
    const groups = (await page.getByTestId('side-menu').locator('.ant-menu-submenu-title').allInnerTexts()).map((s) => s.trim());
    expect(groups).toEqual(['系统管理']);
    await expect(page.getByTestId('header-user')).toHaveText(account.displayName);
    await expect(page.getByTestId('header-role')).toHaveText(account.roleLabel);
    await expect(page.getByTestId('header-region')).toContainText(account.region);
    if (['admin', 'auditor', 'lz_chengzhong'].includes(account.username)) await shot(page, `10-home-${account.username}`);
  });
}
