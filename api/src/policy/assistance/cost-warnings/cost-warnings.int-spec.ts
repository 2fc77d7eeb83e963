import { detectWarnings, recordWarningCases, settlementRecorder } from '../../../../test/assistance-cases';
import { idFor, Session, testAppWith } from '../../../../test/harness';

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

  it('清零 needs the measures to bring the burden under the line, or a stated reason (S3 §三: 动态清零)', async () => {
    // two persons of their own: 25,360 元 and 3,000 元 burdens after basic + 大病 against the 2,000 元 line
    const heavy = idFor('450202', '19800808', 311);
    const light = idFor('450202', '19810808', 312);
    const settle = settlementRecorder(t, s.lz_chengzhong);
    await settle(heavy, ['monitored_sudden'], 4_000_000, 1_000_000, 464_000);
    await settle(light, ['dibao_marginal'], 1_000_000, 600_000, 100_000);
    await detectWarnings(t, s.lz_city);
    const detected: Array<{ id: number; burdenFen: number; version: number }> = (
      await t.as(s.lz_chengzhong).get('/api/cost-warnings?state=detected').expect(200)
    ).body;
    const toAssisted = async (who: Session, burdenFen: number, amountFen: number) => {
      const w = detected.find((x) => x.burdenFen === burdenFen)!;
      expect(w).toMatchObject({ state: 'detected', thresholdFen: 200_000 });
      const v = (await t.as(who).post(`/api/cost-warnings/${w.id}/actions/verify`).send({ comment: '入户核实', version: w.version }).expect(200)).body;
      const m = (
        await t
          .as(who)
          .patch(`/api/cost-warnings/${w.id}`)
          .send({ measures: [{ type: 'medical_aid', amountFen, note: '医疗救助' }], version: v.version })
          .expect(200)
      ).body;
      return (await t.as(who).post(`/api/cost-warnings/${w.id}/actions/assist`).send({ version: m.version }).expect(200)).body;
    };

    // 1,500 元 of aid leaves 23,860 元, 1193 % of the line: no 清零 without a reason, the refusal names the figures
    const h = await toAssisted(s.lz_chengzhong, 2_536_000, 150_000);
    for (const body of [{ version: h.version }, { comment: '   ', version: h.version }]) {
      const refused = await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${h.id}/actions/clear`).send(body).expect(400);
      expect(refused.body.details[0].field).toBe('comment');
      expect(refused.body.message[0]).toContain('个人负担 25360.00元');
      expect(refused.body.message[0]).toContain('预警线 2000.00元 的 1193%');
    }
    expect((await t.as(s.lz_chengzhong).get(`/api/cost-warnings/${h.id}`).expect(200)).body).toMatchObject({ state: 'assisted', version: h.version });
    const reasoned = await t
      .as(s.lz_chengzhong)
      .post(`/api/cost-warnings/${h.id}/actions/clear`)
      .send({ comment: '已迁出本统筹区，移交迁入地跟踪', version: h.version })
      .expect(200);
    expect(reasoned.body.state).toBe('cleared');
    const history = (await t.as(s.lz_city).get(`/api/cost-warnings/${h.id}/history`).expect(200)).body;
    expect(history.at(-1)).toMatchObject({ action: 'clear', comment: '已迁出本统筹区，移交迁入地跟踪' });

    // 1,000 元 of aid brings 3,000 元 to 2,000 元, still at the line; 1,000.01 元 brings it under: cleared without a reason
    const l = await toAssisted(s.lz_chengzhong, 300_000, 100_000);
    await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${l.id}/actions/clear`).send({ version: l.version }).expect(400);
    const more = (
      await t
        .as(s.lz_chengzhong)
        .patch(`/api/cost-warnings/${l.id}`)
        .send({ measures: [{ type: 'medical_aid', amountFen: 100_001, note: '医疗救助' }], version: l.version })
        .expect(200)
    ).body;
    expect((await t.as(s.lz_chengzhong).post(`/api/cost-warnings/${l.id}/actions/clear`).send({ version: more.version }).expect(200)).body.state).toBe(
      'cleared',
    );
  });
});
