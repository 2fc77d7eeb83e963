import { addWorkingDays, chinaDate, workingDayCalendar, type FraudClueListItem, type FraudClueRecord, type HolidayRecord, type InboxItem } from '@yibao/shared';
import { testAppWith, type Session } from '../../../../test/harness';

/**
 * 线索 over HTTP (issue 16, 令第4号 art. 14): the filing decision due 15 working days after receipt over the seeded
 * calendar (National Day 2025), extended once by the head; receipt never in the future; a named reporter whole for
 * the handling unit and the province supervisor, masked for everyone else, every reveal audited; out of scope 404;
 * the reporter told within 5 working days of the decision (an inbox line until recorded). `file` itself — the case
 * created by the cases' `CaseFilingService` — is in fraud-clue-filing.int-spec.ts.
 */
describe('fraud clues (线索)', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'lz_chengzhong', 'lz_inspector', 'lz_inspector2', 'lz_head', 'auditor']);
  const URL = '/api/fraud-clues';
  /** an inspector of 桂林, made the way 三权分立 makes an account */
  let glInspector: Session;
  beforeAll(async () => {
    glInspector = await t.createAccount({ username: 'gl_inspector9', displayName: '桂林市医保基金稽查员', role: 'inspector', regionCode: '450300' });
  });

  const fields = (res: { body: { details?: Array<{ field: string }> } }) => (res.body.details ?? []).map((d) => d.field);
  const clue = (over: Record<string, unknown> = {}) => ({
    source: 'tip_off',
    receivedOn: '2026-10-09',
    summary: '群众举报某医院挂床住院、虚记诊疗项目',
    subjectType: 'institution',
    institutionCode: 'H45020200001',
    ...over,
  });
  const create = async (over: Record<string, unknown> = {}, who = 'lz_inspector'): Promise<FraudClueRecord> =>
    (await t.as(s[who]).post(URL).send(clue(over)).expect(201)).body;
  const act = (who: Session, id: number, action: string, body: Record<string, unknown>) => t.as(who).post(`${URL}/${id}/actions/${action}`).send(body);
  const total = async (who: Session, query = '') => Number((await t.as(who).get(`${URL}?_end=1${query}`).expect(200)).headers['x-total-count']);

  it('verifyDueOn is 15 working days after receipt over National Day 2025; extend adds 15 more, once, by the head only', async () => {
    // Fri 26 Sep 2025: Sun 28 Sep is a make-up working day, 1–8 Oct are off, Sat 11 Oct works (国办发明电〔2024〕12号)
    const c = await create({ receivedOn: '2025-09-26' });
    expect(c).toMatchObject({ state: 'received', verifyDueOn: '2025-10-23', extended: false, verifyDueApproximate: false, overdue: true });
    // the institution is named from the registry (定点医药机构)
    expect(c).toMatchObject({ institutionCode: 'H45020200001', institutionName: '柳州市工人医院' });
    const verifying = (await act(s.lz_inspector, c.id, 'verify', { version: c.version }).expect(200)).body as FraudClueRecord;
    expect(verifying.state).toBe('verifying');
    // the officers verify; extending is the head's (令第4号 art. 14)
    expect((await act(s.lz_inspector, c.id, 'extend', { comment: '需调取病历', version: verifying.version }).expect(403)).body.details).toMatchObject({
      code: 'workflow_forbidden',
    });
    const extended = (await act(s.lz_head, c.id, 'extend', { comment: '需调取病历，批准延长', version: verifying.version }).expect(200))
      .body as FraudClueRecord;
    expect(extended).toMatchObject({ state: 'verifying', extended: true, verifyDueOn: '2025-11-13', verifyDueApproximate: false });
    // a second extension: refused with its own code, nothing changed
    const again = await act(s.lz_head, c.id, 'extend', { comment: '再延长', version: extended.version }).expect(409);
    expect(again.body.details).toMatchObject({ code: 'fraud_clue_already_extended', article: '令第4号第十四条' });
    expect((await t.as(s.lz_head).get(`${URL}/${c.id}`).expect(200)).body).toMatchObject({ version: extended.version, verifyDueOn: '2025-11-13' });
    // a year without a calendar counts Monday–Friday and says so
    const old = await create({ receivedOn: '2024-06-03' });
    expect(old).toMatchObject({ verifyDueOn: '2024-06-24', verifyDueApproximate: true });
  });

  it('receivedOn defaults to today and is never in the future; every field bounded, each refusal a 400 naming it, nothing written', async () => {
    const today = chinaDate(new Date());
    const before = await total(s.lz_inspector);
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ receivedOn: tomorrow }, 'receivedOn'],
      [{ receivedOn: '2026-02-30' }, 'receivedOn'],
      [{ source: 'rumour' }, 'source'],
      [{ summary: 'x'.repeat(1001) }, 'summary'],
      [{ summary: '  ' }, 'summary'],
      [{ subjectType: 'alien' }, 'subjectType'],
      [{ institutionCode: 'X45020200001' }, 'institutionCode'],
      [{ subjectType: 'insured_person', institutionCode: undefined, idNumber: '450202199001011230' }, 'idNumber'],
      [{ idNumber: '110101199003074477' }, 'idNumber'],
      [{ estimatedAmount: -1 }, 'estimatedAmount'],
      [{ estimatedAmount: 1.5 }, 'estimatedAmount'],
      [{ reporterPhone: '13812341234' }, 'reporterName'],
      [{ reporterName: '张三', reporterPhone: '12345' }, 'reporterPhone'],
      [{ regionCode: '450000' }, 'regionCode'],
      [{ regionCode: '450302' }, 'regionCode'],
    ];
    for (const [over, field] of refusals) expect(fields(await t.as(s.lz_inspector).post(URL).send(clue(over)).expect(400))).toEqual([field]);
    expect(await total(s.lz_inspector)).toBe(before);
    const c = await create({ receivedOn: undefined, regionCode: '450202' });
    expect(c).toMatchObject({ receivedOn: today, regionCode: '450202', regionName: '城中区', overdue: false });
    // the head approves; logging a clue is the officers' and inspectors'
    await t.as(s.lz_head).post(URL).send(clue()).expect(403);
  });

  it('the reporter: whole for the handling unit and the province supervisor, masked for the city above and others; reveal is audited', async () => {
    const c = await create(
      {
        regionCode: '450202',
        subjectType: 'insured_person',
        institutionCode: undefined,
        idNumber: '110101199003074477',
        reporterName: '张三丰',
        reporterPhone: '13812341234',
      },
      'lz_chengzhong',
    );
    // the county's officers handle it: they see the reporter whole; the ID number is masked for everyone
    expect(c.reporter).toEqual({ name: '张三丰', phone: '13812341234', masked: false });
    expect(c.idNumber).toBe('110101********4477');
    const seen = async (who: Session) => (await t.as(who).get(`${URL}/${c.id}`).expect(200)).body as FraudClueRecord;
    expect((await seen(s.gx_province)).reporter).toEqual({ name: '张三丰', phone: '13812341234', masked: false });
    for (const who of [s.lz_city, s.lz_inspector, s.lz_head]) {
      const r = await seen(who);
      expect(r.reporter).toEqual({ name: '张**', phone: '138****1234', masked: true });
      expect(r.idNumber).toBe('110101********4477');
      expect(JSON.stringify(r)).not.toContain('13812341234');
    }
    // the list shows neither, and `q` does not find a clue by the reporter
    const listed = (await t.as(s.lz_city).get(`${URL}?_end=200`).expect(200)).body as FraudClueListItem[];
    const row = listed.find((x) => x.id === c.id)!;
    expect(JSON.stringify(row)).not.toMatch(/张三丰|13812341234|4477/);
    expect(await total(s.lz_city, `&q=${encodeURIComponent('张三丰')}`)).toBe(0);

    // reveal: a role with `reveal`, a reason, one audit row and one access-log row
    expect(fields(await t.as(s.lz_inspector).post(`${URL}/${c.id}/reveal`).send({}).expect(400))).toEqual(['reason']);
    await t.as(s.lz_city).post(`${URL}/${c.id}/reveal`).send({ reason: '核查' }).expect(403);
    const revealed = await t.as(s.lz_inspector).post(`${URL}/${c.id}/reveal`).send({ reason: '联系举报人核实情况' }).expect(200);
    expect(revealed.body).toEqual({ id: c.id, idNumber: '110101199003074477', reporter: { name: '张三丰', phone: '13812341234', masked: false } });
    const audit = await t.as(s.auditor).get(`/api/audit-logs?resource=fraud-clues&resourceId=${c.id}&action=reveal&_end=50`).expect(200);
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0]).toMatchObject({ username: 'lz_inspector' });
    expect(JSON.stringify(audit.body[0])).toContain('联系举报人核实情况');
    // the audit row names what was revealed, never the values
    expect(JSON.stringify(audit.body)).not.toMatch(/13812341234|110101199003074477|张三丰/);
  });

  it('out of scope is 404 everywhere: an inspector of 桂林 on a 柳州 clue, a county on its city’s clue', async () => {
    const c = await create({ reporterName: '李四' });
    for (const req of [
      t.as(glInspector).get(`${URL}/${c.id}`),
      t.as(glInspector).get(`${URL}/${c.id}/history`),
      t.as(glInspector).post(`${URL}/${c.id}/reveal`).send({ reason: '查看' }),
      t.as(glInspector).post(`${URL}/${c.id}/actions/verify`).send({ version: 1 }),
      t.as(glInspector).patch(`${URL}/${c.id}`).send({ summary: '改', version: 1 }),
      t.as(s.lz_chengzhong).get(`${URL}/${c.id}`),
    ])
      await req.expect(404);
    const listed = (await t.as(glInspector).get(`${URL}?_end=200`).expect(200)).body as FraudClueListItem[];
    expect(listed.map((x) => x.id)).not.toContain(c.id);
    // nor can a 桂林 inspector log a clue for a 柳州 unit
    expect(
      fields(
        await t
          .as(glInspector)
          .post(URL)
          .send(clue({ regionCode: '450200' }))
          .expect(400),
      ),
    ).toEqual(['regionCode']);
  });

  it('not_file needs a comment; the decision sets the reporter’s notice (5 working days), an inbox line until recorded', async () => {
    const c = await create({ reporterName: '王五', reporterPhone: '0772-2801234' });
    const v = (await act(s.lz_inspector, c.id, 'verify', { version: 1 }).expect(200)).body as FraudClueRecord;
    expect(fields(await act(s.lz_head, c.id, 'not_file', { version: v.version }).expect(400))).toEqual(['comment']);
    // not the officers' decision
    await act(s.lz_inspector, c.id, 'not_file', { comment: '不予立案', version: v.version }).expect(403);
    const decided = (await act(s.lz_head, c.id, 'not_file', { comment: '经核查无违法事实', version: v.version }).expect(200)).body as FraudClueRecord;
    const today = chinaDate(new Date());
    const holidays = (await t.as(s.lz_head).get('/api/holidays?_end=400').expect(200)).body as HolidayRecord[];
    const expectedDue = addWorkingDays(today, 5, workingDayCalendar(holidays)).date;
    expect(decided).toMatchObject({ state: 'not_filed', outcomeComment: '经核查无违法事实', reporterNoticeDueOn: expectedDue, reporterNotifiedOn: null });

    // the handling unit's inbox: 告知举报人 with its deadline; nobody else's
    const inbox = async (who: Session) =>
      ((await t.as(who).get('/api/inbox?resource=fraud-clue-notices&_end=200').expect(200)).body as InboxItem[]).filter((i) => i.id === c.id);
    const [line] = await inbox(s.lz_inspector2);
    expect(line.title).toContain('告知举报人');
    expect(line.dueAt!.slice(0, 10)).toBe(expectedDue);
    expect(await inbox(s.lz_chengzhong)).toHaveLength(0);

    // recorded: after the decision, not in the future; then the line is gone, and a second record is refused
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
    expect(
      fields(await t.as(s.lz_inspector).post(`${URL}/${c.id}/reporter-notice`).send({ notifiedOn: tomorrow, version: decided.version }).expect(400)),
    ).toEqual(['notifiedOn']);
    expect(
      fields(await t.as(s.lz_inspector).post(`${URL}/${c.id}/reporter-notice`).send({ notifiedOn: '2026-01-05', version: decided.version }).expect(400)),
    ).toEqual(['notifiedOn']);
    const told = (await t.as(s.lz_inspector).post(`${URL}/${c.id}/reporter-notice`).send({ version: decided.version }).expect(200)).body as FraudClueRecord;
    expect(told.reporterNotifiedOn).toBe(today);
    expect(await inbox(s.lz_inspector2)).toHaveLength(0);
    await t.as(s.lz_inspector).post(`${URL}/${c.id}/reporter-notice`).send({ version: told.version }).expect(409);
    // decided: no more corrections
    await t.as(s.lz_inspector).patch(`${URL}/${c.id}`).send({ summary: '改', version: told.version }).expect(409);

    // an anonymous clue has nobody to tell
    const anonymous = await create();
    const t2 = (await act(s.lz_inspector, anonymous.id, 'transfer', { comment: '移送卫生健康部门', version: 1 }).expect(200)).body as FraudClueRecord;
    expect(t2).toMatchObject({ state: 'transferred', reporterNoticeDueOn: null, outcomeComment: '移送卫生健康部门' });
    await t.as(s.lz_inspector).post(`${URL}/${anonymous.id}/reporter-notice`).send({ version: t2.version }).expect(409);
  });

  it('file: filedOn never in the future nor before the receipt (400 naming it), the clue left as it was', async () => {
    const c = await create({ receivedOn: '2026-10-09' });
    const v = (await act(s.lz_inspector, c.id, 'verify', { version: 1 }).expect(200)).body as FraudClueRecord;
    const payload = {
      officerIds: [s.lz_inspector.userId, s.lz_inspector2.userId],
      causes: ['phantom_bed'],
      amountInvolved: 1_250_000,
      conductEndedOn: '2026-09-30',
      healthHarmed: false,
      version: v.version,
    };
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
    expect(fields(await act(s.lz_head, c.id, 'file', { ...payload, filedOn: tomorrow }).expect(400))).toEqual(['filedOn']);
    expect(fields(await act(s.lz_head, c.id, 'file', { ...payload, filedOn: '2026-10-08' }).expect(400))).toEqual(['filedOn']);
    expect(fields(await act(s.lz_head, c.id, 'file', { ...payload, filedOn: '2026-10-10', conductEndedOn: tomorrow }).expect(400))).toEqual(['conductEndedOn']);
    // a cause of another party type, officers of another unit: the engine's payload checks
    expect(fields(await act(s.lz_head, c.id, 'file', { ...payload, causes: ['lending_credential'] }).expect(400))).toEqual(['causes']);
    expect(fields(await act(s.lz_head, c.id, 'file', { ...payload, officerIds: [s.lz_chengzhong.userId] }).expect(400))).toEqual(['officerIds']);
    expect((await t.as(s.lz_head).get(`${URL}/${c.id}`).expect(200)).body).toMatchObject({ state: 'verifying', caseId: null, version: v.version });
  });

  it('PATCH while undecided by the handling unit: a new receipt date moves the deadline; stale version 409; the list filters', async () => {
    const c = await create({ receivedOn: '2025-09-26', source: 'screening' });
    const moved = (await t.as(s.lz_inspector2).patch(`${URL}/${c.id}`).send({ receivedOn: '2025-10-09', version: c.version }).expect(200))
      .body as FraudClueRecord;
    // Thu 9 Oct 2025 + 15 working days (Sat 11 Oct works) = Wed 29 Oct
    expect(moved).toMatchObject({ receivedOn: '2025-10-09', verifyDueOn: '2025-10-29', version: c.version + 1 });
    await t.as(s.lz_inspector2).patch(`${URL}/${c.id}`).send({ summary: '旧版本', version: c.version }).expect(409);
    expect(fields(await t.as(s.lz_inspector2).patch(`${URL}/${c.id}`).send({ idNumber: '110101199003074477', version: moved.version }).expect(400))).toEqual([
      'idNumber',
    ]);
    // the city above reads the county's clue but only the handling unit corrects it
    const county = await create({ regionCode: '450202' }, 'lz_chengzhong');
    await t.as(s.lz_city).patch(`${URL}/${county.id}`).send({ summary: '改', version: county.version }).expect(403);

    const fresh = await create({ receivedOn: undefined, source: 'screening' });
    const ids = async (query: string) => ((await t.as(s.lz_city).get(`${URL}?_end=500${query}`).expect(200)).body as FraudClueListItem[]).map((x) => x.id);
    const overdue = await ids('&overdue=true');
    expect(overdue).toContain(c.id);
    expect(overdue).not.toContain(fresh.id);
    expect(await ids('&overdue=false')).toContain(fresh.id);
    expect(await ids('&source=screening&receivedOn_gte=2025-10-01&receivedOn_lte=2025-10-31')).toEqual([c.id]);
    expect(await ids('&regionCode=450202')).toContain(county.id);
    expect(await ids('&regionCode=450202')).not.toContain(c.id);
    await t.as(s.lz_city).get(`${URL}?reporterName=x`).expect(400);
    await t.as(s.lz_city).get(`${URL}?_sort=reporterPhone`).expect(400);
  });
});
