import { defaultScreeningParameters, validateScreeningParameters, type ScreeningParameters } from './parameters';
import { SCREENING_RULE_DEFAULTS } from './rule-params';
import { SCREENING_RULES } from './codes';
import { SCREENING_RULE_CATALOGUE } from './rules';

/** The fields a document's problems name, in order. */
const fields = (doc: unknown) => validateScreeningParameters(doc).map((p) => p.field);

/** The catalogue's defaults as 柳州's 2026 document, changed by `change`. */
function lz(change: (d: ScreeningParameters) => void = () => {}): ScreeningParameters {
  const d = defaultScreeningParameters('450200', 2026);
  change(d);
  return d;
}
const set = (value: unknown) => (entry: { value: unknown }) => Object.assign(entry, { value });

describe('the rule catalogue (issue 17; policy-modules §1.8)', () => {
  it('has every rule id once, with its logic in both languages and a source', () => {
    expect(Object.keys(SCREENING_RULE_CATALOGUE).sort()).toEqual([...SCREENING_RULES].sort());
    for (const rule of Object.values(SCREENING_RULE_CATALOGUE)) {
      expect(rule.logic.zh && rule.logic.en && rule.source).toBeTruthy();
    }
    expect(SCREENING_RULE_CATALOGUE.institution_outlier.level).toBe('institution');
  });
});

