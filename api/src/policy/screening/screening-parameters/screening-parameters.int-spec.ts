import {
  defaultScreeningParameters,
  SCREENING_RULE_DEFAULTS,
  SCREENING_RULES,
  type ScreeningParameters,
  type ScreeningParametersRecord,
  type ScreeningRuleCatalogueItem,
} from '@yibao/shared';
import { testAppWith } from '../../../../test/harness';
import { ScreeningRuleParamsReader } from '../screening-rule-params.reader';
import { ScreeningParameterSet } from './screening-parameter-set.entity';

/**
 * 智能监控规则参数 per pooling region and year (issue 17: each rule's parameters `{value, source}` "per pooling region and
 * year through the parameter-set mechanism, approved by the province like the policy parameters"): the city sets its
 * own pooling region's, the province approves; bad values are refused naming the field and nothing is written; the
 * approved copy — not a draft — is what the reader (runs) and the rule catalogue use, and only for its own region.
 */
describe('screening-parameters (智能监控规则参数)', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong']);
  const URL = '/api/screening-parameters';
  const YEAR = 2031;
  const fields = (res: { body: { details?: Array<{ field: string }> } }) => res.body.details?.map((d) => d.field);
  const catalogue = async (session: (typeof s)[string], query: string) =>
    (await t.as(session).get(`/api/screening-rules?${query}`).expect(200)).body as ScreeningRuleCatalogueItem[];
  const rule = (items: ScreeningRuleCatalogueItem[], id: string) => items.find((i) => i.id === id)!;
  /** 柳州's document: readmissions within 10 days, k = 2.5 (test values). */
  const liuzhou = (year: number): ScreeningParameters => {
    const doc = defaultScreeningParameters('450200', year);
    doc.rules.split_admission.days = { value: 10, source: '示例取值：柳州分解住院 10 日（测试）' };
    doc.rules.institution_outlier.k = { value: 2.5, source: '示例取值：柳州 k = 2.5（测试）' };
    return doc;
  };

  it('only the city sets its own pooling region’s; bad values → 400 naming the field, nothing written', async () => {
    // the province approves but does not draft; a county reads only; another city not for 柳州; 柳州 not for 桂林
    await t.as(s.gx_province).post(URL).send({ regionCode: '450200', year: YEAR }).expect(403);
    await t.as(s.lz_chengzhong).post(URL).send({ regionCode: '450200', year: YEAR }).expect(403);
    await t.as(s.gl_city).post(URL).send({ regionCode: '450200', year: YEAR }).expect(403);
    await t.as(s.lz_city).post(URL).send({ regionCode: '450300', year: YEAR }).expect(403);

    const bad = liuzhou(YEAR);
    bad.rules.split_admission.days.value = 0;
    bad.rules.sex_mismatch.maleOnlyRanges.value = ['N53-N40'];
    bad.rules.phantom_stay.minDays.source = '';
    Object.assign(bad.rules.zero_oop, { threshold: { value: 1, source: 'x' } });
    const refused = await t.as(s.lz_city).post(URL).send({ regionCode: '450200', year: YEAR, parameters: bad }).expect(400);
    expect(fields(refused)).toEqual([
      'parameters.rules.split_admission.days.value',
      'parameters.rules.phantom_stay.minDays.source',
      'parameters.rules.sex_mismatch.maleOnlyRanges.value',
      'parameters.rules.zero_oop.threshold',
    ]);
    // a document about another region or year than the record
    expect(
      fields(
        await t
          .as(s.lz_city)
          .post(URL)
          .send({ regionCode: '450200', year: YEAR, parameters: liuzhou(YEAR + 1) })
          .expect(400),
      ),
    ).toEqual(['parameters.year']);
    expect((await t.as(s.lz_city).get(`${URL}?year=${YEAR}`).expect(200)).body).toEqual([]);
    expect(await t.ds.getRepository(ScreeningParameterSet).countBy({ year: YEAR })).toBe(0);

    // without a document and no earlier year: the catalogue's defaults to start from
    const seeded = (await t.as(s.lz_city).post(URL).send({ regionCode: '450200', year: YEAR }).expect(201)).body as ScreeningParametersRecord;
    expect(seeded.parameters).toEqual(defaultScreeningParameters('450200', YEAR));
    expect(seeded).toMatchObject({ state: 'draft', approved: null });
    // the county reads its city's set, may not edit it; 桂林 does not see it
    await t.as(s.lz_chengzhong).get(`${URL}/${seeded.id}`).expect(200);
    await t.as(s.lz_chengzhong).patch(`${URL}/${seeded.id}`).send({ parameters: seeded.parameters, version: seeded.version }).expect(403);
    await t.as(s.gl_city).get(`${URL}/${seeded.id}`).expect(404);
    // an edit with a bad value is refused whole: the working copy is unchanged
    const badEdit = liuzhou(YEAR);
    badEdit.rules.institution_outlier.k.value = 2.55;
    expect(fields(await t.as(s.lz_city).patch(`${URL}/${seeded.id}`).send({ parameters: badEdit, version: seeded.version }).expect(400))).toEqual([
      'parameters.rules.institution_outlier.k.value',
    ]);
    const unchanged = (await t.as(s.lz_city).get(`${URL}/${seeded.id}`).expect(200)).body as ScreeningParametersRecord;
    expect([unchanged.version, unchanged.parameters]).toEqual([seeded.version, defaultScreeningParameters('450200', YEAR)]);
  });

  it('the province approves; the approved copy is what the reader and the catalogue use, for its own pooling region only', async () => {
    const year = YEAR + 1;
    const reader = t.app.get(ScreeningRuleParamsReader);
    const created = (
      await t
        .as(s.lz_city)
        .post(URL)
        .send({ regionCode: '450200', year, parameters: liuzhou(year) })
        .expect(201)
    ).body as ScreeningParametersRecord;
    // a draft is not in force
    expect(await reader.applicable('450200', year, t.ds.manager)).toEqual({ setId: null, params: SCREENING_RULE_DEFAULTS });
    const submitted = (await t.as(s.lz_city).post(`${URL}/${created.id}/actions/submit`).send({ version: created.version }).expect(200)).body;
    // the city does not approve its own
    await t.as(s.lz_city).post(`${URL}/${created.id}/actions/approve`).send({ version: submitted.version }).expect(403);
    const approved = (await t.as(s.gx_province).post(`${URL}/${created.id}/actions/approve`).send({ version: submitted.version }).expect(200))
      .body as ScreeningParametersRecord;
    expect(approved).toMatchObject({ state: 'approved', approved: { regionCode: '450200', year } });

    const applicable = await reader.applicable('450200', year, t.ds.manager);
    expect(applicable.setId).toBe(created.id);
    expect(applicable.params.split_admission.days).toEqual({ value: 10, source: '示例取值：柳州分解住院 10 日（测试）' });
    expect(applicable.params.institution_outlier.k.value).toBe(2.5);
    expect(applicable.params.phantom_stay).toEqual(SCREENING_RULE_DEFAULTS.phantom_stay);
    // another year, another pooling region: the defaults
    expect((await reader.applicable('450200', year + 1, t.ds.manager)).setId).toBeNull();
    expect((await reader.applicable('450300', year, t.ds.manager)).setId).toBeNull();

    // the catalogue: 柳州 and its county see 柳州's values with their sources; 桂林 the defaults; the province the defaults, said so
    for (const session of [s.lz_city, s.lz_chengzhong]) {
      const items = await catalogue(session, `year=${year}`);
      expect(rule(items, 'split_admission').parameters.days).toEqual({ value: 10, source: '示例取值：柳州分解住院 10 日（测试）' });
      expect(rule(items, 'split_admission').parametersBasis).toEqual({ basis: 'pooling_region', poolingRegionCode: '450200', year, setId: created.id });
    }
    const guilin = await catalogue(s.gl_city, `year=${year}`);
    expect(rule(guilin, 'split_admission').parameters.days).toEqual(SCREENING_RULE_DEFAULTS.split_admission.days);
    expect(rule(guilin, 'split_admission').parametersBasis).toEqual({ basis: 'defaults', poolingRegionCode: '450300', year, setId: null });
    const province = await catalogue(s.gx_province, `year=${year}`);
    expect(rule(province, 'institution_outlier').parametersBasis).toEqual({ basis: 'defaults', poolingRegionCode: null, year, setId: null });
    // the province asks for 柳州: 柳州's set
    expect(rule(await catalogue(s.gx_province, `year=${year}&regionCode=450200`), 'institution_outlier').parameters.k.value).toBe(2.5);

    // a revision under way leaves the approved copy in force
    const revised = (
      await t.as(s.lz_city).post(`${URL}/${created.id}/actions/revise`).send({ comment: '调整分解住院天数', version: approved.version }).expect(200)
    ).body;
    const draft = liuzhou(year);
    draft.rules.split_admission.days.value = 20;
    await t.as(s.lz_city).patch(`${URL}/${created.id}`).send({ parameters: draft, version: revised.version }).expect(200);
    expect((await reader.applicable('450200', year, t.ds.manager)).params.split_admission.days.value).toBe(10);
    expect(Object.keys((await reader.applicable('450200', year, t.ds.manager)).params)).toEqual([...SCREENING_RULES]);
  });
});
