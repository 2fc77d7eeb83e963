import { OVERSIGHT_INDICATORS } from './oversight';

/** The drill-down contract of the oversight entries: what the scorecard fills in and what the list shows. */
describe('oversight catalogue (issue 18: drill-down to exactly the numerator or its complement)', () => {
  const PLACEHOLDER = /\{(\w+)\}/g;

  it.each(OVERSIGHT_INDICATORS.map((d) => [d.id, d] as const))('%s names its placeholders, what its list shows and a quoted source', (_id, def) => {
    for (const value of Object.values(def.drillDown.filter)) {
      for (const [, name] of value.matchAll(PLACEHOLDER)) expect(['regionCode', 'from', 'to', 'year', 'period']).toContain(name);
    }
    // the region is always the cell's subtree, never the exact code alone (a city's cell holds its counties' records)
    expect(def.drillDown.filter.scope).toBe('{regionCode}');
    expect(def.drillDown.filter.regionCode).toBeUndefined();
    // a count lists its numerator; a rate the records that keep it below 100 %
    expect(def.drillDown.shows).toBe(def.measure === 'count' ? 'numerator' : 'complement');
    expect(def.source.text.length).toBeGreaterThan(10);
  });
});
