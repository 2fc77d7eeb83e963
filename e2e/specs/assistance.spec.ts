import type { Page } from '@playwright/test';
import { apiAs, expect, runJob, seriousA11yViolations, shot, test } from '../support/fixtures';
import { checkPage, hasRows, signIn, validId } from '../support/helpers';

/**
 * 三重保障 (issue 6) in the browser: the city revises its policy parameters and the province approves them;
 * the county records a settlement and sees the tiers, the flags and the trace; every page of the area renders
 * for the county, the city and the province without serious accessibility problems.
 */

test.describe.serial('policy parameters: 柳州市 drafts 2027 from 2026, sees the change, submits; the province approves', () => {
  let id = '';

  test('the city creates 2027 as a copy, edits a value and its source, sees the diff and submits', async ({ page }) => {
    await signIn(page, 'lz_city', '/policy-parameters/create');
    await page.getByTestId('parameters-year').fill('2027');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(/\/policy-parameters\/edit\/\d+/);
    id = /\/edit\/(\d+)/.exec(page.url())![1];

    const leaf = page.getByTestId('leaf-criticalIllness.deductible');
    // the editor holds every value of the document with its source
    // several hundred fields to fill: on a loaded machine the first wait is long
    await expect(leaf.getByRole('spinbutton')).toHaveValue('15000.00', { timeout: 120_000 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    // a missing source is caught under its field before anything is sent
    await leaf.getByRole('textbox').fill('');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(leaf.locator('.ant-form-item-explain-error')).toContainText('请注明政策依据');
    await leaf.getByRole('spinbutton').fill('16000');
    await leaf.getByRole('textbox').fill('广西城乡居民大病保险实施办法（2027年度，示例取值）：起付线1.6万元');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(new RegExp(`/policy-parameters/show/${id}`));
    await expect(page.getByTestId('workflow-state').first()).toHaveText('草稿');
    await expect(page.getByTestId('banner-none-approved')).toBeVisible();
    await page.getByRole('tab', { name: '大病保险' }).click();
    await expect(page.getByTestId('parameters-criticalIllness')).toContainText('16,000.00');
    await expect(page.getByTestId('year-diff')).toContainText('大病保险 · 起付线');
    await expect(page.getByTestId('year-diff')).toContainText('16,000.00');
    await shot(page, '200-policy-parameters-show');

    // the action bar sits at the top right, where the create and save toasts stack (antd keeps them while the
    // pointer rests nearby) and under the fixed header once the page has scrolled: the button is there and
    // enabled, so send it the click directly rather than through whatever covers it
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.getByTestId('workflow-action-submit')).toBeEnabled();
    await page.getByTestId('workflow-action-submit').dispatchEvent('click');
    await page.getByRole('dialog').getByTestId('comment-modal-ok').click();
    await expect(page.getByTestId('workflow-state').first()).toHaveText('已报送待审批');
  });

  test('the province approves; the copy in force is the one submitted', async ({ page }) => {
    await signIn(page, 'gx_province', `/policy-parameters/show/${id}`);
    await page.getByTestId('workflow-action-approve').click();
    await page.getByRole('dialog').getByTestId('comment-modal-ok').click();
    await expect(page.getByTestId('workflow-state').first()).toHaveText('已批准执行');
    await expect(page.getByTestId('banner-none-approved')).toHaveCount(0);
    await expect(page.getByTestId('banner-pending')).toHaveCount(0);
    await expect(page.getByTestId('workflow-history')).toContainText('批准');
  });
});

test('the county records a settlement and sees the tiers, the recorded ≠ computed flag and the trace', async ({ page }) => {
  await signIn(page, 'lz_chengzhong', '/settlements/create');
  await page.getByLabel('身份证号').fill(validId('45020219800101'));
  await page.getByLabel('姓名', { exact: true }).fill('结算测试甲');
  await page.getByLabel('结算日期').fill('2026-03-08');
  await page.getByLabel('结算日期').press('Enter');
  await page.getByLabel('定点医疗机构编码').fill('H45020200001');
  await page.getByLabel('定点医疗机构', { exact: true }).fill('柳州市工人医院');
  await page.getByLabel('总费用', { exact: true }).fill('1000');
  await page.getByLabel('政策范围内费用', { exact: true }).fill('1000');
  await page.getByLabel('目录内费用', { exact: true }).fill('1000');
  // the statement says basic insurance paid everything: the rules will not agree
  await page.getByLabel('基本医保', { exact: true }).fill('900');
  await page.getByRole('button', { name: '保存' }).click();
  const oop = page.locator('.ant-form-item').filter({ has: page.getByLabel('个人自付', { exact: true }) });
  await expect(oop.locator('.ant-form-item-explain-error')).toContainText('须等于总费用');
  await page.getByLabel('基本医保', { exact: true }).fill('1000');
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page).toHaveURL(/\/settlements\/show\/\d+/);
  await expect(page.getByTestId('tier-table')).toBeVisible();
  await expect(page.getByTestId('flag-recorded_mismatch').first()).toBeVisible();
  await expect(page.getByTestId('mismatch-banner')).toBeVisible();
  await expect(page.getByTestId('tier-diff-basic')).toBeVisible();
  await expect(page.getByTestId('settlement-trace').getByTestId('trace-step').first()).toContainText('基本医保起付线');
  await expect(page.getByTestId('settlement-trace')).toContainText('依据');
  await shot(page, '210-settlement-show');

  await page.goto('/settlements?filters[0][field]=flag&filters[0][operator]=eq&filters[0][value]=recorded_mismatch');
  await expect(page.locator('tr.ant-table-row').filter({ hasText: '结算测试甲' })).toBeVisible();
});

