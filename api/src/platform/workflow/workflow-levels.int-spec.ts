import type { InboxItem, WorkflowDefinition } from '@yibao/shared';
import { testAppWith } from '../../../test/harness';
import { CostWarning } from '../../policy/assistance/cost-warnings/cost-warning.entity';
import { WorkflowService } from './workflow.service';

/**
 * The `ancestor` and column levels (issue 15) over HTTP: a test workflow registered on the engine beside the real
 * ones, over the cost-warning table (a county's record whose `poolingRegionCode` names its city — a real column
 * holding a region above the record's). The inbox must find each record for exactly the actors the level names,
 * its line offers the same actions the engine then accepts, and the engine refuses the others with 403.
 */
describe('workflow levels: ancestor and a named column', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong']);
  const resource = 'level-test-records';
  const def: WorkflowDefinition = {
    resource,
    initial: 'open',
    approvedState: 'done',
    states: {
      open: { label: { zh: '待办', en: 'Open' }, color: 'default' },
      done: { label: { zh: '已办', en: 'Done' }, color: 'success' },
    },
    actions: {
      decide: {
        from: ['open'],
        to: 'done',
        roles: ['province_supervisor', 'city_officer', 'county_officer'],
        level: 'ancestor',
        label: { zh: '决定', en: 'Decide' },
      },
      pool: {
        from: ['open'],
        to: 'done',
        roles: ['province_supervisor', 'city_officer'],
        level: { column: 'poolingRegionCode' },
        label: { zh: '统筹', en: 'Pool' },
      },
    },
  };
  let n = 0;
  const record = async (regionCode: string, poolingRegionCode: string): Promise<number> => {
    const saved = await t.ds.getRepository(CostWarning).save({
      idNumber: `45020219900101${String(1000 + n).slice(-4)}`,
      name: '测试',
      regionCode,
      beneficiaryId: null,
      poolingRegionCode,
      year: 2030 + n++,
      identityCategories: ',x,',
      burdenFen: 0,
      thresholdFen: 0,
      settlementCount: 0,
      department: 'civil_affairs',
      state: 'open',
      measures: '[]',
      lastPushId: null,
      stateChangedAt: new Date(),
    });
    return saved.id;
  };
  const inbox = async (who: string) => {
    const res = await t.as(s[who]).get(`/api/inbox?resource=${resource}&_end=200`).expect(200);
    return new Map((res.body as InboxItem[]).map((i) => [i.id, i.actions]));
  };
  const act = (who: string, action: string, id: number) =>
    t
      .as(s[who])
      .post('/api/inbox/bulk')
      .send({ resource, action, ids: [id] })
      .expect(200);

  beforeAll(() => {
    t.app.get(WorkflowService).register({
      definition: def,
      entity: CostWarning,
      toRecord: (_actor, r) =>
        ({ id: r.id, regionCode: r.regionCode, state: r.state, version: r.version, stateChangedAt: new Date(r.stateChangedAt).toISOString() }) as never,
      snapshot: (r) => ({ state: r.state }),
      title: (_r, name) => `${name ?? ''}测试`,
    });
  });

  it('ancestor: every region strictly above the record — the city and the province two levels up, never the county, never another city', async () => {
    const countyRecord = await record('450202', '450200');
    const cityRecord = await record('450200', '450200');
    const province = await inbox('gx_province');
    expect(province.get(countyRecord)).toEqual(['decide']);
    expect(province.get(cityRecord)).toEqual(['decide']);
    const city = await inbox('lz_city');
    // the city is above its county's record (and the column names it), not above its own record
    expect(city.get(countyRecord)).toEqual(['decide', 'pool']);
    expect(city.get(cityRecord)).toEqual(['pool']);
    expect((await inbox('gl_city')).has(countyRecord)).toBe(false);
    // the county may decide at the ancestor level, but never its own record
    expect((await inbox('lz_chengzhong')).has(countyRecord)).toBe(false);

    // the engine agrees with the inbox: the county (its own region) is refused 403, so is the province on the
    // column level (the column names the city); the province decides
    expect((await act('lz_chengzhong', 'decide', countyRecord)).body).toMatchObject({ succeeded: 0, results: [{ status: 403 }] });
    expect((await act('gx_province', 'pool', countyRecord)).body).toMatchObject({ succeeded: 0, results: [{ status: 403 }] });
    const decided = await act('gx_province', 'decide', countyRecord);
    expect(decided.body).toMatchObject({ succeeded: 1, results: [{ ok: true, record: { state: 'done' } }] });
    expect((await inbox('gx_province')).has(countyRecord)).toBe(false);
  });

  it('column: exactly the region the record’s column holds — the city it names, not the province above it, not the county', async () => {
    const pooledByCity = await record('450202', '450200');
    expect((await inbox('lz_city')).get(pooledByCity)).toEqual(['decide', 'pool']);
    expect((await inbox('gx_province')).get(pooledByCity)).toEqual(['decide']);
    expect((await inbox('lz_chengzhong')).has(pooledByCity)).toBe(false);
    // out of scope stays 404, whatever the column says
    expect((await act('gl_city', 'pool', pooledByCity)).body).toMatchObject({ results: [{ status: 404 }] });
    expect((await act('gx_province', 'pool', pooledByCity)).body).toMatchObject({ results: [{ status: 403 }] });
    expect((await act('lz_city', 'pool', pooledByCity)).body).toMatchObject({ succeeded: 1, results: [{ record: { state: 'done' } }] });
    const history = await t.as(s.lz_city).get(`/api/inbox?resource=${resource}&_end=200`).expect(200);
    expect((history.body as InboxItem[]).map((i) => i.id)).not.toContain(pooledByCity);
  });
});
