import { testAppWith } from '../../../test/harness';
import { prepareDatabase } from '../../app';
import { DEMO_ACCOUNTS } from '../seed/seed';
import { hashPassword } from '../auth/password-hasher';
import { User } from '../users/user.entity';
import { AuditLogService } from './audit-log.service';

describe('concurrent writes keep one unbroken audit chain', () => {
  const { t } = testAppWith();

  it('20 region creations and 20 renames fired at once all land, each with its own chained row', async () => {
    const admin = await t.login('admin');
    const codes = Array.from({ length: 20 }, (_, i) => `4502${70 + i}`);
    const created = await Promise.all(
      codes.map((code) =>
        t
          .as(admin)
          .post('/api/regions')
          .send({ code, name: `并发${code}` }),
      ),
    );
    expect(created.map((r) => r.status)).toEqual(codes.map(() => 201));
    // the same record renamed concurrently from one version: exactly one wins, the rest get 409
    const renames = await Promise.all(
      codes.map((_c, i) =>
        t
          .as(admin)
          .patch(`/api/regions/${codes[0]}`)
          .send({ name: `改名${i}`, version: 1 }),
      ),
    );
    const statuses = renames.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(codes.length - 1);
    const auditor = await t.login('auditor');
    const verify = await t.as(auditor).get('/api/audit-logs/verify').expect(200);
    expect(verify.body.valid).toBe(true);
    const rows = await t.as(auditor).get('/api/audit-logs?resource=regions&_end=100').expect(200);
    expect(rows.body.filter((r: { action: string }) => r.action === 'create')).toHaveLength(20);
    expect(rows.body.filter((r: { action: string }) => r.action === 'update')).toHaveLength(1);
  });

  it('a production start refuses while a demo account still has the demo password', async () => {
    const audit = t.app.get(AuditLogService);
    const production = { ...t.config, production: true, demo: false };
    await expect(prepareDatabase(t.ds, audit, production)).rejects.toThrow(/admin, security, auditor/);
    const hash = await hashPassword('Changed#2026prod');
    for (const a of DEMO_ACCOUNTS) await t.ds.getRepository(User).update({ username: a.username }, { passwordHash: hash });
    await expect(prepareDatabase(t.ds, audit, production)).resolves.toBeUndefined();
  });
});
