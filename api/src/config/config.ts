import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ACCESS_LOG_RETENTION_DEFAULT_DAYS,
  ACCESS_LOG_RETENTION_MIN_DAYS,
  DEFAULT_PASSWORD_POLICY,
  NOTIFICATION_DUE_SOON_DEFAULT_DAYS,
  NOTIFICATION_DUE_SOON_MAX_DAYS,
  NOTIFICATION_RETENTION_DEFAULT_DAYS,
  NOTIFICATION_RETENTION_MIN_DAYS,
  PasswordPolicy,
} from '@yibao/shared';

/**
 * Typed configuration from environment variables, validated once at start (ARCHITECTURE §4).
 * Every variable is documented in the README's configuration table.
 */
export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'mysql'; flavour: 'mysql' | 'mariadb'; host: string; port: number; username: string; password: string; database: string };

export interface AppConfig {
  port: number;
  production: boolean;
  /** Demo mode seeds the demo accounts (embedded SQLite default, or YIBAO_DEMO=1). */
  demo: boolean;
  database: DatabaseConfig;
  databaseUrl: string;
  autoMigrate: boolean;
  session: { idleMinutes: number; absoluteHours: number; cookieName: string; cookieSecure: boolean };
  login: { maxFailures: number; lockMinutes: number; ipMaxFailures: number; maxConcurrentHashes: number };
  passwordPolicy: PasswordPolicy;
  bodyLimit: string;
  /** Folder with the built admin panel, served under `/`. */
  adminDist: string;
  /** Trust X-Forwarded-For from this many proxies (0 = none) for the IP written to the audit log. */
  trustProxy: number;
  /**
   * The one folder every API process reaches (a shared mount with several processes): uploads wait in its
   * `uploads/` while they are imported, evidence files live in its `attachments/`.
   */
  filesDir: string;
  /** Where uploads wait while they are imported (deleted when the import finishes); `filesDir`/uploads. */
  uploadDir: string;
  /** Largest upload accepted, in MiB. */
  uploadLimitMb: number;
  /** Where evidence files (platform/attachments) are kept, content-addressed by sha256; `filesDir`/attachments. */
  attachmentDir: string;
  /** Largest evidence file accepted, in MiB. */
  attachmentLimitMb: number;
  /** Seconds a job's lease holds without a heartbeat: after that another API process takes the job over. */
  jobLeaseSeconds: number;
  /** How many people the demo ledger holds (demo mode, first run). */
  demoBeneficiaries: number;
  /** LOG_LEVEL: error | warn | log (default) | debug — debug adds Nest's module and route mappings. */
  logLevel: LogLevelName;
  /** Days the access log keeps a row (PIPL: at least six months). */
  accessLogRetentionDays: number;
  /** the daily deadline sweep warns this many days before a due date (站内消息) */
  notificationDueSoonDays: number;
  /** days a notification is kept, read or not */
  notificationRetentionDays: number;
  audit: AuditChainConfig;
}

/**
 * The key of the audit chain's HMAC: it lives outside the database, so whoever can write the database cannot
 * recompute the chain. Production takes it from AUDIT_HMAC_KEY only; elsewhere, without the variable, a key is
 * generated once into `keyFile` (beside the SQLite file, else data/audit-hmac.key), or kept in memory for an
 * in-memory database.
 */
export interface AuditChainConfig {
  hmacKey: string | null;
  keyFile: string | null;
}

export const AUDIT_HMAC_KEY_MIN_LENGTH = 32;

function auditChainConfig(env: NodeJS.ProcessEnv, production: boolean, database: DatabaseConfig): AuditChainConfig {
  const key = env.AUDIT_HMAC_KEY;
  if (key) {
    // a long key of few distinct characters ("aaaa…", "1234…") is a guessable key
    if (key.length < AUDIT_HMAC_KEY_MIN_LENGTH || new Set(key).size < 10) {
      throw new ConfigError(`AUDIT_HMAC_KEY is too weak: at least ${AUDIT_HMAC_KEY_MIN_LENGTH} random characters (e.g. openssl rand -base64 48)`);
    }
    return { hmacKey: key, keyFile: null };
  }
  if (production) {
    throw new ConfigError("AUDIT_HMAC_KEY is required in production: the audit chain's key, kept outside the database (e.g. openssl rand -base64 48)");
  }
  if (database.type === 'sqlite') {
    return { hmacKey: null, keyFile: database.path === ':memory:' ? null : path.join(path.dirname(database.path), 'audit-hmac.key') };
  }
  return { hmacKey: null, keyFile: path.join(repoRoot(), 'data', 'audit-hmac.key') };
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/yibao.sqlite';

export class ConfigError extends Error {}

export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (!file) throw new ConfigError('DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/yibao.sqlite');
    return { type: 'sqlite', path: file === ':memory:' ? file : path.resolve(file) };
  }
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) {
    let parsed: URL;
    try {
      parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
    } catch {
      throw new ConfigError('DATABASE_URL: not a valid URL, expected mysql://user:pass@host:port/db');
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!database) throw new ConfigError('DATABASE_URL: the database name is missing (mysql://user:pass@host:port/db)');
    return {
      type: 'mysql',
      // TypeORM reads column defaults differently on MariaDB; the scheme says which server it is.
      flavour: url.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      host: parsed.hostname || '127.0.0.1',
      port: parsed.port ? Number(parsed.port) : 3306,
      username: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
      database,
    };
  }
  throw new ConfigError('DATABASE_URL must start with sqlite:, mysql:// or mariadb:// (got ' + url.split(':')[0] + ':)');
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

