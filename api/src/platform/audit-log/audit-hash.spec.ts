import { auditHash, GENESIS_HASH, toAuditJson } from './audit-log.service';

describe('audit hash', () => {
  const row = {
    id: 1, at: new Date('2026-11-25T08:00:00.123Z'), userId: 7, username: 'admin', role: 'system_admin', regionCode: '000000',
    action: 'create', resource: 'users', resourceId: '9', before: null, after: '{"a":1}', ip: '127.0.0.1', prevHash: GENESIS_HASH,
  };

  it('changes when any column or the previous hash changes', () => {
    const base = auditHash(row);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    for (const [key, value] of Object.entries({ id: 2, at: new Date('2026-11-25T08:00:00.124Z'), userId: 8, username: 'x', role: 'x', regionCode: '450000', action: 'update', resource: 'regions', resourceId: '10', before: '{}', after: '{"a":2}', ip: '::1', prevHash: 'f'.repeat(64) })) {
      expect(auditHash({ ...row, [key]: value })).not.toBe(base);
    }
    expect(auditHash({ ...row })).toBe(base);
  });

  it('never stores secrets', () => {
    expect(toAuditJson({ username: 'a', passwordHash: 'scrypt$…', password: 'x', nested: { newPassword: 'y' } })).toBe('{"username":"a","nested":{}}');
  });
});
