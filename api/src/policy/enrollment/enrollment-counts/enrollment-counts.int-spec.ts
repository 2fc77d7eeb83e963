import { decodeCategories } from '@yibao/shared';
import { testAppWith, idFor, q } from '../../../../test/harness';
import { EnrollmentCountyCount } from './enrollment-count.entity';

/**
 * Rates and the bulletin read kept per-county counts (decision 39). Whatever the ledger's writers do, the
 * rates must equal a count taken straight from the ledger — checked here after each kind of write.
 */
describe('kept enrollment counts follow every write to the ledger', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'gx_province'], { DEMO_BENEFICIARIES: '400' });

  /** persons / valid exclusions / enrolled per city and category for 2026, counted from the ledger itself */
  async function ledgerTruth(): Promise<Map<string, { persons: number; validExclusions: number; enrolled: number }>> {
    const c = (x: string) => q(t.ds, x);
    const rows: Array<{ regionCode: string; categories: string; enrolled: unknown; reason: string | null }> = await t.ds.query(
      `SELECT b.${c('regionCode')} AS ${c('regionCode')}, b.${c('identityCategories')} AS ${c('categories')}, e.${c('enrolled')} AS ${c('enrolled')}, e.${c('notEnrolledReason')} AS ${c('reason')}
         FROM ${c('beneficiaries')} b LEFT JOIN ${c('enrollments')} e ON e.${c('beneficiaryId')} = b.${c('id')} AND e.${c('year')} = 2026
        WHERE b.${c('status')} = 'active'`,
    );
    const out = new Map<string, { persons: number; validExclusions: number; enrolled: number }>();
    for (const r of rows) {
      for (const category of decodeCategories(r.categories)) {
        const key = `${r.regionCode.slice(0, 4)}00:${category}`;
        const n = out.get(key) ?? out.set(key, { persons: 0, validExclusions: 0, enrolled: 0 }).get(key)!;
        n.persons++;
        if (Number(r.enrolled) === 1) n.enrolled++;
        else if (r.enrolled !== null && r.reason) n.validExclusions++;
      }
    }
    return out;
  }

  async function expectRatesMatchLedger() {
    const items: Array<{ regionCode: string; category: string; persons: number; validExclusions: number; enrolled: number }> = (
      await t.as(s.gx_province).get('/api/enrollment-rates?year=2026').expect(200)
    ).body.items;
    const truth = await ledgerTruth();
    expect(
      Object.fromEntries(items.map((i) => [`${i.regionCode}:${i.category}`, { persons: i.persons, validExclusions: i.validExclusions, enrolled: i.enrolled }])),
    ).toEqual(Object.fromEntries(truth));
    return items;
  }

  const person = (idNumber: string, identityCategories: string[]) => ({
    idNumber,
    name: '计数测试',
    regionCode: '450202',
    identityCategories,
    sourceDepartment: 'civil_affairs',
  });

  it('the demo ledger is counted as it stands', async () => {
    const items = await expectRatesMatchLedger();
    expect(items.length).toBeGreaterThan(5);
  });

  it('a new person, then their enrollment, then a valid reason instead, each move the rates', async () => {
    await expectRatesMatchLedger();
    const p = (
      await t
        .as(s.lz_chengzhong)
        .post('/api/beneficiaries')
        .send(person(idFor('450202', '19720202', 301), ['rural_dibao']))
        .expect(201)
    ).body;
    await expectRatesMatchLedger();
    const e = (
      await t.as(s.lz_chengzhong).post('/api/enrollments').send({ beneficiaryId: p.id, year: 2026, enrolled: true, scheme: 'resident_basic' }).expect(201)
    ).body;
    await expectRatesMatchLedger();
    await t
      .as(s.lz_chengzhong)
      .patch(`/api/enrollments/${e.id}`)
      .send({ enrolled: false, notEnrolledReason: 'active_military', version: e.version })
      .expect(200);
    await expectRatesMatchLedger();
  });

  it('a change of identity and an exit are counted where they land', async () => {
    const p = (
      await t
        .as(s.lz_chengzhong)
        .post('/api/beneficiaries')
        .send(person(idFor('450202', '19660606', 302), ['rural_tekun']))
        .expect(201)
    ).body;
    await expectRatesMatchLedger();
    const { idNumber: _, ...fields } = person(p.idNumber, ['registered_poor', 'rural_dibao']);
    const changed = (
      await t
        .as(s.lz_chengzhong)
        .patch(`/api/beneficiaries/${p.id}`)
        .send({ ...fields, version: p.version })
        .expect(200)
    ).body;
    const items = await expectRatesMatchLedger();
    expect(items.some((i) => i.regionCode === '450200' && i.category === 'registered_poor')).toBe(true);
    await t
      .as(s.lz_chengzhong)
      .patch(`/api/beneficiaries/${p.id}`)
      .send({ ...fields, status: 'exited', exitedOn: '2026-09-30', version: changed.version })
      .expect(200);
    await expectRatesMatchLedger();
  });

  it('readers arriving together at a stale county count it once', async () => {
    await t
      .as(s.lz_chengzhong)
      .post('/api/beneficiaries')
      .send(person(idFor('450202', '19550505', 303), ['rural_dibao']))
      .expect(201);
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => t.as(s.gx_province).get('/api/enrollment-rates?year=2026').expect(200)));
    for (const a of answers) expect(a.body.items).toEqual(answers[0].body.items);
    await expectRatesMatchLedger();
    // one row per county, category set and state: nothing was added twice
    const rows = await t.ds.getRepository(EnrollmentCountyCount).find({ where: { year: 2026, countyCode: '450202' } });
    expect(new Set(rows.map((r) => `${r.categories}|${r.state}`)).size).toBe(rows.length);
  });
});
