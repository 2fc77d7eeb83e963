import { complianceTargetIndicators, type ComplianceIndicatorItem, type ComplianceTargetsRecord } from '@yibao/shared';
import { rejectedField, testAppWith, type Session } from '../../../../test/harness';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { ComplianceResult } from '../compliance-results/compliance-result.entity';
import type { UnitFigure } from '../compliance-runs/indicator-computer';
import { IndicatorComputers } from '../compliance-runs/indicator-computers';

const URL = '/api/compliance-targets';

/**
 * 合规指标目标 over HTTP (issue 18: thresholds that differ by pooling region or year are parameters): the province
 * supervisor drafts and approves a province's or a city's lines; the approved lines are the ones the catalogue shows
 * and a run judges by — the city's over the province's over the catalogue's.
 */
describe('compliance-targets', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'lz_chengzhong']);

  async function approve(session: Session, record: ComplianceTargetsRecord): Promise<ComplianceTargetsRecord> {
    const submitted = await t.as(session).post(`${URL}/${record.id}/actions/submit`).send({ version: record.version }).expect(200);
    return (await t.as(session).post(`${URL}/${record.id}/actions/approve`).send({ version: submitted.body.version }).expect(200)).body;
  }
  const lineOf = async (session: Session, query: string, id: string) =>
    ((await t.as(session).get(`/api/compliance/indicators?${query}`).expect(200)).body as ComplianceIndicatorItem[]).find((i) => i.id === id)!.target;

  it('a province’s first set starts from the catalogue’s lines; only the province supervisor sets them; bad lines are 400s naming the field', async () => {
    await t.as(s.lz_city).post(URL).send({ regionCode: '450200', year: 2027 }).expect(403);
    const created = await t.as(s.gx_province).post(URL).send({ regionCode: '450000', year: 2027 }).expect(201);
    const record = created.body as ComplianceTargetsRecord;
    expect(Object.keys(record.targets.indicators)).toEqual(complianceTargetIndicators());
    expect(record.targets.indicators['ENR-1']).toMatchObject({ threshold: 0.99, amberBand: 0.005, source: expect.stringMatching(/示例取值/) });

    const spoilt = (patch: Record<string, unknown>) => ({
      targets: { ...record.targets, indicators: { ...record.targets.indicators, 'ENR-1': { ...record.targets.indicators['ENR-1'], ...patch } } },
      version: record.version,
    });
    expect(
      await rejectedField(
        t
          .as(s.gx_province)
          .patch(`${URL}/${record.id}`)
          .send(spoilt({ threshold: 99 })),
      ),
    ).toBe('targets.indicators.ENR-1.threshold');
    expect(
      await rejectedField(
        t
          .as(s.gx_province)
          .patch(`${URL}/${record.id}`)
          .send(spoilt({ source: '' })),
      ),
    ).toBe('targets.indicators.ENR-1.source');
    expect(
      await rejectedField(
        t
          .as(s.gx_province)
          .patch(`${URL}/${record.id}`)
          .send(spoilt({ source: '辽医保〔2019〕8号' })),
      ),
    ).toBe('targets.indicators.ENR-1.source');
    // a county cannot own a set
    expect(
      await rejectedField(
        t
          .as(s.gx_province)
          .post(URL)
          .send({ regionCode: '450202', year: 2027, targets: { ...record.targets, regionCode: '450202' } }),
      ),
    ).toBe('targets.regionCode');
  });

  it('the line in force: the city’s approved set over the province’s over the catalogue’s — in the catalogue and in a run’s statuses', async () => {
    const province = (await t.as(s.gx_province).post(URL).send({ regionCode: '450000', year: 2026 }).expect(201)).body as ComplianceTargetsRecord;
    const indicators = Object.fromEntries(Object.entries(province.targets.indicators).map(([id, line]) => [id, { ...line, source: '桂医保发〔2019〕14号' }]));
    indicators['ENR-1'] = { threshold: 0.9, amberBand: 0.05, source: '桂医保发〔2019〕14号 一' };
    const edited = await t
      .as(s.gx_province)
      .patch(`${URL}/${province.id}`)
      .send({ targets: { ...province.targets, indicators }, version: province.version })
      .expect(200);
    // a draft is not in force
    expect(await lineOf(s.lz_chengzhong, 'regionCode=450202&year=2026', 'ENR-1')).toMatchObject({ threshold: 0.99 });
    await approve(s.gx_province, edited.body);
    expect(await lineOf(s.lz_chengzhong, 'regionCode=450202&year=2026', 'ENR-1')).toEqual({
      threshold: 0.9,
      amberBand: 0.05,
      source: '桂医保发〔2019〕14号 一',
    });
    expect(await lineOf(s.lz_chengzhong, 'regionCode=450202&year=2025', 'ENR-1')).toMatchObject({ threshold: 0.99 });
    // a fixed line stays the catalogue's
    expect(await lineOf(s.lz_chengzhong, 'regionCode=450202&year=2026', 'ENR-2')).toMatchObject({ threshold: 1 });

    const city = (await t.as(s.gx_province).post(URL).send({ regionCode: '450200', year: 2026 }).expect(201)).body as ComplianceTargetsRecord;
    expect(city.targets.indicators['ENR-1']).toMatchObject({ threshold: 0.99 });
    const cityLines = { ...indicators, 'ENR-1': { threshold: 0.8, amberBand: 0, source: '柳医保发〔2019〕6号' } };
    const cityEdited = await t
      .as(s.gx_province)
      .patch(`${URL}/${city.id}`)
      .send({ targets: { ...city.targets, indicators: cityLines }, version: city.version })
      .expect(200);
    await approve(s.gx_province, cityEdited.body);
    expect(await lineOf(s.lz_chengzhong, 'regionCode=450202&year=2026', 'ENR-1')).toMatchObject({ threshold: 0.8 });
    expect(await lineOf(s.gx_province, 'regionCode=450300&year=2026', 'ENR-1')).toMatchObject({ threshold: 0.9 });
    expect(await lineOf(s.gx_province, 'regionCode=450000&year=2026', 'ENR-1')).toMatchObject({ threshold: 0.9 });
    // the city reads its sets; the county reads its city's and province's (parameter sets of the regions above)
    const listed = await t.as(s.lz_chengzhong).get(`${URL}?year=2026`).expect(200);
    expect(listed.body.map((r: { regionCode: string }) => r.regionCode).sort()).toEqual(['450000', '450200']);

    // a run judges 85 % green under the city's 80 % line for 柳州's counties, 80 % red under the province's 90 % for 桂林's
    const figures: UnitFigure[] = [
      { regionCode: '450202', indicatorId: 'ENR-1', numerator: 85, denominator: 100 },
      { regionCode: '450302', indicatorId: 'ENR-1', numerator: 80, denominator: 100 },
    ];
    jest.spyOn(t.app.get(IndicatorComputers), 'compute').mockResolvedValue(figures);
    const started = await t.as(s.gx_province).post('/api/compliance-runs').send({ regionCode: '450000', period: '2026-03' }).expect(202);
    await t.app.get(JobsService).settle(started.body.id);
    const job = await t.as(s.gx_province).get(`/api/compliance-runs/${started.body.id}`).expect(200);
    expect(job.body.result.targetSetIds).toEqual([province.id, city.id].sort((a, b) => a - b));
    const cell = (regionCode: string) => t.ds.getRepository(ComplianceResult).findOneByOrFail({ regionCode, period: '2026-03', indicatorId: 'ENR-1' });
    expect(await cell('450202')).toMatchObject({ status: 'green', threshold: 0.8 });
    expect(await cell('450302')).toMatchObject({ status: 'red', threshold: 0.9 });
    expect(await cell('450000')).toMatchObject({ status: 'red', threshold: 0.9 });
  });
});
