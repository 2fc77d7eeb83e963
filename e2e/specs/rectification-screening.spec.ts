import ExcelJS from 'exceljs';
import type { APIRequestContext } from '@playwright/test';
import type { OverProtectionScreeningSummary, RectificationBoard } from '../../shared/src';
import { JOB_TIMEOUT, apiAs, expect, runJob, test } from '../support/fixtures';
import { choose, signIn, tableRows, validId } from '../support/helpers';

/**
 * 数据筛查, the settlements behind a finding, the board and the 三张清单 in the browser (issue 14).
 *
 * Flagged settlements cannot be recorded under 柳州's real parameters (the calculator pays no one above 95 %),
 * so the spec sets up its own year: 柳州's 2033 parameters with the basic scheme paying 100 % of a primary
 * hospital's in-policy stay (submitted by the city, approved by the province), then 城中区 records 特困 stays
 * there over the API — each flagged `reimbursement_over_ceiling` by the calculator, as a real one would be.
 */
// a year of its own: parameter-editor.spec edits 柳州's 2031 set
const YEAR = 2033;
const RUN = Date.now().toString(36).slice(-6).toUpperCase();
const CAMPAIGN = `数据筛查 e2e ${RUN}`;
let campaignId = 0;

const post = (api: APIRequestContext, csrf: string, url: string, data: Record<string, unknown>) => api.post(url, { headers: { 'X-CSRF-Token': csrf }, data });

/** 柳州's parameters for YEAR, approved, with the basic inpatient ratio at a primary hospital at 100 % (once per database). */
async function approvedYear(): Promise<void> {
  const city = await apiAs('lz_city');
  const [existing] = (await (await city.api.get('/api/policy-parameters', { params: { regionCode: '450200', year: YEAR } })).json()) as Array<{
    state: string;
  }>;
  if (!existing) {
    const created = await post(city.api, city.csrf, '/api/policy-parameters', { regionCode: '450200', year: YEAR });
    expect(created.status(), await created.text()).toBe(201);
    const draft = (await created.json()) as { id: number; version: number; parameters: { basic: { ratioBp: { inpatient: { primary: { value: number } } } } } };
    draft.parameters.basic.ratioBp.inpatient.primary.value = 10_000;
    const patched = await city.api.patch(`/api/policy-parameters/${draft.id}`, {
      headers: { 'X-CSRF-Token': city.csrf },
      data: { parameters: draft.parameters, version: draft.version },
    });
    expect(patched.status(), await patched.text()).toBe(200);
    const submitted = await post(city.api, city.csrf, `/api/policy-parameters/${draft.id}/actions/submit`, {
      version: ((await patched.json()) as { version: number }).version,
    });
    expect(submitted.status(), await submitted.text()).toBe(200);
    const province = await apiAs('gx_province');
    const approved = await post(province.api, province.csrf, `/api/policy-parameters/${draft.id}/actions/approve`, {
      version: ((await submitted.json()) as { version: number }).version,
    });
    expect(approved.status(), await approved.text()).toBe(200);
    await province.api.dispose();
  }
  await city.api.dispose();
}

