import fc from 'fast-check';
import { parentRegionCodeOf, RESPONSIBILITY_ROLES, RESPONSIBILITY_TABLE_WORKFLOW as DEF } from '@yibao/shared';
import { testAppWith, Session } from '../../../test/harness';
import { DEMO_ACCOUNTS } from '../seed/seed';

/**
 * Random sequences of actions by random demo users, over HTTP on a real database. Whatever the order,
 * the engine only ever moves along the definition's edges, approvals come from exactly one level above
 * (never the filer, never two levels up), refused actions change nothing, and each successful
 * transition leaves exactly one history row.
 */
describe('workflow engine properties (fast-check)', () => {
  const { t } = testAppWith();
  const sessions: Record<string, Session> = {};
  const region: Record<string, string> = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.username, a.regionCode]));
  const users = ['lz_city', 'gl_city', 'gx_province', 'lz_chengzhong', 'lz_inspector', 'admin'];
  const actions = [...Object.keys(DEF.actions), 'publish'];
  const rows = RESPONSIBILITY_ROLES.map((role) => ({ role, name: '张三', unit: '医保局', title: '科长', phone: '13812345678' }));
  let year = 2040;

  beforeAll(async () => {
    for (const u of users) sessions[u] = await t.login(u);
  });

  it('never leaves the definition, never skips or self-approves, one history row per transition', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(['lz_city', '450200'], ['lz_chengzhong', '450202']),
        fc.array(fc.record({ user: fc.constantFrom(...users), action: fc.constantFrom(...actions), withComment: fc.boolean() }), { maxLength: 12 }),
        async ([filer, filingRegion], steps) => {
          const created = await t.as(sessions[filer]).post('/api/responsibility-tables').send({ regionCode: filingRegion, year: year++ }).expect(201);
          const id = created.body.id;
          await t.as(sessions[filer]).patch(`/api/responsibility-tables/${id}`).send({ rows, version: 1 }).expect(200);
          let state = 'draft';
          let version = 2;
          let transitions = 0;
          for (const step of steps) {
            const res = await t
              .as(sessions[step.user])
              .post(`/api/responsibility-tables/${id}/actions/${step.action}`)
              .send({ version, ...(step.withComment ? { comment: '意见' } : {}) });
            expect(res.status).not.toBe(500);
            if (res.status === 200) {
              const action = DEF.actions[step.action];
              expect(action.from).toContain(state);
              expect(res.body.state).toBe(action.to);
              if (action.level === 'above') {
                expect(region[step.user]).toBe(parentRegionCodeOf(filingRegion));
                expect(step.user).not.toBe(filer);
              } else {
                expect(region[step.user]).toBe(filingRegion);
              }
              if (action.commentRequired) expect(step.withComment).toBe(true);
              state = res.body.state;
              version = res.body.version;
              transitions++;
            } else {
              expect([400, 403, 404, 409]).toContain(res.status);
            }
            expect(Object.keys(DEF.states)).toContain(state);
          }
          const now = await t.as(sessions[filer]).get(`/api/responsibility-tables/${id}`).expect(200);
          expect(now.body.state).toBe(state);
          const history = await t.as(sessions[filer]).get(`/api/responsibility-tables/${id}/history`).expect(200);
          expect(history.body).toHaveLength(transitions);
          // the history is one unbroken path through the definition
          let at = DEF.initial;
          for (const h of history.body) {
            expect(h.fromState).toBe(at);
            expect(DEF.actions[h.action].to).toBe(h.toState);
            at = h.toState;
          }
          expect(at).toBe(state);
        },
      ),
      { numRuns: 30 },
    );
  });
});
