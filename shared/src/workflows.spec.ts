import { defineCodes } from './codes';
import { RESOURCES } from './permissions';
import { FRAUD_WORKFLOWS } from './fraud/workflows';
import {
  ACTION_BODY_FIELDS,
  actionPayloadOf,
  MAX_PAYLOAD_USERS,
  parameterSetWorkflow,
  payloadFieldDeclarationError,
  payloadUserIds,
  reachableStates,
  type PayloadUser,
  type WorkflowAction,
} from './workflow';
import { workflowRegistry, WORKFLOWS } from './workflows';

describe('the workflow registry assembled from the areas', () => {
  it('holds the fifteen workflows by resource, each a declared resource', () => {
    expect(Object.keys(WORKFLOWS).sort()).toEqual([
      'accountability-records',
      'compliance-actions',
      'compliance-targets',
      'cost-warnings',
      'fraud-cases',
      'fraud-clues',
      'fraud-parameters',
      'fraud-suspicions',
      'inspections',
      'policy-parameters',
      'rectification-items',
      'reporting-due-rules',
      'responsibility-tables',
      'screening-parameters',
      'subsidy-standards',
      'user-changes',
    ]);
    for (const [resource, def] of Object.entries(WORKFLOWS)) {
      expect(def.resource).toBe(resource);
      expect(RESOURCES).toContain(resource);
      // every state a definition names is reachable and labelled
      expect([...reachableStates(def)].sort()).toEqual(Object.keys(def.states).sort());
    }
  });

  it('refuses two definitions for one resource', () => {
    expect(() => workflowRegistry([parameterSetWorkflow('x')], [parameterSetWorkflow('x')])).toThrow(/two definitions for 'x'/);
  });
});

describe('action payloads declared in the definitions', () => {
  // the fraud workflows are not registered yet (their resources come with the API) but are held to the same format
  const definitions = [...Object.values(WORKFLOWS), ...FRAUD_WORKFLOWS];

  it('never reuse the body fields every action takes', () => {
    for (const def of definitions)
      for (const action of Object.values(def.actions)) for (const name of Object.keys(action.payload ?? {})) expect(ACTION_BODY_FIELDS).not.toContain(name);
  });

  it('declare every field with its bounds', () => {
    const problems = definitions.flatMap((def) =>
      Object.entries(def.actions).flatMap(([action, a]) =>
        Object.entries(a.payload ?? {}).map(([name, f]) => payloadFieldDeclarationError(`${def.resource}.${action}.${name}`, f)),
      ),
    );
    expect(problems.filter(Boolean)).toEqual([]);
  });

  it.each<[string, Parameters<typeof payloadFieldDeclarationError>[1], boolean]>([
    ['a count of 3–12', { type: 'count', min: 3, max: 12, label: { zh: '月', en: 'Months' } }, true],
    ['a count upside down', { type: 'count', min: 12, max: 3, label: { zh: '月', en: 'Months' } }, false],
    ['a count with a fractional bound', { type: 'count', min: 0.5, max: 3, label: { zh: '月', en: 'Months' } }, false],
    ['users of 0 at least', { type: 'users', roles: ['inspector'], level: 'own', minItems: 0, maxItems: 3, label: { zh: '人', en: 'People' } }, false],
    [
      'users beyond the cap',
      { type: 'users', roles: ['inspector'], level: 'own', minItems: 1, maxItems: MAX_PAYLOAD_USERS + 1, label: { zh: '人', en: 'People' } },
      false,
    ],
    ['a user of no role', { type: 'user', roles: [], level: 'own', label: { zh: '人', en: 'Person' } }, false],
  ])('declaration: %s', (_case, f, ok) => {
    expect(payloadFieldDeclarationError('f', f) === null).toBe(ok);
  });

  const action = {
    to: 'b',
    from: ['a'],
    roles: [],
    level: 'own',
    label: { zh: '延期', en: 'Extend' },
    payload: {
      dueOn: { type: 'date', required: true, laterThan: 'dueOn', label: { zh: '新期限', en: 'New deadline' } },
      amount: { type: 'amount', min: 0, max: 1000, label: { zh: '金额', en: 'Amount' } },
      note: { type: 'text', maxLength: 5, label: { zh: '说明', en: 'Note' } },
      kinds: {
        type: 'codes',
        codes: defineCodes({ b: { zh: '乙', en: 'B' }, c: { zh: '丙', en: 'C' } }),
        maxItems: 2,
        allowedBy: { field: 'kind', allowed: { small: ['b'], large: ['b', 'c'] } },
        label: { zh: '种类', en: 'Kinds' },
      },
      tags: {
        type: 'codes',
        codes: defineCodes({ a: { zh: '甲', en: 'A' }, b: { zh: '乙', en: 'B' }, c: { zh: '丙', en: 'C' } }),
        maxItems: 2,
        label: { zh: '标签', en: 'Tags' },
      },
    },
  } as const satisfies WorkflowAction;
  const record = { dueOn: '2026-04-09', kind: 'small' };

  it.each<[string, Record<string, unknown>, Record<string, unknown> | string[]]>([
    ['a later date', { comment: 'x', version: 3, dueOn: '2026-05-01' }, { dueOn: '2026-05-01' }],
    ['with the optional fields', { dueOn: '2026-05-01', amount: 1000, note: ' 说明 ' }, { dueOn: '2026-05-01', amount: 1000, note: '说明' }],
    ['the required date missing', { comment: 'x' }, ['dueOn']],
    ['the same date as now', { dueOn: '2026-04-09' }, ['dueOn']],
    ['an earlier date', { dueOn: '2026-04-01' }, ['dueOn']],
    ['not a calendar date', { dueOn: '2026-02-30' }, ['dueOn']],
    ['a number for a date', { dueOn: 20260501 }, ['dueOn']],
    ['an amount out of range', { dueOn: '2026-05-01', amount: 1001 }, ['amount']],
    ['a fractional amount', { dueOn: '2026-05-01', amount: 1.5 }, ['amount']],
    ['an amount as text', { dueOn: '2026-05-01', amount: '10' }, ['amount']],
    ['a text too long', { dueOn: '2026-05-01', note: '123456' }, ['note']],
    ['an undeclared field', { dueOn: '2026-05-01', state: 'closed' }, ['state']],
    ['codes of the list', { dueOn: '2026-05-01', tags: ['b', 'a'] }, { dueOn: '2026-05-01', tags: ['b', 'a'] }],
    ['no codes counts as not sent', { dueOn: '2026-05-01', tags: [] }, { dueOn: '2026-05-01' }],
    ['a code not in the list', { dueOn: '2026-05-01', tags: ['a', 'z'] }, ['tags']],
    ['a code twice', { dueOn: '2026-05-01', tags: ['a', 'a'] }, ['tags']],
    ['more codes than allowed', { dueOn: '2026-05-01', tags: ['a', 'b', 'c'] }, ['tags']],
    ['codes as one text', { dueOn: '2026-05-01', tags: 'a' }, ['tags']],
    ['codes the record’s kind allows', { dueOn: '2026-05-01', kinds: ['b'] }, { dueOn: '2026-05-01', kinds: ['b'] }],
    ['a code the record’s kind does not allow', { dueOn: '2026-05-01', kinds: ['b', 'c'] }, ['kinds']],
    ['several at once, each named', { amount: -1, extra: 1 }, ['extra', 'dueOn', 'amount']],
  ])('%s', (_case, body, expected) => {
    const r = actionPayloadOf(action, body, record);
    if (Array.isArray(expected)) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(expected);
    } else expect(r).toEqual({ ok: true, payload: expected });
  });

  it('an action without a payload takes nothing but comment and version', () => {
    const plain: WorkflowAction = { to: 'b', from: ['a'], roles: [], level: 'own', label: { zh: '报送', en: 'Submit' } };
    expect(actionPayloadOf(plain, { comment: 'x', version: 1 }, {})).toEqual({ ok: true, payload: {} });
    const r = actionPayloadOf(plain, { version: 1, dueOn: '2026-05-01' }, {});
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['dueOn']);
  });
});

