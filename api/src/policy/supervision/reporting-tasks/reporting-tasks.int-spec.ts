import { chinaDate, RESPONSIBILITY_ROLES, ReportingRateItem, ReportingTaskRecord } from '@yibao/shared';
import { idFor, Session, testAppWith } from '../../../../test/harness';
import { importedRoster, recordedLedgerEntry } from '../../../../test/fixtures';
import { ReportingTask } from './reporting-task.entity';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * 报送任务 and 报送率 over HTTP (issue 15): tasks received by the product's own records (a responsibility table's first
 * submission, a roster import, a published bulletin) or submitted with an attachment; rates per child region.
 * Periods are chosen around today's year so each case is late (last year's) or on time (next year's) whatever the date.
 */
describe('reporting tasks and rates', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong']);
  const year = Number(chinaDate(new Date()).slice(0, 4));
  const [last, next] = [year - 1, year + 1];

  const task = async (who: Session, duty: string, regionCode: string, period: string): Promise<ReportingTaskRecord> => {
    const res = await t.as(who).get(`/api/reporting-tasks?duty=${duty}&regionCode=${regionCode}&period=${period}`).expect(200);
    expect(res.body).toHaveLength(1);
    return res.body[0];
  };
  const rates = async (who: Session, query: string): Promise<Map<string, ReportingRateItem>> => {
    const res = await t.as(who).get(`/api/reporting-rates?${query}`).expect(200);
    return new Map(res.body.items.map((i: ReportingRateItem) => [i.regionCode, i]));
  };
  const attach = (who: Session, id: number) => t.as(who).post(`/api/reporting-tasks/${id}/attachments`).attach('file', PDF, '季度调度统计.pdf').expect(201);
  const submit = async (who: Session, duty: string, regionCode: string, period: string) => {
    const before = await task(who, duty, regionCode, period);
    await attach(who, before.id);
    return (await t.as(who).post(`/api/reporting-tasks/${before.id}/submit`).send({ version: before.version }).expect(200)).body as ReportingTaskRecord;
  };

  it('expected tasks are generated on read, once: every duty × filer × period, with the due rule and its source', async () => {
    const first = await t.as(s.lz_chengzhong).get(`/api/reporting-tasks?period=${next}-Q3&_end=100`).expect(200);
    const again = await t.as(s.lz_chengzhong).get(`/api/reporting-tasks?period=${next}-Q3&_end=100`).expect(200);
    expect(again.body).toEqual(first.body);
    expect(first.body).toEqual([
      expect.objectContaining({
        duty: 'quarterly_statistics',
        regionCode: '450202',
        regionName: '城中区',
        period: `${next}-Q3`,
        dueOn: `${next}-10-15`,
        dueSource: expect.stringMatching(/^S0 §四/),
        receivedAt: null,
        onTime: null,
        daysLate: 0,
        fulfilledBy: null,
        state: 'pending',
        submittable: true,
      }),
    ]);
    // a county files 17 a year (12 roster comparisons, 4 quarterly statistics, 1 responsibility table), a city 5
    const county = await t.as(s.lz_chengzhong).get(`/api/reporting-tasks?period=${next}&_end=1`).expect(200);
    const own = await t.as(s.lz_chengzhong).get(`/api/reporting-tasks?regionCode=450202&period_like=${next}&_end=1`).expect(200);
    expect(county.body).toHaveLength(1);
    expect(Number(own.headers['x-total-count'])).toBe(17);
    // a reader generates its own subtree: the county's read made none of its city's
    expect(await t.ds.getRepository(ReportingTask).countBy({ regionCode: '450200', period: `${next}-Q1` })).toBe(0);
    await t.as(s.lz_city).get(`/api/reporting-tasks?period=${next}`).expect(200);
    const city = await t.as(s.lz_city).get(`/api/reporting-tasks?regionCode=450200&period_like=${next}&_end=1`).expect(200);
    expect(Number(city.headers['x-total-count'])).toBe(5);
    const rows = await t.ds.getRepository(ReportingTask).countBy({ regionCode: '450200', period: `${next}-Q1` });
    expect(rows).toBe(1);
    // a task past its due day and not received is overdue, late by the days since
    const overdue = await task(s.lz_city, 'quarterly_statistics', '450200', `${last}-Q1`);
    expect(overdue).toMatchObject({ state: 'overdue', onTime: null, dueOn: `${last}-04-15` });
    expect(overdue.daysLate).toBeGreaterThan(200);
    await t.as(s.lz_city).get('/api/reporting-tasks?state=late').expect(400);
    const overdueList = await t.as(s.lz_city).get(`/api/reporting-tasks?state=overdue&period=${last}-Q1&regionCode=450200`).expect(200);
    expect(overdueList.body.map((r: ReportingTaskRecord) => r.id)).toEqual([overdue.id]);
  });

  it('a responsibility table’s first submission receives the year’s task, on time or late against 12 April', async () => {
    const fileTable = async (year: number) => {
      const id = (await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year }).expect(201)).body.id;
      const rows = RESPONSIBILITY_ROLES.map((role, i) => ({ role, name: `干部${i}`, unit: '柳州市医疗保障局', title: '科长', phone: '0772-2801234' }));
      await t.as(s.lz_city).patch(`/api/responsibility-tables/${id}`).send({ rows, version: 1 }).expect(200);
      expect((await task(s.lz_city, 'responsibility_table', '450200', String(year))).state).not.toBe('received');
      await t.as(s.lz_city).post(`/api/responsibility-tables/${id}/actions/submit`).send({ version: 2 }).expect(200);
      return id;
    };
    const late = await fileTable(last);
    const received = await task(s.gx_province, 'responsibility_table', '450200', String(last));
    expect(received).toMatchObject({
      state: 'received',
      onTime: false,
      dueOn: `${last}-04-12`,
      fulfilledBy: { resource: 'responsibility-tables', id: late },
      submittable: false,
    });
    expect(received.daysLate).toBeGreaterThan(200);
    // returned and submitted again: the first receipt stands
    await t.as(s.gx_province).post(`/api/responsibility-tables/${late}/actions/return`).send({ comment: '请补充', version: 3 }).expect(200);
    await t.as(s.lz_city).post(`/api/responsibility-tables/${late}/actions/submit`).send({ version: 4 }).expect(200);
    expect(await task(s.gx_province, 'responsibility_table', '450200', String(last))).toEqual(received);

    const onTime = await fileTable(next);
    expect(await task(s.lz_city, 'responsibility_table', '450200', String(next))).toMatchObject({
      state: 'received',
      onTime: true,
      daysLate: 0,
      fulfilledBy: { resource: 'responsibility-tables', id: onTime },
    });
    // received by the product's own record: nothing to submit or attach
    const own = await task(s.lz_city, 'responsibility_table', '450200', String(next));
    await t.as(s.lz_city).post(`/api/reporting-tasks/${own.id}/submit`).send({ version: own.version }).expect(409);
    await t.as(s.lz_city).post(`/api/reporting-tasks/${own.id}/attachments`).attach('file', PDF, 'x.pdf').expect(409);
  });

  it('a roster import that succeeds receives the county’s comparison for that month', async () => {
    const month = `${last}-05`;
    expect((await task(s.lz_chengzhong, 'roster_comparison', '450202', month)).receivedAt).toBeNull();
    const rows = [[idFor('450202', '19800101', 901), '张一', '450202', '脱贫人口', '乡村振兴', '在册']];
    const imported = await importedRoster(t, s.lz_chengzhong, month, rows);
    expect((await t.as(s.lz_chengzhong).get(`/api/roster-imports/${imported}`).expect(200)).body.status).toBe('succeeded');
    const received = await task(s.lz_city, 'roster_comparison', '450202', month);
    expect(received).toMatchObject({
      state: 'received',
      onTime: false,
      dueOn: `${last}-06-10`,
      fulfilledBy: { resource: 'roster-imports', id: imported },
    });
    // another county's month is untouched
    expect((await task(s.lz_city, 'roster_comparison', '450203', month)).state).toBe('overdue');
  });

  it('the province publishes a month: its bulletin is frozen (a later ledger change does not move it) and the task received', async () => {
    const month = `${last}-03`;
    const live = (await t.as(s.gx_province).get(`/api/enrollment-bulletin?month=${month}`).expect(200)).body;
    expect(live.publishedAt).toBeNull();
    await t.as(s.lz_city).post('/api/enrollment-bulletin/publish').send({ regionCode: '450000', month }).expect(403);
    await t.as(s.gx_province).post('/api/enrollment-bulletin/publish').send({ regionCode: '450200', month }).expect(400);
    await t
      .as(s.gx_province)
      .post('/api/enrollment-bulletin/publish')
      .send({ regionCode: '450000', month: `${next}-01` })
      .expect(400);
    const published = (await t.as(s.gx_province).post('/api/enrollment-bulletin/publish').send({ regionCode: '450000', month }).expect(201)).body;
    expect(published).toMatchObject({ regionCode: '450000', month, publishedAt: expect.any(String), total: live.total, rows: live.rows });
    await t.as(s.gx_province).post('/api/enrollment-bulletin/publish').send({ regionCode: '450000', month }).expect(409);
    const cityBefore = (await t.as(s.lz_city).get(`/api/enrollment-bulletin?month=${month}`).expect(200)).body;
    expect(cityBefore.publishedAt).toBe(published.publishedAt);

    // the ledger changes after publication: a new person enrolled in 城中区 for that year
    const person = await recordedLedgerEntry(t, s.lz_chengzhong, idFor('450202', '19650505', 902), ['rural_tekun']);
    await t.as(s.lz_chengzhong).post('/api/enrollments').send({ beneficiaryId: person.id, year: last, enrolled: true, scheme: 'resident_basic' }).expect(201);
    const unpublished = (await t.as(s.gx_province).get(`/api/enrollment-bulletin?month=${last}-04`).expect(200)).body;
    expect(unpublished.total.persons).toBe(live.total.persons + 1);

    const after = (await t.as(s.gx_province).get(`/api/enrollment-bulletin?month=${month}`).expect(200)).body;
    expect(after).toEqual(published);
    expect((await t.as(s.lz_city).get(`/api/enrollment-bulletin?month=${month}`).expect(200)).body).toEqual(cityBefore);
    expect(cityBefore.rows.map((r: { regionCode: string }) => r.regionCode)).toEqual(
      published.rows
        .filter((r: { level: string; regionCode: string }) => r.level === 'county' && r.regionCode.startsWith('4502'))
        .map((r: { regionCode: string }) => r.regionCode),
    );
    const county = (await t.as(s.lz_chengzhong).get(`/api/enrollment-bulletin?month=${month}`).expect(200)).body;
    expect(county.rows).toEqual([published.rows.find((r: { regionCode: string }) => r.regionCode === '450202')]);

    expect(await task(s.gx_province, 'monthly_bulletin', '450000', month)).toMatchObject({
      state: 'received',
      onTime: false,
      fulfilledBy: { resource: 'enrollment-bulletin', id: expect.any(Number) },
    });
  });

  it('a report the product does not make is submitted with an attachment, by the filing unit only', async () => {
    const annual = await task(s.gx_province, 'annual_report', '450000', String(next));
    expect(annual).toMatchObject({ dueOn: `${next}-12-10`, dueSource: expect.stringMatching(/^S4 §八/), submittable: true });
    const bare = await t.as(s.gx_province).post(`/api/reporting-tasks/${annual.id}/submit`).send({ version: annual.version }).expect(400);
    expect(bare.body.details.map((d: { field: string }) => d.field)).toEqual(['attachments']);
    expect((await task(s.gx_province, 'annual_report', '450000', String(next))).receivedAt).toBeNull();
    // a city reads its counties' tasks but submits only its own
    const county = await task(s.lz_city, 'quarterly_statistics', '450202', `${next}-Q2`);
    expect(county.submittable).toBe(false);
    await t.as(s.lz_city).post(`/api/reporting-tasks/${county.id}/attachments`).attach('file', PDF, 'x.pdf').expect(403);
    await t.as(s.lz_city).post(`/api/reporting-tasks/${county.id}/submit`).send({ version: county.version }).expect(403);

    await attach(s.gx_province, annual.id);
    await t
      .as(s.gx_province)
      .post(`/api/reporting-tasks/${annual.id}/submit`)
      .send({ version: annual.version + 5 })
      .expect(409);
    const done = (await t.as(s.gx_province).post(`/api/reporting-tasks/${annual.id}/submit`).send({ version: annual.version }).expect(200)).body;
    expect(done).toMatchObject({ state: 'received', onTime: true, daysLate: 0, fulfilledBy: null, submittable: false, receivedAt: expect.any(String) });
    await t.as(s.gx_province).post(`/api/reporting-tasks/${annual.id}/submit`).send({ version: done.version }).expect(409);
    // the report is frozen once received
    await t.as(s.gx_province).post(`/api/reporting-tasks/${annual.id}/attachments`).attach('file', PDF, 'late.pdf').expect(409);
    const files = await t.as(s.lz_city).get(`/api/reporting-tasks/${annual.id}/attachments`);
    expect(files.status).toBe(404); // the province's own task is outside a city's scope
  });

  it('rates per child region: completeness = received ÷ expected, timeliness = on time ÷ expected', async () => {
    // last year: 城中区 files two quarters, both late; next year: 城中区 and 柳州市 itself each file one, on time
    await submit(s.lz_chengzhong, 'quarterly_statistics', '450202', `${last}-Q1`);
    await submit(s.lz_chengzhong, 'quarterly_statistics', '450202', `${last}-Q2`);
    await submit(s.lz_chengzhong, 'quarterly_statistics', '450202', `${next}-Q1`);
    await submit(s.lz_city, 'quarterly_statistics', '450200', `${next}-Q1`);

    const lastYear = await rates(s.lz_city, `duty=quarterly_statistics&period=${last}`);
    expect(lastYear.get('450202')).toEqual({
      regionCode: '450202',
      regionName: '城中区',
      expected: 4,
      received: 2,
      onTime: 0,
      completeness: 0.5,
      timeliness: 0,
    });
    expect(lastYear.get('450203')).toMatchObject({ expected: 4, received: 0, onTime: 0, completeness: 0, timeliness: 0 });
    // the city's own line, and one line per county of 柳州市 (10)
    expect([...lastYear.keys()]).toEqual(['450200', '450202', '450203', '450204', '450205', '450206', '450222', '450223', '450224', '450225', '450226']);

    const nextQ1 = await rates(s.lz_city, `duty=quarterly_statistics&period=${next}-Q1`);
    expect(nextQ1.get('450200')).toMatchObject({ expected: 1, received: 1, onTime: 1, completeness: 1, timeliness: 1 });
    expect(nextQ1.get('450202')).toMatchObject({ expected: 1, received: 1, onTime: 1, completeness: 1, timeliness: 1 });
    // the province sees 柳州市 as one child: itself and its 10 counties
    const province = await rates(s.gx_province, `duty=quarterly_statistics&period=${next}-Q1`);
    expect(province.get('450200')).toEqual({
      regionCode: '450200',
      regionName: '柳州市',
      expected: 11,
      received: 2,
      onTime: 2,
      completeness: 2 / 11,
      timeliness: 2 / 11,
    });
    expect(province.get('450300')).toMatchObject({ received: 0, completeness: 0 });
    expect(province.has('450000')).toBe(false); // the province files no quarterly statistics
    // a county sees itself
    const own = await rates(s.lz_chengzhong, `duty=quarterly_statistics&period=${last}-Q2`);
    expect([...own.values()]).toEqual([expect.objectContaining({ regionCode: '450202', expected: 1, received: 1, onTime: 0, completeness: 1, timeliness: 0 })]);

    await t.as(s.lz_city).get('/api/reporting-rates?period=2026-13').expect(400);
    await t.as(s.lz_city).get('/api/reporting-rates?period=2026&duty=weekly').expect(400);
    await t.as(s.lz_city).get('/api/reporting-rates').expect(400);
    await t.as(s.gl_city).get(`/api/reporting-rates?period=${last}&regionCode=450200`).expect(400);
  });

  it('another region’s task is 404: read, submit and attachments', async () => {
    const theirs = await task(s.lz_city, 'quarterly_statistics', '450202', `${next}-Q4`);
    await t.as(s.gl_city).get(`/api/reporting-tasks/${theirs.id}`).expect(404);
    await t.as(s.gl_city).post(`/api/reporting-tasks/${theirs.id}/submit`).send({ version: theirs.version }).expect(404);
    await t.as(s.gl_city).get(`/api/reporting-tasks/${theirs.id}/attachments`).expect(404);
    await t.as(s.gl_city).post(`/api/reporting-tasks/${theirs.id}/attachments`).attach('file', PDF, 'x.pdf').expect(404);
    const list = await t.as(s.gl_city).get(`/api/reporting-tasks?regionCode=450202&_end=10`).expect(200);
    expect(list.body).toEqual([]);
    await t.as(s.lz_chengzhong).get(`/api/reporting-tasks/${theirs.id}`).expect(200);
  });
});
