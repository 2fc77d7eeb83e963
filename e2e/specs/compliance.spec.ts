import { COMPLIANCE_INDICATORS, type ComplianceCellExplanation, type ComplianceIndicatorId, chinaDate } from '../../shared/src';
import { apiAs, expect, login, runJob, shot, test } from '../support/fixtures';
import { tableRows } from '../support/helpers';

/**
 * 政策合规审计 in the browser (issue 18): the provincial supervisor lands on the compliance overview, computes 柳州's
 * current year (a compliance run), opens the scorecard, opens a red cell of 城中区 (450202) — one whose records are
 * settlements when there is one, as the issue has it — reads its explanation, follows the drill-down to the list of the
 * numerator's records, comes back to the open cell, comments on it and files a follow-up action, which the actions
 * page then lists.
 */
const CITY = '450200';
const COUNTY = '450202';

test('the province computes 柳州’s year, drills from a red cell of 城中区 to its records and files a follow-up action', async ({ page }) => {
  const year = chinaDate(new Date()).slice(0, 4);
  await login(page, 'gx_province');
  // the provincial supervisor lands on the overview
  await expect(page).toHaveURL(/\/compliance-home/);
  await expect(page.getByTestId('compliance-home')).toBeVisible();

  const { api, csrf } = await apiAs('gx_province');
  await runJob(api, csrf, 'compliance-runs', { regionCode: CITY, period: year });
  await api.dispose();

  await page.goto(`/compliance?regionCode=${CITY}&period=${year}`);
  const scorecard = page.getByTestId('compliance-scorecard');
  await expect(scorecard.getByText('城中区').first()).toBeVisible();
  await expect(page.getByTestId('compliance-run-info')).toContainText(/计算于/);
  await expect(page.getByTestId('compliance-legend')).toContainText('未达标');
  await expect(page.getByTestId('compliance-average')).toBeVisible();

  // a red cell of 城中区: status in words and icon as well as colour
  const red = scorecard.locator(`[data-testid^="cell-${COUNTY}-"][data-status="red"]`);
  await expect(red.first()).toBeVisible();
  const ids = (await red.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-testid') ?? ''))).map(
    (testId) => testId.slice(`cell-${COUNTY}-`.length) as ComplianceIndicatorId,
  );
  const indicatorId = ids.find((id) => COMPLIANCE_INDICATORS[id].drillDown.resource === 'settlements') ?? ids[0];
  const cell = scorecard.getByTestId(`cell-${COUNTY}-${indicatorId}`);
  await expect(cell).toContainText('未达标');
  await shot(page, '80-compliance-scorecard');
  await cell.click();

  const drawer = page.getByTestId('compliance-drawer');
  await expect(page).toHaveURL(new RegExp(`cell=${COUNTY}%3A${indicatorId}`));
  await expect(drawer.getByTestId('compliance-drawer-title')).toContainText('城中区');
  await expect(drawer.getByTestId('compliance-cell-figures')).toBeVisible();
  await expect(drawer.getByTestId('compliance-cell-source')).not.toBeEmpty();
  await expect(drawer.getByTestId('compliance-trend')).toBeVisible();
  await expect(drawer.getByTestId('compliance-trend-table').locator('tr.ant-table-row')).not.toHaveCount(0);
  await shot(page, '81-compliance-cell');

  // the drill-down: the list the catalogue names, filtered to the cell
  const explanation = (await (await page.request.get(`/api/compliance/cells/${COUNTY}/${year}/${indicatorId}`)).json()) as ComplianceCellExplanation;
  await drawer.getByTestId('compliance-drill-down').click();
  await expect(page).toHaveURL(new RegExp(`/${explanation.drillDown.resource}\\?filters`));
  await expect(page.getByTestId('page-403')).toHaveCount(0);
  if (explanation.drillDown.resource === 'settlements') {
    // a red cell counts settlements of 城中区: the list shows them
    await expect(tableRows(page).first()).toContainText('城中区');
  }
  await shot(page, '82-compliance-drill-down');

  // back to the scorecard with the cell still open
  await page.goBack();
  await expect(drawer.getByTestId('compliance-drawer-title')).toContainText('城中区');

  // a comment on the cell
  const comment = `城中区${indicatorId}未达标，请说明原因（${Date.now().toString(36)}）`;
  await drawer.getByTestId('compliance-comment-open').click();
  await page.getByTestId('compliance-comment-text').fill(comment);
  await page.getByTestId('compliance-comment-ok').click();
  await expect(drawer.getByTestId('compliance-cell-comments')).toContainText(comment);

  // a follow-up action: responsible 城中区 (the default), due in 30 days (the default)
  const title = `督促城中区整改${indicatorId}（${Date.now().toString(36)}）`;
  await drawer.getByTestId('compliance-action-open').click();
  await page.getByTestId('compliance-action-title').fill(title);
  await page.getByTestId('compliance-action-ok').click();
  const action = drawer.getByTestId('compliance-action').filter({ hasText: title });
  await expect(action).toBeVisible();
  await expect(action.getByTestId('compliance-action-status')).toHaveText('待办');
  await shot(page, '83-compliance-follow-up');

  // listed on the region's actions page (newest first), with the way back to its cell
  await page.goto('/compliance-actions?sorters[0][field]=id&sorters[0][order]=desc');
  const row = tableRows(page.getByTestId('compliance-actions')).filter({ hasText: title });
  await expect(row).toBeVisible();
  await row.getByTestId('compliance-action-cell').click();
  await expect(page).toHaveURL(new RegExp(`/compliance\\?.*cell=${COUNTY}%3A${indicatorId}`));
  await expect(drawer.getByTestId('compliance-action').filter({ hasText: title })).toBeVisible();
});
