import type { FraudClueRecord } from '@yibao/shared';
import { testAppWith } from '../../../../test/harness';

/**
 * `file` end to end (issue 16): the head files a verifying clue; the case comes from the cases' `CaseFilingService`
 * in the same transaction and the action answers with its id. Needs the cases resource (the filing service is a
 * stub that throws until it is merged): run after the merge.
 */
describe('fraud clues: filing a case (立案)', () => {
  const { t, s } = testAppWith(['lz_inspector', 'lz_inspector2', 'lz_head']);
  const URL = '/api/fraud-clues';

  it('file creates the case in the clue’s transaction and answers with its caseId; the clue is filed', async () => {
    const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
    const created = (
      await t
        .as(s.lz_inspector)
        .post(URL)
        .send({ source: 'screening', summary: '智能监控提示某医院分解住院', subjectType: 'institution', institutionCode: 'H45020200001' })
        .expect(201)
    ).body as FraudClueRecord;
    const v = (await t.as(s.lz_inspector).post(`${URL}/${created.id}/actions/verify`).send({ version: created.version }).expect(200)).body as FraudClueRecord;
    const filed = await t
      .as(s.lz_head)
      .post(`${URL}/${created.id}/actions/file`)
      .send({
        officerIds: [s.lz_inspector.userId, s.lz_inspector2.userId],
        causes: ['split_admission'],
        amountInvolved: 860_000,
        conductEndedOn: today,
        healthHarmed: false,
        filedOn: today,
        version: v.version,
      });
    expect(filed.status).toBe(200);
    expect(filed.body).toMatchObject({ id: created.id, state: 'filed' });
    expect(typeof filed.body.caseId).toBe('number');
    const shown = (await t.as(s.lz_head).get(`${URL}/${created.id}`).expect(200)).body as FraudClueRecord;
    expect(shown.caseId).toBe(filed.body.caseId);
    const kase = await t.as(s.lz_head).get(`/api/fraud-cases/${filed.body.caseId}`).expect(200);
    expect(kase.body).toMatchObject({ clueId: created.id, state: 'filed' });
  });
});
