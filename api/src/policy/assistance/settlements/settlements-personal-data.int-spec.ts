import { idFor, Session, TestApp } from '../../../../test/harness';
import { settlementFor, startWithTwoPoolingRegions } from '../../../../test/fixtures';

/** Issue 11, item 8: a county learns nothing about another region's ledger or spending through its own writes. */
describe("personal data in settlements: another pooling region's spending stays unseen", () => {
  let t: TestApp;
  let s: Record<string, Session>;
  let person: string;

  beforeAll(async () => {
    ({ t, s, person } = await startWithTwoPoolingRegions());
  });
  afterAll(() => t.close());

  /** A settlement recorded by `who` through the API; returns what the API answered (its computation and trace). */
  const record = async (who: Session, idNumber: string, regionCode: string, settlementNo: string) =>
    (
      await t
        .as(who)
        .post('/api/settlements')
        .send(settlementFor(idNumber, regionCode, settlementNo))
        .expect(201)
    ).body;

  it("a settlement recorded by another pooling region neither shows nor adds to the person's year so far there", async () => {
    // 柳州: the person's second settlement of the year is computed with the first one in the year so far
    const first = await record(s.lz_chengzhong, person, '450202', 'JS-YTD-1');
    const second = await record(s.lz_chengzhong, person, '450202', 'JS-YTD-2');
    expect(second.computed).not.toEqual(first.computed); // the year so far matters to the computation
    // 桂林 records a settlement for the same person: computed as for someone with no settlements in 桂林
    const fresh = await record(s.gl_xiufeng, idFor('450302', '19900101', 503), '450302', 'JS-GL-0');
    const there = await record(s.gl_xiufeng, person, '450302', 'JS-GL-1');
    expect(there.computed).toEqual(fresh.computed);
    expect(there.trace).toEqual(fresh.trace);
    expect((await t.as(s.gl_xiufeng).get(`/api/settlements/${there.id}`).expect(200)).body.trace).toEqual(fresh.trace);
    // and 柳州's next settlement is computed as if 桂林's had not happened
    const third = await record(s.lz_chengzhong, person, '450202', 'JS-YTD-3');
    const detailOfSecond = (await t.as(s.lz_chengzhong).get(`/api/settlements/${second.id}`).expect(200)).body;
    expect(detailOfSecond.trace).toEqual(second.trace);
    expect(third.trace).not.toEqual(there.trace);
  });
});
