import { SCREENING_RULE_CATALOGUE, SCREENING_RULE_DEFAULTS, SCREENING_RULES, SUSPICION_DISMISS_REASONS, type ScreeningRuleCatalogueItem } from '@yibao/shared';
import { testAppWith } from '../../../../test/harness';

/**
 * `GET /api/screening-rules` (issue 17: "a catalogue in shared: each rule has an id, zh/en name, the rule type, its
 * source, its parameters …"; the hit rate "on the rule catalogue page, so a city can see which thresholds produce
 * noise"): every rule with its logic and source, the parameters in force for the region's pooling region, and a hit-rate
 * line per rule (zero where the rule has no 疑点); a county officer asks only about its own region.
 */
describe('screening-rules (智能监控规则库)', () => {
  const { t, s } = testAppWith(['lz_city', 'lz_chengzhong', 'gx_province', 'admin']);
  const URL = '/api/screening-rules';

  it('the catalogue: every rule once, in order, with logic, source, the defaults in force and a zero hit-rate line', async () => {
    const items = (await t.as(s.lz_city).get(`${URL}?year=2033`).expect(200)).body as ScreeningRuleCatalogueItem[];
    expect(items.map((i) => i.id)).toEqual([...SCREENING_RULES]);
    const split = items[0];
    expect(split).toMatchObject({
      id: 'split_admission',
      name: { zh: '分解住院', en: 'Split admission' },
      type: 'split_admission',
      level: 'person',
      logic: SCREENING_RULE_CATALOGUE.split_admission.logic,
      source: SCREENING_RULE_CATALOGUE.split_admission.source,
      parameters: SCREENING_RULE_DEFAULTS.split_admission,
      parametersBasis: { basis: 'defaults', poolingRegionCode: '450200', year: 2033, setId: null },
    });
    expect(items.find((i) => i.id === 'institution_outlier')!.level).toBe('institution');
    expect(items.find((i) => i.id === 'overlapping_stays')!.parameters).toEqual({});
    for (const item of items) {
      expect(item.hitRate).toEqual({
        ruleId: item.id,
        regionCode: '450200',
        total: 0,
        open: 0,
        reviewed: 0,
        confirmed: 0,
        dismissed: 0,
        dismissedByReason: Object.fromEntries(SUSPICION_DISMISS_REASONS.map((r) => [r, 0])),
        precision: null,
        confirmedAmount: 0,
      });
    }
  });

  it('one rule; an unknown rule is 404', async () => {
    const rule = (await t.as(s.lz_chengzhong).get(`${URL}/phantom_stay?year=2033`).expect(200)).body as ScreeningRuleCatalogueItem;
    expect(rule).toMatchObject({ id: 'phantom_stay', type: 'fictitious_service', parameters: SCREENING_RULE_DEFAULTS.phantom_stay });
    expect(rule.hitRate.regionCode).toBe('450202');
    await t.as(s.lz_city).get(`${URL}/duplicate_charge?year=2033`).expect(404);
    await t
      .as(s.lz_city)
      .get(`${URL}/${'x'.repeat(500)}?year=2033`)
      .expect(404);
  });

  it('a county officer is scoped to its county: its own region by default, another region refused naming regionCode', async () => {
    const own = (await t.as(s.lz_chengzhong).get(`${URL}?year=2033`).expect(200)).body as ScreeningRuleCatalogueItem[];
    expect(own[0].hitRate.regionCode).toBe('450202');
    // its pooling region's parameters (柳州's), not a county's own
    expect(own[0].parametersBasis.poolingRegionCode).toBe('450200');
    for (const regionCode of ['450200', '450203', '450300', '450000']) {
      const refused = await t.as(s.lz_chengzhong).get(`${URL}?year=2033&regionCode=${regionCode}`).expect(400);
      expect(refused.body.details[0].field).toBe('regionCode');
      await t.as(s.lz_chengzhong).get(`${URL}/split_admission?year=2033&regionCode=${regionCode}`).expect(400);
    }
    // the city asks for its county
    const county = (await t.as(s.lz_city).get(`${URL}?year=2033&regionCode=450202`).expect(200)).body as ScreeningRuleCatalogueItem[];
    expect(county[0].hitRate.regionCode).toBe('450202');
  });

  it('bad input is 400 naming the field; a role without the permission is 403', async () => {
    for (const query of ['', 'year=abc', 'year=1999', 'year=2033&regionCode=45x', `year=2033&regionCode=${'4'.repeat(300)}`]) {
      const res = await t.as(s.lz_city).get(`${URL}?${query}`).expect(400);
      expect(JSON.stringify(res.body)).toMatch(/year|regionCode/);
    }
    await t.as(s.admin).get(`${URL}?year=2033`).expect(403);
  });
});
