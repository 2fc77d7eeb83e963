import type { APIRequestContext, Page } from '@playwright/test';
import type { FraudCaseRecord } from '@yibao/shared';
import { apiAs, closeNotices, expect, test } from '../support/fixtures';
import { choose, signIn } from '../support/helpers';

/**
 * Issue 16's dialogs beside a fraud case's workflow, in the browser, on 柳州's demo cases (柳州's inspector is one of
 * the handling unit's officers): ending an open pause (中止) recomputes the deadline; recording the court's acceptance of
 * enforcement on a served case with amounts owed; correcting an evidence file's type (证据种类). Each test picks a demo
 * case in the state it needs and leaves the others alone.
 */

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** Today in China (UTC+8), the date the dialogs offer by default. */
const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * 柳州市's demo cases, each read whole (its pauses, amounts owed and court enforcement): filed before today, so never a
 * case another spec files while this one runs (fraud-cases.spec files and works its own today).
 */
async function lzCases(api: APIRequestContext): Promise<FraudCaseRecord[]> {
  const listed = (await (await api.get('/api/fraud-cases', { params: { _start: 0, _end: 100 } })).json()) as Array<{
    id: number;
    regionCode: string;
    filedOn: string;
  }>;
  const own = listed.filter((c) => c.regionCode === '450200' && c.filedOn < chinaToday());
  return Promise.all(own.map(async (c) => (await (await api.get(`/api/fraud-cases/${c.id}`)).json()) as FraudCaseRecord));
}

const tab = (page: Page, name: RegExp) => page.getByTestId('case-tabs').getByRole('tab', { name });

test('an officer ends an open pause on its document date: the pause closes on that day, one day not counted', async ({ page }) => {
  const { api, csrf } = await apiAs('lz_inspector');
  const open = (await lzCases(api)).find((c) => c.state === 'investigating' && c.pauses.length === 0 && c.countdown?.overdue === false);
  expect(open, 'the demo has an investigating 柳州 case within its deadline, without pauses').toBeTruthy();
  // an appraisal whose end is not yet known (an open pause), from today
  const paused = await api.post(`/api/fraud-cases/${open!.id}/pauses`, {
    headers: { 'X-CSRF-Token': csrf },
    data: { kind: 'appraisal', from: chinaToday(), version: open!.version },
  });
  expect(paused.status(), await paused.text()).toBe(201);

  await signIn(page, 'lz_inspector', `/fraud-cases/show/${open!.id}`);
  const pauses = page.getByTestId('case-pauses');
  await expect(pauses.locator('tr.ant-table-row')).toHaveCount(1);
  await expect(pauses).toContainText('进行中');
  await pauses.getByTestId('case-pause-end-open').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`自 ${chinaToday()} 起的中止`);
  await page.getByTestId('case-pause-end-ok').click();
  await expect(dialog).toHaveCount(0);
  await expect(pauses).not.toContainText('进行中');
  await expect(pauses.locator('tr.ant-table-row').first()).toContainText(chinaToday());
  await expect(pauses.getByTestId('case-pause-end-open')).toHaveCount(0);

  const after = (await (await api.get(`/api/fraud-cases/${open!.id}`)).json()) as FraudCaseRecord;
  expect(after.pauses).toEqual([expect.objectContaining({ kind: 'appraisal', from: chinaToday(), to: chinaToday() })]);
  // one day not counted (both ends included): the deadline a day later, unless that day only moved it within a weekend
  // it was already moved off (令第4号 art. 58)
  expect(after.pauses[0].days).toBe(1);
  expect(after.decisionDueOn >= open!.decisionDueOn).toBe(true);
  await api.dispose();
});

test('an officer records that the court accepted enforcement of a served decision with amounts still owed', async ({ page }) => {
  const { api } = await apiAs('lz_inspector');
  const owing = (await lzCases(api)).find(
    (c) => ['served', 'executing'].includes(c.state) && !c.courtEnforcementAccepted && Object.values(c.owed).some((v) => v > 0),
  );
  expect(owing, 'the demo has a served or executing 柳州 case with amounts owed').toBeTruthy();
  const documentNo = `（2026）桂0202行审${Date.now() % 100_000}号`;

  await signIn(page, 'lz_inspector', `/fraud-cases/show/${owing!.id}`);
  await tab(page, /^执行$/).click();
  await page.getByTestId('case-court-enforcement-open').click();
  const dialog = page.getByRole('dialog');
  // the document number is required: refused under its field before anything is sent
  await page.getByTestId('case-court-enforcement-ok').click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toContainText('请填写法院受理文书号');
  await dialog.getByLabel('受理文书号').fill(documentNo);
  await page.getByTestId('case-court-enforcement-ok').click();
  await expect(dialog).toHaveCount(0);
  const accepted = page.getByTestId('case-court-enforcement-accepted');
  await expect(accepted).toContainText(documentNo);
  await expect(accepted).toContainText(chinaToday());
  // recorded once: the button is gone
  await expect(page.getByTestId('case-court-enforcement-open')).toHaveCount(0);

  const after = (await (await api.get(`/api/fraud-cases/${owing!.id}`)).json()) as FraudCaseRecord;
  expect(after.courtEnforcementAccepted).toBe(true);
  expect(after.courtEnforcement).toMatchObject({ acceptedOn: chinaToday(), documentNo });
  await api.dispose();
});

test('an officer corrects an evidence file’s type (证据种类) on the case’s evidence tab', async ({ page }) => {
  const { api, csrf } = await apiAs('lz_inspector');
  const investigating = (await lzCases(api)).find((c) => c.state === 'investigating');
  expect(investigating, 'the demo has an investigating 柳州 case').toBeTruthy();
  const fileName = `询问笔录-${Date.now().toString(36)}.pdf`;
  const uploaded = await api.post(`/api/fraud-cases/${investigating!.id}/attachments`, {
    headers: { 'X-CSRF-Token': csrf },
    multipart: { file: { name: fileName, mimeType: 'application/pdf', buffer: PDF }, evidenceType: 'documentary' },
  });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  const { id: attachmentId } = (await uploaded.json()) as { id: number };

  await signIn(page, 'lz_inspector', `/fraud-cases/show/${investigating!.id}`);
  await tab(page, /^证据/).click();
  const row = page.getByTestId('attachment-list').locator('tr.ant-table-row', { hasText: fileName });
  await expect(row).toHaveCount(1);
  const type = row.getByRole('combobox', { name: '证据种类' });
  await expect(row).toContainText('书证');
  await closeNotices(page);
  await choose(page, type, '当事人陈述');
  await expect(page.getByText('证据种类已更正')).toBeVisible();
  await expect(row).toContainText('当事人陈述');

  const files = (await (await api.get(`/api/fraud-cases/${investigating!.id}/attachments`)).json()) as Array<{ id: number; evidenceType: string | null }>;
  expect(files.find((f) => f.id === attachmentId)?.evidenceType).toBe('party_statement');
  // the page read again shows what is stored
  await page.reload();
  await tab(page, /^证据/).click();
  await expect(page.getByTestId('attachment-list').locator('tr.ant-table-row', { hasText: fileName })).toContainText('当事人陈述');
  await api.dispose();
});
