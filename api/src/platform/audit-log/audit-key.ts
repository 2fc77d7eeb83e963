import { Logger } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AuditChainConfig } from '../../config/config';

/**
 * The audit chain's secret, from AUDIT_HMAC_KEY or (outside production) a key generated once into a file.
 * Two keys are derived from it, one per use, so a row hash can never pass as a checkpoint signature.
 */
export class AuditKey {
  private readonly rowKey: Buffer;
  private readonly checkpointKey: Buffer;

  constructor(secret: Buffer) {
    this.rowKey = createHmac('sha256', secret).update('yibao audit row v1').digest();
    this.checkpointKey = createHmac('sha256', secret).update('yibao audit checkpoint v1').digest();
  }

  /** HMAC-SHA256 (hex) of one row's canonical text. */
  signRow(canonical: string): string {
    return createHmac('sha256', this.rowKey).update(canonical, 'utf8').digest('hex');
  }

  /** HMAC-SHA256 (hex) of a checkpoint's canonical text. */
  signCheckpoint(canonical: string): string {
    return createHmac('sha256', this.checkpointKey).update(canonical, 'utf8').digest('hex');
  }

  static from(config: AuditChainConfig): AuditKey {
    if (config.hmacKey) return new AuditKey(Buffer.from(config.hmacKey, 'utf8'));
    if (!config.keyFile) return new AuditKey(randomBytes(32)); // an in-memory database: the key lives as long
    return new AuditKey(Buffer.from(readOrCreateKeyFile(config.keyFile), 'utf8'));
  }
}

/** Reads the generated key, or writes a new one (owner-only) if none exists; concurrent starts agree on one. */
function readOrCreateKeyFile(file: string): string {
  try {
    return readKey(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // written whole under a temporary name, then linked into place: a concurrent start never reads half a key
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(temporary, randomBytes(48).toString('base64') + '\n', { mode: 0o600 });
  try {
    fs.linkSync(temporary, file);
    new Logger('AuditLog').warn(`generated the audit chain key ${file} (set AUDIT_HMAC_KEY in production)`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    fs.unlinkSync(temporary);
  }
  return readKey(file);
}

function readKey(file: string): string {
  const key = fs.readFileSync(file, 'utf8').trim();
  if (key.length < 32) throw new Error(`${file}: the audit chain key is shorter than 32 characters; restore the right file`);
  return key;
}
