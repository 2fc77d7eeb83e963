import { chinaDate, ReportingDueRulesRecord, ReportingTaskRecord } from '@yibao/shared';
import { Session, testAppWith } from '../../../../test/harness';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * 报送时限 (issue 15, "due rules are parameters"): a province or a city sets a year's due rule per duty with its
 * source, as a parameter set the province approves; the nearest region's approved rule dates the tasks (the city's
 * over the province's over the catalogue's default), and the responsibility table's due date is its task's. An
 * approval re-dates the tasks still pending, never an overdue or a received one. Years are chosen around today's so
 * each case is pending (next year's) or overdue (last year's) whatever the date.
 */
describe('reporting due rules per region and year', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong']);
  const year = Number(chinaDate(new Date()).slice(0, 4));
  const [last, next, later] = [year - 1, year + 1, year + 2];

  const task = async (who: Session, duty: string, regionCode: string, period: string): Promise<ReportingTaskRecord> => {
    const res = await t.as(who).get(`/api/reporting-tasks?duty=${duty}&regionCode=${regionCode}&period=${period}`).expect(200);
    expect(res.body).toHaveLength(1);
    return res.body[0];
  };
  /** A set created with its rules, submitted and approved by the province. */
  const approvedSet = async (who: Session, regionCode: string, y: number, rules: Record<string, unknown>): Promise<ReportingDueRulesRecord> => {
    const created = (
      await t
        .as(who)
        .post('/api/reporting-due-rules')
        .send({ regionCode, year: y, dueRules: { regionCode, year: y, rules } })
        .expect(201)
    ).body;
    await t.as(who).post(`/api/reporting-due-rules/${created.id}/actions/submit`).send({ version: created.version }).expect(200);
    return (
      await t
        .as(s.gx_province)
        .post(`/api/reporting-due-rules/${created.id}/actions/approve`)
        .send({ version: created.version + 1 })
        .expect(200)
    ).body;
  };
  const bulletin10 = { daysAfterPeriodEnd: 10, source: '广西 月通报 次月10日前' };
  const provinceQuarterly5 = { daysAfterPeriodEnd: 5, source: '广西 季后5日前' };
  const cityQuarterly20 = { daysAfterPeriodEnd: 20, source: '柳州市 季后20日前' };
  const cityTable0331 = { monthDay: '03-31', source: '柳州市 3月31日前报送责任分工表' };

  it('the nearest approved rule dates the tasks: the city’s over the province’s over the default; the table’s due date is its task’s', async () => {
    const province = await approvedSet(s.gx_province, '450000', later, { monthly_bulletin: bulletin10, quarterly_statistics: provinceQuarterly5 });
    expect(province).toMatchObject({ state: 'approved', approved: { regionCode: '450000', year: later, rules: { monthly_bulletin: bulletin10 } } });
    // a city's draft is not in force until approved
    const draft = (
      await t
        .as(s.lz_city)
        .post('/api/reporting-due-rules')
        .send({ regionCode: '450200', year: later, dueRules: { regionCode: '450200', year: later, rules: { quarterly_statistics: cityQuarterly20 } } })
        .expect(201)
    ).body;
    await t
      .as(s.lz_city)
      .patch(`/api/reporting-due-rules/${draft.id}`)
      .send({
        dueRules: { regionCode: '450200', year: later, rules: { quarterly_statistics: cityQuarterly20, responsibility_table: cityTable0331 } },
        version: draft.version,
      })
      .expect(200);
    await t
      .as(s.lz_city)
      .post(`/api/reporting-due-rules/${draft.id}/actions/submit`)
      .send({ version: draft.version + 1 })
      .expect(200);
    await t
      .as(s.gx_province)
      .post(`/api/reporting-due-rules/${draft.id}/actions/approve`)
      .send({ version: draft.version + 2 })
      .expect(200);

    expect(await task(s.gx_province, 'monthly_bulletin', '450000', `${later}-10`)).toMatchObject({ dueOn: `${later}-11-10`, dueSource: bulletin10.source });
    expect(await task(s.gx_province, 'quarterly_statistics', '450202', `${later}-Q3`)).toMatchObject({
      dueOn: `${later}-10-20`,
      dueSource: cityQuarterly20.source,
    });
    expect(await task(s.gx_province, 'quarterly_statistics', '450200', `${later}-Q3`)).toMatchObject({ dueOn: `${later}-10-20` });
    // 桂林's county: no city rule, the province's
    expect(await task(s.gx_province, 'quarterly_statistics', '450302', `${later}-Q3`)).toMatchObject({
      dueOn: `${later}-10-05`,
      dueSource: provinceQuarterly5.source,
    });
    // no rule set anywhere: the catalogue's default, with its source
    expect(await task(s.gx_province, 'roster_comparison', '450202', `${later}-05`)).toMatchObject({
      dueOn: `${later}-06-10`,
      dueSource: expect.stringMatching(/^S0 §三/),
    });
    expect(await task(s.gx_province, 'annual_report', '450000', String(later))).toMatchObject({ dueOn: `${later}-12-10` });

    // the table and its task: one due date
    const table = (await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: later }).expect(201)).body;
    expect(table.dueDate).toBe(`${later}-03-31`);
    expect(await task(s.lz_city, 'responsibility_table', '450200', String(later))).toMatchObject({ dueOn: `${later}-03-31` });
    const board = (await t.as(s.lz_city).get(`/api/responsibility-tables/status?year=${later}`).expect(200)).body;
    expect(board).toMatchObject({ dueDate: `${later}-03-31`, dueSource: cityTable0331.source });
    expect(board.items.find((i: { regionCode: string }) => i.regionCode === '450202')).toMatchObject({ dueDate: `${later}-03-31` });
    const provinceBoard = (await t.as(s.gx_province).get(`/api/responsibility-tables/status?year=${later}`).expect(200)).body;
    expect(provinceBoard.dueDate).toBe(`${later}-04-12`);
    expect(provinceBoard.items.find((i: { regionCode: string }) => i.regionCode === '450302')).toMatchObject({ dueDate: `${later}-04-12` });
  });

  it('an approved change re-dates the pending tasks, never an overdue or a received one', async () => {
    const pending = await task(s.lz_chengzhong, 'quarterly_statistics', '450202', `${next}-Q1`);
    expect(pending).toMatchObject({ dueOn: `${next}-04-15`, state: 'pending' });
    const overdue = await task(s.lz_chengzhong, 'quarterly_statistics', '450202', `${last}-Q1`);
    expect(overdue).toMatchObject({ dueOn: `${last}-04-15`, state: 'overdue' });
    // 柳州市 files next year's Q2 ahead of time: received on time against 15 July
    const filed = await task(s.lz_city, 'quarterly_statistics', '450200', `${next}-Q2`);
    await t.as(s.lz_city).post(`/api/reporting-tasks/${filed.id}/attachments`).attach('file', PDF, 'q2.pdf').expect(201);
    await t.as(s.lz_city).post(`/api/reporting-tasks/${filed.id}/submit`).send({ version: filed.version }).expect(200);
    const received = await task(s.lz_city, 'quarterly_statistics', '450200', `${next}-Q2`);
    // an unfiled table of next year, due 12 April
    const table = (await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: next }).expect(201)).body;
    expect(table.dueDate).toBe(`${next}-04-12`);

    await approvedSet(s.lz_city, '450200', next, { quarterly_statistics: cityQuarterly20, responsibility_table: cityTable0331 });
    await approvedSet(s.lz_city, '450200', last, { quarterly_statistics: cityQuarterly20 });

    expect(await task(s.lz_chengzhong, 'quarterly_statistics', '450202', `${next}-Q1`)).toMatchObject({
      dueOn: `${next}-04-20`,
      dueSource: cityQuarterly20.source,
      version: pending.version + 1,
    });
    expect(await task(s.lz_chengzhong, 'quarterly_statistics', '450202', `${last}-Q1`)).toEqual(overdue);
    expect(await task(s.lz_city, 'quarterly_statistics', '450200', `${next}-Q2`)).toEqual(received);
    expect(received).toMatchObject({ dueOn: `${next}-07-15`, onTime: true });
    expect(await task(s.lz_city, 'responsibility_table', '450200', String(next))).toMatchObject({ dueOn: `${next}-03-31` });
    expect((await t.as(s.lz_city).get(`/api/responsibility-tables/${table.id}`).expect(200)).body.dueDate).toBe(`${next}-03-31`);
    // 桂林 is not 柳州's: untouched
    expect(await task(s.gl_city, 'quarterly_statistics', '450300', `${next}-Q1`)).toMatchObject({ dueOn: `${next}-04-15` });
  });

  it('who sets which rules, and every field bounded (400 naming it, nothing written)', async () => {
    const post = (who: Session, regionCode: string, rules: unknown) =>
      t
        .as(who)
        .post('/api/reporting-due-rules')
        .send({ regionCode, year: 2040, dueRules: { regionCode, year: 2040, rules } });
    const fields = (res: { body: { details?: Array<{ field: string }> } }) => res.body.details?.map((d) => d.field);
    // a county sets none; a city not another's, nor the province's; the province not a city's
    await post(s.lz_chengzhong, '450202', {}).expect(403);
    await post(s.gl_city, '450200', {}).expect(403);
    await post(s.lz_city, '450000', {}).expect(403);
    await post(s.gx_province, '450200', {}).expect(403);
    expect(fields(await post(s.lz_city, '450200', { monthly_bulletin: bulletin10 }).expect(400))).toEqual(['dueRules.rules.monthly_bulletin']);
    expect(fields(await post(s.gx_province, '450000', { monthly_bulletin: { daysAfterPeriodEnd: 91, source: 'x' } }).expect(400))).toEqual([
      'dueRules.rules.monthly_bulletin.daysAfterPeriodEnd',
    ]);
    expect(fields(await post(s.gx_province, '450000', { quarterly_statistics: { monthDay: '04-15', source: 'x' } }).expect(400))).toEqual([
      'dueRules.rules.quarterly_statistics.monthDay',
    ]);
    expect(fields(await post(s.gx_province, '450000', { annual_report: { monthDay: '02-30', source: 'x' } }).expect(400))).toEqual([
      'dueRules.rules.annual_report.monthDay',
    ]);
    expect(fields(await post(s.gx_province, '450000', { annual_report: { monthDay: '12-01' } }).expect(400))).toEqual(['dueRules.rules.annual_report.source']);
    expect(fields(await post(s.gx_province, '450000', { annual_report: { monthDay: '12-01', source: '文'.repeat(256) } }).expect(400))).toEqual([
      'dueRules.rules.annual_report.source',
    ]);
    expect(fields(await post(s.gx_province, '450000', { annual_report: { monthDay: '12-01', source: 'x', extra: 1 } }).expect(400))).toEqual([
      'dueRules.rules.annual_report.extra',
    ]);
    expect(fields(await t.as(s.gx_province).post('/api/reporting-due-rules').send({ regionCode: '450000', year: 2040, dueRules: 'x' }).expect(400))).toEqual([
      'dueRules',
    ]);
    expect((await t.as(s.gx_province).get('/api/reporting-due-rules?year=2040').expect(200)).body).toEqual([]);
    // the counties read the rules that bind them; another city's are 404
    const set = await approvedSet(s.lz_city, '450200', 2041, { quarterly_statistics: cityQuarterly20 });
    await t.as(s.lz_chengzhong).get(`/api/reporting-due-rules/${set.id}`).expect(200);
    await t.as(s.lz_chengzhong).patch(`/api/reporting-due-rules/${set.id}`).send({ dueRules: set.dueRules, version: set.version }).expect(403);
    await t.as(s.gl_city).get(`/api/reporting-due-rules/${set.id}`).expect(404);
  });
});