describe('validateScreeningParameters: a pooling region’s 规则参数 for a year (issue 17: {value, source} per rule, approved by the province)', () => {
  it('takes the catalogue defaults as a city’s document, and the defaults are a copy', () => {
    expect(fields(lz())).toEqual([]);
    const d = lz((x) => (x.rules.split_admission.days.value = 14));
    expect(d.rules.split_admission.days.value).toBe(14);
    expect(SCREENING_RULE_DEFAULTS.split_admission.days.value).toBe(15);
  });

  it.each<[string, (d: ScreeningParameters) => void, string[]]>([
    // the document's key: a pooling region (市级统筹) and a year
    ['a province is not a pooling region', (d) => (d.regionCode = '450000'), ['regionCode']],
    ['nor a county', (d) => (d.regionCode = '450203'), ['regionCode']],
    ['a year out of range', (d) => (d.year = 2018), ['year']],
    ['an unknown key at the top', (d) => Object.assign(d, { injected: 1 }), ['injected']],
    ['an unknown rule', (d) => Object.assign(d.rules, { duplicate_charge: {} }), ['rules.duplicate_charge']],
    ['a rule missing', (d) => delete (d.rules as Partial<ScreeningParameters['rules']>).zero_oop, ['rules.zero_oop']],
    [
      'a rule without parameters given one',
      (d) => Object.assign(d.rules.overlapping_stays, { days: { value: 1, source: 'x' } }),
      ['rules.overlapping_stays.days'],
    ],
    ['a rule that is not an object', (d) => Object.assign(d.rules, { after_death: [] }), ['rules.after_death']],
    // 分解住院 days (P31: 15; P32: some cities 14)
    ['14 days, as some cities flag (policy-modules §1.8 P32)', (d) => set(14)(d.rules.split_admission.days), []],
    ['exactly 1 day (lowest)', (d) => set(1)(d.rules.split_admission.days), []],
    ['exactly 90 days (highest)', (d) => set(90)(d.rules.split_admission.days), []],
    ['0 days', (d) => set(0)(d.rules.split_admission.days), ['rules.split_admission.days.value']],
    ['91 days', (d) => set(91)(d.rules.split_admission.days), ['rules.split_admission.days.value']],
    ['a fraction of a day', (d) => set(14.5)(d.rules.split_admission.days), ['rules.split_admission.days.value']],
    ['days as a string', (d) => set('15')(d.rules.split_admission.days), ['rules.split_admission.days.value']],
    ['days missing', (d) => delete (d.rules.split_admission as Partial<typeof d.rules.split_admission>).days, ['rules.split_admission.days']],
    ['a bare number instead of {value, source}', (d) => Object.assign(d.rules.split_admission, { days: 15 }), ['rules.split_admission.days']],
    ['an unknown key in an entry', (d) => Object.assign(d.rules.split_admission.days, { note: 'x' }), ['rules.split_admission.days.note']],
    // excluded categories
    ['no excluded category', (d) => set([])(d.rules.split_admission.excludedCategories), []],
    [
      'a full code instead of a category',
      (d) => set(['Z51.1'])(d.rules.split_admission.excludedCategories),
      ['rules.split_admission.excludedCategories.value'],
    ],
    ['a lower-case category', (d) => set(['z51'])(d.rules.split_admission.excludedCategories), ['rules.split_admission.excludedCategories.value']],
    ['a category twice', (d) => set(['Z51', 'Z51'])(d.rules.split_admission.excludedCategories), ['rules.split_admission.excludedCategories.value']],
    [
      '21 categories',
      (d) => set(Array.from({ length: 21 }, (_, i) => `C${String(i).padStart(2, '0')}`))(d.rules.split_admission.excludedCategories),
      ['rules.split_admission.excludedCategories.value'],
    ],
    // 挂床
    ['1 fen a day (lowest)', (d) => set(1)(d.rules.phantom_stay.maxDailyInPolicyCost), []],
    ['10,000 yuan a day (highest)', (d) => set(1_000_000)(d.rules.phantom_stay.maxDailyInPolicyCost), []],
    ['0 fen a day', (d) => set(0)(d.rules.phantom_stay.maxDailyInPolicyCost), ['rules.phantom_stay.maxDailyInPolicyCost.value']],
    ['yuan with decimals instead of fen', (d) => set(99.5)(d.rules.phantom_stay.maxDailyInPolicyCost), ['rules.phantom_stay.maxDailyInPolicyCost.value']],
    ['0 days (the same-day clause is always on)', (d) => set(0)(d.rules.phantom_stay.minDays), ['rules.phantom_stay.minDays.value']],
    ['366 days', (d) => set(366)(d.rules.phantom_stay.minDays), ['rules.phantom_stay.minDays.value']],
    // 高频就诊
    ['4 visits, as 高频购药 (policy-modules §1.8 P33)', (d) => set(4)(d.rules.frequent_visits.maxVisitsPerMonth), []],
    ['0 visits', (d) => set(0)(d.rules.frequent_visits.maxVisitsPerMonth), ['rules.frequent_visits.maxVisitsPerMonth.value']],
    ['101 visits', (d) => set(101)(d.rules.frequent_visits.maxVisitsPerMonth), ['rules.frequent_visits.maxVisitsPerMonth.value']],
    // ranges (NHSA batches 1-1/1-2, 8-2): well-formed categories, first ≤ last, not empty
    ['a single-category range X-X', (d) => set(['N40-N40'])(d.rules.sex_mismatch.maleOnlyRanges), []],
    ['the ICD-10-CM end O9A', (d) => set(['O00-O9A'])(d.rules.sex_mismatch.femaleOnlyRanges), []],
    ['a range first after last', (d) => set(['N53-N40'])(d.rules.sex_mismatch.maleOnlyRanges), ['rules.sex_mismatch.maleOnlyRanges.value']],
    ['a range without its end', (d) => set(['N40'])(d.rules.sex_mismatch.maleOnlyRanges), ['rules.sex_mismatch.maleOnlyRanges.value']],
    ['a range of full codes', (d) => set(['N40.0-N53.9'])(d.rules.sex_mismatch.maleOnlyRanges), ['rules.sex_mismatch.maleOnlyRanges.value']],
    ['a range of SQL', (d) => set(["N40' OR 1=1--"])(d.rules.sex_mismatch.maleOnlyRanges), ['rules.sex_mismatch.maleOnlyRanges.value']],
    ['no range at all', (d) => set([])(d.rules.age_mismatch.perinatalRanges), ['rules.age_mismatch.perinatalRanges.value']],
    ['a range twice', (d) => set(['P00-P96', 'P00-P96'])(d.rules.age_mismatch.perinatalRanges), ['rules.age_mismatch.perinatalRanges.value']],
    ['ranges as one string', (d) => set('P00-P96')(d.rules.age_mismatch.perinatalRanges), ['rules.age_mismatch.perinatalRanges.value']],
    ['age 0', (d) => set(0)(d.rules.age_mismatch.maxAgeYears), []],
    ['age 19', (d) => set(19)(d.rules.age_mismatch.maxAgeYears), ['rules.age_mismatch.maxAgeYears.value']],
    // k × MAD
    ['k 2.5', (d) => set(2.5)(d.rules.institution_outlier.k), []],
    ['k 0.5 (lowest)', (d) => set(0.5)(d.rules.institution_outlier.k), []],
    ['k 10 (highest)', (d) => set(10)(d.rules.institution_outlier.k), []],
    ['k 10.1', (d) => set(10.1)(d.rules.institution_outlier.k), ['rules.institution_outlier.k.value']],
    ['k 0.3 is below 0.5', (d) => set(0.3)(d.rules.institution_outlier.k), ['rules.institution_outlier.k.value']],
    ['k 2.55 is finer than tenths', (d) => set(2.55)(d.rules.institution_outlier.k), ['rules.institution_outlier.k.value']],
    ['k infinite', (d) => set(Infinity)(d.rules.institution_outlier.k), ['rules.institution_outlier.k.value']],
    // sources
    ['a value without its source', (d) => (d.rules.split_admission.days.source = ' '), ['rules.split_admission.days.source']],
    ['a source too long', (d) => (d.rules.split_admission.days.source = '文'.repeat(256)), ['rules.split_admission.days.source']],
    ['a source of exactly 255 characters', (d) => (d.rules.split_admission.days.source = '文'.repeat(255)), []],
    ['a source citing another province’s document', (d) => (d.rules.split_admission.days.source = '辽医保〔2019〕8号'), ['rules.split_admission.days.source']],
    ['a source citing its own province’s: lawful', (d) => (d.rules.split_admission.days.source = '桂医保发〔2019〕14号'), []],
  ])('%s', (_, change, expected) => {
    expect(fields(lz(change))).toEqual(expected);
  });

  it('refuses what is not a document', () => {
    expect(fields(null)).toEqual(['']);
    expect(fields([])).toEqual(['']);
    expect(fields({ regionCode: '450200', year: 2026 })).toEqual(['rules']);
    expect(fields({ regionCode: '450200', year: 2026, rules: 'all' })).toEqual(['rules']);
  });
});
