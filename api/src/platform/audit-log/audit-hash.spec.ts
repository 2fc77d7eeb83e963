import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AuditKey } from './audit-key';
import { auditHash, GENESIS_HASH, toAuditJson, unkeyedAuditHash } from './audit-log.service';

describe('audit hash', () => {
  const row = {
    id: 1,
    at: new Date('2026-11-25T08:00:00.123Z'),
    userId: 7,
    username: 'admin',
    role: 'system_admin',
    regionCode: '000000',
    action: 'create',
    resource: 'users',
    resourceId: '9',
    before: null,
    after: '{"a":1}',
    ip: '127.0.0.1',
    prevHash: GENESIS_HASH,
  };

  const key = new AuditKey(Buffer.from('a test key of thirty-two characters!'));

  it('changes when any column or the previous hash changes', () => {
    const base = auditHash(row, key);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    for (const [column, value] of Object.entries({
      id: 2,
      at: new Date('2026-11-25T08:00:00.124Z'),
      userId: 8,
      username: 'x',
      role: 'x',
      regionCode: '450000',
      action: 'update',
      resource: 'regions',
      resourceId: '10',
      before: '{}',
      after: '{"a":2}',
      ip: '::1',
      prevHash: 'f'.repeat(64),
    })) {
      expect(auditHash({ ...row, [column]: value }, key)).not.toBe(base);
    }
    expect(auditHash({ ...row }, key)).toBe(base);
  });

  it('is keyed: another key, or the plain SHA-256 an attacker can recompute, gives another hash', () => {
    const base = auditHash(row, key);
    expect(auditHash(row, new AuditKey(Buffer.from('another key of thirty-two characters')))).not.toBe(base);
    expect(unkeyedAuditHash(row)).not.toBe(base);
  });

  it('never stores secrets', () => {
    expect(toAuditJson({ username: 'a', passwordHash: 'scrypt$…', password: 'x', nested: { newPassword: 'y' } })).toBe('{"username":"a","nested":{}}');
  });

  it('outside production the key is generated once into its file (owner-only) and read back on the next start', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-key-'));
    try {
      const keyFile = path.join(dir, 'sub', 'audit-hmac.key');
      const first = AuditKey.from({ hmacKey: null, keyFile });
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(fs.readdirSync(path.dirname(keyFile))).toEqual(['audit-hmac.key']);
      expect(auditHash(row, AuditKey.from({ hmacKey: null, keyFile }))).toBe(auditHash(row, first));
      expect(auditHash(row, AuditKey.from({ hmacKey: 'kq3Vb9XfT2mL8pRz5sWc1yHd7nGj4uEa', keyFile: null }))).not.toBe(auditHash(row, first));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
