import type { InboxItem, InspectionFindingRecord, InspectionRecord } from '@yibao/shared';
import { addDays, chinaDate } from '@yibao/shared';
import { rectificationCampaign } from '../../../../test/fixtures';
import { testAppWith } from '../../../../test/harness';
import { RectificationItem } from '../../rectification/rectification-items/rectification-item.entity';
import { AccountabilityRecord } from '../accountability-records/accountability-record.entity';
import { findingRef } from '../inspection-findings/inspection-findings.service';

/**
 * 督导检查 over HTTP (issue 15): concealed inspections (暗访, 飞行检查) hidden from the inspected unit until the
 * feedback, through the one read path (list, show, history, actions, findings); the workflow taken at the
 * inspection's `inspectingRegionCode` (the province two levels above a county); findings disposed of by opening a
 * rectification item or proposing accountability, each in one transaction with the finding's link.
 */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('inspections (督导检查)', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong']);
  const URL = '/api/inspections';
  const FINDINGS = '/api/inspection-findings';
  const fields = (res: { body: { details?: Array<{ field: string }> } }) => (res.body.details ?? []).map((d) => d.field);

  const plan = async (over: Record<string, unknown> = {}, who = 'gx_province'): Promise<InspectionRecord> =>
    (
      await t
        .as(s[who])
        .post(URL)
        .send({
          regionCode: '450202',
          kind: 'routine',
          title: '医保扶贫专项督导（城中区）',
          plannedFrom: '2026-11-02',
          plannedTo: '2026-11-06',
          teamLeader: '李四',
          areas: ['enrollment', 'rectification'],
          ...over,
        })
        .expect(201)
    ).body;
  const act = (id: number, action: string, body: Record<string, unknown> = {}, who = 'gx_province') =>
    t.as(s[who]).post(`${URL}/${id}/actions/${action}`).send(body);
  const current = async (id: number, who = 'gx_province'): Promise<InspectionRecord> => (await t.as(s[who]).get(`${URL}/${id}`).expect(200)).body;
  const step = async (id: number, action: string, body: Record<string, unknown> = {}, who = 'gx_province'): Promise<InspectionRecord> =>
    (await act(id, action, { version: (await current(id, who)).version, ...body }, who).expect(200)).body;
  const find = async (inspectionId: number, over: Record<string, unknown> = {}): Promise<InspectionFindingRecord> =>
    (
      await t
        .as(s.gx_province)
        .post(FINDINGS)
        .send({
          inspectionId,
          title: '资助参保对象未全部参保',
          description: '抽查 50 人，3 人未参保',
          area: 'enrollment',
          severity: 'serious',
          indicatorId: 'ENR-1',
          ...over,
        })
        .expect(201)
    ).body;
  const listedIds = async (who: string, path = URL) =>
    ((await t.as(s[who]).get(`${path}?_end=100`).expect(200)).body as Array<{ id: number }>).map((r) => r.id);

  it('an unannounced inspection is 404 for lz_chengzhong before the feedback and visible after; the inspecting unit and regions above see it throughout', async () => {
    const hidden = await plan({ kind: 'unannounced', title: '暗访城中区' });
    const open = await plan({ kind: 'routine', title: '常规督导城中区' });
    const hiddenFromCounty = async () => {
      await t.as(s.lz_chengzhong).get(`${URL}/${hidden.id}`).expect(404);
      await t.as(s.lz_chengzhong).get(`${URL}/${hidden.id}/history`).expect(404);
      await t.as(s.lz_chengzhong).get(`${URL}/${hidden.id}/attachments`).expect(404);
      expect(await listedIds('lz_chengzhong')).not.toContain(hidden.id);
    };
    await hiddenFromCounty();
    // a routine inspection is announced: the county sees it from the plan on
    expect((await current(open.id, 'lz_chengzhong')).kind).toBe('routine');
    expect(await listedIds('lz_chengzhong')).toContain(open.id);
    // the inspecting province and the city above the county see the concealed one; another city does not
    for (const who of ['gx_province', 'lz_city']) {
      expect((await current(hidden.id, who)).kind).toBe('unannounced');
      expect(await listedIds(who)).toContain(hidden.id);
    }
    await t.as(s.gl_city).get(`${URL}/${hidden.id}`).expect(404);

    await step(hidden.id, 'start');
    const finding = await find(hidden.id);
    await hiddenFromCounty();
    // its findings are hidden with it
    await t.as(s.lz_chengzhong).get(`${FINDINGS}/${finding.id}`).expect(404);
    expect(await listedIds('lz_chengzhong', FINDINGS)).not.toContain(finding.id);
    await step(hidden.id, 'report');
    await hiddenFromCounty();

    await step(hidden.id, 'send_feedback');
    const seen = await current(hidden.id, 'lz_chengzhong');
    expect(seen).toMatchObject({ kind: 'unannounced', state: 'feedback_sent', actions: ['respond'] });
    expect(await listedIds('lz_chengzhong')).toContain(hidden.id);
    expect((await t.as(s.lz_chengzhong).get(`${FINDINGS}/${finding.id}`).expect(200)).body.title).toBe('资助参保对象未全部参保');
    await t.as(s.lz_chengzhong).get(`${URL}/${hidden.id}/history`).expect(200);
  });

  it('the workflow is taken at inspectingRegionCode: the province inspecting a county two levels down; the unit itself responds', async () => {
    const insp = await plan({ responseDays: 30 });
    expect(insp).toMatchObject({ inspectingRegionCode: '450000', state: 'planned', actions: ['start'] });
    // the city lies between them, but it is not the inspecting unit; the county is inspected, not inspecting
    expect((await current(insp.id, 'lz_city')).actions).toEqual([]);
    await act(insp.id, 'start', { version: 1 }, 'lz_city').expect(403);
    await act(insp.id, 'start', { version: 1 }, 'lz_chengzhong').expect(403);
    await step(insp.id, 'start');
    // a report needs at least one finding (or the report file)
    const empty = await act(insp.id, 'report', { version: 2 }).expect(400);
    expect(fields(empty)).toEqual(['findings']);
    expect((await current(insp.id)).state).toBe('in_progress');
    // the files are the inspecting unit's too (the attachment writers' column level): not the city's in between
    await t.as(s.lz_city).post(`${URL}/${insp.id}/attachments`).attach('file', PDF, '督导报告.pdf').expect(403);
    const noReport = await plan();
    await step(noReport.id, 'start');
    await t.as(s.gx_province).post(`${URL}/${noReport.id}/attachments`).attach('file', PDF, '督导报告.pdf').expect(201);
    expect((await step(noReport.id, 'report')).state).toBe('reported');
    const finding = await find(insp.id);
    await step(insp.id, 'report');
    const inbox = async (who: string) =>
      ((await t.as(s[who]).get('/api/inbox?resource=inspections&_end=200').expect(200)).body as InboxItem[]).filter((i) => i.id === insp.id);
    // the inbox follows the column level: the province's, not the city's in between
    expect((await inbox('gx_province')).map((i) => i.actions)).toEqual([['send_feedback']]);
    expect(await inbox('lz_city')).toEqual([]);
    const sent = await step(insp.id, 'send_feedback');
    expect(sent.responseDueOn).toBe(addDays(sent.feedbackSentOn!, 30));
    // now the county's, due on the answer's deadline (the end of that China day)
    const awaiting = await inbox('lz_chengzhong');
    expect(awaiting.map((i) => i.actions)).toEqual([['respond']]);
    expect(awaiting[0].dueAt).toBe(new Date(`${sent.responseDueOn}T23:59:59.999+08:00`).toISOString());
    expect(await inbox('gx_province')).toEqual([]);
    // the answer is the county's own; the province cannot answer for it
    await act(insp.id, 'respond', { version: sent.version, comment: '已整改' }).expect(403);
    await act(insp.id, 'respond', { version: sent.version }, 'lz_chengzhong').expect(400);
    await step(insp.id, 'respond', { comment: '整改报告已报送' }, 'lz_chengzhong');
    // closing needs every finding disposed of
    const refused = await act(insp.id, 'close', { version: (await current(insp.id)).version }).expect(409);
    expect(refused.body.details).toMatchObject({ reason: 'findings_not_disposed', count: 1 });
    await act(insp.id, 'return', { version: (await current(insp.id)).version }, 'lz_city').expect(403);
    // a return sets the new answer deadline: required, after today; the county's inbox then waits for that date
    const responded = await current(insp.id);
    const missing = await act(insp.id, 'return', { version: responded.version, comment: '整改报告不完整，请补充' }).expect(400);
    expect(fields(missing)).toEqual(['responseDueOn']);
    const today = chinaDate(new Date());
    const past = await act(insp.id, 'return', { version: responded.version, comment: '整改报告不完整，请补充', responseDueOn: today }).expect(400);
    expect(fields(past)).toEqual(['responseDueOn']);
    const returned = await step(insp.id, 'return', { comment: '整改报告不完整，请补充', responseDueOn: addDays(today, 15) });
    expect(returned).toMatchObject({ state: 'feedback_sent', responseDueOn: addDays(today, 15) });
    expect((await inbox('lz_chengzhong'))[0].dueAt).toBe(new Date(`${addDays(today, 15)}T23:59:59.999+08:00`).toISOString());
    await step(insp.id, 'respond', { comment: '已补充' }, 'lz_chengzhong');
    const campaignId = await rectificationCampaign(t, s.gx_province);
    await t
      .as(s.gx_province)
      .post(`${FINDINGS}/${finding.id}/open-rectification`)
      .send({ campaignId, problemType: 'zero_copay', version: finding.version })
      .expect(200);
    expect((await step(insp.id, 'close')).state).toBe('closed');

    // a city inspects its own county: the city acts, the province (above, not inspecting) does not
    const byCity = await plan({}, 'lz_city');
    expect(byCity.inspectingRegionCode).toBe('450200');
    await act(byCity.id, 'start', { version: 1 }).expect(403);
    await step(byCity.id, 'start', {}, 'lz_city');
    // planning: the inspecting unit is the planner's own region, the inspected one below it
    const bad = async (over: Record<string, unknown>, who = 'gx_province') =>
      fields(
        await t
          .as(s[who])
          .post(URL)
          .send({
            regionCode: '450202',
            kind: 'routine',
            title: 't',
            plannedFrom: '2026-11-02',
            plannedTo: '2026-11-06',
            teamLeader: '李四',
            areas: ['fraud'],
            ...over,
          })
          .expect(400),
      );
    expect(await bad({ regionCode: '450000' })).toEqual(['regionCode']);
    expect(await bad({ regionCode: '450302' }, 'lz_city')).toEqual(['regionCode']);
    expect(await bad({ inspectingRegionCode: '450200' })).toEqual(['inspectingRegionCode']);
    expect(await bad({ plannedTo: '2026-11-01' })).toEqual(['plannedTo']);
    expect(await bad({ kind: 'surprise' })).toEqual(['kind']);
    expect(await bad({ areas: ['weather'] })).toEqual(['areas']);
    expect(await bad({ responseDays: 1000 })).toEqual(['responseDays']);
    await t.as(s.lz_chengzhong).post(URL).send({}).expect(403);
  });

  it('a finding opens a linked rectification item atomically: a refused or stale opening leaves no item, no link, no disposition', async () => {
    const insp = await plan();
    await step(insp.id, 'start');
    const finding = await find(insp.id, { regionCode: '450202' });
    const campaign = await rectificationCampaign(t, s.gx_province);
    const open = (body: Record<string, unknown>, who = 'gx_province') =>
      t
        .as(s[who])
        .post(`${FINDINGS}/${finding.id}/open-rectification`)
        .send({ campaignId: campaign, problemType: 'zero_copay', version: finding.version, ...body });
    const items = () => t.ds.getRepository(RectificationItem).countBy({ source: 'inspection', sourceRef: findingRef(finding.id) });

    expect(fields(await open({ campaignId: 999_999 }).expect(400))).toEqual(['campaignId']);
    expect(fields(await open({ problemType: 'nonsense' }).expect(400))).toEqual(['problemType']);
    // the item is inserted, then the finding's link is refused (stale version): both roll back
    await open({ version: finding.version + 5 }).expect(409);
    expect(await items()).toBe(0);
    const untouched = (await t.as(s.gx_province).get(`${FINDINGS}/${finding.id}`).expect(200)).body as InspectionFindingRecord;
    expect(untouched).toMatchObject({ disposition: 'none', rectificationItemId: null, version: finding.version });
    // only the inspecting unit disposes of it (the county has no edit right; the city is not the inspecting unit)
    await open({}, 'lz_chengzhong').expect(403);
    await open({}, 'lz_city').expect(403);
    expect(await items()).toBe(0);

    const linked = (await open({}).expect(200)).body as InspectionFindingRecord;
    expect(linked).toMatchObject({ disposition: 'rectification', version: finding.version + 1 });
    const item = (await t.as(s.lz_chengzhong).get(`/api/rectification-items/${linked.rectificationItemId}`).expect(200)).body;
    expect(item).toMatchObject({
      regionCode: '450202',
      source: 'inspection',
      sourceRef: findingRef(finding.id),
      campaignId: campaign,
      problemType: 'zero_copay',
    });
    expect(await items()).toBe(1);
    // disposed once
    expect((await open({ version: linked.version }).expect(409)).body.details).toMatchObject({ reason: 'already_disposed' });
    expect(await items()).toBe(1);
  });

  it('a finding proposes accountability in one transaction: the proposal names the finding as its source; a misfit measure writes nothing', async () => {
    const insp = await plan();
    await step(insp.id, 'start');
    const finding = await find(insp.id);
    const proposal = {
      subjectType: 'official',
      subjectName: '张某',
      unit: '柳州市城中区医疗保障局',
      conduct: 'falsification',
      facts: '参保台账弄虚作假',
      measures: ['warning'],
      basis: '《公职人员政务处分法》第七条',
      version: finding.version,
    };
    const propose = (body: Record<string, unknown>) =>
      t
        .as(s.gx_province)
        .post(`${FINDINGS}/${finding.id}/propose-accountability`)
        .send({ ...proposal, ...body });
    const records = () => t.ds.getRepository(AccountabilityRecord).countBy({ sourceType: 'inspection_finding', sourceId: finding.id });

    expect(fields(await propose({ measures: ['reorganisation'] }).expect(400))).toEqual(['measures']);
    expect(fields(await propose({ sourceType: 'other' }).expect(400))).toEqual(['sourceType']);
    await propose({ version: 99 }).expect(409);
    expect(await records()).toBe(0);

    const linked = (await propose({}).expect(200)).body as InspectionFindingRecord;
    expect(linked.disposition).toBe('accountability');
    const record = (await t.as(s.gx_province).get(`/api/accountability-records/${linked.accountabilityRecordId}`).expect(200)).body;
    expect(record).toMatchObject({ regionCode: '450202', sourceType: 'inspection_finding', sourceId: finding.id, state: 'proposed' });
    expect(await records()).toBe(1);
  });
});
