import { detectWarnings, recordWarningCases } from '../../../test/assistance-cases';
import { settlementFor } from '../../../test/fixtures';
import { idFor, testAppWith } from '../../../test/harness';

/**
 * Issue 13 item 10: the fund inspector (稽查员, DOMAIN §1) reads the settlements and the high-cost warnings of
 * its region until the fraud cases give it work of its own — list and show only: no writes, no calculator,
 * no detection, no push, no export, no whole ID number; another region's records do not exist for it (404).
 */
describe('the inspector reads settlements and warnings in its region', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'lz_inspector']);
  let glSettlement: number;
  let glWarning: number;

  beforeAll(async () => {
    // 柳州: five settlements of 城中区 and two warnings; 桂林: one settlement over the line and its warning
    await recordWarningCases(t, s.lz_chengzhong, s.lz_city);
    s.gl_xiufeng = await t.createAccount({ username: 'gl_xiufeng', displayName: '秀峰区医保局', role: 'county_officer', regionCode: '450302' });
    const gl = settlementFor(idFor('450302', '19900101', 601), '450302', 'JS-GL-INSP');
    glSettlement = (
      await t
        .as(s.gl_xiufeng)
        .post('/api/settlements')
        .send({ ...gl, identityCategories: ['dibao_marginal'] })
        .expect(201)
    ).body.id;
    await detectWarnings(t, s.gl_city);
    glWarning = (await t.as(s.gl_city).get('/api/cost-warnings').expect(200)).body[0].id;
  });

  it("lists and shows its region's settlements, masked; another region's are 404", async () => {
    const list = await t.as(s.lz_inspector).get('/api/settlements').expect(200);
    expect(list.headers['x-total-count']).toBe('5');
    expect(list.body.every((r: { regionCode: string }) => r.regionCode.startsWith('4502'))).toBe(true);
    const one = (await t.as(s.lz_inspector).get(`/api/settlements/${list.body[0].id}`).expect(200)).body;
    expect(one.idNumber).toMatch(/\*{4,}/);
    await t.as(s.lz_inspector).get(`/api/settlements/${glSettlement}`).expect(404);
    expect((await t.as(s.gl_city).get(`/api/settlements/${glSettlement}`).expect(200)).body.id).toBe(glSettlement);
  });

  it("lists and shows its region's warnings, masked, with no action offered; another region's are 404", async () => {
    const list = (await t.as(s.lz_inspector).get('/api/cost-warnings').expect(200)).body;
    expect(list).toHaveLength(2);
    const one = (await t.as(s.lz_inspector).get(`/api/cost-warnings/${list[0].id}`).expect(200)).body;
    expect(one).toMatchObject({ regionCode: '450202', actions: [] });
    expect(one.idNumber).toMatch(/\*{4,}/);
    await t.as(s.lz_inspector).get(`/api/cost-warnings/${glWarning}`).expect(404);
  });

  it('writes nothing: settlements, calculator, measures, stage actions, detection, pushes, exports are 403', async () => {
    const [w] = (await t.as(s.lz_chengzhong).get('/api/cost-warnings').expect(200)).body;
    const lz = settlementFor(idFor('450202', '19900101', 602), '450202', 'JS-LZ-INSP');
    await t.as(s.lz_inspector).post('/api/settlements').send(lz).expect(403);
    await t.as(s.lz_inspector).post('/api/settlements/calculate').send(lz).expect(403);
    await t.as(s.lz_inspector).patch(`/api/cost-warnings/${w.id}`).send({ measures: [], version: w.version }).expect(403);
    await t.as(s.lz_inspector).post(`/api/cost-warnings/${w.id}/actions/verify`).send({ comment: '核实', version: w.version }).expect(403);
    await t.as(s.lz_inspector).post('/api/cost-warning-detections').send({ year: 2026 }).expect(403);
    await t.as(s.lz_inspector).get('/api/cost-warning-pushes').expect(403);
    await t.as(s.lz_inspector).get('/api/cost-warning-pushes/1/export').expect(403);
    // nothing changed
    expect((await t.as(s.lz_chengzhong).get(`/api/cost-warnings/${w.id}`).expect(200)).body).toMatchObject({ state: w.state, version: w.version });
    expect((await t.as(s.lz_chengzhong).get('/api/settlements').expect(200)).headers['x-total-count']).toBe('5');
  });
});
