import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { OverProtectionScreeningSummary, RectificationItemRecord } from '@yibao/shared';
import { rectificationCampaign, storedSettlement } from '../../../../test/fixtures';
import { idFor, Session, testAppWith } from '../../../../test/harness';
import { JobsService } from '../../../platform/jobs/jobs.service';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * 数据筛查 over HTTP (issue 14): flagged settlements become one screening item per county × year × problem
 * type; a re-run updates, a recurrence after 销号 opens a new item; the drill-down lists exactly the settlements.
 * The settlements are stored rows as the calculator leaves them (its flags are pinned by its own property tests).
 */
describe('over-protection screening (过度保障数据筛查)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-screening-'));
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong', 'lz_inspector'], { ATTACHMENT_DIR: dir });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  let seq = 0;
  /** One stored settlement: three systems paid `paid` of an in-policy cost of `inPolicy`, carrying `flags`. */
  const settlement = (
    county: string,
    person: number,
    flags: string[],
    inPolicy: number,
    paid: number,
    year = 2026,
    createdAt = new Date(`${year}-03-01T02:00:00Z`),
  ) =>
    storedSettlement(t, {
      idNumber: idFor(county, '19600101', person),
      regionCode: county,
      settledOn: `${year}-03-01`,
      settlementNo: `S${++seq}`,
      visitType: 'inpatient',
      cost: inPolicy,
      paid: { basic: Math.floor(paid * 0.7), criticalIllness: Math.floor(paid * 0.2), medicalAid: paid - Math.floor(paid * 0.7) - Math.floor(paid * 0.2) },
      flags,
      createdAt,
    });

  const campaign = () => rectificationCampaign(t, s.gx_province);

  async function screen(who: Session, body: Record<string, unknown>): Promise<OverProtectionScreeningSummary> {
    const started = await t.as(who).post('/api/over-protection-screenings').send(body).expect(202);
    expect(started.body).toMatchObject({ kind: 'over-protection-screening', status: 'queued' });
    await t.app.get(JobsService).settle(started.body.id);
    const job = (await t.as(who).get(`/api/over-protection-screenings/${started.body.id}`).expect(200)).body;
    expect(job).toMatchObject({ status: 'succeeded', message: null });
    return job.result as OverProtectionScreeningSummary;
  }

  const screeningItems = async (who: Session, campaignId: number): Promise<RectificationItemRecord[]> =>
    (await t.as(who).get(`/api/rectification-items?source=screening&campaignId=${campaignId}&_sort=id&_order=asc`).expect(200)).body;

  it('one item per county × year × problem type; a re-run updates its figures and creates nothing; the drill-down lists exactly its settlements', async () => {
    const campaignId = await campaign();
    // 城中区: person 1 twice zero_oop (10,000 of 10,000 paid: 500 above the 95 % line each), person 2 once
    // over the ceiling (9,800 of 10,000: 300 above); 鱼峰区 one zero_oop; 桂林 (another city) one zero_oop
    await settlement('450202', 1, ['zero_oop'], 10_000, 10_000);
    await settlement('450202', 1, ['zero_oop'], 10_000, 10_000);
    await settlement('450202', 2, ['reimbursement_over_ceiling'], 10_000, 9_800);
    await settlement('450202', 3, [], 10_000, 5_000);
    await settlement('450203', 4, ['zero_oop', 'recorded_mismatch'], 20_001, 20_001);
    await settlement('450302', 5, ['zero_oop'], 10_000, 10_000);

    // the run is refused before any job exists: out of scope, a campaign nobody in it reads, a bad year
    const fields = async (who: Session, body: Record<string, unknown>) =>
      ((await t.as(who).post('/api/over-protection-screenings').send(body).expect(400)).body.details ?? []).map((d: { field: string }) => d.field);
    expect(await fields(s.lz_city, { year: 2026, campaignId, regionCode: '450300' })).toEqual(['regionCode']);
    expect(await fields(s.lz_city, { year: 2026, campaignId: 999_999 })).toEqual(['campaignId']);
    expect(await fields(s.lz_city, { year: 'x', campaignId })).toEqual(['year']);
    await t.as(s.lz_chengzhong).post('/api/over-protection-screenings').send({ year: 2026, campaignId }).expect(403);
    await t.as(s.lz_inspector).post('/api/over-protection-screenings').send({ year: 2026, campaignId }).expect(403);

    const first = await screen(s.lz_city, { year: 2026, campaignId });
    expect(first).toMatchObject({ regionCode: '450200', created: 3, updated: 0, unchanged: 0 });
    expect(first.lines.map((l) => [l.regionCode, l.problemType, l.settlements, l.affectedPersons, l.amount, l.outcome])).toEqual([
      ['450202', 'zero_copay', 2, 1, 1_000, 'created'],
      ['450202', 'over_reimbursement', 1, 1, 300, 'created'],
      ['450203', 'zero_copay', 1, 1, 1_000, 'created'],
    ]);
    const items = await screeningItems(s.lz_city, campaignId);
    expect(items.map((i) => [i.regionCode, i.problemType, i.category, i.sourceRef, i.affectedPersons, i.amount, i.state])).toEqual([
      ['450202', 'zero_copay', 'immediate', '450202:2026:zero_copay', 1, 1_000, 'identified'],
      ['450202', 'over_reimbursement', 'immediate', '450202:2026:over_reimbursement', 1, 300, 'identified'],
      ['450203', 'zero_copay', 'immediate', '450203:2026:zero_copay', 1, 1_000, 'identified'],
    ]);
    // 桂林's settlement stays out of 柳州's run, and its city sees none of these items
    expect(await screeningItems(s.gl_city, campaignId)).toEqual([]);
    await t.as(s.gl_city).get(`/api/rectification-items/${items[0].id}`).expect(404);

    // drill-down: exactly the settlements behind the item, and their persons are the item's affectedPersons
    for (const [item, flag] of [
      [items[0], 'zero_oop'],
      [items[1], 'reimbursement_over_ceiling'],
    ] as const) {
      const res = await t.as(s.lz_chengzhong).get(`/api/settlements?flag=${flag}&regionCode=${item.regionCode}&year=2026`).expect(200);
      const line = first.lines.find((l) => l.itemId === item.id)!;
      expect(Number(res.headers['x-total-count'])).toBe(line.settlements);
      expect(new Set(res.body.map((r: { idNumber: string }) => r.idNumber)).size).toBe(item.affectedPersons);
      expect(res.body.every((r: { flags: string[] }) => r.flags.includes(flag))).toBe(true);
    }

    // a re-run changes nothing; a new flagged settlement updates the open item (version moves), creates nothing
    expect(await screen(s.lz_city, { year: 2026, campaignId })).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    await settlement('450202', 6, ['zero_oop'], 10_000, 10_000);
    const rerun = await screen(s.gx_province, { year: 2026, campaignId, regionCode: '450200' });
    expect(rerun).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const updated = (await screeningItems(s.lz_city, campaignId))[0];
    expect(updated).toMatchObject({ id: items[0].id, affectedPersons: 2, amount: 1_500, version: 2 });
    expect(await screeningItems(s.lz_city, campaignId)).toHaveLength(3);

    // the runs are jobs in scope: 桂林 sees none of 柳州's
    const runs = (await t.as(s.lz_city).get('/api/over-protection-screenings').expect(200)).body as Array<{ id: number }>;
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect((await t.as(s.gl_city).get('/api/over-protection-screenings').expect(200)).body).toHaveLength(0);
    await t.as(s.gl_city).get(`/api/over-protection-screenings/${runs[0].id}`).expect(404);
  });

  // another year than the test above: a county × year × type is one key whatever the campaign
  it('after 销号 a re-run opens nothing until a new flagged settlement is recorded; then a new item (recurrence is a finding)', async () => {
    const campaignId = await campaign();
    await settlement('450202', 11, ['zero_oop'], 10_000, 10_000, 2025);
    await settlement('450202', 12, ['zero_oop'], 10_000, 10_000, 2025);
    await screen(s.lz_city, { year: 2025, campaignId });
    const [item] = await screeningItems(s.lz_city, campaignId);
    const act = (who: Session, action: string, version: number) =>
      t.as(who).post(`/api/rectification-items/${item.id}/actions/${action}`).send({ version }).expect(200);
    await act(s.lz_chengzhong, 'start', 1);
    await t.as(s.lz_chengzhong).post(`/api/rectification-items/${item.id}/attachments`).attach('file', PDF, '整改佐证.pdf').expect(201);
    await act(s.lz_chengzhong, 'request_closure', 2);
    await act(s.lz_city, 'close', 3);

    const quiet = await screen(s.lz_city, { year: 2025, campaignId });
    expect(quiet).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
    expect(quiet.lines).toEqual([expect.objectContaining({ regionCode: '450202', problemType: 'zero_copay', outcome: 'closed', itemId: null })]);
    expect(await screeningItems(s.lz_city, campaignId)).toHaveLength(1);

    // recorded after the closure: a new item with the new settlement's figures only
    await settlement('450202', 13, ['zero_oop'], 10_000, 10_000, 2025, new Date());
    const recurred = await screen(s.lz_city, { year: 2025, campaignId });
    expect(recurred).toMatchObject({ created: 1, updated: 0 });
    const after = await screeningItems(s.lz_city, campaignId);
    expect(after.map((i) => [i.state, i.sourceRef, i.affectedPersons, i.amount])).toEqual([
      ['closed', '450202:2025:zero_copay', 2, 1_000],
      ['identified', '450202:2025:zero_copay', 1, 500],
    ]);
    // and re-running keeps the new item's figures to what came after the closure
    expect(await screen(s.lz_city, { year: 2025, campaignId })).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });
});
