import {
  COMPLIANCE_INDICATOR_IDS,
  COMPLIANCE_INDICATORS,
  complianceDrillDownFilter,
  parseCompliancePeriod,
  type ComplianceCellExplanation,
  type ComplianceScorecard,
  type ComplianceScorecardRow,
} from '@yibao/shared';
import { q, rejectedField, testAppWith, type Session } from '../../../../test/harness';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { Region } from '../../../platform/regions/region.entity';
import { inTransaction } from '../../../database/data-source';
import { complianceGeneration, touchComplianceResults } from '../compliance-results/compliance-generation';
import { ComplianceResult } from '../compliance-results/compliance-result.entity';
import type { IndicatorComputation, UnitFigure } from './indicator-computer';
import { IndicatorComputers } from './indicator-computers';
import { ComplianceRunsService } from './compliance-runs.service';

/**
 * Compliance runs, the scorecard and frozen periods over HTTP (issue 18). The two computers are C1's and C2's and
 * still answer nothing in this tree, so the units' figures a run counts are set per test through the one provider the
 * run reads them from (IndicatorComputers); everything after — roll-up, statuses, replacement, freezing, scope,
 * trend — runs for real on the database.
 */
describe('compliance runs, scorecard and frozen periods', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong']);
  /** the units' figures the computers answer, by period */
  const figures = new Map<string, UnitFigure[]>();
  const unit = (regionCode: string, indicatorId: UnitFigure['indicatorId'], numerator: number, denominator: number): UnitFigure => ({
    regionCode,
    indicatorId,
    numerator,
    denominator,
  });

  beforeAll(() => {
    jest
      .spyOn(t.app.get(IndicatorComputers), 'compute')
      .mockImplementation(async (c: IndicatorComputation) =>
        (figures.get(c.period.period) ?? []).filter((f) => f.regionCode.startsWith(c.regionCode.replace(/0{2,4}$/, ''))),
      );
  });

  /** Starts a run over HTTP (202), waits for it and answers its job. */
  async function run(session: Session, regionCode: string, period: string) {
    const started = await t.as(session).post('/api/compliance-runs').send({ regionCode, period }).expect(202);
    await t.app.get(JobsService).settle(started.body.id);
    const job = await t.as(session).get(`/api/compliance-runs/${started.body.id}`).expect(200);
    expect(job.body.status).toBe('succeeded');
    return job.body;
  }
  const scorecard = async (session: Session, query: string): Promise<ComplianceScorecard> =>
    (await t.as(session).get(`/api/compliance?${query}`).expect(200)).body;
  const rowOf = (card: ComplianceScorecard, code: string): ComplianceScorecardRow => card.rows.find((r) => r.regionCode === code)!;

  it('rolls counts up by sums, never by averaging rates; every region × indicator gets a row, nothing to count is no_data', async () => {
    figures.set('2026-10', [
      unit('450202', 'ENR-1', 1, 1),
      unit('450203', 'ENR-1', 0, 99),
      unit('450302', 'ENR-1', 95, 100),
      unit('450202', 'OVP-2', 2, 50),
      unit('450000', 'SUP-2', 1, 1),
    ]);
    const job = await run(s.gx_province, '450000', '2026-10');
    const regions = await t.ds
      .getRepository(Region)
      .createQueryBuilder('r')
      .where('r.code LIKE :p', { p: '45%' })
      .andWhere('r.level IN (:...l)', { l: ['province', 'city', 'county'] })
      .getCount();
    expect(job.result).toMatchObject({ regionCode: '450000', period: '2026-10', regions, results: regions * COMPLIANCE_INDICATOR_IDS.length });
    expect(await t.ds.getRepository(ComplianceResult).countBy({ period: '2026-10' })).toBe(regions * COMPLIANCE_INDICATOR_IDS.length);

    const card = await scorecard(s.gx_province, 'regionCode=450000&period=2026-10');
    // 柳州: 1/1 and 0/99 make 1 %, not the 50 % an average of its counties' rates would
    expect(rowOf(card, '450200').cells['ENR-1']).toMatchObject({ numerator: 1, denominator: 100, value: 0.01, status: 'red', threshold: 0.99 });
    expect(rowOf(card, '450300').cells['ENR-1']).toMatchObject({ numerator: 95, denominator: 100, status: 'red' });
    expect(rowOf(card, '450000').cells['ENR-1']).toMatchObject({ numerator: 96, denominator: 200, value: 0.48 });
    // the province's own records count at the province
    expect(rowOf(card, '450000').cells['SUP-2']).toMatchObject({ numerator: 1, denominator: 1, status: 'green' });
    expect(rowOf(card, '450100').cells['ENR-1']).toMatchObject({ numerator: 0, denominator: 0, value: null, status: 'no_data' });
    expect(rowOf(card, '450200').cells['OVP-2']).toMatchObject({ numerator: 2, value: 2, status: 'red' });
    expect(card.rows[0]).toMatchObject({ regionCode: '450000', depth: 0, hasChildren: true });
    expect(card.rows.filter((r) => r.depth === 1).map((r) => r.regionCode)).toContain('450200');
    expect(card.runId).toBe(job.id);
  });

  it('a run for the same region and period replaces its results (one row per cell), and a region whose figures are gone falls to no_data', async () => {
    figures.set('2026-11', [unit('450202', 'ENR-1', 1, 4), unit('450202', 'OVP-2', 3, 10)]);
    await run(s.lz_city, '450200', '2026-11');
    const before = await t.ds.getRepository(ComplianceResult).countBy({ period: '2026-11' });
    figures.set('2026-11', [unit('450202', 'ENR-1', 3, 4)]);
    const second = await run(s.lz_city, '450200', '2026-11');
    expect(await t.ds.getRepository(ComplianceResult).countBy({ period: '2026-11' })).toBe(before);
    const cell = (id: 'ENR-1' | 'OVP-2') => t.ds.getRepository(ComplianceResult).findOneByOrFail({ regionCode: '450202', period: '2026-11', indicatorId: id });
    expect(await cell('ENR-1')).toMatchObject({ numerator: 3, denominator: 4, runId: second.id });
    expect(await cell('OVP-2')).toMatchObject({ numerator: 0, denominator: 0, status: 'no_data' });
  });

  it('a city’s and its province’s runs of a period started at once both succeed and leave one row per cell', async () => {
    figures.set('2026-02', [unit('450202', 'ENR-1', 1, 2), unit('450302', 'ENR-1', 1, 1)]);
    const [city, province] = await Promise.all([
      t.as(s.lz_city).post('/api/compliance-runs').send({ regionCode: '450200', period: '2026-02' }).expect(202),
      t.as(s.gx_province).post('/api/compliance-runs').send({ regionCode: '450000', period: '2026-02' }).expect(202),
    ]);
    await Promise.all([city, province].map((r) => t.app.get(JobsService).settle(r.body.id)));
    for (const [session, r] of [
      [s.lz_city, city],
      [s.gx_province, province],
    ] as const)
      expect((await t.as(session).get(`/api/compliance-runs/${r.body.id}`).expect(200)).body.status).toBe('succeeded');
    const provinceJob = (await t.as(s.gx_province).get(`/api/compliance-runs/${province.body.id}`).expect(200)).body;
    expect(await t.ds.getRepository(ComplianceResult).countBy({ period: '2026-02' })).toBe(provinceJob.result.results);
    expect(await t.ds.getRepository(ComplianceResult).findOneByOrFail({ regionCode: '450000', period: '2026-02', indicatorId: 'ENR-1' })).toMatchObject({
      numerator: 2,
      denominator: 3,
    });
  });

  it('a frozen period keeps its figures after the data change, marks the cell changed, and verify detects a tampered row', async () => {
    figures.set('2026-09', [unit('450202', 'ENR-1', 99, 100), unit('450203', 'ENR-1', 50, 50)]);
    await run(s.lz_city, '450200', '2026-09');
    // only the province freezes; the city may verify
    await t.as(s.lz_city).post('/api/compliance-snapshots').send({ regionCode: '450200', period: '2026-09' }).expect(403);
    const frozen = await t.as(s.gx_province).post('/api/compliance-snapshots').send({ regionCode: '450200', period: '2026-09' }).expect(201);
    expect(frozen.body).toMatchObject({
      regionCode: '450200',
      period: '2026-09',
      frozenBy: 'gx_province',
      changedCells: 0,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await t.as(s.gx_province).post('/api/compliance-snapshots').send({ regionCode: '450200', period: '2026-09' }).expect(409);
    await t.as(s.gx_province).post('/api/compliance-snapshots').send({ regionCode: '450200', period: '2019-01' }).expect(409);
    const verify = async () => (await t.as(s.lz_city).get(`/api/compliance-snapshots/${frozen.body.id}/verify`).expect(200)).body;
    expect(await verify()).toMatchObject({ intact: true, hash: frozen.body.hash, recomputedHash: frozen.body.hash });

    // the data move under the frozen period: the run keeps the frozen figure and records its own beside it
    figures.set('2026-09', [unit('450202', 'ENR-1', 90, 100), unit('450203', 'ENR-1', 50, 50)]);
    const rerun = await run(s.lz_city, '450200', '2026-09');
    expect(rerun.result).toMatchObject({ frozenChanged: 2 }); // 城中区 and 柳州 (which sums it)
    const card = await scorecard(s.lz_city, 'regionCode=450200&period=2026-09');
    expect(card.snapshotId).toBe(frozen.body.id);
    expect(rowOf(card, '450202').cells['ENR-1']).toMatchObject({
      numerator: 99,
      denominator: 100,
      status: 'green',
      frozen: true,
      changedSinceFrozen: true,
      liveNumerator: 90,
      liveDenominator: 100,
    });
    expect(rowOf(card, '450203').cells['ENR-1']).toMatchObject({ numerator: 50, frozen: true, changedSinceFrozen: false, liveNumerator: null });
    expect(await verify()).toMatchObject({ intact: true });
    expect((await t.as(s.gx_province).get(`/api/compliance-snapshots/${frozen.body.id}`).expect(200)).body.changedCells).toBe(2);
    const listed = await t.as(s.lz_chengzhong).get('/api/compliance-snapshots').expect(200);
    expect(listed.body).toEqual([]); // frozen at the city: a county does not see the city's snapshot
    await t.as(s.lz_chengzhong).get(`/api/compliance-snapshots/${frozen.body.id}`).expect(404);

    // someone edits a frozen figure in the database
    await t.ds.query(
      `UPDATE ${q(t.ds, 'compliance_results')} SET ${q(t.ds, 'numerator')} = 49 WHERE ${q(t.ds, 'regionCode')} = '450203' AND ${q(t.ds, 'period')} = '2026-09' AND ${q(t.ds, 'indicatorId')} = 'ENR-1'`,
    );
    const tampered = await verify();
    expect(tampered.intact).toBe(false);
    expect(tampered.recomputedHash).not.toBe(frozen.body.hash);
  });

  it('overlapping freezes: a city frozen, then its province; later runs add rows neither covers, and both stay intact', async () => {
    figures.set('2026-01', [unit('450202', 'ENR-1', 7, 8)]);
    await run(s.lz_city, '450200', '2026-01');
    const city = (await t.as(s.gx_province).post('/api/compliance-snapshots').send({ regionCode: '450200', period: '2026-01' }).expect(201)).body;
    await run(s.gx_province, '450000', '2026-01');
    const province = (await t.as(s.gx_province).post('/api/compliance-snapshots').send({ regionCode: '450000', period: '2026-01' }).expect(201)).body;
    expect(province.resultCount).toBe(await t.ds.getRepository(ComplianceResult).countBy({ period: '2026-01' }));
    // the city's rows stay with the city's snapshot
    expect(await t.ds.getRepository(ComplianceResult).findOneByOrFail({ regionCode: '450202', period: '2026-01', indicatorId: 'ENR-1' })).toMatchObject({
      snapshotId: city.id,
    });
    // a region added later gets a row of the period that no snapshot covers
    await t.ds.getRepository(Region).insert({ code: '450298', name: '测试新区', level: 'county', parentCode: '450200', version: 1 });
    figures.set('2026-01', [unit('450202', 'ENR-1', 7, 8), unit('450298', 'ENR-1', 1, 1)]);
    await run(s.gx_province, '450000', '2026-01');
    expect(await t.ds.getRepository(ComplianceResult).findOneByOrFail({ regionCode: '450298', period: '2026-01', indicatorId: 'ENR-1' })).toMatchObject({
      snapshotId: null,
      numerator: 1,
    });
    for (const id of [city.id, province.id])
      expect((await t.as(s.gx_province).get(`/api/compliance-snapshots/${id}/verify`).expect(200)).body).toMatchObject({ intact: true });
    await t.ds.getRepository(Region).delete({ code: '450298' });
  });

  it('a city’s run moves its province’s rolled-up row by the city’s change (sums), and a frozen province keeps its figure with the new sum beside it', async () => {
    figures.set('2027-03', [unit('450202', 'ENR-1', 10, 10), unit('450203', 'ENR-1', 5, 10), unit('450302', 'ENR-1', 20, 20), unit('450000', 'ENR-1', 1, 1)]);
    await run(s.gx_province, '450000', '2027-03');
    const cell = (code: string, period = '2027-03') => t.ds.getRepository(ComplianceResult).findOneByOrFail({ regionCode: code, period, indicatorId: 'ENR-1' });
    expect(await cell('450000')).toMatchObject({ numerator: 36, denominator: 41 });
    // 鱼峰区's records change; only 柳州 is run again
    figures.set('2027-03', [unit('450202', 'ENR-1', 10, 10), unit('450203', 'ENR-1', 9, 12), unit('450302', 'ENR-1', 20, 20), unit('450000', 'ENR-1', 1, 1)]);
    const city = await run(s.lz_city, '450200', '2027-03');
    expect(await cell('450200')).toMatchObject({ numerator: 19, denominator: 22 });
    // the province is its own records + 柳州 as now + 桂林 as last run: what a province run gives
    expect(await cell('450000')).toMatchObject({ numerator: 40, denominator: 43, value: 40 / 43, status: 'red', runId: city.id });
    const card = await scorecard(s.gx_province, 'regionCode=450000&period=2027-03');
    expect(rowOf(card, '450000').cells['ENR-1']).toMatchObject({ numerator: 40, denominator: 43 });
    await run(s.gx_province, '450000', '2027-03');
    expect(await cell('450000')).toMatchObject({ numerator: 40, denominator: 43 });
    // a county run moves the city and the province
    figures.set('2027-03', [unit('450202', 'ENR-1', 10, 10), unit('450203', 'ENR-1', 12, 12), unit('450302', 'ENR-1', 20, 20), unit('450000', 'ENR-1', 1, 1)]);
    await run(s.gx_province, '450203', '2027-03');
    expect(await cell('450200')).toMatchObject({ numerator: 22, denominator: 22 });
    expect(await cell('450000')).toMatchObject({ numerator: 43, denominator: 43, status: 'green' });

    // frozen: the province keeps its figure; the new sum is kept beside it and the cell shows it changed
    const frozen = (await t.as(s.gx_province).post('/api/compliance-snapshots').send({ regionCode: '450000', period: '2027-03' }).expect(201)).body;
    figures.set('2027-03', [unit('450202', 'ENR-1', 0, 10), unit('450203', 'ENR-1', 12, 12), unit('450302', 'ENR-1', 20, 20), unit('450000', 'ENR-1', 1, 1)]);
    await run(s.lz_city, '450200', '2027-03');
    expect(await cell('450000')).toMatchObject({ numerator: 43, denominator: 43, snapshotId: frozen.id, liveNumerator: 33, liveDenominator: 43 });
    expect(await cell('450200')).toMatchObject({ numerator: 22, liveNumerator: 12 });
    const after = await scorecard(s.gx_province, 'regionCode=450000&period=2027-03');
    expect(rowOf(after, '450000').cells['ENR-1']).toMatchObject({ numerator: 43, frozen: true, changedSinceFrozen: true, liveNumerator: 33 });
    expect((await t.as(s.gx_province).get(`/api/compliance-snapshots/${frozen.id}/verify`).expect(200)).body).toMatchObject({ intact: true });
    // the city's data move back: the frozen figures agree with the live ones again
    figures.set('2027-03', [unit('450202', 'ENR-1', 10, 10), unit('450203', 'ENR-1', 12, 12), unit('450302', 'ENR-1', 20, 20), unit('450000', 'ENR-1', 1, 1)]);
    await run(s.lz_city, '450200', '2027-03');
    expect(await cell('450000')).toMatchObject({ numerator: 43, liveNumerator: null });
  });

  it('the scorecard is served from its cache until the results change — also when another API process changes them (the generation in the database)', async () => {
    figures.set('2027-05', [unit('450202', 'ENR-1', 1, 2)]);
    await run(s.lz_city, '450200', '2027-05');
    const read = async () => rowOf(await scorecard(s.lz_city, 'regionCode=450200&period=2027-05'), '450202').cells['ENR-1'];
    expect(await read()).toMatchObject({ numerator: 1, denominator: 2 });
    const where = `${q(t.ds, 'regionCode')} = '450202' AND ${q(t.ds, 'period')} = '2027-05' AND ${q(t.ds, 'indicatorId')} = 'ENR-1'`;
    // a change behind the API's back, bumping nothing, is not seen: the read is cached
    await t.ds.query(`UPDATE ${q(t.ds, 'compliance_results')} SET ${q(t.ds, 'numerator')} = 2 WHERE ${where}`);
    expect(await read()).toMatchObject({ numerator: 1 });
    // another process's run writes its rows and bumps the province's generation in the same transaction
    await inTransaction(t.ds, async (em) => {
      await em.query(`UPDATE ${q(t.ds, 'compliance_results')} SET ${q(t.ds, 'numerator')} = 2 WHERE ${where}`);
      await touchComplianceResults(em, ['450200']);
    });
    expect(await read()).toMatchObject({ numerator: 2, denominator: 2 });
    // follow-ups are counted on every read, the cache notwithstanding
    await t
      .as(s.lz_city)
      .post('/api/compliance-comments')
      .send({ regionCode: '450202', period: '2027-05', indicatorId: 'ENR-1', text: '已督促核实' })
      .expect(201);
    expect(await read()).toMatchObject({ numerator: 2, comments: 1 });
    // a run here bumps it too
    figures.set('2027-05', [unit('450202', 'ENR-1', 2, 3)]);
    await run(s.lz_city, '450200', '2027-05');
    expect(await read()).toMatchObject({ numerator: 2, denominator: 3, comments: 1 });
  });

  it('the scorecard goes gzipped to a client that takes gzip (compressed once, kept with the cached body), plain to one that does not, and a matching If-None-Match is a 304', async () => {
    figures.set('2027-06', [unit('450202', 'ENR-1', 3, 4)]);
    await run(s.lz_city, '450200', '2027-06');
    const get = (encoding: string) => t.as(s.lz_city).get('/api/compliance?regionCode=450200&period=2027-06').set('Accept-Encoding', encoding).expect(200);
    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await get('gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    // the same ComplianceScorecard either way (supertest inflates the gzip), under one tag
    expect(zipped.body).toEqual(plain.body);
    expect(rowOf(zipped.body as ComplianceScorecard, '450202').cells['ENR-1']).toMatchObject({ numerator: 3, denominator: 4 });
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    await t.as(s.lz_city).get('/api/compliance?regionCode=450200&period=2027-06').set('If-None-Match', String(plain.headers.etag)).expect(304);
    // a follow-up changes the body: a new tag, the old one no longer a 304
    await t
      .as(s.lz_city)
      .post('/api/compliance-comments')
      .send({ regionCode: '450202', period: '2027-06', indicatorId: 'ENR-1', text: '已督促核实' })
      .expect(201);
    const after = await get('gzip');
    expect(after.headers.etag).not.toBe(plain.headers.etag);
    expect(rowOf(after.body as ComplianceScorecard, '450202').cells['ENR-1']).toMatchObject({ comments: 1 });
    await t.as(s.lz_city).get('/api/compliance?regionCode=450200&period=2027-06').set('If-None-Match', String(plain.headers.etag)).expect(200);
  });

  it('scope: a county sees only itself; a region outside the caller’s scope is a 404, a run outside it a 400 naming regionCode', async () => {
    figures.set('2026-08', [unit('450202', 'ENR-1', 1, 1), unit('450302', 'ENR-1', 1, 1)]);
    await run(s.gx_province, '450000', '2026-08');
    const own = await scorecard(s.lz_chengzhong, 'period=2026-08');
    expect(own.rows.map((r) => r.regionCode)).toEqual(['450202']);
    expect(own.rows[0]).toMatchObject({ hasChildren: false, cells: { 'ENR-1': { numerator: 1, denominator: 1 } } });
    for (const url of [
      '/api/compliance?regionCode=450200&period=2026-08',
      '/api/compliance?regionCode=450203&period=2026-08',
      '/api/compliance/cells/450203/2026-08/ENR-1',
      '/api/compliance/indicators?regionCode=450000',
    ])
      await t.as(s.lz_chengzhong).get(url).expect(404);
    await t.as(s.lz_city).get('/api/compliance?regionCode=450300&period=2026-08').expect(404);
    await t.as(s.lz_city).get('/api/compliance?regionCode=450000&period=2026-08').expect(404);
    expect(await rejectedField(t.as(s.lz_city).post('/api/compliance-runs').send({ regionCode: '450300', period: '2026-08' }))).toBe('regionCode');
    // a county reads runs but does not start them
    await t.as(s.lz_chengzhong).post('/api/compliance-runs').send({ regionCode: '450202', period: '2026-08' }).expect(403);
    // a city lists its own runs, not the province's
    const cityRuns = await t.as(s.gl_city).get('/api/compliance-runs').expect(200);
    expect(cityRuns.body).toEqual([]);
  });

  it('the explanation: the line and clause, the trend of the last 12 months from stored results, the previous value and arrow, the drill-down filled', async () => {
    figures.set('2026-05', [unit('450202', 'ENR-1', 90, 100)]);
    figures.set('2026-06', [unit('450202', 'ENR-1', 95, 100)]);
    figures.set('2026-07', [unit('450202', 'ENR-1', 995, 1000)]);
    for (const period of ['2026-05', '2026-06', '2026-07']) await run(s.lz_city, '450202', period);
    const res = await t.as(s.lz_chengzhong).get('/api/compliance/cells/450202/2026-07/ENR-1').expect(200);
    const explanation = res.body as ComplianceCellExplanation;
    expect(explanation).toMatchObject({
      regionCode: '450202',
      regionName: '城中区',
      period: '2026-07',
      indicator: { id: 'ENR-1', target: { threshold: 0.99 }, source: { clause: expect.any(String) } },
      cell: { numerator: 995, denominator: 1000, status: 'green', previousValue: 0.95, arrow: 'up' },
      // the catalogue's filter with the cell's region and period filled in
      drillDown: { resource: 'beneficiaries', filter: complianceDrillDownFilter(COMPLIANCE_INDICATORS['ENR-1'], '450202', parseCompliancePeriod('2026-07')!) },
    });
    expect(explanation.trend.map((p) => p.period)).toEqual([
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
    ]);
    expect(explanation.trend.slice(-3).map((p) => [p.numerator, p.denominator, p.status])).toEqual([
      [90, 100, 'red'],
      [95, 100, 'red'],
      [995, 1000, 'green'],
    ]);
    expect(explanation.trend[0]).toEqual({ period: '2025-08', numerator: 0, denominator: 0, value: null, status: 'no_data' });
    // a period never computed: the explanation stands, without a cell
    expect((await t.as(s.lz_chengzhong).get('/api/compliance/cells/450202/2030/ENR-1').expect(200)).body).toMatchObject({
      cell: null,
      trend: expect.any(Array),
    });
  });

  it('a region added, renamed or removed bumps the results generation in its write: the scorecard shows the new rows and names at once', async () => {
    figures.set('2026-03', [unit('450202', 'ENR-1', 9, 10)]);
    await run(s.gx_province, '450000', '2026-03');
    const admin = await t.login('admin');
    const read = async () => {
      const res = await t.as(s.gx_province).get('/api/compliance?regionCode=450200&period=2026-03').expect(200);
      return { card: res.body as ComplianceScorecard, etag: String(res.headers.etag) };
    };
    const before = await read();
    const generation = await complianceGeneration(t.ds.manager, '450200');
    expect(rowOf(before.card, '450202').regionName).toBe('城中区');

    const { version } = (await t.as(admin).get('/api/regions/450202').expect(200)).body as { version: number };
    await t.as(admin).patch('/api/regions/450202').send({ name: '城中区（更名）', version }).expect(200);
    const renamed = await read();
    expect(await complianceGeneration(t.ds.manager, '450200')).toBe(generation + 1);
    expect(rowOf(renamed.card, '450202').regionName).toBe('城中区（更名）');
    expect(renamed.etag).not.toBe(before.etag);

    await t.as(admin).post('/api/regions').send({ code: '450297', name: '新设区' }).expect(201);
    const added = await read();
    expect(rowOf(added.card, '450297')).toMatchObject({ regionName: '新设区', cells: {} });
    expect(added.etag).not.toBe(renamed.etag);

    await t.as(admin).delete('/api/regions/450297').expect(200);
    const removed = await read();
    expect(removed.card.rows.some((r) => r.regionCode === '450297')).toBe(false);
    expect(await complianceGeneration(t.ds.manager, '450200')).toBe(generation + 3);
    // the name back for the other tests
    await t
      .as(admin)
      .patch('/api/regions/450202')
      .send({ name: '城中区', version: version + 1 })
      .expect(200);
  });

  it('filters: area, only red, top/bottom N by red cells, grandchildren, the average row', async () => {
    figures.set('2026-04', [unit('450202', 'ENR-1', 0, 10), unit('450202', 'TIR-1', 0, 10), unit('450302', 'ENR-1', 0, 10), unit('450102', 'ENR-1', 10, 10)]);
    await run(s.gx_province, '450000', '2026-04');
    const area = await scorecard(s.gx_province, 'regionCode=450000&period=2026-04&area=enrollment');
    expect(area.indicators).toEqual(['ENR-1', 'ENR-2', 'ENR-3']);
    expect(Object.keys(rowOf(area, '450200').cells).sort()).toEqual(['ENR-1', 'ENR-2', 'ENR-3']);
    const red = await scorecard(s.gx_province, 'regionCode=450000&period=2026-04&onlyRed=true');
    expect(red.rows.map((r) => r.regionCode)).toEqual(['450000', '450200', '450300']);
    const top = await scorecard(s.gx_province, 'regionCode=450000&period=2026-04&top=1');
    expect(top.rows.map((r) => [r.regionCode, r.redCount])).toEqual([
      ['450000', 2],
      ['450200', 2],
    ]);
    const deep = await scorecard(s.gx_province, 'regionCode=450000&period=2026-04&depth=2&onlyRed=true');
    expect(deep.rows.map((r) => [r.regionCode, r.depth])).toEqual([
      ['450000', 0],
      ['450200', 1],
      ['450202', 2],
      ['450300', 1],
      ['450302', 2],
    ]);
    // the average of the shown children: 南宁 1, 柳州 0, 桂林 0 and the rest without a value
    const all = await scorecard(s.gx_province, 'regionCode=450000&period=2026-04');
    expect(all.average['ENR-1']).toBeCloseTo(1 / 3, 10);
    expect(all.average['SUP-1']).toBeNull();
  });

  it('400s name the field: period, regionCode, area, top/bottom, indicatorId, year', async () => {
    const city = t.as(s.lz_city);
    expect(await rejectedField(city.post('/api/compliance-runs').send({ regionCode: '450200', period: '2026-13' }))).toBe('period');
    expect(await rejectedField(city.post('/api/compliance-runs').send({ regionCode: '450200', period: '1999' }))).toBe('period');
    expect(await rejectedField(city.post('/api/compliance-runs').send({ regionCode: '4502', period: '2026-10' }))).toBe('regionCode');
    expect(await rejectedField(city.post('/api/compliance-runs').send({ regionCode: '450200' }))).toBe('period');
    expect(await rejectedField(t.as(s.gx_province).post('/api/compliance-snapshots').send({ regionCode: '450200', period: '2026-Q5' }))).toBe('period');
    for (const [query, field] of [
      ['period=2026-Q5', 'period'],
      ['regionCode=450200', 'period'],
      ['period=2026-10&regionCode=abc', 'regionCode'],
      ['period=2026-10&area=bogus', 'area'],
      ['period=2026-10&top=0', 'top'],
      ['period=2026-10&bottom=51', 'bottom'],
      ['period=2026-10&top=3&bottom=3', 'bottom'],
      ['period=2026-10&depth=3', 'depth'],
      ['period=2026-10&onlyRed=yes', 'onlyRed'],
    ])
      expect([query, await rejectedField(city.get(`/api/compliance?${query}`))]).toEqual([query, field]);
    expect(await rejectedField(city.get('/api/compliance/cells/450202/2026-13/ENR-1'))).toBe('period');
    expect(await rejectedField(city.get('/api/compliance/cells/450202/2026-10/XYZ-9'))).toBe('indicatorId');
    expect(await rejectedField(city.get('/api/compliance/indicators?year=26'))).toBe('year');
  });

  it('the nightly run computes the current month for each province someone works in, listed with the province’s runs', async () => {
    figures.set('2026-12', [unit('450202', 'ENR-1', 5, 5)]);
    const jobs = await t.app.get(ComplianceRunsService).startNightly(new Date('2026-12-06T20:00:00Z'));
    expect(jobs.map((j) => [j.regionCode, j.params])).toEqual([['450000', { regionCode: '450000', period: '2026-12' }]]);
    await t.app.get(JobsService).settle(jobs[0].id);
    const listed = await t.as(s.gx_province).get('/api/compliance-runs').expect(200);
    expect(listed.body.find((j: { id: number }) => j.id === jobs[0].id)).toMatchObject({ username: 'system', status: 'succeeded' });
    expect(await t.ds.getRepository(ComplianceResult).findOneByOrFail({ regionCode: '450200', period: '2026-12', indicatorId: 'ENR-1' })).toMatchObject({
      numerator: 5,
      denominator: 5,
    });
  });
});
