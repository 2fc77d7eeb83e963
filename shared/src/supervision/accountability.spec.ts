import { addMonths } from '../dates';
import {
  ACCOUNTABILITY_MEASURES_BY_SUBJECT,
  appealDueOn,
  effectPeriod,
  executionDueOn,
  isExecutionOverdue,
  measuresRefusal,
  SANCTION_EFFECT_MONTHS,
} from './accountability';
import { ACCOUNTABILITY_MEASURES } from './codes';

describe('measures by subject type (问责条例 art. 8; 政务处分法 arts. 7, 12)', () => {
  it.each<[string, 'organisation' | 'leading_cadre' | 'official', string[], boolean]>([
    ['an organisation: 检查 and 通报', 'organisation', ['self_examination', 'circulated_criticism'], true],
    ['an organisation: 改组', 'organisation', ['reorganisation'], true],
    ['an organisation cannot be given 警告 (a sanction on a person)', 'organisation', ['warning'], false],
    ['an organisation cannot be given 诫勉', 'organisation', ['admonishment'], false],
    ['a leading cadre: 诫勉 with 免职', 'leading_cadre', ['admonishment', 'dismissal_from_post'], true],
    ['a leading cadre: 纪律处分', 'leading_cadre', ['party_discipline'], true],
    ['a leading cadre cannot be given 改组', 'leading_cadre', ['reorganisation'], false],
    ['a leading cadre cannot be given 记过 (政务处分 is for officials)', 'leading_cadre', ['demerit'], false],
    ['an official: 记大过', 'official', ['major_demerit'], true],
    ['an official: art. 12 谈话提醒', 'official', ['talk_reminder'], true],
    ['an official: 诫勉 (art. 12)', 'official', ['admonishment'], true],
    ['an official cannot be given 免职 (组织处理 of a cadre)', 'official', ['dismissal_from_post'], false],
    ['an official cannot be given 检查 (of an organisation)', 'official', ['self_examination'], false],
    ['any subject may be referred: organisation', 'organisation', ['referral_to_discipline'], true],
    ['any subject may be referred: official', 'official', ['warning', 'referral_to_discipline'], true],
    ['none at all', 'official', [], false],
    ['a measure twice', 'official', ['warning', 'warning'], false],
    ['seven measures', 'official', ['warning', 'demerit', 'major_demerit', 'demotion', 'removal', 'expulsion', 'talk_reminder'], false],
  ])('%s', (_case, subject, measures, ok) => {
    const refusal = measuresRefusal(subject, measures);
    if (ok) expect(refusal).toBeNull();
    else expect(refusal).toMatch(/^measures: /);
  });

  it('names the misfits in the refusal', () => {
    expect(measuresRefusal('organisation', ['warning', 'circulated_criticism', 'demerit'])).toContain('warning、demerit');
  });

  it('every measure fits some subject, and only referral fits every subject', () => {
    const all = Object.values(ACCOUNTABILITY_MEASURES_BY_SUBJECT);
    for (const m of ACCOUNTABILITY_MEASURES) expect(all.some((list) => list.includes(m))).toBe(true);
    expect(ACCOUNTABILITY_MEASURES.filter((m) => all.every((list) => list.includes(m)))).toEqual(['referral_to_discipline']);
  });
});

describe('effect period (政务处分法 art. 8: the heaviest sanction, from the decision)', () => {
  it.each<[string, string[], string, number | null, string | null, boolean]>([
    ['警告: 6 months', ['warning'], '2026-03-15', 6, '2026-09-15', false],
    ['记过: 12 months', ['demerit'], '2026-03-15', 12, '2027-03-15', false],
    ['记大过: 18 months', ['major_demerit'], '2026-03-15', 18, '2027-09-15', false],
    ['降级: 24 months', ['demotion'], '2026-03-15', 24, '2028-03-15', false],
    ['撤职: 24 months', ['removal'], '2026-03-15', 24, '2028-03-15', false],
    ['开除: permanent, no end', ['expulsion'], '2026-03-15', null, null, true],
    ['the heaviest decides: 警告 + 记大过 → 18', ['warning', 'major_demerit'], '2026-03-15', 18, '2027-09-15', false],
    ['the heaviest decides whatever the order: 撤职 + 记过 → 24', ['removal', 'demerit'], '2026-01-01', 24, '2028-01-01', false],
    ['开除 outweighs the rest', ['warning', 'expulsion', 'removal'], '2026-03-15', null, null, true],
    ['art. 12 measures are no sanction: no period', ['talk_reminder', 'admonishment'], '2026-03-15', null, null, false],
    ['organisational measures have no art. 8 period', ['dismissal_from_post'], '2026-03-15', null, null, false],
    ['a month-end decision ends on the shorter month’s last day', ['warning'], '2026-08-31', 6, '2027-02-28', false],
    ['leap year: 2027-08-31 + 6 → 2028-02-29', ['warning'], '2027-08-31', 6, '2028-02-29', false],
  ])('%s', (_case, measures, decidedOn, months, endsOn, permanent) => {
    expect(effectPeriod(measures, decidedOn)).toMatchObject({ effectMonths: months, effectEndsOn: endsOn, permanent });
  });

  it('cites its article', () => {
    expect(SANCTION_EFFECT_MONTHS.source).toContain('政务处分法》第八条');
  });

  it('addMonths keeps the day or clamps to the month’s end, across years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-05-31', 24)).toBe('2028-05-31');
  });
});

describe('organisational measures carried out within one month (问责条例 2016 art. 9)', () => {
  it.each<[string, string[], string | null, string | null, string, boolean]>([
    ['免职 executed within the month', ['dismissal_from_post'], '2026-03-15', '2026-04-15', '2026-06-01', false],
    ['免职 executed a day late', ['dismissal_from_post'], '2026-03-15', '2026-04-16', '2026-06-01', true],
    ['免职 not executed, the month not over', ['dismissal_from_post'], '2026-03-15', null, '2026-04-15', false],
    ['免职 not executed, the month over', ['dismissal_from_post'], '2026-03-15', null, '2026-04-16', true],
    ['改组 of an organisation, not executed, over', ['reorganisation'], '2026-03-15', null, '2026-05-01', true],
    ['警告 alone has no execution deadline', ['warning'], '2026-03-15', null, '2027-01-01', false],
    ['not decided yet', ['dismissal_from_post'], null, null, '2027-01-01', false],
  ])('%s', (_case, measures, decidedOn, executedOn, today, overdue) => {
    expect(isExecutionOverdue({ measures, decidedOn, executedOn }, today)).toBe(overdue);
  });

  it('due a month after the decision; appeals due 15 days after it', () => {
    expect(executionDueOn(['reassignment'], '2026-01-31')).toBe('2026-02-28');
    expect(executionDueOn(['warning'], '2026-01-31')).toBeNull();
    expect(appealDueOn('2026-03-15')).toBe('2026-03-30');
  });
});
