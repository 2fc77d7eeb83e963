import {
  categoryOf,
  closureRefusal,
  defaultDueOn,
  dueOnRefusal,
  FINISHED_ITEM_STATES,
  initialSubTasks,
  isOverdue,
  parseScreeningRef,
  PROBLEM_TYPES,
  RECTIFICATION_ITEM_WORKFLOW,
  SCREENED_PROBLEMS,
  screeningRef,
  TRANSITION_DUE_ON_2020,
  type ProblemType,
  type RectificationCategory,
  type RectificationSubTasks,
} from '.';
import { reachableStates } from '../workflow';

const campaign = { immediateDays: 30, transitionDueOn: TRANSITION_DUE_ON_2020 };

describe('the category a problem implies (S4 §五 立行立改 / 平稳过渡; S3 §四 the 95 % line)', () => {
  it.each<[ProblemType, RectificationCategory]>([
    // S4 §五: 个人零缴费或零自付 — 立行立改
    ['zero_contribution', 'immediate'],
    ['zero_copay', 'immediate'],
    // S4 §五: 突破基本医保目录 — 立行立改
    ['beyond_catalogue', 'immediate'],
    // S4 §五: 脱离实际、不可持续的保障承诺 — 立行立改
    ['unsustainable_promise', 'immediate'],
    // S3 §四: 三重制度保障后住院政策范围内报销比例超过 95% — corrected at once
    ['over_reimbursement', 'immediate'],
    // S4 §五: 特惠保障混淆制度功能、三重制度外叠床架屋、随意扩大受益范围 — 平稳过渡
    ['special_treatment', 'transition'],
    ['extra_layer', 'transition'],
    ['widened_scope', 'transition'],
  ])('%s → %s', (type, category) => {
    expect(categoryOf(type)).toBe(category);
  });

  it('every problem type has a category', () => {
    for (const t of PROBLEM_TYPES) expect(['immediate', 'transition']).toContain(categoryOf(t));
  });
});

describe('the deadline of an item (S4 §五)', () => {
  it.each<[string, RectificationCategory, string, string]>([
    // [case, category, identifiedOn, default dueOn]
    ['立行立改: identified + the campaign’s days', 'immediate', '2026-03-10', '2026-04-09'],
    ['立行立改 across a year end', 'immediate', '2026-12-15', '2027-01-14'],
    ['立行立改 across 29 February', 'immediate', '2028-02-15', '2028-03-16'],
    ['平稳过渡: the campaign’s transition date (S4: 2020-12-31) whatever the day it was found', 'transition', '2019-11-02', '2020-12-31'],
    ['平稳过渡 found late in the period', 'transition', '2020-12-20', '2020-12-31'],
  ])('%s', (_case, category, identifiedOn, due) => {
    expect(defaultDueOn({ category, identifiedOn }, campaign)).toBe(due);
  });

  it.each<[string, RectificationCategory, string, string | null, RegExp | null]>([
    // [dueOn, category, identifiedOn, granted extension, refusal]
    ['2026-04-09', 'immediate', '2026-03-10', null, null], // the default itself
    ['2026-03-20', 'immediate', '2026-03-10', null, null], // earlier: allowed
    ['2026-03-10', 'immediate', '2026-03-10', null, null], // the day it was found
    ['2026-04-10', 'immediate', '2026-03-10', null, /默认期限 2026-04-09/], // a day later: refused
    ['2026-03-09', 'immediate', '2026-03-10', null, /不能早于发现日期/],
    ['2021-01-01', 'transition', '2019-11-02', null, /2020-12-31/],
    ['2021-06-30', 'transition', '2019-11-02', '2021-06-30', null], // a granted extension moves the limit
    ['2021-07-01', 'transition', '2019-11-02', '2021-06-30', /批准延期后的 2021-06-30/],
    ['2026-02-30', 'immediate', '2026-02-01', null, /YYYY-MM-DD/],
    ['tomorrow', 'immediate', '2026-02-01', null, /YYYY-MM-DD/],
  ])('dueOn %s (%s, identified %s, granted %s)', (dueOn, category, identifiedOn, granted, refusal) => {
    const r = dueOnRefusal(dueOn, { category, identifiedOn }, campaign, granted);
    if (refusal) expect(r).toMatch(refusal);
    else expect(r).toBeNull();
  });
});