test('the calculator explains each tier of a poor inpatient with its rule and source', async ({ page }) => {
  await signIn(page, 'lz_chengzhong', '/settlements/calculator');
  await page.getByLabel('总费用', { exact: true }).fill('20000');
  await page.getByLabel('政策范围内费用', { exact: true }).fill('18000');
  await page.getByLabel('目录内费用', { exact: true }).fill('19000');
  await page.getByTestId('case-identities').click();
  await page.locator('.ant-select-item-option[title="建档立卡贫困人口"]').click();
  await page.keyboard.press('Escape');
  await page.getByTestId('calculate').click();
  await expect(page.getByTestId('tier-bar')).toBeVisible();
  await expect(page.getByTestId('tier-table')).toContainText('医疗救助');
  await expect(page.getByTestId('settlement-trace')).toContainText('大病保险');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await shot(page, '211-settlement-calculator');
});

test.describe('every 三重保障 page renders for its role without serious accessibility problems', () => {
  const heading = (name: string) => async (p: Page) => expect(p.getByRole('heading', { name, level: 4 })).toBeVisible();
  const ids = { parameters: 0, settlement: 0, recognition: 0, warning: 0 };

  test.beforeAll(async () => {
    const { api, csrf } = await apiAs('lz_chengzhong');
    const headers = { 'X-CSRF-Token': csrf };
    const [parameters] = (await (
      await api.get('/api/policy-parameters', { params: { regionCode: '450200', year: 2026, _start: 0, _end: 1 } })
    ).json()) as Array<{ id: number }>;
    ids.parameters = parameters.id;
    // a monitored person with a large inpatient bill: a settlement, then a warning once detection runs
    const idNumber = validId('45020219750505', 7);
    const settled = await api.post('/api/settlements', {
      headers,
      data: {
        idNumber,
        name: '预警测试乙',
        regionCode: '450202',
        year: 2026,
        settledOn: '2026-04-10',
        institutionCode: 'H45020200002',
        institutionName: '柳州市人民医院',
        visitType: 'inpatient',
        hospitalLevel: 'tertiary',
        inCounty: true,
        totalCost: 8_000_000,
        inPolicyCost: 7_000_000,
        inCatalogueCost: 7_500_000,
        identityCategories: ['monitored_unstable'],
        recorded: { basic: 4_000_000, criticalIllness: 1_000_000, medicalAid: 0, other: 0, outOfPocket: 3_000_000 },
      },
    });
    expect(settled.status(), await settled.text()).toBe(201);
    ids.settlement = ((await settled.json()) as { id: number }).id;
    await runJob(api, headers['X-CSRF-Token'], 'cost-warning-detections', { year: 2026 });
    const [warning] = (await (await api.get('/api/cost-warnings', { params: { year: 2026, _start: 0, _end: 1 } })).json()) as Array<{ id: number }>;
    ids.warning = warning.id;
    const recognised = await api.post('/api/chronic-recognitions', {
      headers,
      data: {
        idNumber: validId('45020219660606', 13),
        name: '认定测试丙',
        regionCode: '450202',
        diseaseCode: 'MT10',
        hospitalCode: 'H45020200002',
        hospitalName: '柳州市人民医院',
        hospitalLevel: 'tertiary',
        physicians: [
          { name: '李医生', title: 'attending' },
          { name: '王医生', title: 'chief' },
        ],
        recognizedOn: '2026-04-10',
      },
    });
    expect(recognised.status(), await recognised.text()).toBe(201);
    ids.recognition = ((await recognised.json()) as { id: number }).id;
    await api.dispose();
  });

  test('the county: parameters, settlements, imports, recognitions, warnings, pushes, figures', async ({ page }) => {
    await signIn(page, 'lz_chengzhong', '/policy-parameters');
    await checkPage(page, '/policy-parameters', hasRows, '220-policy-parameters-county');
    await checkPage(
      page,
      `/policy-parameters/show/${ids.parameters}`,
      (p) => expect(p.getByTestId('parameters-basic')).toBeVisible(),
      '221-policy-parameters-show-county',
    );
    await checkPage(page, '/settlements/calculator', (p) => expect(p.getByTestId('calculate')).toBeVisible(), '222-calculator');
    await checkPage(page, '/settlements', hasRows, '223-settlements');
    await checkPage(page, `/settlements/show/${ids.settlement}`, (p) => expect(p.getByTestId('settlement-trace')).toBeVisible(), '224-settlement-show');
    await checkPage(page, '/settlements/create', (p) => expect(p.getByLabel('身份证号')).toBeVisible(), '225-settlement-create');
    await checkPage(page, '/settlement-imports', heading('结算导入'), '226-settlement-imports');
    await checkPage(page, '/settlement-imports/create', (p) => expect(p.getByTestId('import-start')).toBeVisible(), '227-settlement-import-create');
    await checkPage(page, '/chronic-recognitions', hasRows, '228-chronic-recognitions');
    await checkPage(page, '/chronic-recognitions/create', (p) => expect(p.getByTestId('recognition-rules')).toBeVisible(), '229-chronic-recognition-create');
    await checkPage(
      page,
      `/chronic-recognitions/show/${ids.recognition}`,
      (p) => expect(p.getByTestId('recognition-status')).toBeVisible(),
      '230-chronic-recognition-show',
    );
    await checkPage(page, '/cost-warnings', hasRows, '231-cost-warnings');
    await checkPage(page, `/cost-warnings/show/${ids.warning}`, (p) => expect(p.getByTestId('burden')).toBeVisible(), '232-cost-warning-show');
    await checkPage(page, '/cost-warnings/pushes', heading('预警月度推送'), '233-cost-warning-pushes');
    await checkPage(page, '/assistance-stats', (p) => expect(p.getByTestId('stats-table')).toBeVisible(), '234-assistance-stats-county');
  });

  test('the city: parameters and their form, settlements, warnings, figures by county', async ({ page }) => {
    await signIn(page, 'lz_city', '/policy-parameters');
    await checkPage(page, '/policy-parameters', hasRows, '240-policy-parameters-city');
    await checkPage(page, '/policy-parameters/create', (p) => expect(p.getByTestId('parameters-year')).toBeVisible(), '241-policy-parameters-create');
    // the 2026 set is approved: its edit page says so and links to the record instead of a disabled form
    await checkPage(
      page,
      `/policy-parameters/edit/${ids.parameters}`,
      (p) => expect(p.getByTestId('not-editable')).toBeVisible(),
      '242-policy-parameters-edit',
    );
    await checkPage(page, '/settlements', hasRows, '243-settlements-city');
    await checkPage(page, '/cost-warnings', hasRows, '244-cost-warnings-city');
    await checkPage(
      page,
      '/assistance-stats',
      (p) => expect(p.getByTestId('stats-chart').getByTestId('bar').first()).toBeVisible(),
      '245-assistance-stats-city',
    );
  });

  test('the province: parameters, recognitions, warnings and the figures by city', async ({ page }) => {
    await signIn(page, 'gx_province', '/policy-parameters');
    await checkPage(page, '/policy-parameters', hasRows, '250-policy-parameters-province');
    await expect(page.getByRole('button', { name: '新建' })).toHaveCount(0);
    await checkPage(
      page,
      `/policy-parameters/show/${ids.parameters}`,
      (p) => expect(p.getByTestId('parameters-basic')).toBeVisible(),
      '251-policy-parameters-show-province',
    );
    await checkPage(page, '/chronic-recognitions', hasRows, '252-chronic-recognitions-province');
    await checkPage(page, '/cost-warnings', hasRows, '253-cost-warnings-province');
    await checkPage(page, '/settlements', hasRows, '254-settlements-province');
    await checkPage(
      page,
      '/assistance-stats',
      (p) => expect(p.getByTestId('stats-chart').getByTestId('bar').first()).toBeVisible(),
      '255-assistance-stats-province',
    );
  });
});
