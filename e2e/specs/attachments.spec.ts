import { apiAs, confirmPopconfirm, expect, test } from '../support/fixtures';
import { signIn } from '../support/helpers';

/**
 * Issue 14's evidence files in the browser, on the first record that has them: 城中区 uploads a stamped scan
 * (PDF) and a photo (PNG) to its own 2031 责任分工表 with a progress bar, previews both, downloads the PDF
 * under its Chinese name and deletes the photo. The data (城中区's 2031 table) belong to this file only.
 */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('城中区 attaches, previews, downloads and deletes evidence on its table', async ({ page }) => {
  const { api, csrf } = await apiAs('lz_chengzhong');
  const created = await api.post('/api/responsibility-tables', { headers: { 'X-CSRF-Token': csrf }, data: { regionCode: '450202', year: 2031 } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: number };
  await api.dispose();

  await signIn(page, 'lz_chengzhong', `/responsibility-tables/show/${id}`);
  const box = page.getByTestId('attachments');
  await expect(box.getByText('暂无附件')).toBeVisible();

  await page.getByTestId('attachment-note').fill('盖章扫描件');
  await box.locator('input[type=file]').setInputFiles({ name: '城中区责任分工表（盖章）.pdf', mimeType: 'application/pdf', buffer: PDF });
  const rows = page.getByTestId('attachment-list').locator('tr.ant-table-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('城中区责任分工表（盖章）.pdf');
  await expect(rows.first()).toContainText('盖章扫描件');
  await expect(rows.first()).toContainText('lz_chengzhong');
  // a photo named like a PDF is kept as what it is
  await box.locator('input[type=file]').setInputFiles({ name: '现场照片.pdf', mimeType: 'application/pdf', buffer: PNG });
  await expect(rows).toHaveCount(2);

  await rows.nth(1).getByTestId('attachment-preview').click();
  await expect(page.getByTestId('attachment-image-preview')).toBeVisible();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /close|关闭/i })
    .click();
  await rows.first().getByTestId('attachment-preview').click();
  await expect(page.getByTestId('attachment-pdf-preview')).toBeVisible();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /close|关闭/i })
    .click();

  const downloading = page.waitForEvent('download');
  await rows.first().getByTestId('attachment-download').click();
  expect((await downloading).suggestedFilename()).toBe('城中区责任分工表（盖章）.pdf');

  await rows.nth(1).getByTestId('attachment-delete').click();
  await confirmPopconfirm(page, page.getByTestId('attachment-list').filter({ hasNotText: '现场照片' }));
  await expect(rows).toHaveCount(1);

  // a file that is not evidence is refused with the reason
  await box
    .locator('input[type=file]')
    .setInputFiles({ name: 'page.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await expect(page.locator('.ant-notification-notice').filter({ hasText: 'text/html' })).toBeVisible();
  await expect(rows).toHaveCount(1);
});
