import { idFor, Session, TestApp } from '../../../../test/harness';
import { settlementFor, startWithTwoPoolingRegions } from '../../../../test/fixtures';
import { JobsService } from '../../../platform/jobs/jobs.service';

/** Issue 11, item 8: a county learns nothing about another region's ledger or spending through its own writes. */
describe('personal data in cost warnings: kept per pooling region', () => {
  let t: TestApp;
  let s: Record<string, Session>;

  beforeAll(async () => {
    ({ t, s } = await startWithTwoPoolingRegions());
  });
  afterAll(() => t.close());

  it("a high-cost warning is kept per pooling region: another region's detection neither reads nor overwrites it", async () => {
    const watched = idFor('450202', '19500505', 504);
    const settle = (who: string, regionCode: string, no: string, totalCost: number, basic: number, criticalIllness: number) =>
      t
        .as(s[who])
        .post('/api/settlements')
        .send({
          ...settlementFor(watched, regionCode, no),
          identityCategories: ['monitored_sudden'],
          totalCost,
          inPolicyCost: totalCost,
          inCatalogueCost: totalCost,
          recorded: { basic, criticalIllness, medicalAid: 0, other: 0, outOfPocket: totalCost - basic - criticalIllness },
        })
        .expect(201);
    const detect = async (who: string) => {
      const started = await t.as(s[who]).post('/api/cost-warning-detections').send({ year: 2026 }).expect(202);
      await t.app.get(JobsService).settle(started.body.id);
      return (await t.as(s[who]).get(`/api/cost-warning-detections/${started.body.id}`).expect(200)).body.result;
    };
    await settle('lz_chengzhong', '450202', 'JS-W-1', 2_000_000, 1_200_000, 500_000); // burden 300,000 in 柳州
    expect(await detect('lz_chengzhong')).toMatchObject({ created: 1, updated: 0 });
    await settle('gl_xiufeng', '450302', 'JS-W-2', 1_000_000, 600_000, 150_000); // burden 250,000 in 桂林
    // 桂林 makes its own warning from its own figures: it does not find (and update) 柳州's
    expect(await detect('gl_xiufeng')).toMatchObject({ found: 1, created: 1, updated: 0, unchanged: 0 });
    const mine = (await t.as(s.gl_xiufeng).get(`/api/cost-warnings?idNumber=${watched}`).expect(200)).body;
    expect(mine.map((w: { regionCode: string; burdenFen: number }) => [w.regionCode, w.burdenFen])).toEqual([['450302', 250_000]]);
    const theirs = (await t.as(s.lz_chengzhong).get(`/api/cost-warnings?idNumber=${watched}`).expect(200)).body;
    expect(theirs.map((w: { regionCode: string; burdenFen: number }) => [w.regionCode, w.burdenFen])).toEqual([['450202', 300_000]]);
  });
});
