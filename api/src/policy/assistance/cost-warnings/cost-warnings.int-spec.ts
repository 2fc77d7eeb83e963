import { download, firstSheet, idFor, Session, startTestApp, TestApp } from '../../../../test/harness';
import { JobsService } from '../../../platform/jobs/jobs.service';

/** The rows of a downloaded workbook's first sheet, as values. */
async function sheetRows(body: Buffer): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  (await firstSheet(body)).eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('chronic outpatient disease recognition (门诊特慢病, S1 §三)', () => {
  let t: TestApp;
  const s: Record<string, Session> = {};
  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province']) s[u] = await t.login(u);
  });
  afterAll(() => t.close());

  const id = idFor('450202', '19560303', 201);
  const body = {
    idNumber: id,
    name: '陈慢',
    regionCode: '450202',
    diseaseCode: 'MT10',
    hospitalCode: 'H45020200001',
    hospitalName: '柳州市工人医院',
    hospitalLevel: 'tertiary',
    physicians: [{ name: '李医生', title: 'attending' }, { name: '王医生', title: 'chief' }],
    recognizedOn: '2026-04-10',
  };

  it('holds recognitions to the rules: county-level hospital, two distinct physicians of attending rank, catalogue disease', async () => {
    const field = async (patch: Record<string, unknown>) => (await t.as(s.lz_chengzhong).post('/api/chronic-recognitions').send({ ...body, ...patch }).expect(400)).body.details[0].field;
    expect(await field({ hospitalLevel: 'primary' })).toBe('hospitalLevel');
    expect(await field({ physicians: [body.physicians[0]] })).toBe('physicians');
    expect(await field({ physicians: [body.physicians[0], { name: '赵医生', title: 'resident' }] })).toMatch(/^physicians/);
    expect(await field({ physicians: [body.physicians[0], { ...body.physicians[1], name: '李医生' }] })).toBe('physicians');
    expect(await field({ diseaseCode: 'MT99' })).toBe('diseaseCode');
    expect(await field({ regionCode: '450302' })).toBe('regionCode');
    expect(await field({ recognizedOn: '2999-01-01' })).toBe('recognizedOn');
    await t.as(s.lz_city).post('/api/chronic-recognitions').send(body).expect(403);

    const created = (await t.as(s.lz_chengzhong).post('/api/chronic-recognitions').send(body).expect(201)).body;
    expect(created).toMatchObject({ status: 'active', diseaseName: '糖尿病', idNumber: `450202********${id.slice(14)}` });
    await t.as(s.lz_chengzhong).post('/api/chronic-recognitions').send(body).expect(409);
    await t.as(s.gl_city).get(`/api/chronic-recognitions/${created.id}`).expect(404);
  });

  it('files the hospital\'s monthly list and revokes on a later check, keeping the reason', async () => {
    await t.as(s.lz_chengzhong).post('/api/chronic-recognitions').send({ ...body, idNumber: idFor('450202', '19600606', 202), name: '周慢', diseaseCode: 'MT11', recognizedOn: '2026-04-20' }).expect(201);
    await t.as(s.lz_chengzhong).post('/api/chronic-recognitions').send({ ...body, idNumber: idFor('450202', '19600607', 203), name: '五月', recognizedOn: '2026-05-02' }).expect(201);
    const filing = await download(t.as(s.lz_city).get('/api/chronic-recognitions/filing?hospitalCode=H45020200001&month=2026-04')).expect(200);
    const rows = await sheetRows(filing.body);
    expect(String(rows[0][0])).toMatch(/柳州市工人医院.*（2026-04）/);
    expect(rows.filter((r) => typeof r[0] === 'number').map((r) => r[1])).toEqual(['陈慢', '周慢']);
    expect(JSON.stringify(rows)).not.toContain(id);
    await t.as(s.lz_city).get('/api/chronic-recognitions/filing?hospitalCode=H45020200001&month=2026-4').expect(400);

    await t.as(s.lz_city).get('/api/chronic-recognitions?name=陈慢').expect(400); // not a filter: search is q
    const target = (await t.as(s.lz_city).get('/api/chronic-recognitions?q=陈慢').expect(200)).body[0];
    await t.as(s.lz_city).post(`/api/chronic-recognitions/${target.id}/revoke`).send({ reason: ' ', version: target.version }).expect(400);
    const revoked = (await t.as(s.lz_city).post(`/api/chronic-recognitions/${target.id}/revoke`).send({ reason: '复核：诊断依据不足', version: target.version }).expect(200)).body;
    expect(revoked).toMatchObject({ status: 'revoked', revokeReason: '复核：诊断依据不足' });
    await t.as(s.lz_city).post(`/api/chronic-recognitions/${target.id}/revoke`).send({ reason: '再次', version: revoked.version }).expect(409);
    // a revoked recognition no longer blocks a new one for the same disease
    await t.as(s.lz_chengzhong).post('/api/chronic-recognitions').send({ ...body, recognizedOn: '2026-06-01' }).expect(201);
    expect((await t.as(s.lz_chengzhong).get('/api/chronic-recognitions?status=revoked').expect(200)).body).toHaveLength(1);
  });
});

