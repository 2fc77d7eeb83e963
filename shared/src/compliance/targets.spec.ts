import { applicableComplianceTargets, complianceTargetIndicators, defaultComplianceTargets, validateComplianceTargets } from './targets';
import { COMPLIANCE_INDICATORS } from './indicators';

describe('compliance-targets documents (issue 18: lines per province or pooling region and year, each with its source)', () => {
  const valid = () => {
    const doc = defaultComplianceTargets('450000', 2026);
    for (const t of Object.values(doc.indicators)) t!.source = '桂医保发〔2019〕14号';
    return doc;
  };
  const fields = (doc: unknown) => validateComplianceTargets(doc).map((p) => p.field);

  it('the seed holds every parameterised indicator with the catalogue line, and passes for a city too', () => {
    const doc = defaultComplianceTargets('450200', 2027);
    expect(Object.keys(doc.indicators)).toEqual(complianceTargetIndicators());
    expect(doc.indicators['ENR-1']).toMatchObject({ threshold: COMPLIANCE_INDICATORS['ENR-1'].threshold, amberBand: COMPLIANCE_INDICATORS['ENR-1'].amberBand });
    expect(validateComplianceTargets(doc)).toEqual([]);
  });

  it('a default citing another province is marked illustrative instead (a 广西 line cannot rest on a 新疆 notice)', () => {
    const gx = defaultComplianceTargets('450000', 2026).indicators['ENR-1']!.source;
    expect(gx).toMatch(/示例取值/);
    expect(defaultComplianceTargets('650000', 2026).indicators['ENR-1']!.source).toMatch(/新疆/);
  });

  it.each([
    ['a rate above 1', (d: ReturnType<typeof valid>) => (d.indicators['ENR-1']!.threshold = 1.2), 'indicators.ENR-1.threshold'],
    ['a negative band', (d: ReturnType<typeof valid>) => (d.indicators['ENR-1']!.amberBand = -0.1), 'indicators.ENR-1.amberBand'],
    ['a percentage written as 99', (d: ReturnType<typeof valid>) => (d.indicators['TIR-1']!.threshold = 60), 'indicators.TIR-1.threshold'],
    ['a missing source', (d: ReturnType<typeof valid>) => (d.indicators['ENR-1']!.source = ' '), 'indicators.ENR-1.source'],
    ['a foreign source', (d: ReturnType<typeof valid>) => (d.indicators['ENR-1']!.source = '辽医保〔2019〕8号'), 'indicators.ENR-1.source'],
    [
      'a text threshold',
      (d: ReturnType<typeof valid>) => ((d.indicators['ENR-1']! as { threshold: unknown }).threshold = '0.99'),
      'indicators.ENR-1.threshold',
    ],
    ['a missing indicator', (d: ReturnType<typeof valid>) => delete d.indicators['TIR-1'], 'indicators.TIR-1'],
    [
      'a line for a fixed indicator',
      (d: ReturnType<typeof valid>) => ((d.indicators as Record<string, unknown>)['ENR-2'] = { threshold: 1, amberBand: 0, source: 'x' }),
      'indicators.ENR-2',
    ],
    [
      'an unknown key',
      (d: ReturnType<typeof valid>) => ((d.indicators['ENR-1'] as unknown as Record<string, unknown>).injected = 1),
      'indicators.ENR-1.injected',
    ],
    ['a county', (d: ReturnType<typeof valid>) => (d.regionCode = '450202'), 'regionCode'],
    ['a year out of range', (d: ReturnType<typeof valid>) => (d.year = 1990), 'year'],
  ])('refuses %s, naming the field', (_what, spoil, field) => {
    const doc = valid();
    expect(fields(doc)).toEqual([]);
    spoil(doc);
    expect(fields(doc)).toEqual([field]);
  });

  it('refuses what is not a document', () => {
    expect(fields(null)).toEqual(['']);
    expect(fields({ regionCode: '450000', year: 2026, indicators: [] })).toEqual(['indicators']);
  });

  it('applicable: the set for its parameterised lines, the catalogue for the rest; the catalogue alone without a set', () => {
    const doc = valid();
    doc.indicators['ENR-1'] = { threshold: 0.995, amberBand: 0.002, source: '桂医保发〔2019〕14号' };
    const withSet = applicableComplianceTargets(2026, { id: 7, document: doc });
    expect(withSet).toMatchObject({ setId: 7, setRegionCode: '450000' });
    expect(withSet.targets['ENR-1']).toEqual({ threshold: 0.995, amberBand: 0.002, source: '桂医保发〔2019〕14号' });
    expect(withSet.targets['ENR-2'].threshold).toBe(COMPLIANCE_INDICATORS['ENR-2'].threshold);
    const none = applicableComplianceTargets(2026, null);
    expect(none).toMatchObject({ setId: null, setRegionCode: null });
    expect(none.targets['ENR-1'].threshold).toBe(COMPLIANCE_INDICATORS['ENR-1'].threshold);
    expect(Object.keys(none.targets)).toHaveLength(20);
  });
});
