import type { Locator, Page } from '@playwright/test';
import { idNumberCheckChar } from '../../shared/src';
import { DEMO_PASSWORD, expect, seriousA11yViolations, settled, shot } from './fixtures';

/**
 * The steps the specs share, written once. A spec that needs one imports it from here; a helper used by one
 * spec only stays in that spec.
 */

/** A valid ID number: region and birth date (14 digits), a sequence from the clock, the right check digit. */
export function validId(regionAndBirth: string, offset = 0): string {
  const first17 = `${regionAndBirth}${String((Date.now() + offset) % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/**
 * Signs in through the API on the page's own cookie jar and opens `path` directly: one page load instead
 * of the login form's two (the form itself is covered by login.spec and the flows that use `login`).
 */
export async function signIn(page: Page, username: string, path: string): Promise<void> {
  const res = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  await page.goto(path);
  await expect(page.getByTestId('header-user')).toBeVisible();
}

/**
 * Clicks a button once it is idle: antd ignores a click on a button in its loading state, and a form's save button
 * stays loading while the form refetches its record after a refused save — on a loaded machine the next click can
 * land in that window and do nothing (the CI of e9bd9bda: screening-rules' second save was never sent).
 */
export async function clickWhenIdle(button: Locator): Promise<void> {
  await expect(button).not.toHaveClass(/ant-btn-loading/);
  await button.click();
}

/**
 * Picks an option of an antd Select (or TreeSelect) by its label: `field` is the select's combobox, or the
 * label of one in the page's form. The click goes to the select's box (its chosen value covers the combobox
 * input), from the top of the page (the fixed header covers a filter bar scrolled under it).
 */
export async function choose(page: Page, field: Locator | string, option: string): Promise<void> {
  const combobox = typeof field === 'string' ? page.locator('form').getByLabel(field, { exact: true }) : field;
  await page.evaluate(() => window.scrollTo(0, 0));
  await combobox.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select-selector ")][1]').click();
  // the open one: not hidden, and not another select's dropdown still animating closed
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])');
  await settled(dropdown);
  await dropdown.getByText(option, { exact: true }).click();
}

/** Picks a region in the RegionTreeSelect labelled `label` (in the page's form) by searching its (unique) name. */
export async function chooseRegion(page: Page, label: string, name: string): Promise<void> {
  const input = page.locator('form').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(name);
  await page.locator(`.ant-select-tree-node-content-wrapper[title="${name}"]`).click();
}

/** The rows of the antd tables in `scope` (a page, or one table by its test id). */
export const tableRows = (scope: Page | Locator) => scope.locator('tr.ant-table-row');

/** A list page is ready once its table shows a row. */
export const hasRows = (page: Page) => expect(tableRows(page).first()).toBeVisible();

/** Opens `path`, waits until `ready`, checks for serious accessibility problems and keeps a screenshot. */
export async function checkPage(page: Page, path: string, ready: (p: Page) => Promise<void>, name: string): Promise<void> {
  await page.goto(path);
  await ready(page);
  expect(await seriousA11yViolations(page), path).toEqual([]);
  await shot(page, name);
}

/** The open workflow action's dialog (its comment and payload fields). */
export const actionDialog = (page: Page) => page.getByTestId('comment-modal');

/** Takes a workflow action from the record's action bar, filling its payload with `fill`, and waits for the dialog to close. */
export async function workflowAction(page: Page, action: string, fill: (dialog: Locator) => Promise<void> = async () => {}): Promise<void> {
  await page.getByTestId(`workflow-action-${action}`).click();
  const dialog = actionDialog(page);
  await expect(page.getByTestId('comment-modal-ok')).toBeVisible();
  await fill(dialog);
  await page.getByTestId('comment-modal-ok').click();
  await expect(dialog).toHaveCount(0);
}
