import type { FlightCheckDrawRecord, FlightCheckDrawVerification, InspectionRecord } from '@yibao/shared';
import { download, firstSheet, rejectedField, testAppWith } from '../../../../test/harness';
import { AuditLog } from '../../../platform/audit-log/audit-log.entity';
import { User } from '../../../platform/users/user.entity';
import { Institution } from '../../fraud';
import { FraudSuspicion } from '../fraud-suspicions/fraud-suspicion.entity';

/**
 * 双随机一公开 over HTTP (issue 17): the draw is reproducible from its seed, honours recusal, prefers the institution with
 * a large open 疑点 amount when risk-weighted, stays in the caller's scope, refuses bad input naming the field, creates
 * its flight checks once, and its public list is formula-safe and audited.
 */
describe('flight-check-draws (双随机抽查)', () => {
  const { t, s } = testAppWith(['lz_city', 'gl_city', 'lz_chengzhong', 'gx_province', 'lz_inspector']);
  const URL = '/api/flight-check-draws';
  const LZ_COUNTIES = ['450202', '450203', '450204', '450205', '450206', '450222', '450223', '450224', '450225', '450226'];
  const draw = (body: Record<string, unknown>, who = s.lz_city) =>
    t
      .as(who)
      .post(URL)
      .send({ regionCode: '450200', institutionCount: 2, inspectorCount: 2, weighting: 'uniform', ...body });
  const drawn = async (body: Record<string, unknown>): Promise<FlightCheckDrawRecord> => (await draw(body).expect(201)).body;

  /** one inspector account in each 柳州 county (fixture rows where the demo has none: the draw reads role, region and status) */
  beforeAll(async () => {
    const users = t.ds.getRepository(User);
    for (const county of LZ_COUNTIES)
      if (!(await users.existsBy({ role: 'inspector', regionCode: county })))
        await users.save(
          users.create({ username: `insp_${county}`, displayName: `稽查员${county}`, passwordHash: 'x', role: 'inspector', regionCode: county }),
        );
    // a disabled inspector is never drawn
    await users.save(
      users.create({ username: 'insp_disabled', displayName: '停用稽查员', passwordHash: 'x', role: 'inspector', regionCode: '450200', enabled: false }),
    );
  });

  it('the same seed over the same candidates draws the same lists with the same hash; another seed draws otherwise', async () => {
    const a = await drawn({ seed: 'repro-2026-11', institutionCount: 4, inspectorCount: 3 });
    const b = await drawn({ seed: 'repro-2026-11', institutionCount: 4, inspectorCount: 3 });
    expect(b.id).not.toBe(a.id);
    expect(b.candidateHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.candidateHash).toBe(a.candidateHash);
    expect(b.institutions).toEqual(a.institutions);
    expect(b.inspectors).toEqual(a.inspectors);
    expect(a.institutions).toHaveLength(4);
    expect(a.inspectors).toHaveLength(3);
    const others = await Promise.all(['repro-a', 'repro-b', 'repro-c'].map((seed) => drawn({ seed, institutionCount: 4, inspectorCount: 3 })));
    expect(others.some((o) => JSON.stringify(o.institutions) !== JSON.stringify(a.institutions))).toBe(true);
    // the re-run check: unchanged pool → hash and result match
    const check: FlightCheckDrawVerification = (await t.as(s.lz_city).get(`${URL}/${a.id}/verify`).expect(200)).body;
    expect(check).toMatchObject({ hashMatches: true, resultMatches: true, storedHash: a.candidateHash, currentHash: a.candidateHash, refusal: null });
    expect(check.institutions).toEqual(a.institutions);
  });

  it('a seed is generated (128 random bits) when none is given, and the stored draw shows it', async () => {
    const a = await drawn({});
    expect(a.seed).toMatch(/^[0-9a-f]{32}$/);
    expect((await t.as(s.lz_inspector).get(`${URL}/${a.id}`).expect(200)).body).toMatchObject({ seed: a.seed, candidateHash: a.candidateHash });
  });

  it('a changed candidate list changes the hash, and the re-run says so', async () => {
    const a = await drawn({ seed: 'hash-change' });
    await t
      .as(s.lz_city)
      .post('/api/institutions')
      .send({ code: 'H45022699001', name: '三江侗族自治县测试医院', kind: 'hospital', level: 'secondary', ownership: 'public', regionCode: '450226' })
      .expect(201);
    const check: FlightCheckDrawVerification = (await t.as(s.lz_city).get(`${URL}/${a.id}/verify`).expect(200)).body;
    expect(check.hashMatches).toBe(false);
    expect(check.currentHash).not.toBe(a.candidateHash);
  });

  it('recusal: no drawn inspector comes from the county of a drawn institution; a disabled inspector is never drawn', async () => {
    for (const seed of ['rec-1', 'rec-2', 'rec-3', 'rec-4', 'rec-5', 'rec-6']) {
      const d = await drawn({ seed, institutionCount: 5, inspectorCount: 4 });
      const counties = new Set(d.institutions.map((i) => i.regionCode));
      for (const u of d.inspectors) {
        expect(counties.has(u.regionCode)).toBe(false);
        expect(u.displayName).not.toBe('停用稽查员');
      }
      expect(d.eligibleInspectors).toBe(d.inspectorCandidates - LZ_COUNTIES.filter((c) => counties.has(c)).length);
    }
  });

  it('too few candidates → 409 naming the count, with what is available; nothing stored', async () => {
    const active = await t.ds.getRepository(Institution).createQueryBuilder('i').where("i.regionCode LIKE '4502%' AND i.agreementStatus = 'active'").getCount();
    const before = await t.ds.getRepository(AuditLog).countBy({ action: 'create', resource: 'flight-check-draws' });
    const res = await draw({ institutionCount: 50 }).expect(409);
    expect(res.body.details).toMatchObject({ reason: 'too_few_candidates', field: 'institutionCount', requested: 50, available: active });
    // every county drawn: only the two city inspectors are left
    const all = await draw({ institutionCount: active, inspectorCount: 3 }).expect(409);
    expect(all.body.details).toMatchObject({ field: 'inspectorCount', available: 2 });
    expect(await t.ds.getRepository(AuditLog).countBy({ action: 'create', resource: 'flight-check-draws' })).toBe(before);
  });

  it('risk weighting prefers the institution with a large open 疑点 amount; finished 疑点 do not count', async () => {
    const suspicion = (institutionCode: string, regionCode: string, amountAtStake: number, state: string, hitKey: string) =>
      t.ds.getRepository(FraudSuspicion).save({
        regionCode,
        poolingRegionCode: '450200',
        year: 2026,
        runId: 1,
        ruleId: 'phantom_stay',
        hitKey,
        institutionCode,
        institutionName: null,
        idNumber: null,
        name: null,
        settlementIds: '[]',
        amountAtStake,
        detail: 'fixture',
        state,
        dueOn: null,
        stateChangedAt: new Date(),
      });
    await suspicion('H45020400001', '450204', 8_000_000, 'first_review', 'risk-open-1');
    await suspicion('H45020400001', '450204', 2_000_000, 'pending', 'risk-open-2');
    await suspicion('H45020500001', '450205', 900_000_000, 'dismissed', 'risk-closed');
    const seeds = ['risk-1', 'risk-2', 'risk-3', 'risk-4', 'risk-5'];
    for (const seed of seeds) {
      const d = await drawn({ seed, institutionCount: 1, weighting: 'risk' });
      expect(d.institutions[0]).toMatchObject({ code: 'H45020400001', weight: 10_000_001 });
    }
    // the same seeds drawn uniformly do not all land on it: the weighting is what picked it
    const uniform = await Promise.all(seeds.map((seed) => drawn({ seed, institutionCount: 1, weighting: 'uniform' })));
    expect(uniform.filter((d) => d.institutions[0].code === 'H45020400001').length).toBeLessThan(seeds.length);
    const all = await drawn({ seed: 'risk-all', institutionCount: 10, weighting: 'risk' });
    const closed = all.institutions.find((i) => i.code === 'H45020500001');
    if (closed) expect(closed.weight).toBe(1);
  });

  it('scope: a county officer cannot draw; a city draws only its own region and institutions; another city’s draw is 404', async () => {
    await draw({}, s.lz_chengzhong).expect(403);
    expect(await rejectedField(draw({ regionCode: '450300' }))).toBe('regionCode');
    expect(await rejectedField(draw({ regionCode: '450202' }))).toBe('regionCode');
    const d = await drawn({ seed: 'scope', institutionCount: 8 });
    for (const i of d.institutions) expect(i.regionCode.startsWith('4502')).toBe(true);
    await t.as(s.gl_city).get(`${URL}/${d.id}`).expect(404);
    await t.as(s.gl_city).get(`${URL}/${d.id}/verify`).expect(404);
    await download(t.as(s.gl_city).get(`${URL}/${d.id}/export?format=csv`)).expect(404);
    await t.as(s.gl_city).post(`${URL}/${d.id}/inspections`).send({ plannedFrom: '2026-11-16', plannedTo: '2026-11-20' }).expect(404);
    const listed: FlightCheckDrawRecord[] = (await t.as(s.gl_city).get(URL).expect(200)).body;
    expect(listed.some((r) => r.id === d.id)).toBe(false);
    // the province draws for a city below it; the city lists its own draws
    const p: FlightCheckDrawRecord = (await draw({ seed: 'province' }, s.gx_province).expect(201)).body;
    expect(p.regionCode).toBe('450200');
    const own: FlightCheckDrawRecord[] = (await t.as(s.lz_city).get(`${URL}?_end=200`).expect(200)).body;
    expect(own.some((r) => r.id === d.id) && own.every((r) => r.regionCode.startsWith('4502'))).toBe(true);
  });

  it.each([
    ['institutionCount', { institutionCount: 0 }],
    ['institutionCount', { institutionCount: 51 }],
    ['institutionCount', { institutionCount: 1.5 }],
    ['inspectorCount', { inspectorCount: 1 }],
    ['inspectorCount', { inspectorCount: 51 }],
    ['weighting', { weighting: 'heaviest' }],
    ['seed', { seed: 'x'.repeat(65) }],
    ['seed', { seed: 'two\nlines' }],
    ['seed', { seed: ' padded' }],
    ['seed', { seed: 42 }],
    ['regionCode', { regionCode: '4502' }],
    ['regionCode', { regionCode: '000000' }],
  ])('bad %s → 400 naming it', async (field, body) => {
    expect(await rejectedField(draw(body))).toBe(field);
  });

  it('creates the flight checks once: one per drawn county, planned by the city with the drawn team; a bad plan writes nothing; a second call is 409', async () => {
    const d = await drawn({ seed: 'inspections', institutionCount: 3 });
    const path = `${URL}/${d.id}/inspections`;
    // a bad plan writes nothing
    expect(await rejectedField(t.as(s.lz_city).post(path).send({ plannedFrom: '2026-11-20', plannedTo: '2026-11-16' }))).toBe('plannedTo');
    expect(
      await rejectedField(
        t
          .as(s.lz_city)
          .post(path)
          .send({ plannedFrom: '2026-11-16', plannedTo: '2026-11-20', areas: ['nope'] }),
      ),
    ).toBe('areas');
    expect((await t.as(s.lz_city).get(`${URL}/${d.id}`).expect(200)).body.inspectionIds).toEqual([]);
    await t.as(s.lz_inspector).post(path).send({ plannedFrom: '2026-11-16', plannedTo: '2026-11-20' }).expect(403);

    const done: FlightCheckDrawRecord = (await t.as(s.lz_city).post(path).send({ plannedFrom: '2026-11-16', plannedTo: '2026-11-20' }).expect(201)).body;
    const counties = [...new Set(d.institutions.map((i) => i.regionCode))].sort();
    expect(done.inspectionIds).toHaveLength(counties.length);
    const inspections: InspectionRecord[] = [];
    for (const id of done.inspectionIds) inspections.push((await t.as(s.lz_city).get(`/api/inspections/${id}`).expect(200)).body);
    expect(inspections.map((i) => i.regionCode).sort()).toEqual(counties);
    for (const i of inspections) {
      expect(i).toMatchObject({ kind: 'flight_check', inspectingRegionCode: '450200', plannedFrom: '2026-11-16', teamLeader: d.inspectors[0].displayName });
      for (const inst of d.institutions.filter((x) => x.regionCode === i.regionCode)) expect(i.title).toContain(inst.name);
    }
    const again = await t.as(s.lz_city).post(path).send({ plannedFrom: '2026-11-16', plannedTo: '2026-11-20' }).expect(409);
    expect(again.body.details).toMatchObject({ reason: 'inspections_exist', inspectionIds: done.inspectionIds });
    expect((await t.as(s.lz_city).get(`${URL}/${d.id}`).expect(200)).body.inspectionIds).toEqual(done.inspectionIds);
  });

  it('the public list (CSV and XLSX) names the drawn institutions and inspectors with seed and hash, formula cells escaped, each export audited', async () => {
    await t
      .as(s.lz_city)
      .post('/api/institutions')
      .send({ code: 'H45022599001', name: '=HYPERLINK("http://evil","融水")', kind: 'hospital', level: 'secondary', ownership: 'public', regionCode: '450225' })
      .expect(201);
    const available = (await draw({ institutionCount: 50 }).expect(409)).body.details.available as number;
    const d = await drawn({ seed: '=cmd|calc', institutionCount: available, inspectorCount: 2 });
    const before = await t.ds.getRepository(AuditLog).countBy({ action: 'export', resource: 'flight-check-draws', resourceId: String(d.id) });

    const csv = await download(t.as(s.lz_inspector).get(`${URL}/${d.id}/export?format=csv`)).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = (csv.body as Buffer).toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""融水"")"`);
    expect(text).toContain("'=cmd|calc");
    expect(text).toContain(d.candidateHash);
    for (const u of d.inspectors) expect(text).toContain(u.displayName);

    const xlsx = await download(t.as(s.lz_inspector).get(`${URL}/${d.id}/export?format=xlsx`)).expect(200);
    const sheet = await firstSheet(xlsx.body as Buffer);
    const cells: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain(`'=HYPERLINK("http://evil","融水")`);
    expect(cells).toContain(`'=cmd|calc`);
    expect(cells).toContain(d.candidateHash);
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);

    expect(await t.ds.getRepository(AuditLog).countBy({ action: 'export', resource: 'flight-check-draws', resourceId: String(d.id) })).toBe(before + 2);
    expect(await rejectedField(t.as(s.lz_inspector).get(`${URL}/${d.id}/export?format=pdf`))).toBe('format');
    // the draw itself was audited with its seed and hash
    const created = await t.ds.getRepository(AuditLog).findOneByOrFail({ action: 'create', resource: 'flight-check-draws', resourceId: String(d.id) });
    expect(created.after).toContain(d.candidateHash);
  });
});