test.describe.serial('数据筛查: 柳州市 screens a year, reads the findings and the settlements behind them, the board and the three lists', () => {
  test.beforeAll(async () => {
    await approvedYear();
    // two 特困 stays of this run at 城中区's primary hospital: the three systems pay 98 % → flagged
    const county = await apiAs('lz_chengzhong');
    for (const n of [1, 2]) {
      const res = await post(county.api, county.csrf, '/api/settlements', {
        idNumber: validId('45020219600101', n * 7),
        name: `筛查对象${RUN}${n}`,
        regionCode: '450202',
        year: YEAR,
        settledOn: `${YEAR}-03-1${n}`,
        institutionCode: 'H45020200001',
        institutionName: '柳州市工人医院',
        settlementNo: `E2ES${RUN}${n}`,
        visitType: 'inpatient',
        hospitalLevel: 'primary',
        inCounty: true,
        totalCost: 1_000_000,
        inPolicyCost: 1_000_000,
        inCatalogueCost: 1_000_000,
        identityCategories: ['rural_tekun'],
        recorded: { basic: 980_000, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 20_000 },
      });
      expect(res.status(), await res.text()).toBe(201);
      expect(((await res.json()) as { flags: string[] }).flags).toContain('reimbursement_over_ceiling');
    }
    await county.api.dispose();
    const province = await apiAs('gx_province');
    const campaign = await post(province.api, province.csrf, '/api/rectification-campaigns', {
      name: CAMPAIGN,
      documentNo: '医保发〔2019〕57号',
      immediateDays: 30,
      transitionDueOn: '2030-12-31',
      startedOn: '2019-11-01',
    });
    expect(campaign.status(), await campaign.text()).toBe(201);
    campaignId = ((await campaign.json()) as { id: number }).id;
    await province.api.dispose();
  });

  test('the city starts a screening, follows it to done, reads the findings and opens the settlements behind one', async ({ page }) => {
    await signIn(page, 'lz_city', '/over-protection-screenings');
    await page.getByTestId('screening-open').click();
    const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('form-modal-ok') });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.ant-select-selection-item').first()).toHaveText('柳州市');
    await dialog.getByLabel('年度', { exact: true }).fill(String(YEAR));
    await choose(page, dialog.getByLabel('登记到专项治理', { exact: true }), `${CAMPAIGN}（医保发〔2019〕57号）`);
    await dialog.getByTestId('form-modal-ok').click();

    await expect(page).toHaveURL(/\/over-protection-screenings\/show\/\d+/);
    // the address changes before the job's page replaces the list: its status and progress would match the list's rows
    await expect(page.getByTestId('screening-items-cell')).toHaveCount(0);
    const jobId = Number(/\/show\/(\d+)/.exec(page.url())![1]);
    await expect(page.getByTestId('screening-status')).toHaveText('已完成', { timeout: JOB_TIMEOUT });
    await expect(page.getByTestId('screening-progress').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    const job = (await (await page.request.get(`/api/over-protection-screenings/${jobId}`)).json()) as { result: OverProtectionScreeningSummary };
    const line = job.result.lines.find((l) => l.regionCode === '450202' && l.problemType === 'over_reimbursement')!;
    expect(line.settlements).toBeGreaterThanOrEqual(2);
    expect(line.itemId).not.toBeNull();

    // the summary: one row per county × type, with its outcome, figures and a link to its item
    await expect(page.getByTestId('screening-done')).toContainText(`${YEAR} 年`);
    const row = tableRows(page.getByTestId('screening-lines')).filter({ hasText: '城中区' }).filter({ hasText: '95%' });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('screening-outcome')).toHaveText(/新增事项|已更新|未变/);
    await expect(row).toContainText(String(line.settlements));
    await expect(row).toContainText(String(line.affectedPersons));

    // the item: its settlements card lists exactly the settlements counted, IDs masked, each linked
    await row.getByTestId(`screening-item-${line.itemId}`).click();
    await expect(page).toHaveURL(new RegExp(`/rectification-items/show/${line.itemId}$`));
    const card = page.getByTestId('screening-settlements');
    await expect(card).toContainText(`筛查涉及的结算（${line.settlements} 条）`);
    await expect(tableRows(card)).toHaveCount(Math.min(line.settlements, 10));
    await expect(tableRows(card).filter({ hasText: `筛查对象${RUN}1` })).toContainText('*');
    await expect(card).not.toContainText(/\d{17}[\dX]/);
    await tableRows(card)
      .filter({ hasText: `筛查对象${RUN}1` })
      .getByTestId('screening-settlement-link')
      .click();
    await expect(page).toHaveURL(/\/settlements\/show\/\d+/);
    await expect(page.getByText(`筛查对象${RUN}1`).first()).toBeVisible();
  });

  test('the board shows the items per region and state as the API counts them; a figure opens those items', async ({ page }) => {
    const city = await apiAs('lz_city');
    await runJob(city.api, city.csrf, 'over-protection-screenings', { year: YEAR, campaignId, regionCode: '450200' });
    const board = (await (await city.api.get('/api/rectification-items/board')).json()) as RectificationBoard;
    await city.api.dispose();
    const chengzhong = board.rows.find((r) => r.regionCode === '450202')!;
    expect(chengzhong.states.identified).toBeGreaterThanOrEqual(1);

    await signIn(page, 'lz_city', '/rectification-items');
    await page.getByTestId('open-board').click();
    await expect(page).toHaveURL(/\/rectification-items\/board/);
    await expect(page.getByTestId('board-450202-identified')).toHaveText(String(chengzhong.states.identified));
    await expect(page.getByTestId('board-450202-total')).toHaveText(String(chengzhong.total));
    await expect(page.getByTestId('board-total-total')).toHaveText(String(board.totals.total));
    await page.getByTestId('board-450202-identified').click();
    await expect(page).toHaveURL(/\/rectification-items\?/);
    await expect(tableRows(page)).toHaveCount(Math.min(chengzhong.states.identified, 20));
    for (const r of await tableRows(page).all()) await expect(r).toContainText('城中区');
  });

  test('the three lists: disabled until a campaign is chosen, then one XLSX with the three sheets', async ({ page }) => {
    const city = await apiAs('lz_city');
    await runJob(city.api, city.csrf, 'over-protection-screenings', { year: YEAR, campaignId, regionCode: '450200' });
    await city.api.dispose();
    await signIn(page, 'lz_city', '/rectification-items');
    await expect(page.getByTestId('export-lists')).toBeDisabled();
    await page.goto(`/rectification-items?filters[0][field]=campaignId&filters[0][operator]=eq&filters[0][value]=${campaignId}`);
    await expect(page.getByTestId('export-lists')).toBeEnabled();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-lists').click()]);
    expect(download.suggestedFilename()).toBe('柳州市过度保障问题整改三张清单.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    expect(book.worksheets.map((w) => w.name)).toEqual(['问题清单', '任务清单', '责任清单']);
    expect(String(book.worksheets[0].getCell(1, 1).value)).toContain(CAMPAIGN);
  });
});
