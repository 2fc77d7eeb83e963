import { compareRosterEntry, rosterLineOutcome, RosterComparisonContext, RosterEnrollment, RosterEntry, RosterLedgerEntry } from '.';

const MONTH = '2026-05';
const entry = (over: Partial<RosterEntry> = {}): RosterEntry => ({
  idNumber: '450225199001010011',
  name: '张三',
  birthDate: '1990-01-01',
  sex: 'male',
  regionCode: '450225',
  categories: ['rural_dibao'],
  source: 'civil_affairs',
  status: 'active',
  ...over,
});
const ledger = (over: Partial<RosterLedgerEntry> = {}): RosterLedgerEntry => ({
  name: '张三',
  regionCode: '450225',
  poolingRegionCode: '450200',
  identityCategories: ',rural_dibao,',
  sourceDepartment: 'civil_affairs',
  status: 'active',
  exitedOn: null,
  lastRosterMonth: '2026-04',
  ...over,
});
const enrolled: RosterEnrollment = { enrolled: true, notEnrolledReason: null, subsidyCategory: 'dibao', subsidyAmount: 25000 };
const ctx = (over: Partial<RosterComparisonContext> = {}): RosterComparisonContext => ({
  month: MONTH,
  importRegionCode: '450225',
  enrollment: enrolled,
  existingTasks: new Set(),
  ...over,
});
const types = (r: { tasks: Array<{ type: string }> }) => r.tasks.map((t) => t.type);

