import type { PayloadCandidate, WorkflowAction } from '@yibao/shared';
import { testAppWith } from '../../../test/harness';

/**
 * A test-only action on the responsibility table's workflow (a city record filed by `lz_city`), declaring one field of
 * each payload kind the fraud workflows need: registered before the app is built, so the route's DTO and OpenAPI see it
 * as they would a real definition's. The fraud workflows themselves are not registered until their resources exist.
 */
jest.mock('@yibao/shared', () => {
  const shared = jest.requireActual('@yibao/shared');
  const payloadTest: WorkflowAction = {
    from: ['draft'],
    to: 'draft',
    roles: ['city_officer'],
    level: 'own',
    label: { zh: '测试', en: 'Test' },
    inbox: false,
    payload: {
      waived: { type: 'flag', label: { zh: '放弃陈述', en: 'Statement waived' } },
      months: { type: 'count', min: 3, max: 12, label: { zh: '暂停月数', en: 'Months' } },
      decisionType: {
        type: 'code',
        codes: shared.FRAUD_DECISION_TYPE_CODES,
        // a 柳州 record may take two of the five (stands in for a party type's decisions)
        allowedBy: { field: 'regionCode', allowed: { '450200': ['penalty', 'no_penalty'] } },
        label: { zh: '决定类型', en: 'Decision type' },
      },
      reviewerId: { type: 'user', roles: ['inspector'], level: 'own', label: { zh: '审核人', en: 'Reviewer' } },
      officerIds: { type: 'users', roles: ['inspector'], level: 'own', minItems: 2, maxItems: 3, label: { zh: '承办人员', en: 'Officers' } },
      supervisorId: { type: 'user', roles: ['province_supervisor', 'city_officer'], level: 'above', label: { zh: '督办人', en: 'Supervisor' } },
    },
  };
  shared.RESPONSIBILITY_TABLE_WORKFLOW.actions.payload_test = payloadTest;
  return shared;
});