describe('the payload kinds flag, count, code, user and users', () => {
  const decisionTypes = defineCodes({ fine: { zh: '罚款', en: 'Fine' }, suspend: { zh: '暂停', en: 'Suspend' }, warn: { zh: '警告', en: 'Warning' } });
  const action = {
    to: 'b',
    from: ['a'],
    roles: [],
    level: 'own',
    label: { zh: '决定', en: 'Decide' },
    payload: {
      waived: { type: 'flag', label: { zh: '放弃陈述', en: 'Waived' } },
      months: { type: 'count', min: 3, max: 12, label: { zh: '暂停月数', en: 'Months' } },
      decisionType: {
        type: 'code',
        codes: decisionTypes,
        allowedBy: { field: 'partyType', allowed: { institution: ['fine', 'suspend'], person: ['fine', 'warn'] } },
        label: { zh: '决定类型', en: 'Decision type' },
      },
      reviewerId: { type: 'user', roles: ['inspector'], level: 'own', label: { zh: '审核人', en: 'Reviewer' } },
      officerIds: {
        type: 'users',
        roles: ['inspector', 'city_officer'],
        level: 'own',
        minItems: 2,
        maxItems: 3,
        required: true,
        label: { zh: '承办人员', en: 'Officers' },
      },
      supervisorIds: { type: 'users', roles: ['province_supervisor'], level: 'above', minItems: 1, maxItems: 2, label: { zh: '督办人', en: 'Supervisors' } },
    },
  } as const satisfies WorkflowAction;
  const record = { regionCode: '450200', partyType: 'institution' };
  // 1, 2, 3: inspectors and an officer of 柳州; 4: an inspector of 桂林; 5: a disabled inspector of 柳州;
  // 6: a county officer under 柳州; 7: the province's supervisor; 8: another province's
  const users = new Map<number, PayloadUser>(
    (
      [
        [1, 'inspector', '450200', true],
        [2, 'inspector', '450200', true],
        [3, 'city_officer', '450200', true],
        [4, 'inspector', '450300', true],
        [5, 'inspector', '450200', false],
        [6, 'county_officer', '450202', true],
        [7, 'province_supervisor', '450000', true],
        [8, 'province_supervisor', '440000', true],
      ] as const
    ).map(([id, role, regionCode, active]) => [id, { id, role, regionCode, active }]),
  );
  const officers = { officerIds: [1, 3] };

  it.each<[string, Record<string, unknown>, Record<string, unknown> | string[]]>([
    ['officers of the record’s own region', officers, officers],
    [
      'every kind at once',
      { ...officers, waived: false, months: 12, decisionType: 'suspend', reviewerId: 2, supervisorIds: [7] },
      { ...officers, waived: false, months: 12, decisionType: 'suspend', reviewerId: 2, supervisorIds: [7] },
    ],
    ['a flag as text', { ...officers, waived: 'true' }, ['waived']],
    ['a flag as 1', { ...officers, waived: 1 }, ['waived']],
    ['a count below its range', { ...officers, months: 2 }, ['months']],
    ['a count above its range', { ...officers, months: 13 }, ['months']],
    ['a fractional count', { ...officers, months: 6.5 }, ['months']],
    ['a count as text', { ...officers, months: '6' }, ['months']],
    ['a code not in the list', { ...officers, decisionType: 'jail' }, ['decisionType']],
    ['a code as a one-item array', { ...officers, decisionType: ['fine'] }, ['decisionType']],
    ['a code the record’s party type does not allow', { ...officers, decisionType: 'warn' }, ['decisionType']],
    ['a user id as text', { ...officers, reviewerId: '2' }, ['reviewerId']],
    ['a user id of 0', { ...officers, reviewerId: 0 }, ['reviewerId']],
    ['an unknown user', { ...officers, reviewerId: 99 }, ['reviewerId']],
    ['a disabled user', { ...officers, reviewerId: 5 }, ['reviewerId']],
    ['a user of another role', { ...officers, reviewerId: 3 }, ['reviewerId']],
    ['a user of another city', { ...officers, reviewerId: 4 }, ['reviewerId']],
    ['a user of a county below, for an own-level field', { officerIds: [1, 6] }, ['officerIds']],
    ['the same officer twice', { officerIds: [1, 1] }, ['officerIds']],
    ['too few officers', { officerIds: [1] }, ['officerIds']],
    ['too many officers', { officerIds: [1, 2, 3, 1] }, ['officerIds']],
    ['officers as one id', { officerIds: 1 }, ['officerIds']],
    ['no officers', { officerIds: [] }, ['officerIds']],
    ['a province supervisor for the level above', { ...officers, supervisorIds: [7] }, { ...officers, supervisorIds: [7] }],
    ['the record’s own officer for the level above', { ...officers, supervisorIds: [3] }, ['supervisorIds']],
    ['another province’s supervisor for the level above', { ...officers, supervisorIds: [7, 8] }, ['supervisorIds']],
    ['several at once, each named', { officerIds: [4, 1], waived: null, months: 0, reviewerId: 6 }, ['months', 'reviewerId', 'officerIds']],
  ])('%s', (_case, body, expected) => {
    const r = actionPayloadOf(action, body, record, users);
    if (Array.isArray(expected)) {
      expect(r.ok ? [] : r.errors.map((e) => e.field).sort()).toEqual([...expected].sort());
    } else expect(r).toEqual({ ok: true, payload: expected });
  });

  it('names the reason for a refused user, in both languages', () => {
    const message = (body: Record<string, unknown>) => {
      const r = actionPayloadOf(action, { ...officers, ...body }, record, users);
      return r.ok ? '' : r.errors[0].message;
    };
    expect(message({ reviewerId: 99 })).toBe('reviewerId: 用户 99 不存在或已停用 (no active user 99)');
    expect(message({ reviewerId: 3 })).toContain('(user 3 must have one of the roles inspector)');
    expect(message({ reviewerId: 4 })).toBe('reviewerId: 用户 4 不属于本记录的本级地区 (user 4 is not at the record’s own region)');
    expect(message({ supervisorIds: [8] })).toBe('supervisorIds: 用户 8 不属于本记录的上一级地区 (user 8 is not at the region directly above the record)');
  });

  it('without the accounts looked up, every user is unknown (nothing passes unchecked)', () => {
    const r = actionPayloadOf(action, officers, record);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['officerIds']);
  });

  it('lists the well-formed user ids a body names, once each (what the API looks up)', () => {
    expect(payloadUserIds(action, { officerIds: [1, 3, 1, 'x', -2], reviewerId: 3, supervisorIds: 'nobody', waived: true }).sort()).toEqual([1, 3]);
    expect(payloadUserIds(action, { officerIds: Array.from({ length: 10_000 }, (_, i) => i + 1) })).toHaveLength(MAX_PAYLOAD_USERS);
  });
});