function logLevel(env: NodeJS.ProcessEnv): LogLevelName {
  const value = env.LOG_LEVEL || 'log';
  if (!(LOG_LEVELS as readonly string[]).includes(value)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${value}")`);
  return value as LogLevelName;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1/true/yes or 0/false/no (got "${raw}")`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const database = parseDatabaseUrl(databaseUrl);
  const embeddedDefault = !env.DATABASE_URL;
  const passwordPolicy: PasswordPolicy = {
    minLength: int(env, 'PASSWORD_MIN_LENGTH', DEFAULT_PASSWORD_POLICY.minLength, 8, 64),
    minClasses: int(env, 'PASSWORD_MIN_CLASSES', DEFAULT_PASSWORD_POLICY.minClasses, 1, 4),
  };
  const bodyLimit = env.BODY_LIMIT || '1mb';
  const filesDir = path.resolve(env.FILES_DIR || dataDir(database));
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) throw new ConfigError(`BODY_LIMIT must look like 512kb or 1mb (got "${bodyLimit}")`);
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    production,
    demo: bool(env, 'YIBAO_DEMO', embeddedDefault && !production),
    database,
    databaseUrl,
    autoMigrate: bool(env, 'AUTO_MIGRATE', true),
    session: {
      idleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      absoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 7 * 24),
      cookieName: 'yibao_session',
      cookieSecure: bool(env, 'COOKIE_SECURE', false),
    },
    login: {
      maxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 100),
      lockMinutes: int(env, 'LOGIN_LOCK_MINUTES', 30, 1, 24 * 60),
      ipMaxFailures: int(env, 'LOGIN_IP_MAX_FAILURES', 50, 1, 100_000),
      maxConcurrentHashes: int(env, 'LOGIN_MAX_CONCURRENT_HASHES', 2, 1, 64),
    },
    passwordPolicy,
    bodyLimit,
    adminDist: path.resolve(env.ADMIN_DIST || path.join(repoRoot(), 'admin/dist')),
    trustProxy: int(env, 'TRUST_PROXY', 0, 0, 10),
    filesDir,
    uploadDir: path.resolve(env.UPLOAD_DIR || path.join(filesDir, 'uploads')),
    uploadLimitMb: int(env, 'UPLOAD_LIMIT_MB', 200, 1, 2048),
    attachmentDir: path.resolve(env.ATTACHMENT_DIR || path.join(filesDir, 'attachments')),
    attachmentLimitMb: int(env, 'ATTACHMENT_LIMIT_MB', 20, 1, 1024),
    // 30 s with a heartbeat every 10 s: a dead process's job is taken over within 40 s
    jobLeaseSeconds: int(env, 'JOB_LEASE_SECONDS', 30, 1, 600),
    demoBeneficiaries: int(env, 'DEMO_BENEFICIARIES', 20_000, 0, 2_000_000),
    logLevel: logLevel(env),
    accessLogRetentionDays: int(env, 'ACCESS_LOG_RETENTION_DAYS', ACCESS_LOG_RETENTION_DEFAULT_DAYS, ACCESS_LOG_RETENTION_MIN_DAYS, 3650),
    notificationDueSoonDays: int(env, 'NOTIFICATION_DUE_SOON_DAYS', NOTIFICATION_DUE_SOON_DEFAULT_DAYS, 0, NOTIFICATION_DUE_SOON_MAX_DAYS),
    notificationRetentionDays: int(env, 'NOTIFICATION_RETENTION_DAYS', NOTIFICATION_RETENTION_DEFAULT_DAYS, NOTIFICATION_RETENTION_MIN_DAYS, 3650),
    audit: auditChainConfig(env, production, database),
  };
}

/** The folder the app keeps its data in: beside the SQLite file, else the workspace's data/ (as the audit key). */
function dataDir(database: DatabaseConfig): string {
  return database.type === 'sqlite' && database.path !== ':memory:' ? path.dirname(database.path) : path.join(repoRoot(), 'data');
}

/** The workspace root (the folder with nx.json), wherever the compiled or test code runs from. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
