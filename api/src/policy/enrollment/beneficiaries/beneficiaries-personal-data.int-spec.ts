import { ROSTER_HEADERS } from '@yibao/shared';
import { idFor, Session, startTestApp, TestApp } from '../../../../test/harness';
import { ImportsService } from '../../../platform/imports/imports.service';
import { JobsService } from '../../../platform/jobs/jobs.service';

const csv = (rows: string[][]) => '\uFEFF' + [ROSTER_HEADERS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';

/**
 * Issue 11, items 3, 4 and 8: a masked ID number cannot be rebuilt from what a list answers (birth date beside
 * it, partial-digit searches, filters or sorting on the ID column), and a county learns nothing about another
 * region's ledger or spending through its own writes.
 */
describe('personal data: masked IDs stay masked, other regions stay unseen', () => {
  let t: TestApp;
  const s: Record<string, Session> = {};
  const person = idFor('450202', '19880808', 501);
  const stranger = idFor('450202', '19770707', 502);
  let personId: number;

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province', 'auditor', 'admin']) s[u] = await t.login(u);
    // a county of another pooling region (桂林 秀峰区)
    s.gl_xiufeng = await t.createAccount({ username: 'gl_xiufeng', displayName: '秀峰区医保局', role: 'county_officer', regionCode: '450302' });
    const created = await t.as(s.lz_chengzhong).post('/api/beneficiaries').send({ idNumber: person, name: '黄八', regionCode: '450202', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs' }).expect(201);
    personId = created.body.id;
    await t.as(s.lz_chengzhong).post('/api/beneficiaries').send({ idNumber: stranger, name: '陆七', regionCode: '450202', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs' }).expect(201);
  });
  afterAll(() => t.close());

  const birthDigits = '19880808';
  const birthDate = '1988-08-08';

  describe('item 3: no birth date beside a masked number', () => {
    it('lists, the person page, the create answer and the audit trail carry the birth year only', async () => {
      const list = await t.as(s.lz_city).get('/api/beneficiaries?_end=100').expect(200);
      const row = list.body.find((b: { id: number }) => b.id === personId);
      expect(row).toMatchObject({ idNumber: `450202********${person.slice(14)}`, birthYear: 1988 });
      expect(row).not.toHaveProperty('birthDate');
      const page = await t.as(s.lz_city).get(`/api/beneficiaries/${personId}`).expect(200);
      for (const text of [JSON.stringify(list.body), JSON.stringify(page.body)]) {
        expect(text).not.toContain(birthDate);
        expect(text).not.toContain(birthDigits);
      }
      const audit = await t.as(s.auditor).get(`/api/audit-logs?resource=beneficiaries&resourceId=${personId}`).expect(200);
      expect(audit.body.length).toBeGreaterThan(0);
      expect(JSON.stringify(audit.body)).not.toContain(birthDate);
    });

    it('the birth date can be neither filtered nor sorted on (that would bisect it); the year can be filtered', async () => {
      await t.as(s.lz_city).get(`/api/beneficiaries?birthDate=${birthDate}`).expect(400);
      await t.as(s.lz_city).get('/api/beneficiaries?birthDate_gte=1988-01-01').expect(400);
      await t.as(s.lz_city).get('/api/beneficiaries?_sort=birthDate').expect(400);
      const year = await t.as(s.lz_city).get('/api/beneficiaries?birthYear=1988').expect(200);
      expect(year.body.map((b: { id: number }) => b.id)).toEqual([personId]);
    });
  });

  describe('item 4: searching by ID is no oracle', () => {
    it('partial digits find nobody (they found the person digit by digit before), on every list with an ID column', async () => {
      // a settlement and a task for the person, so those lists hold a row the oracle could find
      await t.as(s.lz_chengzhong).post('/api/settlements').send(settlementFor(person, '450202', 'JS-ORACLE-1')).expect(201);
      for (const path of ['/api/beneficiaries', '/api/settlements']) {
        for (const q of [person.slice(0, 10), person.slice(6, 14), person.slice(0, 17), birthDigits]) {
          const res = await t.as(s.lz_city).get(`${path}?q=${q}`).expect(200);
          expect([path, q, res.body.length]).toEqual([path, q, 0]);
        }
      }
    });

    it('an ID column takes no like, range, exclusion, partial value or sort on any of the five lists', async () => {
      for (const path of ['/api/beneficiaries', '/api/verification-tasks', '/api/settlements', '/api/chronic-recognitions', '/api/cost-warnings']) {
        for (const query of [`idNumber_like=${person.slice(0, 8)}`, `idNumber_gte=${person.slice(0, 8)}`, `idNumber_lte=${person}`, `idNumber_ne=${person}`, `idNumber=${person.slice(0, 17)}`, '_sort=idNumber']) {
          const res = await t.as(s.lz_city).get(`${path}?${query}`);
          expect([path, query, res.status]).toEqual([path, query, 400]);
        }
      }
    });

    it('a whole valid number finds exactly that person, and the lookup is audited with the masked number only', async () => {
      const found = await t.as(s.lz_city).get(`/api/beneficiaries?q=${person}`).expect(200);
      expect(found.body.map((b: { id: number }) => b.id)).toEqual([personId]);
      const filtered = await t.as(s.lz_city).get(`/api/settlements?idNumber=${person}`).expect(200);
      expect(filtered.body).toHaveLength(1);
      // a checksum-invalid number is refused as a filter and finds nobody as a search
      const wrong = person.slice(0, 17) + (person[17] === '1' ? '2' : '1');
      await t.as(s.lz_city).get(`/api/beneficiaries?idNumber=${wrong}`).expect(400);
      expect((await t.as(s.lz_city).get(`/api/beneficiaries?q=${wrong}`).expect(200)).body).toEqual([]);

      const audit = await t.as(s.auditor).get('/api/audit-logs?action=id_search&username=lz_city').expect(200);
      expect(audit.body.map((a: { resource: string }) => a.resource).sort()).toEqual(['beneficiaries', 'settlements']);
      expect(audit.body[0].after).toMatchObject({ field: 'idNumber', idNumber: `450202********${person.slice(14)}` });
      expect(JSON.stringify(audit.body)).not.toContain(person);
    });

    it('a name with the last four characters narrows the list; the last four alone do not search', async () => {
      const named = await t.as(s.lz_city).get(`/api/beneficiaries?q=${encodeURIComponent(`黄八 ${person.slice(14)}`)}`).expect(200);
      expect(named.body.map((b: { id: number }) => b.id)).toEqual([personId]);
      expect((await t.as(s.lz_city).get(`/api/beneficiaries?q=${encodeURIComponent(`陆七 ${person.slice(14)}`)}`).expect(200)).body).toEqual([]);
      expect((await t.as(s.lz_city).get(`/api/beneficiaries?q=${person.slice(14)}`).expect(200)).body).toEqual([]);
      expect((await t.as(s.lz_city).get(`/api/beneficiaries?q=${encodeURIComponent('黄八')}`).expect(200)).body).toHaveLength(1);
    });
  });

  describe('item 8: business writes reveal nothing about another region', () => {
    it('a 409 for a number in another region\'s ledger does not say where', async () => {
      const res = await t.as(s.gl_xiufeng).post('/api/beneficiaries').send({ idNumber: person, name: '黄八', regionCode: '450302', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs' }).expect(409);
      const text = JSON.stringify(res.body);
      for (const fact of ['450202', '450200', '城中', '柳州']) expect(text).not.toContain(fact);
    });

    it('a roster duplicate names no other county; the county cannot close it, the province (sees both) can', async () => {
      const upload = await t.as(s.gl_xiufeng).post('/api/roster-imports').field('month', '2026-05').attach('file', Buffer.from(csv([[person, '黄八', '450302', '农村低保对象', '民政', '在册']])), 'roster.csv').expect(202);
      await t.app.get(ImportsService).settle(upload.body.id);
      const tasks = await t.as(s.gl_xiufeng).get('/api/verification-tasks?differenceType=duplicate').expect(200);
      expect(tasks.body).toHaveLength(1);
      const task = tasks.body[0];
      expect(task.detail).toEqual({ ledger: 'another_pooling_region', note: expect.stringContaining('另一统筹区台账') });
      // (the masked number keeps its first six digits, where the number was issued: that is the person's, not the ledger's)
      const shown = JSON.stringify([tasks.body, (await t.as(s.gl_xiufeng).get(`/api/verification-tasks/${task.id}`).expect(200)).body], (k, v) => (k === 'idNumber' ? undefined : v));
      for (const fact of ['450202', '450200', '城中', '柳州']) expect(shown).not.toContain(fact);

      expect(task.closable).toBe(false);
      await t.as(s.gl_xiufeng).post(`/api/verification-tasks/${task.id}/close`).send({ outcome: 'not_a_difference', version: task.version }).expect(403);
      // the city of one side sees only its side
      expect((await t.as(s.gl_city).get(`/api/verification-tasks/${task.id}`).expect(200)).body.detail).not.toHaveProperty('ledgerRegionCode');
      await t.as(s.gl_city).post(`/api/verification-tasks/${task.id}/close`).send({ outcome: 'not_a_difference', version: task.version }).expect(403);
      const seen = await t.as(s.gx_province).get(`/api/verification-tasks/${task.id}`).expect(200);
      expect(seen.body).toMatchObject({ closable: true, detail: { ledgerRegionCode: '450202', ledgerPoolingRegionCode: '450200' } });
      await t.as(s.gx_province).post(`/api/verification-tasks/${task.id}/close`).send({ outcome: 'not_a_difference', outcomeNote: '已与柳州核实', version: task.version }).expect(200);
      // other tasks stay the county's
      const own = await t.as(s.lz_chengzhong).post('/api/roster-imports').field('month', '2026-05').attach('file', Buffer.from(csv([[stranger, '陆七', '450202', '农村低保对象', '民政', '在册']])), 'roster.csv').expect(202);
      await t.app.get(ImportsService).settle(own.body.id);
      const mine = await t.as(s.lz_chengzhong).get('/api/verification-tasks?differenceType=not_enrolled').expect(200);
      expect(mine.body).toMatchObject([{ closable: true }]);
      expect((await t.as(s.gx_province).get(`/api/verification-tasks/${mine.body[0].id}`).expect(200)).body.closable).toBe(false);
      await t.as(s.gx_province).post(`/api/verification-tasks/${mine.body[0].id}/close`).send({ outcome: 'corrected', version: mine.body[0].version }).expect(403);
    });

    it('a settlement recorded by another pooling region neither shows nor adds to the person\'s year so far there', async () => {
      // 柳州: the person's second settlement of the year is computed with the first one in the year so far
      const first = (await t.as(s.lz_chengzhong).post('/api/settlements').send(settlementFor(person, '450202', 'JS-YTD-1')).expect(201)).body;
      const second = (await t.as(s.lz_chengzhong).post('/api/settlements').send(settlementFor(person, '450202', 'JS-YTD-2')).expect(201)).body;
      expect(second.computed).not.toEqual(first.computed); // the year so far matters to the computation
      // 桂林 records a settlement for the same person: computed as for someone with no settlements in 桂林
      const fresh = (await t.as(s.gl_xiufeng).post('/api/settlements').send(settlementFor(idFor('450302', '19900101', 503), '450302', 'JS-GL-0')).expect(201)).body;
      const there = (await t.as(s.gl_xiufeng).post('/api/settlements').send(settlementFor(person, '450302', 'JS-GL-1')).expect(201)).body;
      expect(there.computed).toEqual(fresh.computed);
      expect(there.trace).toEqual(fresh.trace);
      expect((await t.as(s.gl_xiufeng).get(`/api/settlements/${there.id}`).expect(200)).body.trace).toEqual(fresh.trace);
      // and 柳州's next settlement is computed as if 桂林's had not happened
      const third = (await t.as(s.lz_chengzhong).post('/api/settlements').send(settlementFor(person, '450202', 'JS-YTD-3')).expect(201)).body;
      const detailOfSecond = (await t.as(s.lz_chengzhong).get(`/api/settlements/${second.id}`).expect(200)).body;
      expect(detailOfSecond.trace).toEqual(second.trace);
      expect(third.trace).not.toEqual(there.trace);
    });

    it('a high-cost warning is kept per pooling region: another region\'s detection neither reads nor overwrites it', async () => {
      const watched = idFor('450202', '19500505', 504);
      const settle = (who: string, regionCode: string, no: string, totalCost: number, basic: number, criticalIllness: number) =>
        t.as(s[who]).post('/api/settlements').send({
          ...settlementFor(watched, regionCode, no),
          identityCategories: ['monitored_sudden'],
          totalCost, inPolicyCost: totalCost, inCatalogueCost: totalCost,
          recorded: { basic, criticalIllness, medicalAid: 0, other: 0, outOfPocket: totalCost - basic - criticalIllness },
        }).expect(201);
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
});

function settlementFor(idNumber: string, regionCode: string, settlementNo: string) {
  return {
    regionCode,
    year: 2026,
    visitType: 'inpatient',
    hospitalLevel: 'secondary',
    totalCost: 2000000,
    inPolicyCost: 1800000,
    inCatalogueCost: 1900000,
    identityCategories: ['registered_poor'],
    idNumber,
    name: '黄八',
    institutionCode: 'H45020200001',
    institutionName: '柳州市工人医院',
    settledOn: '2026-03-08',
    settlementNo,
    recorded: { basic: 1000000, criticalIllness: 300000, medicalAid: 400000, other: 0, outOfPocket: 300000 },
  };
}