describe('compareRosterEntry (按月比对, S0 §三(二), S3 §五)', () => {
  it.each<[string, RosterEntry, RosterLedgerEntry | undefined, Partial<RosterComparisonContext>, string, string[]]>([
    // [case, roster line, ledger entry, context, write, tasks]
    ['unknown registered person: added, 新增', entry(), undefined, { enrollment: undefined }, 'insert', ['new']],
    ['unknown exited person: added as exited, no task', entry({ status: 'exited' }), undefined, { enrollment: undefined }, 'insert', []],
    ['listed again, nothing changed: lastRosterMonth moves', entry(), ledger(), {}, 'touch', []],
    ['listed twice in the month, nothing changed', entry(), ledger({ lastRosterMonth: MONTH }), {}, 'unchanged', []],
    ['registered person exits: 退出', entry({ status: 'exited' }), ledger(), { enrollment: undefined }, 'update', ['exited']],
    ['exits while subsidised: 退出 + 身份失效仍享资助', entry({ status: 'exited' }), ledger(), {}, 'update', ['exited', 'lapsed_subsidised']],
    [
      'still exited, subsidy of 0: nothing',
      entry({ status: 'exited' }),
      ledger({ status: 'exited', exitedOn: '2026-03-31' }),
      { enrollment: { ...enrolled, subsidyAmount: 0 } },
      'touch',
      [],
    ],
    [
      'exited person comes back: 新增 (reactivated), not also 应保未保',
      entry(),
      ledger({ status: 'exited', exitedOn: '2026-03-31' }),
      { enrollment: undefined },
      'update',
      ['new'],
    ],
    ['identity changed', entry({ categories: ['registered_poor'] }), ledger(), {}, 'update', ['identity_changed']],
    ['no enrollment of the year: 应保未保 (S1 §一(三))', entry(), ledger(), { enrollment: undefined }, 'touch', ['not_enrolled']],
    [
      'not enrolled without a reason: 应保未保',
      entry(),
      ledger(),
      { enrollment: { ...enrolled, enrolled: false, subsidyAmount: 0 } },
      'touch',
      ['not_enrolled'],
    ],
    [
      'not enrolled with a valid reason (S1 §一(一)): nothing',
      entry(),
      ledger(),
      { enrollment: { ...enrolled, enrolled: false, notEnrolledReason: 'active_military' } },
      'touch',
      [],
    ],
    ["应保未保 already asked by this month's 新增 task", entry(), ledger(), { enrollment: undefined, existingTasks: new Set(['new']) }, 'touch', []],
    [
      'a difference already found this month: no second task',
      entry({ categories: ['registered_poor'] }),
      ledger(),
      { existingTasks: new Set(['identity_changed']) },
      'update',
      [],
    ],
    ['moved to a township of the county: the entry follows', entry({ regionCode: '450225101' }), ledger(), {}, 'update', []],
    ['renamed / other department: the entry follows', entry({ name: '张叁', source: 'rural_revitalization' }), ledger(), {}, 'update', []],
    ["in another county's ledger: 重复, the other record untouched", entry(), ledger({ regionCode: '450226' }), {}, 'none', ['duplicate']],
  ])('%s', (_case, incoming, ledgerEntry, over, write, tasks) => {
    const r = compareRosterEntry(incoming, ledgerEntry, ctx(over));
    expect(r.write).toBe(write);
    expect(types(r)).toEqual(tasks);
  });

  it('a new person is stored with its pooling region; an exited one with the month end as exit date', () => {
    const added = compareRosterEntry(entry({ status: 'exited', categories: ['rural_dibao', 'registered_poor'] }), undefined, ctx());
    expect(added).toEqual({
      write: 'insert',
      columns: {
        name: '张三',
        regionCode: '450225',
        poolingRegionCode: '450200',
        identityCategories: ',registered_poor,rural_dibao,',
        sourceDepartment: 'civil_affairs',
        status: 'exited',
        exitedOn: '2026-05-31',
      },
      tasks: [],
    });
  });

  it("an update writes the roster's columns; an exit keeps the region and dates the exit at the month end", () => {
    const exit = compareRosterEntry(entry({ status: 'exited', regionCode: '450225101', name: '张叁' }), ledger(), ctx());
    expect(exit).toMatchObject({ write: 'update', columns: { name: '张叁', regionCode: '450225', status: 'exited', exitedOn: '2026-05-31' } });
    const back = compareRosterEntry(entry(), ledger({ status: 'exited', exitedOn: '2026-03-31' }), ctx());
    expect(back).toMatchObject({
      write: 'update',
      columns: { status: 'active', exitedOn: null },
      tasks: [{ type: 'new', detail: { reactivated: true }, linked: true }],
    });
  });

  it('task details say what differed; a duplicate names the other ledger and links to no entry', () => {
    const changed = compareRosterEntry(entry({ status: 'exited' }), ledger({ identityCategories: ',rural_dibao,' }), ctx());
    expect(changed.tasks[1]).toEqual({ type: 'lapsed_subsidised', detail: { subsidyCategory: 'dibao', subsidyAmount: 25000, year: 2026 }, linked: true });
    const identity = compareRosterEntry(entry({ categories: ['registered_poor'] }), ledger(), ctx());
    expect(identity.tasks[0].detail).toEqual({ before: ['rural_dibao'], after: ['registered_poor'] });
    const dup = compareRosterEntry(entry(), ledger({ regionCode: '450302', poolingRegionCode: '450300' }), ctx());
    expect(dup.tasks).toEqual([{ type: 'duplicate', detail: { ledgerRegionCode: '450302', ledgerPoolingRegionCode: '450300' }, linked: false }]);
  });

  it("a city-level import sees its counties' entries as its own", () => {
    expect(compareRosterEntry(entry(), ledger({ regionCode: '450226' }), ctx({ importRegionCode: '450200' })).write).toBe('update');
  });

  // every good line counts once: differences + updated + unchanged (+ rejected) = lines processed (issue 13 item 8)
  it.each<[string, RosterEntry, RosterLedgerEntry | undefined, Partial<RosterComparisonContext>, string]>([
    ["the month's first import, person unchanged (was counted nowhere)", entry(), ledger(), {}, 'unchanged'],
    ['listed twice in the month, nothing changed', entry(), ledger({ lastRosterMonth: MONTH }), {}, 'unchanged'],
    ['a new registered person (新增)', entry(), undefined, { enrollment: undefined }, 'differences'],
    ['a new exited person: added, nothing to verify', entry({ status: 'exited' }), undefined, { enrollment: undefined }, 'updated'],
    ['renamed: the ledger follows, nothing to verify', entry({ name: '张叁' }), ledger(), {}, 'updated'],
    ['应保未保 without a ledger change', entry(), ledger(), { enrollment: undefined }, 'differences'],
    [
      'a difference already found this month, re-imported',
      entry({ categories: ['registered_poor'] }),
      ledger(),
      { existingTasks: new Set(['identity_changed']) },
      'updated',
    ],
    ['a duplicate already asked this month', entry(), ledger({ regionCode: '450226' }), { existingTasks: new Set(['duplicate']) }, 'unchanged'],
    ["in another county's ledger", entry(), ledger({ regionCode: '450226' }), {}, 'differences'],
  ])('rosterLineOutcome: %s', (_case, incoming, ledgerEntry, over, outcome) => {
    expect(rosterLineOutcome(compareRosterEntry(incoming, ledgerEntry, ctx(over)))).toBe(outcome);
  });
});
