import { defineCodes } from './codes';
import { RESOURCES } from './permissions';
import { ACTION_BODY_FIELDS, actionPayloadOf, parameterSetWorkflow, reachableStates, type WorkflowAction } from './workflow';
import { workflowRegistry, WORKFLOWS } from './workflows';

describe('the workflow registry assembled from the areas', () => {
  it('holds the nine workflows by resource, each a declared resource', () => {
    expect(Object.keys(WORKFLOWS).sort()).toEqual([
      'accountability-records',
      'cost-warnings',
      'inspections',
      'policy-parameters',
      'rectification-items',
      'reporting-due-rules',
      'responsibility-tables',
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
  it('never reuse the body fields every action takes', () => {
    for (const def of Object.values(WORKFLOWS))
      for (const action of Object.values(def.actions)) for (const name of Object.keys(action.payload ?? {})) expect(ACTION_BODY_FIELDS).not.toContain(name);
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
