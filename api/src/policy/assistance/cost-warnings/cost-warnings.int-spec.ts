import { detectWarnings, recordWarningCases } from '../../../../test/assistance-cases';
import { testAppWith } from '../../../../test/harness';

describe('high-cost warnings (监测预警, S3 §三): the stages and measures', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province']);
  beforeAll(async () => {
    await recordWarningCases(t, s.lz_chengzhong, s.lz_city);
  });

  it('the county works a warning through its stages: verify with a finding, record measures, assist, clear', async () => {
    const w = (await t.as(s.lz_chengzhong).get('/api/cost-warnings?department=rural_revitalization').expect(200)).body[0];
    expect(w.actions).toEqual(['verify', 'dismiss']);
    await t.as(s.lz_city).post(`/api/cost-warnings/${w.id}/actions/verify`).send({ comment: 'x', version: w.version }).expect(403);
    // the city sees the warning but does not work it: measures are the county's (permission table)
    await t.as(s.lz_city).patch(`/api/cost-warnings/${w.id}`).send({ measures: [], version: w.version }).expect(403);
    await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${w.id}/actions/verify`).send({ version: w.version }).expect(400);
    await t.as(s.lz_chengzhong).patch(`/api/cost-warnings/${w.id}`).send({ measures: [], version: w.version }).expect(409);
    const verified = (
      await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${w.id}/actions/verify`).send({ comment: '入户核实：住院费用属实', version: w.version }).expect(200)
    ).body;
    await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${w.id}/actions/assist`).send({ version: verified.version }).expect(400);
    const bad = await t
      .as(s.lz_chengzhong)
      .patch(`/api/cost-warnings/${w.id}`)
      .send({ measures: [{ type: 'lottery', amountFen: 1, note: '' }], version: verified.version })
      .expect(400);
    expect(bad.body.details[0].field).toMatch(/^measures/);
    const measured = (
      await t
        .as(s.lz_chengzhong)
        .patch(`/api/cost-warnings/${w.id}`)
        .send({
          measures: [
            { type: 'medical_aid', amountFen: 150_000, note: '依申请医疗救助' },
            { type: 'employment', amountFen: 0, note: '公益岗位' },
          ],
          version: verified.version,
        })
        .expect(200)
    ).body;
    const assisted = (await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${w.id}/actions/assist`).send({ version: measured.version }).expect(200)).body;
    expect(assisted.state).toBe('assisted');
    const cleared = (
      await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${w.id}/actions/clear`).send({ comment: '风险消除', version: assisted.version }).expect(200)
    ).body;
    expect(cleared).toMatchObject({ state: 'cleared', dueAt: null, overdue: false, actions: [] });
    const history = (await t.as(s.lz_city).get(`/api/cost-warnings/${w.id}/history`).expect(200)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['verify', 'assist', 'clear']);
    // a later detection keeps the stage
    await detectWarnings(t, s.lz_city);
    expect((await t.as(s.lz_city).get(`/api/cost-warnings/${w.id}`).expect(200)).body.state).toBe('cleared');

    const other = (await t.as(s.lz_chengzhong).get('/api/cost-warnings?state=detected').expect(200)).body;
    expect(other).toHaveLength(1);
    expect((await t.as(s.lz_chengzhong).get('/api/cost-warnings?overdue=true').expect(200)).body).toHaveLength(0);
    // ten days later the detected one is overdue: move its stage clock back instead of waiting
    await t.ds.getRepository('CostWarning').update({ id: other[0].id }, { stateChangedAt: new Date(Date.now() - 11 * 86_400_000) });
    const overdue = (await t.as(s.lz_chengzhong).get('/api/cost-warnings?overdue=true').expect(200)).body;
    expect(overdue.map((x: { id: number; overdue: boolean }) => [x.id, x.overdue])).toEqual([[other[0].id, true]]);
  });
});