describe('high-cost early warning (监测预警, S3 §三) and the assistance stats', () => {
  let t: TestApp;
  const s: Record<string, Session> = {};
  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province']) s[u] = await t.login(u);
  });
  afterAll(() => t.close());

  const marginal = idFor('450202', '19700707', 301);
  const monitored = idFor('450202', '19710707', 302);
  const ordinary = idFor('450202', '19720707', 303);
  let day = 1;
  /** Starts a detection (202 with the job), waits for the job and returns its summary. */
  const detect = async (who: string, body: Record<string, unknown> = { year: 2026 }) => {
    const started = await t.as(s[who]).post('/api/cost-warning-detections').send(body).expect(202);
    expect(started.body).toMatchObject({ kind: 'cost-warning-detection', status: 'queued', params: { year: body.year } });
    await t.app.get(JobsService).settle(started.body.id);
    const job = (await t.as(s[who]).get(`/api/cost-warning-detections/${started.body.id}`).expect(200)).body;
    expect(job).toMatchObject({ status: 'succeeded', message: null });
    expect(job.processedUnits).toBe(job.totalUnits);
    return job.result as { found: number; created: number; updated: number; unchanged: number; skipped: unknown[] };
  };
  /** A recorded inpatient settlement: burden after basic + 大病 = total − basic − 大病. */
  const settle = (idNumber: string, identityCategories: string[], totalCost: number, basic: number, criticalIllness: number) => {
    const aid = Math.floor((totalCost - basic - criticalIllness) / 2);
    return t
      .as(s.lz_chengzhong)
      .post('/api/settlements')
      .send({
        regionCode: '450202', year: 2026, visitType: 'inpatient', hospitalLevel: 'secondary', totalCost, inPolicyCost: totalCost, inCatalogueCost: totalCost, identityCategories,
        idNumber, name: '测试', institutionCode: 'H45020200001', institutionName: '柳州市工人医院', settledOn: `2026-03-${String(day++).padStart(2, '0')}`,
        recorded: { basic, criticalIllness, medicalAid: aid, other: 0, outOfPocket: totalCost - basic - criticalIllness - aid },
      })
      .expect(201);
  };

  it('detects monitored persons over the threshold once; re-running changes nothing until the figures move', async () => {
    await settle(marginal, ['dibao_marginal'], 1_000_000, 600_000, 250_000); // burden 150,000 fen: below 2,000 yuan
    await settle(monitored, ['monitored_sudden'], 2_000_000, 1_200_000, 500_000); // burden 300,000
    await settle(ordinary, ['rural_low_income'], 3_000_000, 1_500_000, 500_000); // burden 1,000,000 but not monitored

    // out of scope: refused before any job exists
    const outside = await t.as(s.lz_chengzhong).post('/api/cost-warning-detections').send({ year: 2026, regionCode: '450300' }).expect(400);
    expect(outside.body.details[0].field).toBe('regionCode');
    await t.as(s.gl_city).post('/api/cost-warning-detections').send({ year: 2026, regionCode: '450200' }).expect(400);
    expect((await t.as(s.lz_city).post('/api/cost-warning-detections').send({ year: 'x' }).expect(400)).body.details[0].field).toBe('year');
    await t.as(s.lz_city).post('/api/cost-warnings/detect').send({ year: 2026 }).expect(404);
    const first = await detect('lz_city');
    expect(first).toMatchObject({ found: 1, created: 1, updated: 0, unchanged: 0, skipped: [] });
    expect(await detect('lz_city')).toMatchObject({ found: 1, created: 0, updated: 0, unchanged: 1 });
    // the runs are listed in scope: 柳州's for its city and the province, none for 桂林
    const runs = (await t.as(s.lz_city).get('/api/cost-warning-detections').expect(200)).body as Array<{ id: number }>;
    expect(runs).toHaveLength(2);
    expect((await t.as(s.gl_city).get('/api/cost-warning-detections').expect(200)).body).toHaveLength(0);
    await t.as(s.gl_city).get(`/api/cost-warning-detections/${runs[0].id}`).expect(404);
    await t.as(s.gx_province).get(`/api/cost-warning-detections/${runs[0].id}`).expect(200);

    await settle(marginal, ['dibao_marginal'], 600_000, 400_000, 100_000); // now 150,000 + 100,000 = 250,000
    await settle(monitored, ['monitored_sudden'], 100_000, 60_000, 0);
    // the county and its city detect at the same moment: both succeed, and the new warning is made once
    const [county, city] = await Promise.all(['lz_chengzhong', 'lz_city'].map((who) => detect(who)));
    expect([county.found, city.found]).toEqual([2, 2]);
    expect({ created: county.created + city.created, updated: county.updated + city.updated, unchanged: county.unchanged + city.unchanged }).toEqual({ created: 1, updated: 1, unchanged: 2 });

    const board = (await t.as(s.lz_city).get('/api/cost-warnings?_sort=burdenFen&_order=desc').expect(200)).body;
    expect(board.map((w: { burdenFen: number; department: string; state: string; settlementCount: number }) => [w.burdenFen, w.department, w.state, w.settlementCount])).toEqual([
      [340_000, 'rural_revitalization', 'detected', 2],
      [250_000, 'civil_affairs', 'detected', 2],
    ]);
    expect(board[0].idNumber).not.toContain(monitored.slice(6, 14));
    expect((await t.as(s.gl_city).get('/api/cost-warnings').expect(200)).body).toHaveLength(0);
    await t.as(s.gl_city).get(`/api/cost-warnings/${board[0].id}`).expect(404);
  });

  it('the county works a warning through its stages: verify with a finding, record measures, assist, clear', async () => {
    const w = (await t.as(s.lz_chengzhong).get('/api/cost-warnings?department=rural_revitalization').expect(200)).body[0];
    expect(w.actions).toEqual(['verify', 'dismiss']);
    await t.as(s.lz_city).post(`/api/cost-warnings/${w.id}/actions/verify`).send({ comment: 'x', version: w.version }).expect(403);
    await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${w.id}/actions/verify`).send({ version: w.version }).expect(400);
    await t.as(s.lz_chengzhong).patch(`/api/cost-warnings/${w.id}`).send({ measures: [], version: w.version }).expect(409);
    const verified = (await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${w.id}/actions/verify`).send({ comment: '入户核实：住院费用属实', version: w.version }).expect(200)).body;
    await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${w.id}/actions/assist`).send({ version: verified.version }).expect(400);
    const bad = await t.as(s.lz_chengzhong).patch(`/api/cost-warnings/${w.id}`).send({ measures: [{ type: 'lottery', amountFen: 1, note: '' }], version: verified.version }).expect(400);
    expect(bad.body.details[0].field).toMatch(/^measures/);
    const measured = (await t.as(s.lz_chengzhong).patch(`/api/cost-warnings/${w.id}`).send({ measures: [{ type: 'medical_aid', amountFen: 150_000, note: '依申请医疗救助' }, { type: 'employment', amountFen: 0, note: '公益岗位' }], version: verified.version }).expect(200)).body;
    const assisted = (await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${w.id}/actions/assist`).send({ version: measured.version }).expect(200)).body;
    expect(assisted.state).toBe('assisted');
    const cleared = (await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${w.id}/actions/clear`).send({ comment: '风险消除', version: assisted.version }).expect(200)).body;
    expect(cleared).toMatchObject({ state: 'cleared', dueAt: null, overdue: false, actions: [] });
    const history = (await t.as(s.lz_city).get(`/api/cost-warnings/${w.id}/history`).expect(200)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['verify', 'assist', 'clear']);
    // a later detection keeps the stage
    await detect('lz_city');
    expect((await t.as(s.lz_city).get(`/api/cost-warnings/${w.id}`).expect(200)).body.state).toBe('cleared');

    const other = (await t.as(s.lz_chengzhong).get('/api/cost-warnings?state=detected').expect(200)).body;
    expect(other).toHaveLength(1);
    expect((await t.as(s.lz_chengzhong).get('/api/cost-warnings?overdue=true').expect(200)).body).toHaveLength(0);
    // ten days later the detected one is overdue: move its stage clock back instead of waiting
    await t.ds.getRepository('CostWarning').update({ id: other[0].id }, { stateChangedAt: new Date(Date.now() - 11 * 86_400_000) });
    const overdue = (await t.as(s.lz_chengzhong).get('/api/cost-warnings?overdue=true').expect(200)).body;
    expect(overdue.map((x: { id: number; overdue: boolean }) => [x.id, x.overdue])).toEqual([[other[0].id, true]]);
  });

  it('pushes the month\'s open warnings to each department once, with a receipt', async () => {
    await t.as(s.lz_city).post('/api/cost-warning-pushes').send({ month: '2026-05', department: 'civil_affairs' }).expect(403);
    const push = (await t.as(s.lz_chengzhong).post('/api/cost-warning-pushes').send({ month: '2026-05', department: 'civil_affairs' }).expect(201)).body;
    expect(push).toMatchObject({ regionCode: '450202', warningCount: 1, receivedAt: null });
    await t.as(s.lz_chengzhong).post('/api/cost-warning-pushes').send({ month: '2026-05', department: 'civil_affairs' }).expect(409);
    // the cleared 乡村振兴 warning is not open any more: an empty list is still a report
    expect((await t.as(s.lz_chengzhong).post('/api/cost-warning-pushes').send({ month: '2026-05', department: 'rural_revitalization' }).expect(201)).body.warningCount).toBe(0);
    const sheet = await sheetRows((await download(t.as(s.lz_city).get(`/api/cost-warning-pushes/${push.id}/export`)).expect(200)).body);
    expect(sheet.filter((r) => typeof r[0] === 'number').map((r) => r[5])).toEqual([2500]);
    const received = (await t.as(s.lz_chengzhong).post(`/api/cost-warning-pushes/${push.id}/receipt`).send({ receivedBy: '城中区民政局 王某', version: push.version }).expect(200)).body;
    expect(received.receivedBy).toBe('城中区民政局 王某');
    await t.as(s.lz_chengzhong).post(`/api/cost-warning-pushes/${push.id}/receipt`).send({ receivedBy: '又一次', version: received.version }).expect(409);
    expect((await t.as(s.lz_chengzhong).get(`/api/cost-warnings/${push.warningIds[0]}`).expect(200)).body.lastPushId).toBe(push.id);
    await t.as(s.gl_city).get(`/api/cost-warning-pushes/${push.id}`).expect(404);
  });

  it('stats sum the recorded settlements per child region and count warnings by stage', async () => {
    const province = (await t.as(s.gx_province).get('/api/assistance-stats?year=2026').expect(200)).body;
    const liuzhou = province.items.find((i: { regionCode: string }) => i.regionCode === '450200');
    const all = (await t.as(s.lz_city).get('/api/settlements?_end=100').expect(200)).body as Array<{ totalCost: number; recorded: Record<string, number> }>;
    const sum = (f: (x: (typeof all)[number]) => number) => all.reduce((n, x) => n + f(x), 0);
    expect(liuzhou).toMatchObject({ settlements: all.length, totalCost: sum((x) => x.totalCost), outOfPocket: sum((x) => x.recorded.outOfPocket), criticalIllness: sum((x) => x.recorded.criticalIllness) });
    expect(liuzhou.oopShareBp).toBe(Math.floor((sum((x) => x.recorded.outOfPocket) * 10000) / sum((x) => x.totalCost)));
    expect(liuzhou.warnings).toMatchObject({ detected: 1, cleared: 1, overdue: 1 });
    const county = (await t.as(s.lz_chengzhong).get('/api/assistance-stats?year=2026').expect(200)).body;
    expect(county.total.settlements).toBe(all.length);
    expect((await t.as(s.lz_city).get('/api/assistance-stats?year=2026&from=2026-03-01&to=2026-03-03').expect(200)).body.total.settlements).toBe(3);
    await t.as(s.lz_city).get('/api/assistance-stats?year=2026&regionCode=450300').expect(400);
    await t.as(s.lz_city).get('/api/assistance-stats?year=26').expect(400);
  });
});
