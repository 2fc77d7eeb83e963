import { Session, TestApp } from '../../../../test/harness';
import { settlementFor, startWithTwoPoolingRegions } from '../../../../test/fixtures';

/**
 * Issue 11, items 3, 4 and 8: a masked ID number cannot be rebuilt from what a list answers (birth date beside
 * it, partial-digit searches, filters or sorting on the ID column), and a county learns nothing about another
 * region's ledger or spending through its own writes.
 */
describe('personal data in the beneficiary ledger: masked IDs stay masked, other regions stay unseen', () => {
  let t: TestApp;
  let s: Record<string, Session>;
  let person: string;
  let personId: number;

  beforeAll(async () => {
    ({ t, s, person, personId } = await startWithTwoPoolingRegions());
    // a settlement for the person, so that list holds a row the ID-search oracle could find
    await t
      .as(s.lz_chengzhong)
      .post('/api/settlements')
      .send(settlementFor(person, '450202', 'JS-ORACLE-1'))
      .expect(201);
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
      for (const path of ['/api/beneficiaries', '/api/settlements']) {
        for (const q of [person.slice(0, 10), person.slice(6, 14), person.slice(0, 17), birthDigits]) {
          const res = await t.as(s.lz_city).get(`${path}?q=${q}`).expect(200);
          expect([path, q, res.body.length]).toEqual([path, q, 0]);
        }
      }
    });

    it('an ID column takes no like, range, exclusion, partial value or sort on any of the five lists', async () => {
      for (const path of ['/api/beneficiaries', '/api/verification-tasks', '/api/settlements', '/api/chronic-recognitions', '/api/cost-warnings']) {
        for (const query of [
          `idNumber_like=${person.slice(0, 8)}`,
          `idNumber_gte=${person.slice(0, 8)}`,
          `idNumber_lte=${person}`,
          `idNumber_ne=${person}`,
          `idNumber=${person.slice(0, 17)}`,
          '_sort=idNumber',
        ]) {
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
      const search = async (q: string) =>
        (
          await t
            .as(s.lz_city)
            .get(`/api/beneficiaries?q=${encodeURIComponent(q)}`)
            .expect(200)
        ).body;
      expect((await search(`黄八 ${person.slice(14)}`)).map((b: { id: number }) => b.id)).toEqual([personId]);
      expect(await search(`陆七 ${person.slice(14)}`)).toEqual([]);
      expect(await search(person.slice(14))).toEqual([]);
      expect(await search('黄八')).toHaveLength(1);
    });
  });

  // item 8's other tests sit beside their resources: verification-tasks-personal-data, and settlements and cost warnings in assistance
  describe('item 8: business writes reveal nothing about another region', () => {
    it("a 409 for a number in another region's ledger does not say where", async () => {
      const res = await t
        .as(s.gl_xiufeng)
        .post('/api/beneficiaries')
        .send({ idNumber: person, name: '黄八', regionCode: '450302', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs' })
        .expect(409);
      const text = JSON.stringify(res.body);
      for (const fact of ['450202', '450200', '城中', '柳州']) expect(text).not.toContain(fact);
    });
  });
});
