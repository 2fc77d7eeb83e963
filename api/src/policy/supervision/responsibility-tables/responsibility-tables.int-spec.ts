import { RESPONSIBILITY_ROLES, ResponsibilityRow } from '@yibao/shared';
import { testAppWith, download } from '../../../../test/harness';

const filled = (prefix = ''): ResponsibilityRow[] =>
  RESPONSIBILITY_ROLES.map((role, i) => ({
    role,
    name: `${prefix}干部${i + 1}`,
    unit: '柳州市医疗保障局',
    title: '科长',
    phone: i % 2 ? '13812345678' : '0772-2801234',
  }));

describe('responsibility tables through the workflow engine', () => {
  const { t, s } = testAppWith(['lz_city', 'gl_city', 'gx_province', 'lz_chengzhong', 'admin']);

  const act = (who: string, id: number, action: string, body: Record<string, unknown>) =>
    t.as(s[who]).post(`/api/responsibility-tables/${id}/actions/${action}`).send(body);
  /** A table of `regionCode` for `year` created and filled by `filer` (version 2), submitted unless told not to (version 3). */
  const fileTable = async (filer: string, regionCode: string, year: number, rows: ResponsibilityRow[], submit = true): Promise<number> => {
    const id = (await t.as(s[filer]).post('/api/responsibility-tables').send({ regionCode, year }).expect(201)).body.id;
    await t.as(s[filer]).patch(`/api/responsibility-tables/${id}`).send({ rows, version: 1 }).expect(200);
    if (submit) await act(filer, id, 'submit', { version: 2 }).expect(200);
    return id;
  };

  it('files, returns with a comment, fixes, resubmits, shows the diff and approves — with a history row per step', async () => {
    const created = await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2026 }).expect(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({
      regionCode: '450200',
      regionName: '柳州市',
      year: 2026,
      state: 'draft',
      version: 1,
      dueDate: '2026-04-12',
      actions: ['submit'],
    });
    expect(created.body.rows.map((r: ResponsibilityRow) => r.role)).toEqual([...RESPONSIBILITY_ROLES]);
    await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2026 }).expect(409);

    const incomplete = await act('lz_city', id, 'submit', { version: 1 }).expect(400);
    expect(incomplete.body.details.length).toBe(14 * 4);
    expect(incomplete.body.details[0].field).toBe('rows.0.name');

    const badPhone = filled();
    badPhone[2].phone = '12345';
    const bad = await t.as(s.lz_city).patch(`/api/responsibility-tables/${id}`).send({ rows: badPhone, version: 1 }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['rows.2.phone']);
    const reordered = filled().reverse();
    await t.as(s.lz_city).patch(`/api/responsibility-tables/${id}`).send({ rows: reordered, version: 1 }).expect(400);

    const extra = [...filled(), { role: '宣传报道责任人', name: '李四', unit: '柳州市医疗保障局办公室', title: '主任', phone: '0772 2801235' }];
    const saved = await t.as(s.lz_city).patch(`/api/responsibility-tables/${id}`).send({ rows: extra, version: 1 }).expect(200);
    expect(saved.body.rows).toHaveLength(15);
    expect(saved.body.rows[14].phone).toBe('07722801235'); // spaces removed
    const submitted = await act('lz_city', id, 'submit', { version: 2 }).expect(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', version: 3, actions: [] });
    await t.as(s.lz_city).patch(`/api/responsibility-tables/${id}`).send({ rows: extra, version: 3 }).expect(409);

    const inbox = await t.as(s.gx_province).get('/api/inbox?resource=responsibility-tables&_end=200').expect(200);
    const item = inbox.body.find((i: { resource: string; id: number }) => i.resource === 'responsibility-tables' && i.id === id);
    expect(item).toMatchObject({ regionName: '柳州市', state: 'submitted', actions: ['approve', 'return'], overdue: false });
    const summary = await t.as(s.gx_province).get('/api/inbox/summary').expect(200);
    expect(summary.body.counts['responsibility-tables']).toBeGreaterThanOrEqual(1);

    const noComment = await act('gx_province', id, 'return', { version: 3 }).expect(400);
    expect(noComment.body.details[0].field).toBe('comment');
    await act('gx_province', id, 'return', { version: 3, comment: '第3行联系电话请核实' }).expect(200);

    const fixed = extra.map((r, i) => (i === 2 ? { ...r, name: '王五' } : r));
    await t.as(s.lz_city).patch(`/api/responsibility-tables/${id}`).send({ rows: fixed, version: 4 }).expect(200);
    await act('lz_city', id, 'submit', { version: 5 }).expect(200);
    const approved = await act('gx_province', id, 'approve', { version: 6 }).expect(200);
    expect(approved.body).toMatchObject({ state: 'approved', late: true });
    expect(approved.body.approvedAt).toBeTruthy();
    expect(approved.body.actions).toEqual(['reopen']);
    // an approved record awaits nothing: reopening is possible but not a to-do
    const approvedInbox = await t.as(s.gx_province).get('/api/inbox?resource=responsibility-tables&_end=200').expect(200);
    expect(approvedInbox.body.some((i: { resource: string; id: number }) => i.resource === 'responsibility-tables' && i.id === id)).toBe(false);

    // reopened, changed, resubmitted: the approver sees what changed since the approval
    await act('gx_province', id, 'reopen', { version: 7, comment: '请补充新任分管负责人' }).expect(200);
    const changed = fixed.map((r, i) => (i === 1 ? { ...r, name: '赵六', phone: '13900001111' } : r));
    await t.as(s.lz_city).patch(`/api/responsibility-tables/${id}`).send({ rows: changed, version: 8 }).expect(200);
    await act('lz_city', id, 'submit', { version: 9 }).expect(200);
    const diff = await t.as(s.gx_province).get(`/api/responsibility-tables/${id}/changes`).expect(200);
    expect(diff.body.approvedAt).toBeTruthy();
    expect(diff.body.changes).toEqual([
      { path: 'rows[1].name', before: '干部2', after: '赵六' },
      { path: 'rows[1].phone', before: '13812345678', after: '13900001111' },
    ]);

    const history = await t.as(s.lz_city).get(`/api/responsibility-tables/${id}/history`).expect(200);
    expect(history.body.map((h: { action: string; fromState: string; toState: string }) => `${h.action}:${h.fromState}>${h.toState}`)).toEqual([
      'submit:draft>submitted',
      'return:submitted>returned',
      'submit:returned>submitted',
      'approve:submitted>approved',
      'reopen:approved>returned',
      'submit:returned>submitted',
    ]);
    expect(history.body[1]).toMatchObject({
      actorUsername: 'gx_province',
      actorRole: 'province_supervisor',
      actorRegionCode: '450000',
      actorRegionName: '广西壮族自治区',
      comment: '第3行联系电话请核实',
    });

    // 桂林 cannot see it; 城中区 (below 柳州) cannot either
    await t.as(s.gl_city).get(`/api/responsibility-tables/${id}`).expect(404);
    await act('gl_city', id, 'approve', { version: 10 }).expect(404);
    await t.as(s.lz_chengzhong).get(`/api/responsibility-tables/${id}`).expect(404);
    const list = await t.as(s.gl_city).get('/api/responsibility-tables').expect(200);
    expect(list.body.map((r: { id: number }) => r.id)).not.toContain(id);
  });

  it('exports the official layout as XLSX, and records the export in the audit log', async () => {
    const ExcelJS = (await import('exceljs')).default;
    // its own table: 15 rows (the 14 roles and one more), the second one 赵六
    const rows = [
      ...filled().map((r, i) => (i === 1 ? { ...r, name: '赵六' } : r)),
      { role: '宣传报道责任人', name: '李四', unit: '柳州市医疗保障局办公室', title: '主任', phone: '07722801235' },
    ];
    const id = await fileTable('lz_city', '450200', 2027, rows);
    const res = await download(t.as(s.gx_province).get(`/api/responsibility-tables/${id}/export`)).expect(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(decodeURIComponent(res.headers['content-disposition'])).toContain('柳州市2027年医疗保障扶贫责任分工表.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('2027年医疗保障扶贫责任分工表');
    expect(String(ws.getCell('A2').value)).toBe('填报单位（盖章）：柳州市医疗保障局');
    expect(String(ws.getCell('D2').value)).toMatch(/^填报时间：\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(ws.getRow(3).values).toEqual([undefined, '责任分工', '姓名', '单位及部门', '职务', '联系电话']);
    expect(ws.getCell('A4').value).toBe('总负责人');
    expect(ws.getCell('B5').value).toBe('赵六');
    expect(ws.rowCount).toBe(3 + 15);
    await t.as(s.gl_city).get(`/api/responsibility-tables/${id}/export`).expect(404);
    const auditor = await t.login('auditor');
    const audit = await t.as(auditor).get(`/api/audit-logs?resource=responsibility-tables&resourceId=${id}&action=export`).expect(200);
    expect(audit.body).toHaveLength(1);
  });

  it('a county table is approved by its city, never by the province (no skipping) nor by its filer', async () => {
    const created = await t.as(s.lz_chengzhong).post('/api/responsibility-tables').send({ regionCode: '450202', year: 2026 }).expect(201);
    const id = created.body.id;
    await t
      .as(s.lz_chengzhong)
      .patch(`/api/responsibility-tables/${id}`)
      .send({ rows: filled('城中'), version: 1 })
      .expect(200);
    await act('lz_chengzhong', id, 'submit', { version: 2 }).expect(200);
    await act('lz_chengzhong', id, 'approve', { version: 3 }).expect(403);
    await act('gx_province', id, 'approve', { version: 3 }).expect(403);
    const stale = await act('lz_city', id, 'approve', { version: 2 }).expect(409);
    expect(stale.body.message).toMatch(/已被他人修改/);
    await act('lz_city', id, 'approve', { version: 3 }).expect(200);
    await act('lz_city', id, 'approve', { version: 4 }).expect(409);
    await act('lz_city', id, 'publish', { version: 4 }).expect(404);
  });

  it('only the filing unit creates its own table', async () => {
    await t.as(s.lz_chengzhong).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2028 }).expect(403);
    await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450202', year: 2028 }).expect(403);
    await t.as(s.gx_province).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2028 }).expect(403);
  });

  it('approve and return fired together: exactly one succeeds, the other gets 409, one history row', async () => {
    const created = await t.as(s.gl_city).post('/api/responsibility-tables').send({ regionCode: '450300', year: 2026 }).expect(201);
    const id = created.body.id;
    await t
      .as(s.gl_city)
      .patch(`/api/responsibility-tables/${id}`)
      .send({ rows: filled('桂林'), version: 1 })
      .expect(200);
    await act('gl_city', id, 'submit', { version: 2 }).expect(200);
    const [a, b] = await Promise.all([act('gx_province', id, 'approve', { version: 3 }), act('gx_province', id, 'return', { version: 3, comment: '退回' })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const history = await t.as(s.gx_province).get(`/api/responsibility-tables/${id}/history`).expect(200);
    expect(history.body).toHaveLength(2);
  });

  it('bulk actions report per item, and one failure does not undo the others', async () => {
    const ids: number[] = [];
    for (const year of [2031, 2032]) {
      const c = await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year }).expect(201);
      await t.as(s.lz_city).patch(`/api/responsibility-tables/${c.body.id}`).send({ rows: filled(), version: 1 }).expect(200);
      if (year === 2031) await act('lz_city', c.body.id, 'submit', { version: 2 }).expect(200);
      ids.push(c.body.id);
    }
    const res = await t
      .as(s.gx_province)
      .post('/api/inbox/bulk')
      .send({ resource: 'responsibility-tables', action: 'approve', ids: [...ids, 999999] })
      .expect(200);
    expect(res.body).toMatchObject({ succeeded: 1, failed: 2 });
    expect(res.body.results.map((r: { id: number; status: number }) => [r.id, r.status])).toEqual([
      [ids[0], 200],
      [ids[1], 409],
      [999999, 404],
    ]);
    expect((await t.as(s.lz_city).get(`/api/responsibility-tables/${ids[0]}`).expect(200)).body.state).toBe('approved');
    await t
      .as(s.gx_province)
      .post('/api/inbox/bulk')
      .send({ resource: 'users', action: 'approve', ids: [1] })
      .expect(400);
    // with the versions the approver saw: a record changed since then is refused, the others go through
    const seen = (await t.as(s.lz_city).get(`/api/responsibility-tables/${ids[1]}`).expect(200)).body.version;
    await act('lz_city', ids[1], 'submit', { version: seen }).expect(200);
    const stale = await t
      .as(s.gx_province)
      .post('/api/inbox/bulk')
      .send({ resource: 'responsibility-tables', action: 'approve', ids: [ids[1]], versions: [seen] })
      .expect(200);
    expect(stale.body.results[0]).toMatchObject({ id: ids[1], ok: false, status: 409 });
    await t
      .as(s.gx_province)
      .post('/api/inbox/bulk')
      .send({ resource: 'responsibility-tables', action: 'approve', ids: [ids[1]], versions: [seen, 1] })
      .expect(400);
    const fresh = await t
      .as(s.gx_province)
      .post('/api/inbox/bulk')
      .send({ resource: 'responsibility-tables', action: 'approve', ids: [ids[1]], versions: [seen + 1] })
      .expect(200);
    expect(fresh.body.results[0]).toMatchObject({ ok: true, status: 200 });
  });

  it('shows late filing in the list filter and on the province status board', async () => {
    const old = await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2025 }).expect(201);
    expect(old.body.late).toBe(true);
    const future = await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2099 }).expect(201);
    expect(future.body.late).toBe(false);
    const late = await t.as(s.lz_city).get('/api/responsibility-tables?late=true&_end=100').expect(200);
    const lateIds = late.body.map((r: { id: number }) => r.id);
    expect(lateIds).toContain(old.body.id);
    expect(lateIds).not.toContain(future.body.id);
    const onTime = await t.as(s.lz_city).get('/api/responsibility-tables?late=false&_end=100').expect(200);
    expect(onTime.body.map((r: { id: number }) => r.id)).toContain(future.body.id);

    // the board's year built here (a past year, so a table not filed is late): 柳州 created only, 桂林 approved by the
    // province, 城中区 approved by its city, 南宁 not created
    await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2024 }).expect(201);
    await act('gx_province', await fileTable('gl_city', '450300', 2024, filled('桂林')), 'approve', { version: 3 }).expect(200);
    await act('lz_city', await fileTable('lz_chengzhong', '450202', 2024, filled('城中')), 'approve', { version: 3 }).expect(200);
    const board = await t.as(s.gx_province).get('/api/responsibility-tables/status?year=2024').expect(200);
    expect(board.body.items.filter((i: { level: string }) => i.level === 'city')).toHaveLength(14);
    const byCode = Object.fromEntries(board.body.items.map((i: { regionCode: string }) => [i.regionCode, i]));
    expect(byCode['450200']).toMatchObject({ regionName: '柳州市', late: true });
    expect(byCode['450300'].state).toMatch(/approved|returned/);
    expect(byCode['450100']).toMatchObject({ state: 'not_created', tableId: null, late: true });
    expect(byCode['450202']).toMatchObject({ state: 'approved' });
    expect(board.body.summary.total).toBe(board.body.items.length);
    await t.as(s.gx_province).get('/api/responsibility-tables/status?year=abc').expect(400);
  });
});