describe('workflow payload kinds: flag, count, code, user, users', () => {
  const { t, s } = testAppWith(['lz_city', 'gl_city', 'gx_province', 'lz_inspector', 'lz_inspector2', 'lz_head', 'lz_chengzhong', 'admin']);
  const fields = (res: { body: { details?: Array<{ field: string }> } }) => (res.body.details ?? []).map((d) => d.field);
  let year = 2050;
  let glInspector: number;
  let unauthorised: number;
  const table = async () =>
    (await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: year++ }).expect(201)).body.id as number;
  const act = (id: number, body: Record<string, unknown>, who = 'lz_city') =>
    t
      .as(s[who])
      .post(`/api/responsibility-tables/${id}/actions/payload_test`)
      .send({ version: 1, ...body });
  const officers = () => ({ officerIds: [s.lz_inspector.userId, s.lz_inspector2.userId] });

  beforeAll(async () => {
    glInspector = (await t.createAccount({ username: 'gl_inspector9', displayName: '桂林市稽查员', role: 'inspector', regionCode: '450300' })).userId;
    // created by the system admin, not yet authorised by the security admin: not an active account
    const created = await t
      .as(s.admin)
      .post('/api/users')
      .send({ username: 'lz_inspector_new', displayName: '待授权稽查员', role: 'inspector', regionCode: '450200', password: 'Initial#2026x' })
      .expect(201);
    unauthorised = created.body.id;
  });

  it('accepts one value of each kind and keeps them in the history', async () => {
    const id = await table();
    const payload = {
      ...officers(),
      waived: false,
      months: 12,
      decisionType: 'no_penalty',
      reviewerId: s.lz_inspector.userId,
      supervisorId: s.gx_province.userId,
    };
    const res = await act(id, { ...payload, comment: '测试' }).expect(200);
    expect(res.body).toMatchObject({ state: 'draft', version: 2 });
    const history = await t.as(s.lz_city).get(`/api/responsibility-tables/${id}/history`).expect(200);
    expect(history.body).toEqual([expect.objectContaining({ action: 'payload_test', payload })]);
    // the history names the people by their display names, for whoever reads it
    expect(history.body[0].payloadUsers).toEqual({
      [s.lz_inspector.userId]: '柳州市医保基金稽查员',
      [s.lz_inspector2.userId]: '柳州市医保基金稽查员（二）',
      [s.gx_province.userId]: '广西医保局督导处',
    });
  });

  it.each<[string, (ids: { glInspector: number; unauthorised: number }) => Record<string, unknown>, string, string]>([
    ['a flag as text', () => ({ waived: 'true' }), 'waived', '(true or false)'],
    ['a flag as 0', () => ({ waived: 0 }), 'waived', '(true or false)'],
    ['a count below its range', () => ({ months: 2 }), 'months', '(a whole number, 3…12)'],
    ['a count above its range', () => ({ months: 13 }), 'months', '(a whole number, 3…12)'],
    ['a fractional count', () => ({ months: 3.5 }), 'months', '(a whole number, 3…12)'],
    ['a code not in the list', () => ({ decisionType: 'jail' }), 'decisionType', '(one code of the list)'],
    ['a code of the list the record does not allow', () => ({ decisionType: 'transfer_judicial' }), 'decisionType', 'not allowed for regionCode 450200'],
    ['a code as a list', () => ({ decisionType: ['penalty'] }), 'decisionType', '(one code of the list)'],
    ['an unknown user', () => ({ reviewerId: 987654 }), 'reviewerId', '(no active user 987654)'],
    ['an account not yet authorised', (ids) => ({ reviewerId: ids.unauthorised }), 'reviewerId', '(no active user'],
    ['a user of the wrong role (the bureau head)', () => ({ reviewerId: s.lz_head.userId }), 'reviewerId', 'must have one of the roles inspector'],
    ['an inspector of another city', (ids) => ({ reviewerId: ids.glInspector }), 'reviewerId', 'is not at the record’s own region'],
    [
      'a county officer (a role the field does not name)',
      () => ({ supervisorId: s.lz_chengzhong.userId }),
      'supervisorId',
      'must have one of the roles province_supervisor, city_officer',
    ],
    [
      'a city officer of the record’s own city, for the level above',
      () => ({ supervisorId: s.lz_city.userId }),
      'supervisorId',
      'is not at the region directly above the record',
    ],
    ['a user id as text', () => ({ reviewerId: String(s.lz_inspector.userId) }), 'reviewerId', '(one user id)'],
    ['the same officer twice', () => ({ officerIds: [s.lz_inspector.userId, s.lz_inspector.userId] }), 'officerIds', 'named twice)'],
    ['too few officers', () => ({ officerIds: [s.lz_inspector.userId] }), 'officerIds', '(2–3 user ids)'],
    [
      'an officer of another city among them',
      (ids) => ({ officerIds: [s.lz_inspector.userId, ids.glInspector] }),
      'officerIds',
      'is not at the record’s own region',
    ],
    [
      'an officer of the wrong role among them',
      () => ({ officerIds: [s.lz_inspector.userId, s.lz_city.userId] }),
      'officerIds',
      'must have one of the roles inspector',
    ],
    ['too many officers', () => ({ officerIds: [s.lz_inspector.userId, s.lz_inspector2.userId, 987654, 987655] }), 'officerIds', '(2–3 user ids)'],
  ])('refuses %s with a 400 naming the field and why, and changes nothing', async (_case, body, field, reason) => {
    const id = await table();
    const res = await act(id, { ...officers(), ...body({ glInspector, unauthorised }) }).expect(400);
    expect(fields(res)).toEqual([field]);
    expect(res.body.message).toEqual([expect.stringMatching(new RegExp(`^${field}: `))]);
    expect(res.body.message[0]).toContain(reason);
    const unchanged = await t.as(s.lz_city).get(`/api/responsibility-tables/${id}`).expect(200);
    expect(unchanged.body).toMatchObject({ state: 'draft', version: 1 });
    expect((await t.as(s.lz_city).get(`/api/responsibility-tables/${id}/history`).expect(200)).body).toEqual([]);
  });

  it('refuses a malformed value before the record is looked up (400, not 404), and names every bad field at once', async () => {
    for (const [body, field] of [
      [{ waived: 'yes' }, 'waived'],
      [{ months: '6' }, 'months'],
      [{ decisionType: 'jail' }, 'decisionType'],
      [{ reviewerId: -1 }, 'reviewerId'],
      [{ officerIds: [1, 1] }, 'officerIds'],
      [{ officerIds: Array.from({ length: 500 }, (_, i) => i + 1) }, 'officerIds'],
    ] as const) {
      const res = await act(999999, body).expect(400);
      expect(fields(res)).toEqual([field]);
    }
    const id = await table();
    // the form of each value first (the DTO), then what depends on the record and the accounts (the engine)
    const malformed = await act(id, { officerIds: [s.lz_inspector.userId], months: 0, waived: 'no' }).expect(400);
    expect(fields(malformed).sort()).toEqual(['months', 'officerIds', 'waived']);
    const misfits = await act(id, { officerIds: [s.lz_inspector.userId, glInspector], decisionType: 'transfer_judicial', reviewerId: s.lz_head.userId }).expect(
      400,
    );
    expect(fields(misfits).sort()).toEqual(['decisionType', 'officerIds', 'reviewerId']);
  });

  describe('GET /api/inbox/candidates: whom a user field may name', () => {
    const candidates = (who: string, query: Record<string, string | number>) =>
      t.as(s[who]).get(`/api/inbox/candidates?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`);

    it('lists the active accounts of the field’s roles at its level, with their region — and no one else', async () => {
      const id = await table();
      const q = { resource: 'responsibility-tables', id, action: 'payload_test' };
      const own = await candidates('lz_city', { ...q, field: 'officerIds' }).expect(200);
      expect((own.body as PayloadCandidate[]).map((c) => c.id).sort()).toEqual([s.lz_inspector.userId, s.lz_inspector2.userId].sort());
      expect(own.body[0]).toEqual({ id: expect.any(Number), displayName: expect.any(String), role: 'inspector', regionCode: '450200', regionName: '柳州市' });
      expect(Object.keys(own.body[0]).sort()).toEqual(['displayName', 'id', 'regionCode', 'regionName', 'role']);
      const above = await candidates('lz_city', { ...q, field: 'supervisorId' }).expect(200);
      expect((above.body as PayloadCandidate[]).map((c) => c.id)).toEqual([s.gx_province.userId]);
    });

    it('answers only whoever may take the action on a record in scope', async () => {
      const id = await table();
      const q = { resource: 'responsibility-tables', id, action: 'payload_test', field: 'reviewerId' };
      // another city: the record is out of scope
      expect((await candidates('gl_city', q).expect(404)).body.details).toMatchObject({ code: 'record_not_found' });
      // the province sees the record but does not take this action at the city's own level
      expect((await candidates('gx_province', q).expect(403)).body.details).toMatchObject({ code: 'workflow_forbidden' });
      // a role the permission table does not let read the resource
      expect((await candidates('lz_inspector', q).expect(403)).body.details).toMatchObject({ code: 'role_forbidden' });
      expect((await candidates('lz_city', { ...q, action: 'publish' }).expect(404)).body.details).toMatchObject({ code: 'workflow_unknown_action' });
      expect(fields(await candidates('lz_city', { ...q, field: 'waived' }).expect(400))).toEqual(['field']);
      expect(fields(await candidates('lz_city', { ...q, id: 'x' }).expect(400))).toEqual(['id']);
      expect(fields(await candidates('lz_city', { ...q, resource: 'nothing-here' }).expect(400))).toEqual(['resource']);
    });
  });
});
