import { RESPONSIBILITY_ROLES } from '@yibao/shared';
import { rectificationCampaign } from '../../../test/fixtures';
import { testAppWith } from '../../../test/harness';

/**
 * An action's typed payload (WorkflowAction.payload): declared in the definition, its form checked like a DTO
 * field before the route runs, the rest (required, this action's, later than the record's date) by the engine on
 * every path — the route, the inbox's bulk actions — and kept in the history. Workflows without one are as before.
 */
describe('workflow action payloads', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'lz_chengzhong', 'auditor']);
  const rows = RESPONSIBILITY_ROLES.map((role) => ({ role, name: '张三', unit: '医保局', title: '科长', phone: '13812345678' }));
  const fields = (res: { body: { details?: Array<{ field: string }> } }) => (res.body.details ?? []).map((d) => d.field);

  it('a workflow without a payload takes only comment and version, and its history and audit carry none', async () => {
    const created = await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2042 }).expect(201);
    const id = created.body.id;
    await t.as(s.lz_city).patch(`/api/responsibility-tables/${id}`).send({ rows, version: 1 }).expect(200);
    const stray = await t.as(s.lz_city).post(`/api/responsibility-tables/${id}/actions/submit`).send({ version: 2, dueOn: '2042-05-01' }).expect(400);
    expect(fields(stray)).toEqual(['dueOn']);
    await t.as(s.lz_city).post(`/api/responsibility-tables/${id}/actions/submit`).send({ comment: '请审核', version: 2 }).expect(200);
    const history = await t.as(s.lz_city).get(`/api/responsibility-tables/${id}/history`).expect(200);
    expect(history.body).toEqual([expect.objectContaining({ action: 'submit', comment: '请审核', payload: null })]);
    const audit = await t.as(s.auditor).get(`/api/audit-logs?resource=responsibility-tables&resourceId=${id}&action=workflow:submit`).expect(200);
    expect(audit.body[0].after).toEqual({ state: 'submitted', version: 3, comment: '请审核' });
  });

  it('a payload value of the wrong form is a 400 naming it before the record is looked up; the engine checks the rest', async () => {
    const malformed = await t
      .as(s.lz_chengzhong)
      .post('/api/rectification-items/999999/actions/request_extension')
      .send({ dueOn: 'soon', version: 1 })
      .expect(400);
    expect(fields(malformed)).toEqual(['dueOn']);
    for (const dueOn of [20270101, '2027-02-29', { $gt: '' }, ['2027-01-01']]) {
      const res = await t.as(s.lz_chengzhong).post('/api/rectification-items/999999/actions/request_extension').send({ dueOn, version: 1 }).expect(400);
      expect(fields(res)).toEqual(['dueOn']);
    }
    await t.as(s.lz_chengzhong).post('/api/rectification-items/999999/actions/request_extension').send({ dueOn: '2027-01-01', version: 1 }).expect(404);
  });

  it('the inbox’s bulk actions go through the same check: an extension without its date fails per record, naming dueOn', async () => {
    const campaignId = await rectificationCampaign(t, s.gx_province);
    const item = await t
      .as(s.lz_chengzhong)
      .post('/api/rectification-items')
      .send({ campaignId, regionCode: '450202', problemType: 'zero_copay', title: '零自付' })
      .expect(201);
    await t.as(s.lz_chengzhong).post(`/api/rectification-items/${item.body.id}/actions/start`).send({ version: 1 }).expect(200);
    const bulk = await t
      .as(s.lz_chengzhong)
      .post('/api/inbox/bulk')
      .send({ resource: 'rectification-items', action: 'request_extension', ids: [item.body.id], comment: '需延期' })
      .expect(200);
    expect(bulk.body).toMatchObject({ succeeded: 0, failed: 1, results: [{ id: item.body.id, ok: false, status: 400 }] });
    expect(bulk.body.results[0].details.map((d: { field: string }) => d.field)).toEqual(['dueOn']);
    const unchanged = await t.as(s.lz_chengzhong).get(`/api/rectification-items/${item.body.id}`).expect(200);
    expect(unchanged.body).toMatchObject({ state: 'rectifying', version: 2, requestedDueOn: null });
  });
});
