import type { Page } from '@playwright/test';
import { RESPONSIBILITY_ROLES } from '../../shared/src';
import { apiAs, expect, login, seriousA11yViolations, shot, test } from '../support/fixtures';
import { signIn } from '../support/helpers';

/**
 * Issue 4's flow in the browser: 柳州市 fills and submits its 2026 责任分工表; the province returns it from
 * the inbox with a comment; the city fixes and resubmits; the province approves, reopens, sees exactly the
 * row the city changed since the approval, and approves again. 桂林市 never sees it. The data (the 2026
 * tables of 柳州市 and 桂林市) belong to this file only: no other spec touches responsibility tables.
 */
const YEAR = 2026;
const TITLE = `柳州市 ${YEAR} 年医疗保障扶贫责任分工表`;

/** A plausible row per standard role (the API wants every cell before submitting). */
const person = (i: number) => ({
  name: `张${'一二三四五六七八九十'[i % 10]}${i + 1}`,
  unit: i < 3 || i === 3 ? '柳州市医疗保障局' : '柳州市医疗保障局待遇保障科',
  title: i === 0 ? '局长' : i < 3 ? '副局长' : '科长',
  phone: `0772-28012${String(i).padStart(2, '0')}`,
});

const cell = (page: Page, row: number, field: string) => page.getByLabel(`第 ${row} 行 ${field}`, { exact: true });
const state = (page: Page) => page.getByTestId('workflow-state').first();

async function confirmAction(page: Page, action: string, comment?: string) {
  await page.getByTestId(`workflow-action-${action}`).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (comment) await dialog.getByRole('textbox').fill(comment);
  await dialog.getByTestId('comment-modal-ok').click();
}

