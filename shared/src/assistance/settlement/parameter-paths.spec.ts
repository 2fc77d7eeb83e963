import { diffValues } from '../../workflow';
import { EXAMPLE_PARAMETERS_LIUZHOU_2026 as EXAMPLE } from './example';
import { describeParameterPath, parameterChangeKind, parameterLeafPaths, parameterValueKind, unlabelledParameterPathParts } from './parameter-paths';

describe('parameter paths in words (one label source beside the parameter types)', () => {
  const paths = parameterLeafPaths(EXAMPLE);

  it('walks every leaf of the example document, segments and code lists included', () => {
    expect(paths).toContain('basic.ratioBp.inpatient.primary.value');
    expect(paths).toContain('criticalIllness.segments[2].upToFen');
    expect(paths).toContain('guards.oopCap.categories.value');
    expect(paths).toContain('medicalAid.byCategory.rural_other_hardship.annualLimit.source');
    expect(paths.length).toBeGreaterThan(150);
  });

  it.each(['zh', 'en'] as const)('names every part of every path in %s', (locale) => {
    const unlabelled = paths.map((p) => [p, unlabelledParameterPathParts(p, locale)] as const).filter(([, parts]) => parts.length);
    expect(unlabelled).toEqual([]);
  });

  it('reads as the editor labels it, in both languages', () => {
    expect(describeParameterPath('basic.ratioBp.inpatient.primary.value', 'zh')).toBe('基本医保 · 支付比例 · 住院 · 一级');
    expect(describeParameterPath('basic.ratioBp.inpatient.primary.value', 'en')).toMatch(/^Basic insurance · Ratio · Inpatient · /);
    expect(describeParameterPath('criticalIllness.segments[1].ratioBp', 'zh')).toBe('大病保险 · 分段支付 · 第 2 段 · 支付比例');
    expect(describeParameterPath('parameters.medicalAid.byCategory.urban_dibao.annualLimit.source', 'zh')).toBe(
      '医疗救助 · 按身份类别 · 城镇低保对象 · 年度救助限额 · 政策依据',
    );
    expect(describeParameterPath('guards.oopCap.maxShareBp.inpatient.value', 'zh')).toBe('保障底线 · 个人自付比例控制 · 自付比例上限 · 住院');
  });

  it('reports a part it cannot name instead of hiding it', () => {
    expect(unlabelledParameterPathParts('basic.mystery.value', 'zh')).toEqual(['mystery']);
    expect(describeParameterPath('basic.mystery.value', 'zh')).toBe('基本医保 · mystery');
  });

  it('knows what each value is', () => {
    expect(parameterValueKind('basic.annualCap.value')).toBe('fenNullable');
    expect(parameterValueKind('criticalIllness.segments[0].upToFen')).toBe('fenNullable');
    expect(parameterValueKind('basic.ratioBp.inpatient.primary.value')).toBe('bp');
    expect(parameterValueKind('guards.oopCap.topUp.value')).toBe('bool');
    expect(parameterValueKind('guards.inCatalogue.visitTypes.value')).toBe('visitTypes');
    expect(parameterValueKind('guards.inCatalogue.categories.source')).toBe('text');
    expect(parameterValueKind('earlyWarning.thresholdFen.value')).toBe('fen');
  });

  it('separates wording from values and names a removed or set cap', () => {
    const next = JSON.parse(JSON.stringify(EXAMPLE)) as typeof EXAMPLE;
    next.basic.annualCap = { value: null, source: EXAMPLE.basic.annualCap.source.replace('2026', '2027') };
    next.criticalIllness.annualCap.value = 45_000_000;
    const kinds = Object.fromEntries(diffValues(EXAMPLE, next).map((c) => [c.path, parameterChangeKind(c)]));
    expect(kinds).toEqual({
      'basic.annualCap.value': 'capRemoved',
      'basic.annualCap.source': 'wording',
      'criticalIllness.annualCap.value': 'value',
    });
    expect(parameterChangeKind({ path: 'basic.annualCap.value', before: null, after: 100 })).toBe('capSet');
  });
});
