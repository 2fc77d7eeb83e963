import { detectWarnings, settlementRecorder, WARNING_PERSONS } from '../../../../test/assistance-cases';
import { testAppWith } from '../../../../test/harness';

describe('warning detection (预警检测, S3 §三) and the board it fills', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province']);

  const { marginal, monitored, ordinary } = WARNING_PERSONS;

  it('detects monitored persons over the threshold once; re-running changes nothing until the figures move', async () => {
    const settle = settlementRecorder(t, s.lz_chengzhong);
    await settle(marginal, ['dibao_marginal'], 1_000_000, 600_000, 250_000); // burden 150,000 fen: below 2,000 yuan
    await settle(monitored, ['monitored_sudden'], 2_000_000, 1_200_000, 500_000); // burden 300,000
    await settle(ordinary, ['rural_low_income'], 3_000_000, 1_500_000, 500_000); // burden 1,000,000 but not monitored

    // out of scope: refused before any job exists
    const outside = await t.as(s.lz_chengzhong).post('/api/cost-warning-detections').send({ year: 2026, regionCode: '450300' }).expect(400);
    expect(outside.body.details[0].field).toBe('regionCode');
    await t.as(s.gl_city).post('/api/cost-warning-detections').send({ year: 2026, regionCode: '450200' }).expect(400);
    expect((await t.as(s.lz_city).post('/api/cost-warning-detections').send({ year: 'x' }).expect(400)).body.details[0].field).toBe('year');
    await t.as(s.lz_city).post('/api/cost-warnings/detect').send({ year: 2026 }).expect(404);
    const first = await detectWarnings(t, s.lz_city);
    expect(first).toMatchObject({ found: 1, created: 1, updated: 0, unchanged: 0, skipped: [] });
    // the result names the line it used and who it watches: the 1,000,000-fen burden of a person in no watched
    // identity (农村低收入) is counted over the line, not warned (issue 13 item 6)
    expect(first.lines).toEqual([
      {
        poolingRegionCode: '450200',
        poolingRegionName: '柳州市',
        year: 2026,
        thresholdFen: 200_000,
        // the approved parameter set's own basis texts (柳州's demo figures are illustrative, and say so)
        thresholdSource: expect.stringContaining('2000元'),
        categories: expect.arrayContaining(['dibao_marginal', 'monitored_sudden']),
        categoriesSource: expect.stringContaining('低保边缘'),
        found: 1,
        notWatched: 1,
      },
    ]);
    expect(first.lines[0].categories).not.toContain('rural_low_income');
    expect(await detectWarnings(t, s.lz_city)).toMatchObject({ found: 1, created: 0, updated: 0, unchanged: 1 });
    // the runs are listed in scope: 柳州's for its city and the province, none for 桂林
    const runs = (await t.as(s.lz_city).get('/api/cost-warning-detections').expect(200)).body as Array<{ id: number }>;
    expect(runs).toHaveLength(2);
    expect((await t.as(s.gl_city).get('/api/cost-warning-detections').expect(200)).body).toHaveLength(0);
    await t.as(s.gl_city).get(`/api/cost-warning-detections/${runs[0].id}`).expect(404);
    await t.as(s.gx_province).get(`/api/cost-warning-detections/${runs[0].id}`).expect(200);

    await settle(marginal, ['dibao_marginal'], 600_000, 400_000, 100_000); // now 150,000 + 100,000 = 250,000
    await settle(monitored, ['monitored_sudden'], 100_000, 60_000, 0);
    // the county and its city detect at the same moment: both succeed, and the new warning is made once
    const [county, city] = await Promise.all([s.lz_chengzhong, s.lz_city].map((who) => detectWarnings(t, who)));
    expect([county.found, city.found]).toEqual([2, 2]);
    expect({ created: county.created + city.created, updated: county.updated + city.updated, unchanged: county.unchanged + city.unchanged }).toEqual({
      created: 1,
      updated: 1,
      unchanged: 2,
    });

    const board = (await t.as(s.lz_city).get('/api/cost-warnings?_sort=burdenFen&_order=desc').expect(200)).body;
    expect(
      board.map((w: { burdenFen: number; department: string; state: string; settlementCount: number }) => [
        w.burdenFen,
        w.department,
        w.state,
        w.settlementCount,
      ]),
    ).toEqual([
      [340_000, 'rural_revitalization', 'detected', 2],
      [250_000, 'civil_affairs', 'detected', 2],
    ]);
    expect(board[0].idNumber).not.toContain(monitored.slice(6, 14));
    expect((await t.as(s.gl_city).get('/api/cost-warnings').expect(200)).body).toHaveLength(0);
    await t.as(s.gl_city).get(`/api/cost-warnings/${board[0].id}`).expect(404);
  });
});
