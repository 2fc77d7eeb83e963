import { testAppWith, idFor } from '../../../../test/harness';
import { recordedLedgerEntry } from '../../../../test/fixtures';

describe('enrollments (参保登记)', () => {
  const { t, s } = testAppWith(['lz_chengzhong']);

  it("an enrollment sent without a subsidy gets the rule's decision: the highest identity, once", async () => {
    const p = await recordedLedgerEntry(t, s.lz_chengzhong, idFor('450202', '19650505', 102), ['rural_tekun', 'rural_dibao']);
    expect((await t.as(s.lz_chengzhong).get(`/api/beneficiaries?notEnrolledIn=2026&q=${p.name}`).expect(200)).body.map((b: { id: number }) => b.id)).toContain(
      p.id,
    );
    const e = (
      await t.as(s.lz_chengzhong).post('/api/enrollments').send({ beneficiaryId: p.id, year: 2026, enrolled: true, scheme: 'resident_basic' }).expect(201)
    ).body;
    const enrolledIds = (await t.as(s.lz_chengzhong).get('/api/beneficiaries?enrolledIn=2026&_end=1000').expect(200)).body.map((b: { id: number }) => b.id);
    expect(enrolledIds).toContain(p.id);
    expect(
      (await t.as(s.lz_chengzhong).get('/api/beneficiaries?notEnrolledIn=2026&_end=1000').expect(200)).body.map((b: { id: number }) => b.id),
    ).not.toContain(p.id);
    expect((await t.as(s.lz_chengzhong).get('/api/beneficiaries?enrolledIn=2025&_end=1000').expect(200)).body.map((b: { id: number }) => b.id)).not.toContain(
      p.id,
    );
    // 特困 full subsidy = the 2026 personal contribution of the demo standards, not 特困 + 低保
    expect(e).toMatchObject({ subsidyCategory: 'full', subsidyAmount: 42_000 });
    const explicit = (
      await t
        .as(s.lz_chengzhong)
        .patch(`/api/enrollments/${e.id}`)
        .send({ enrolled: true, scheme: 'resident_basic', subsidyCategory: 'dibao_fixed', subsidyAmount: 22_000, version: e.version })
        .expect(200)
    ).body;
    expect(explicit).toMatchObject({ subsidyCategory: 'dibao_fixed', subsidyAmount: 22_000 });
  });
});