test.describe.serial('responsibility table 2026: fill, submit, return, fix, approve, reopen, diff, approve', () => {
  let id = '';
  let glId = 0;

  test('柳州市 creates the table, is told what is missing, fills it in and submits', async ({ page }) => {
    // Seventy-odd cells typed one by one: ~35 s alone, more beside the other worker's browser on two cores.
    await login(page, 'lz_city');
    // Officers land on their to-do list.
    await expect(page).toHaveURL(/\/inbox/);
    await page.getByTestId('side-menu').getByRole('link', { name: '责任分工表' }).click();
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page).toHaveURL(/\/responsibility-tables\/create/);
    // the create form, not the list still on screen while the route changes (its filter is labelled 年度 too)
    await expect(page.getByTestId('filter-year')).toHaveCount(0);
    await expect(page.getByText('柳州市').first()).toBeVisible();
    await page.getByLabel('年度', { exact: true }).fill(String(YEAR));
    await page.getByRole('button', { name: '保存' }).click();

    // The editor opens with the 14 standard roles in order, their names read-only.
    await expect(page).toHaveURL(/\/responsibility-tables\/edit\/\d+/);
    id = /\/edit\/(\d+)/.exec(page.url())![1];
    const editor = page.getByTestId('rows-editor');
    await expect(editor.locator('tbody tr.ant-table-row')).toHaveCount(RESPONSIBILITY_ROLES.length);
    await expect(editor.locator('tbody tr.ant-table-row').first()).toContainText('总负责人');
    await expect(editor.locator('tbody tr.ant-table-row').last()).toContainText('定期调度(统计)责任人');
    await expect(cell(page, 1, '责任分工')).toHaveCount(0);

    // A wrong phone is caught in its cell before anything is sent.
    await cell(page, 1, '联系电话').fill('12345');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(editor.locator('.ant-form-item-explain-error').first()).toContainText('须为手机号');

    // Everything but the last row's phone, and one row of the unit's own.
    for (let i = 0; i < RESPONSIBILITY_ROLES.length; i++) {
      const p = person(i);
      await cell(page, i + 1, '姓名').fill(p.name);
      await cell(page, i + 1, '单位及部门').fill(p.unit);
      await cell(page, i + 1, '职务').fill(p.title);
      await cell(page, i + 1, '联系电话').fill(i === RESPONSIBILITY_ROLES.length - 1 ? '' : p.phone);
    }
    await page.getByTestId('add-row').click();
    const extra = RESPONSIBILITY_ROLES.length + 1;
    await cell(page, extra, '责任分工').fill('医保信息系统责任人');
    await cell(page, extra, '姓名').fill('韦信息');
    await cell(page, extra, '单位及部门').fill('柳州市医疗保障局信息中心');
    await cell(page, extra, '职务').fill('主任');
    await cell(page, extra, '联系电话').fill('13812345678');
    await shot(page, '91-responsibility-table-editor');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(new RegExp(`/responsibility-tables/show/${id}$`));
    await expect(state(page)).toHaveText('草稿');

    // Still a draft after the due date (12 April): it waits in the city's inbox, overdue, first.
    await page.getByTestId('side-menu').getByRole('link', { name: '待办事项' }).click();
    // other specs running beside this one leave items of other resources in the same inbox: pick the tab
    await page.getByTestId('inbox-tab-responsibility-tables').click();
    const mine = page.getByTestId('inbox-table-responsibility-tables').locator('tr.ant-table-row').first();
    await expect(mine).toContainText(TITLE);
    await expect(mine).toContainText('草稿');
    await expect(mine).toContainText('报送');
    if (new Date() > new Date(`${YEAR}-04-12T16:00:00Z`)) await expect(mine.getByTestId('overdue-tag')).toBeVisible();
    await shot(page, '90-inbox-city');
    await mine.getByTestId('inbox-item-link').click();
    await expect(page).toHaveURL(new RegExp(`/responsibility-tables/show/${id}$`));

    // Submitting with an empty phone: the API's 400 names the cell, with a way to fix it.
    await confirmAction(page, 'submit');
    const problems = page.getByTestId('comment-modal-problems');
    await expect(problems).toContainText('第 14 行（定期调度(统计)责任人）未填写联系电话');
    await problems.getByRole('link', { name: '去填写' }).click();
    await expect(page).toHaveURL(new RegExp(`/responsibility-tables/edit/${id}$`));
    await cell(page, RESPONSIBILITY_ROLES.length, '联系电话').fill('18977201234');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(new RegExp(`/responsibility-tables/show/${id}$`));

    await confirmAction(page, 'submit');
    await expect(state(page)).toHaveText('已报送待审核');
    // Nothing more for the filer to do now: no action buttons, no 填写.
    await expect(page.getByTestId('workflow-actions')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '填写' })).toHaveCount(0);
    await expect(page.getByTestId('workflow-history-item')).toHaveCount(1);
  });

  test('the province returns it from the inbox with a comment; a record handled meanwhile is reported as failed', async ({ page }) => {
    // 桂林市 has submitted too; the province will find it in the inbox beside 柳州市.
    const gl = await apiAs('gl_city');
    const created = await gl.api.post('/api/responsibility-tables', { headers: { 'X-CSRF-Token': gl.csrf }, data: { regionCode: '450300', year: YEAR } });
    expect(created.status(), await created.text()).toBe(201);
    const table = (await created.json()) as { id: number; version: number; rows: Array<Record<string, string>> };
    const rows = table.rows.map((r, i) => ({ ...r, name: `李${i + 1}`, unit: '桂林市医疗保障局', title: '科长', phone: '0773-2801234' }));
    const saved = await gl.api.patch(`/api/responsibility-tables/${table.id}`, {
      headers: { 'X-CSRF-Token': gl.csrf },
      data: { rows, version: table.version },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    const submitted = await gl.api.post(`/api/responsibility-tables/${table.id}/actions/submit`, {
      headers: { 'X-CSRF-Token': gl.csrf },
      data: { version: table.version + 1 },
    });
    expect(submitted.status(), await submitted.text()).toBe(200);
    await gl.api.dispose();
    glId = table.id;

    await signIn(page, 'gx_province', '/inbox');
    await page.getByTestId('inbox-tab-responsibility-tables').click();
    const inbox = page.getByTestId('inbox-table-responsibility-tables');
    const lz = inbox.locator('tr.ant-table-row').filter({ hasText: TITLE });
    const gln = inbox.locator('tr.ant-table-row').filter({ hasText: `桂林市 ${YEAR} 年` });
    await expect(lz).toContainText('已报送待审核');
    await expect(lz).toContainText('审核通过');
    await expect(lz).toContainText('退回');
    // the tab counts what the tab lists: these two, and whatever other specs running beside this one have submitted
    const tab = page.getByTestId('inbox-tab-responsibility-tables');
    await expect(async () => {
      const listed = await inbox.locator('tr.ant-table-row').count();
      expect(listed).toBeGreaterThanOrEqual(2);
      await expect(tab).toHaveText(new RegExp(`\\s${listed}$`), { timeout: 1000 });
    }).toPass();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await lz.getByRole('checkbox').check();
    await gln.getByRole('checkbox').check();

    // Someone else approves 桂林市 while this page is open.
    const other = await apiAs('gx_province');
    const approved = await other.api.post(`/api/responsibility-tables/${glId}/actions/approve`, {
      headers: { 'X-CSRF-Token': other.csrf },
      data: { version: 3 },
    });
    expect(approved.status(), await approved.text()).toBe(200);
    await other.api.dispose();

    await page.getByTestId('bulk-return').click();
    const dialog = page.getByRole('dialog');
    // Returning needs a comment: the dialog says so before anything is sent.
    await dialog.getByTestId('comment-modal-ok').click();
    await expect(dialog.locator('.ant-form-item-explain-error')).toContainText('请填写意见');
    await dialog.getByRole('textbox').fill('第 2 行联系电话与通讯录不一致，请核实后重新报送');
    await dialog.getByTestId('comment-modal-ok').click();

    const outcome = page.getByTestId('bulk-outcome');
    await expect(outcome).toContainText('批量退回：成功 1 项，失败 1 项');
    await expect(outcome.getByTestId('bulk-failure')).toContainText(`桂林市 ${YEAR} 年`);
    await expect(outcome.getByTestId('bulk-failure')).toContainText('下不能“退回”');
    await expect(inbox.locator('tr.ant-table-row').filter({ hasText: TITLE })).toHaveCount(0);
    await shot(page, '90-inbox-province');
  });

  test('柳州市 reads the comment, fixes the row and resubmits', async ({ page }) => {
    await signIn(page, 'lz_city', '/inbox');
    await page.getByTestId('inbox-tab-responsibility-tables').click();
    const item = page.getByTestId('inbox-table-responsibility-tables').locator('tr.ant-table-row').filter({ hasText: TITLE });
    await expect(item).toContainText('已退回待修改');
    await item.getByTestId('inbox-item-link').click();
    await expect(page).toHaveURL(new RegExp(`/responsibility-tables/show/${id}$`));
    await expect(page.getByTestId('workflow-comment-notice')).toContainText('第 2 行联系电话与通讯录不一致');
    await page.getByRole('button', { name: '填写' }).click();
    await expect(page.getByTestId('workflow-comment-notice')).toContainText('退回意见');
    await cell(page, 2, '联系电话').fill('0772-2809999');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(new RegExp(`/responsibility-tables/show/${id}$`));
    await confirmAction(page, 'submit', '已核实更正');
    await expect(state(page)).toHaveText('已报送待审核');
  });

  test('the province approves, then reopens it with a comment', async ({ page }) => {
    await signIn(page, 'gx_province', `/responsibility-tables/show/${id}`);
    await expect(state(page)).toHaveText('已报送待审核');
    // Never approved yet: nothing to compare with.
    await expect(page.getByText('尚未审核通过，暂无可对比的版本')).toBeVisible();
    // The province reviews; it neither fills in nor submits.
    await expect(page.getByTestId('workflow-action-submit')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '填写' })).toHaveCount(0);
    await confirmAction(page, 'approve');
    await expect(state(page)).toHaveText('已审核通过');
    await expect(page.getByTestId('workflow-changes-none')).toBeVisible();

    await page.getByTestId('workflow-action-reopen').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('comment-modal-ok').click();
    await expect(dialog.locator('.ant-form-item-explain-error')).toContainText('请填写意见');
    await dialog.getByRole('textbox').fill('经办机构分管负责人已调整，请更新第 3 行');
    await dialog.getByTestId('comment-modal-ok').click();
    await expect(state(page)).toHaveText('已退回待修改');
  });

  test('柳州市 changes that row and resubmits', async ({ page }) => {
    await signIn(page, 'lz_city', `/responsibility-tables/edit/${id}`);
    await expect(page.getByTestId('workflow-comment-notice')).toContainText('请更新第 3 行');
    await cell(page, 3, '姓名').fill('覃新任');
    await cell(page, 3, '职务').fill('副局长（主持工作）');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(new RegExp(`/responsibility-tables/show/${id}$`));
    await confirmAction(page, 'submit');
    await expect(state(page)).toHaveText('已报送待审核');
  });

  test('the province sees exactly that change since the approval, approves, exports and prints', async ({ page }) => {
    await signIn(page, 'gx_province', `/responsibility-tables/show/${id}`);
    const changes = page.getByTestId('workflow-changes');
    await expect(changes.locator('tr.ant-table-row')).toHaveCount(2);
    await expect(changes).toContainText('第 3 行（经办机构分管负责人） · 姓名');
    await expect(changes).toContainText(person(2).name);
    await expect(changes).toContainText('覃新任');
    await expect(changes).toContainText('第 3 行（经办机构分管负责人） · 职务');
    await expect(changes).toContainText('副局长（主持工作）');
    // Every transition is in the history, with the comments.
    const history = page.getByTestId('workflow-history-item');
    await expect(history).toHaveCount(6);
    await expect(page.getByTestId('workflow-history')).toContainText('gx_province');
    await expect(page.getByTestId('workflow-history')).toContainText('省级督导');
    await expect(page.getByTestId('workflow-history')).toContainText('请更新第 3 行');
    await shot(page, '92-responsibility-table-show');

    await confirmAction(page, 'approve', '同意');
    await expect(state(page)).toHaveText('已审核通过');
    await expect(history).toHaveCount(7);
    await expect(page.getByTestId('workflow-actions').getByRole('button')).toHaveText(['重新打开']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
    expect(download.suggestedFilename()).toBe(`柳州市${YEAR}年医疗保障扶贫责任分工表.xlsx`);

    // the approval's toast sits over the header buttons, and a pointer resting on it keeps it open
    await page.mouse.move(0, 0);
    await expect(page.locator('.ant-notification-notice')).toHaveCount(0);
    await page.getByTestId('print-button').click();
    await expect(page).toHaveURL(new RegExp(`/responsibility-tables/print/${id}$`));
    const sheet = page.getByTestId('print-page');
    await expect(sheet.getByRole('heading')).toHaveText(`${YEAR}年医疗保障扶贫责任分工表`);
    await expect(sheet).toContainText('填报单位（盖章）：柳州市医疗保障局');
    await expect(sheet).toContainText('填报时间：');
    await expect(sheet.locator('th')).toHaveText(['责任分工', '姓名', '单位及部门', '职务', '联系电话']);
    await expect(sheet.locator('tbody tr')).toHaveCount(RESPONSIBILITY_ROLES.length + 1);
    await shot(page, '94-responsibility-table-print');
    // On paper only the form: no buttons, no notifications.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-now')).toBeHidden();
    await expect(sheet).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });

  test('the province’s status board counts both cities as filed and approved', async ({ page }) => {
    await signIn(page, 'gx_province', `/responsibility-tables/status?year=${YEAR}`);
    const summary = page.getByTestId('status-summary');
    await expect(summary).toContainText('应报单位');
    const board = page.getByTestId('status-table');
    const lz = board.locator('tr.ant-table-row').filter({ hasText: '450200' });
    await expect(lz).toContainText('柳州市');
    await expect(lz).toContainText('已审核通过');
    await expect(board.locator('tr.ant-table-row').filter({ hasText: '450300' })).toContainText('已审核通过');
    await expect(board.locator('tr.ant-table-row').filter({ hasText: '450100' })).toContainText('未创建');
    // Expanding 柳州市 shows its counties.
    await lz.getByRole('button', { name: /展开|Expand/ }).click();
    await expect(board.locator('tr.ant-table-row').filter({ hasText: '城中区' })).toBeVisible();
    await shot(page, '93-responsibility-table-status');
  });

  test('桂林市 cannot see 柳州市’s table, in the list or by URL', async ({ page }) => {
    await signIn(page, 'gl_city', '/responsibility-tables');
    const rows = page.locator('tr.ant-table-row');
    // every table 桂林市 has (its own; the demo's earlier years too) is listed, and nothing else
    const own = Number((await page.request.get('/api/responsibility-tables')).headers()['x-total-count']);
    expect(own).toBeGreaterThan(0);
    await expect(rows.filter({ hasText: '桂林市' })).toHaveCount(own);
    await expect(rows).toHaveCount(own);
    await expect(rows.filter({ hasText: '柳州市' })).toHaveCount(0);
    await page.goto(`/responsibility-tables/show/${id}`);
    await expect(page.getByTestId('page-404')).toBeVisible();
    await page.goto(`/responsibility-tables/print/${id}`);
    await expect(page.getByTestId('page-404')).toBeVisible();
    expect((await page.request.get(`/api/responsibility-tables/${id}`)).status()).toBe(404);
  });
});