describe('overdue (not closed or dismissed, and today after dueOn)', () => {
  it.each<[string, string, string, boolean]>([
    ['identified', '2026-04-09', '2026-04-09', false], // the due day itself is in time
    ['identified', '2026-04-09', '2026-04-10', true],
    ['rectifying', '2026-04-09', '2026-05-01', true],
    ['closure_requested', '2026-04-09', '2026-05-01', true], // waiting for 销号 does not stop the clock
    ['extension_requested', '2026-04-09', '2026-05-01', true],
    ['closed', '2026-04-09', '2026-05-01', false],
    ['dismissed', '2026-04-09', '2026-05-01', false],
  ])('%s due %s, today %s → %s', (state, dueOn, today, overdue) => {
    expect(isOverdue(state, dueOn, today)).toBe(overdue);
  });

  it('the finished states are exactly the workflow’s final ones', () => {
    expect([...FINISHED_ITEM_STATES].sort()).toEqual(['closed', 'dismissed']);
    expect([...reachableStates(RECTIFICATION_ITEM_WORKFLOW)].sort()).toEqual(Object.keys(RECTIFICATION_ITEM_WORKFLOW.states).sort());
  });
});

describe('what 申请销号 needs (S4 §五; 清单销号 on evidence)', () => {
  const done = (): RectificationSubTasks => ({
    fund_transfer: { status: 'done', note: null, doneOn: '2020-10-01' },
    policy_alignment: { status: 'done', note: null, doneOn: '2020-10-01' },
    management_handover: { status: 'done', note: null, doneOn: '2020-10-01' },
  });
  const oneOpen = (): RectificationSubTasks => ({ ...done(), policy_alignment: { status: 'pending', note: null, doneOn: null } });

  it.each<[string, Parameters<typeof closureRefusal>[0], 'attachments' | 'subTasks' | null, RegExp | null]>([
    ['immediate with evidence', { attachments: 1, category: 'immediate', subTasks: null }, null, null],
    ['immediate without evidence', { attachments: 0, category: 'immediate', subTasks: null }, 'attachments', /佐证材料/],
    ['transition, all three done, evidence', { attachments: 2, category: 'transition', subTasks: done() }, null, null],
    ['transition, one pending', { attachments: 2, category: 'transition', subTasks: oneOpen() }, 'subTasks', /政策对接尚未完成/],
    ['transition, none recorded', { attachments: 2, category: 'transition', subTasks: null }, 'subTasks', /资金并转、政策对接、管理衔接/],
    ['transition without evidence: evidence first', { attachments: 0, category: 'transition', subTasks: oneOpen() }, 'attachments', /佐证/],
  ])('%s', (_case, item, field, message) => {
    const r = closureRefusal(item);
    expect(r?.field ?? null).toBe(field);
    if (message) expect(r!.message).toMatch(message);
  });

  it('a new transition item starts with the three sub-tasks pending; an immediate one has none', () => {
    expect(initialSubTasks('immediate')).toBeNull();
    expect(initialSubTasks('transition')).toEqual({
      fund_transfer: { status: 'pending', note: null, doneOn: null },
      policy_alignment: { status: 'pending', note: null, doneOn: null },
      management_handover: { status: 'pending', note: null, doneOn: null },
    });
  });
});

describe('a screening item’s key and the settlement flag behind it (one mapping: the job and the drill-down)', () => {
  it('round-trips county, year and flag for each screened problem; anything else is not a screening key', () => {
    for (const p of SCREENED_PROBLEMS) {
      expect(parseScreeningRef(screeningRef('450202', 2026, p.problemType))).toEqual({ regionCode: '450202', year: 2026, flag: p.flag });
    }
    expect(SCREENED_PROBLEMS.map((p) => [p.problemType, p.flag])).toEqual([
      ['zero_copay', 'zero_oop'],
      ['over_reimbursement', 'reimbursement_over_ceiling'],
    ]);
    for (const bad of [null, '', 'x', '450202:2026:extra_layer', '4502:2026:zero_copay', '450202:26:zero_copay', '450202:2026:zero_copay:x']) {
      expect(parseScreeningRef(bad)).toBeNull();
    }
  });
});
