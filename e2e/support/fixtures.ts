import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Locator, type Page, test as base, expect, request } from '@playwright/test';
import * as fs from 'node:fs';
import * as path from 'node:path';

export { expect };

export const DEMO_PASSWORD = 'Demo#2026';

/**
 * How long a background job (import, recompute, detection) may take to finish on a loaded machine: longer than
 * the default wait for a state, which covers one request and its render.
 */
export const JOB_TIMEOUT = 120_000;
export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

/** The URL the global setup started the API on (set before the workers start). */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run through `npm test -w e2e` (the global setup starts the API)');
  return url;
}

export const test = base.extend({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(baseUrl()),
});

/** Signs in through the login form and waits for the signed-in layout. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('header-user')).toBeVisible();
}

export async function logout(page: Page): Promise<void> {
  await closeNotices(page);
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * Closes every notification: one in the top-right corner covers the header's buttons and a page's action bar,
 * and the pointer resting on it keeps it open (antd pauses closing on hover). One may close by itself meanwhile,
 * so a missed close is not an error; what counts is that none is left.
 */
export async function closeNotices(page: Page): Promise<void> {
  const close = page.locator('.ant-notification-notice-close');
  await expect(async () => {
    if ((await close.count()) > 0)
      await close
        .first()
        .click({ timeout: 5_000 })
        .catch(() => undefined);
    await expect(page.locator('.ant-notification-notice')).toHaveCount(0, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}

/**
 * Waits until an antd overlay (popover, dropdown, modal) has finished its open animation: rc-motion puts
 * `<motion>-appear|enter…` classes on it while it opens and removes them once it rests. A click that lands
 * mid-animation can be lost; one after it cannot.
 */
export async function settled(overlay: Locator): Promise<void> {
  await expect(overlay).toBeVisible();
  await expect(overlay).not.toHaveClass(/-(appear|enter)(-|\s|$)/);
}

/**
 * Confirms the open Popconfirm and waits for what the confirmation leads to. A click that lands while antd's zoom
 * animation is still settling is sometimes lost (seen once in CI: the 确定 click "done", no request sent, the
 * popconfirm still open): the click waits for the animation to end. Should the popconfirm still be open after
 * that, the click is repeated; the outcome (a notice, a row) is what is awaited, never a time.
 */
export async function confirmPopconfirm(page: Page, outcome: Locator, button: RegExp = /确\s*定/): Promise<void> {
  const pop = page.locator('.ant-popconfirm:not(.ant-popover-hidden)');
  await expect(async () => {
    if (await pop.isVisible()) {
      await settled(pop);
      await pop.getByRole('button', { name: button }).click();
    }
    await expect(outcome).toBeVisible();
  }).toPass({ timeout: 120_000 });
}

/**
 * The sider's leaf entries (group headers excluded), for `expect(…).toHaveText([...])`: an assertion on the
 * locator waits until the menu shows them, where a read of the texts would take whatever is drawn so far.
 */
export const menuEntries = (page: Page): Locator => page.getByTestId('side-menu').locator('li.ant-menu-item');

/** A full-page screenshot kept as an artifact (e2e/artifacts is git-ignored). */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // The finished page: nothing loading (antd's spinners and skeletons gone); motion is finished by the
  // screenshot itself (`animations: 'disabled'` runs CSS transitions and animations to their end).
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
  // From the top: a page scrolled while filling in would show its sticky header mid-picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** axe-core on the current page: WCAG 2 A/AA; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page) {
  // antd animates colours (0.2 s transitions): on a loaded machine axe can sample a button halfway from
  // disabled to enabled and report its contrast. Judge the settled page: no transitions or animations.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

/** An API client signed in as `username` (cookie session + CSRF header), for arranging test data. */
export async function apiAs(username: string, password = DEMO_PASSWORD): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL: baseUrl() });
  const res = await api.post('/api/auth/login', { data: { username, password } });
  expect(res.status(), await res.text()).toBe(200);
  const { user } = (await res.json()) as { user: { csrfToken: string } };
  return { api, csrf: user.csrfToken };
}

/**
 * Starts a background job through the API (`POST /api/<resource>` → 202) and polls it to its end; returns the
 * finished job, which must have succeeded.
 */
export async function runJob(
  api: APIRequestContext,
  csrf: string,
  resource: string,
  data: Record<string, unknown>,
): Promise<{ id: number; result: Record<string, unknown> }> {
  const started = await api.post(`/api/${resource}`, { headers: { 'X-CSRF-Token': csrf }, data });
  expect(started.status(), await started.text()).toBe(202);
  const { id } = (await started.json()) as { id: number };
  let job: { id: number; status: string; message: string | null; result: Record<string, unknown> } | undefined;
  await expect
    .poll(
      async () => {
        job = (await (await api.get(`/api/${resource}/${id}`)).json()) as typeof job;
        return job?.status;
      },
      { timeout: JOB_TIMEOUT },
    )
    .toMatch(/^(succeeded|failed)$/);
  expect(job?.status, job?.message ?? '').toBe('succeeded');
  return job!;
}

export interface CreatedUser {
  id: number;
  username: string;
  displayName: string;
  version: number;
}

/**
 * Creates a ready account through the API (unique name per call), as 三权分立 has it: the system admin
 * creates it with an initial password, the security admin authorises its role, and its user replaces the
 * initial password with `password` (an administrator-set password must be changed at the first login).
 */
export async function createUser(prefix: string, role = 'county_officer', regionCode = '450202', password = DEMO_PASSWORD): Promise<CreatedUser> {
  const { api, csrf } = await apiAs('admin');
  const username = `${prefix}_${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const initial = `Init#${Math.random().toString(36).slice(2, 10)}Q7`;
  const res = await api.post('/api/users', {
    headers: { 'X-CSRF-Token': csrf },
    data: { username, displayName: `测试用户 ${username}`, password: initial, role, regionCode },
  });
  expect(res.status(), await res.text()).toBe(201);
  const created = (await res.json()) as CreatedUser;
  await api.dispose();
  const security = await apiAs('security');
  const authorised = await security.api.post(`/api/users/${created.id}/authorize`, {
    headers: { 'X-CSRF-Token': security.csrf },
    data: { version: created.version },
  });
  expect(authorised.status(), await authorised.text()).toBe(200);
  const own = await apiAs(username, initial);
  const changed = await own.api.post('/api/auth/password', {
    headers: { 'X-CSRF-Token': own.csrf },
    data: { currentPassword: initial, newPassword: password },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  await own.api.dispose();
  // the record as it is now (the password change counts as a version)
  const user = (await (await security.api.get(`/api/users/${created.id}`)).json()) as CreatedUser;
  await security.api.dispose();
  return user;
}
