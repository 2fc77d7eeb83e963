import { gzipSync } from 'node:zlib';
import { DEMO_PASSWORD, createUser, expect, seriousA11yViolations, shot, test } from '../support/fixtures';

/** Budget for the JS a browser downloads before the sign-in form works (gzip), from issue 3. */
const INITIAL_ROUTE_JS_BUDGET_KIB = 450;

test.describe('sign-in page', () => {
  test('is in Chinese, carries the product name, and has no serious accessibility problems', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: '医保帮扶督导平台' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '用户登录' })).toBeVisible();
    await expect(page).toHaveTitle(/医保帮扶督导平台/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await shot(page, '01-login');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test(`loads at most ${INITIAL_ROUTE_JS_BUDGET_KIB} KiB of JavaScript (gzip)`, async ({ page }) => {
    const scripts: Promise<{ url: string; gzip: number }>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script') scripts.push(res.body().then((body) => ({ url: res.url(), gzip: gzipSync(body, { level: 9 }).length })));
    });
    await page.goto('/login');
    await expect(page.getByTestId('login-submit')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(scripts);
    const kib = loaded.reduce((sum, s) => sum + s.gzip, 0) / 1024;
    test.info().annotations.push({ type: 'initial-route JS', description: `${loaded.length} files, ${kib.toFixed(1)} KiB gzip` });
    console.log(`initial-route JS on /login: ${loaded.length} files, ${kib.toFixed(1)} KiB gzip`);
    expect(kib).toBeLessThanOrEqual(INITIAL_ROUTE_JS_BUDGET_KIB);
  });

  test('five wrong passwords throttle this source for the name with a clear message, the same for every name', async ({ page }) => {
    const user = await createUser('e2e_lock');
    await page.goto('/login');
    await page.getByLabel('用户名', { exact: true }).fill(user.username);
    const password = page.getByLabel('密码', { exact: true });
    const error = page.getByTestId('login-error');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await password.fill(`Wrong#${attempt}x`);
      // Each attempt must reach the server and be answered before the next: the error text from the previous one
      // is still on screen, and a click while the button is loading would be lost (fewer than five failures).
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.request().method() === 'POST');
      await page.getByTestId('login-submit').click();
      expect((await answered).status()).toBe(401);
      await expect(error).toContainText('用户名或密码错误');
    }
    await shot(page, '02-login-locked');

    // Throttled means throttled: the right password from this source waits too (429 with Retry-After);
    // an unknown name gets the same answers, so the throttle tells nobody which names exist.
    await password.fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect(error).toContainText('登录尝试过于频繁');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a deep link while signed out leads to sign-in and back to the page asked for', async ({ page }) => {
    await page.goto('/regions');
    await expect(page).toHaveURL(/\/login\?to=%2Fregions/);
    await expect(page.getByText('登录已过期或尚未登录')).toBeVisible();
    // Sign in on that page (not a fresh /login, which would drop the ?to= it carries).
    await page.getByLabel('用户名', { exact: true }).fill('gx_province');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect(page).toHaveURL(/\/regions/);
    await expect(page.getByRole('heading', { name: '行政区划', level: 4 })).toBeVisible();
  });
});
