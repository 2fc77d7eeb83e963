import { errorText, RESPONSIBILITY_ROLES } from '@yibao/shared';
import { testAppWith } from '../../../test/harness';

/**
 * The engine's refusals carry a stable code and its figures in `details` (shared ERROR_CODES), inside the
 * contract's error body, so the admin shows them in the user's language; `message` stays the zh + en text.
 */
describe('workflow refusals carry their code', () => {
  const { t, s } = testAppWith(['lz_city', 'gx_province', 'lz_chengzhong']);
  const rows = RESPONSIBILITY_ROLES.map((role) => ({ role, name: '张三', unit: '医保局', title: '科长', phone: '13812345678' }));

  it('forbidden, wrong state, comment required, unknown action and out of scope each answer their code', async () => {
    const created = await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2041 }).expect(201);
    const id = created.body.id;
    await t.as(s.lz_city).patch(`/api/responsibility-tables/${id}`).send({ rows, version: 1 }).expect(200);
    const act = (who: keyof typeof s, action: string, body: Record<string, unknown> = {}) =>
      t.as(s[who]).post(`/api/responsibility-tables/${id}/actions/${action}`).send(body);

    const forbidden = await act('lz_city', 'approve', { version: 2 }).expect(403);
    expect(forbidden.body).toMatchObject({
      statusCode: 403,
      error: 'Forbidden',
      details: { code: 'workflow_forbidden', params: { resource: 'responsibility-tables', action: 'approve' } },
    });
    expect(forbidden.body.message).toContain('审核通过');
    expect(errorText(forbidden.body.details, 'en')).toBe('Your role or level may not “Approve” this record');

    const wrongState = await act('gx_province', 'approve', { version: 2 }).expect(409);
    expect(wrongState.body.details).toMatchObject({ code: 'workflow_wrong_state', params: { action: 'approve', state: 'draft' }, reason: 'wrong_state' });
    expect(errorText(wrongState.body.details, 'en')).toBe('“Approve” is not possible in the state “Draft”; reload to see the latest state');

    await act('lz_city', 'submit', { version: 2 }).expect(200);
    const noComment = await act('gx_province', 'return', { version: 3 }).expect(400);
    expect(noComment.body.details).toEqual([
      expect.objectContaining({ field: 'comment', code: 'workflow_comment_required', params: { resource: 'responsibility-tables', action: 'return' } }),
    ]);

    const unknown = await act('gx_province', 'publish', { version: 3 }).expect(404);
    expect(unknown.body.details).toMatchObject({ code: 'workflow_unknown_action' });

    const outOfScope = await act('lz_chengzhong', 'submit', { version: 3 }).expect(404);
    expect(outOfScope.body.details).toMatchObject({ code: 'record_not_found', params: { resource: 'responsibility-tables', id } });
    expect(outOfScope.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect(Object.keys(outOfScope.body).sort()).toEqual(['details', 'error', 'message', 'statusCode']);
  });

  it('a role the permission table refuses answers role_forbidden', async () => {
    const res = await t.as(s.lz_chengzhong).post('/api/regions').send({ code: '450299', name: '测试' }).expect(403);
    expect(res.body.details).toEqual({ code: 'role_forbidden', params: {} });
  });
});
