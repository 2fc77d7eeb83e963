import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type Connection, createConnection } from 'mysql2/promise';
import { createApp } from '../src/app';
import { AppConfig, loadConfig } from '../src/config/config';
import { DEMO_PASSWORD } from '../src/platform/seed/seed';
import { idNumberCheckChar } from '@yibao/shared';

/**
 * Boots the real application on a real, fresh database of the dialect named by TEST_DB:
 * `sqlite` (a temporary file) or `mysql` (a new database on the throwaway MariaDB at TEST_MYSQL_URL,
 * created without a charset so it inherits the server's latin1 default, as on a careless install).
 */
export const TEST_DB = (process.env.TEST_DB || 'sqlite') as 'sqlite' | 'mysql';

export interface Session {
  token: string;
  csrfToken: string;
  cookie: string;
  userId: number;
}

export interface TestApp {
  app: NestExpressApplication;
  ds: DataSource;
  config: AppConfig;
  http: ReturnType<typeof request>;
  /** logs in and returns the bearer token, CSRF token and cookie */
  login(username: string, password?: string): Promise<Session>;
  /**
   * A business account ready to work, the way 三权分立 makes one: the system admin creates it, the security admin
   * authorises its role, its user replaces the initial password. Returns the user's session.
   */
  createAccount(account: { username: string; displayName: string; role: string; regionCode: string }): Promise<Session>;
  /** An existing account authorised (unless it is already) and its initial password replaced by its user. */
  activateAccount(username: string, initialPassword: string, ownPassword?: string): Promise<Session>;
  /** a request authenticated by bearer token */
  as(session: Session): {
    get(url: string): request.Test;
    post(url: string): request.Test;
    patch(url: string): request.Test;
    delete(url: string): request.Test;
  };
  close(): Promise<void>;
}

/**
 * The MariaDB server of TEST_MYSQL_URL: a connection to it with no database chosen, and the URL of one of its
 * databases (the same credentials).
 */
export function testMysqlServer(): { connect: () => Promise<Connection>; urlOf: (database: string) => string } {
  const base = process.env.TEST_MYSQL_URL;
  if (!base) throw new Error('TEST_DB=mysql needs TEST_MYSQL_URL (scripts/test.sh starts a throwaway MariaDB)');
  const u = new URL(base.replace(/^mariadb:/, 'mysql:'));
  return {
    connect: () => createConnection({ host: u.hostname, port: Number(u.port), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) }),
    urlOf: (database) => `${base.replace(/\/[^/]*$/, '')}/${database}`,
  };
}

async function createMysqlDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = testMysqlServer();
  const name = `yibao_t_${randomBytes(4).toString('hex')}`;
  const conn = await server.connect();
  await conn.query(`CREATE DATABASE \`${name}\``); // no charset on purpose: the server default is latin1
  await conn.end();
  return {
    url: server.urlOf(name),
    // a connection of its own at the end: one held through the test dies with the node a Galera fault test kills
    drop: async () => {
      const again = await server.connect();
      await again.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await again.end();
    },
  };
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  if (TEST_DB === 'mysql') {
    const db = await createMysqlDatabase();
    databaseUrl = db.url;
    cleanup = db.drop;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-test-'));
    databaseUrl = `sqlite:${path.join(dir, 'test.sqlite')}`;
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  // tests build their own ledgers: no demo people unless a test asks for them
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    YIBAO_DEMO: '1',
    DEMO_BENEFICIARIES: '0',
    UPLOAD_DIR: path.join(os.tmpdir(), 'yibao-test-uploads'),
    ...env,
  });
  const app = await createApp(config, { logger: false, serveAdmin: false });
  const server = app.getHttpServer();
  const ds = app.get(DataSource);

  const login = async (username: string, password = DEMO_PASSWORD): Promise<Session> => {
    const res = await request(server).post('/api/auth/login').send({ username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    return { token: res.body.token, csrfToken: res.body.user.csrfToken, cookie: setCookie[0].split(';')[0], userId: res.body.user.id };
  };
  const as = (s: Session) => ({
    get: (url: string) => request(server).get(url).set('Authorization', `Bearer ${s.token}`),
    post: (url: string) => request(server).post(url).set('Authorization', `Bearer ${s.token}`),
    patch: (url: string) => request(server).patch(url).set('Authorization', `Bearer ${s.token}`),
    delete: (url: string) => request(server).delete(url).set('Authorization', `Bearer ${s.token}`),
  });
  const activateAccount = async (username: string, initialPassword: string, ownPassword = 'Own#Account2026x'): Promise<Session> => {
    const security = await login('security');
    const listed = await as(security).get(`/api/users?username=${encodeURIComponent(username)}`);
    const user = (listed.body as Array<{ id: number; username: string; authorized: boolean; version: number }>).find((u) => u.username === username);
    if (!user) throw new Error(`no account ${username}`);
    if (!user.authorized) {
      const res = await as(security).post(`/api/users/${user.id}/authorize`).send({ version: user.version });
      if (res.status !== 200) throw new Error(`authorising ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const first = await login(username, initialPassword);
    const changed = await as(first).post('/api/auth/password').send({ currentPassword: initialPassword, newPassword: ownPassword });
    if (changed.status !== 200) throw new Error(`changing ${username}'s initial password failed: ${changed.status} ${JSON.stringify(changed.body)}`);
    return login(username, ownPassword);
  };
  const createAccount = async (account: { username: string; displayName: string; role: string; regionCode: string }): Promise<Session> => {
    const initialPassword = 'Initial#2026x';
    const created = await as(await login('admin'))
      .post('/api/users')
      .send({ ...account, password: initialPassword });
    if (created.status !== 201) throw new Error(`creating ${account.username} failed: ${created.status} ${JSON.stringify(created.body)}`);
    return activateAccount(account.username, initialPassword);
  };
  return {
    app,
    ds,
    config,
    http: request(server),
    login,
    createAccount,
    activateAccount,
    as,
    close: async () => {
      await app.close();
      await cleanup();
    },
  };
}

/** A fresh app of its own for one test (its own database, its own settings), closed after it however the test ends. */
export async function withTestApp<T>(env: Record<string, string>, use: (app: TestApp) => Promise<T>): Promise<T> {
  const app = await startTestApp(env);
  try {
    return await use(app);
  } finally {
    await app.close();
  }
}

/**
 * `n` API processes on one database, as behind a load balancer: app instances each with its own pool, caches and
 * services, started before the enclosing describe's tests (the first creates the database) and closed after them.
 */
export function processesOnOneDatabase(n = 2, env: Record<string, string> = {}): TestApp[] {
  const apps: TestApp[] = [];
  beforeAll(async () => {
    apps.push(await startTestApp(env));
    while (apps.length < n) apps.push(await startTestApp({ ...env, DATABASE_URL: apps[0].config.databaseUrl }));
  }, 180_000);
  afterAll(async () => {
    for (const app of [...apps].reverse()) await app.close();
  });
  return apps;
}

/**
 * The usual prologue of a spec: a `beforeAll` that starts the app (with `env`, as `startTestApp` takes it) and logs in
 * `users` into `s` (by username), and an `afterAll` that closes it. `t` stands for the app once started: it can be used
 * anywhere a hook or a test runs, and a spec may add its own `beforeAll` setup after this call (hooks run in order).
 */
export function testAppWith(users: string[] = [], env: Record<string, string> = {}): { t: TestApp; s: Record<string, Session> } {
  let app: TestApp | undefined;
  const s: Record<string, Session> = {};
  beforeAll(async () => {
    app = await startTestApp(env);
    for (const u of users) s[u] = await app.login(u);
  });
  afterAll(() => app?.close());
  const t = new Proxy({} as TestApp, {
    get: (_, key) => {
      if (!app) throw new Error('the test app is not started yet: use it in a hook or a test, after testAppWith');
      return app[key as keyof TestApp];
    },
  });
  return { t, s };
}

/** Quoting that works in raw SQL on both dialects for identifiers we control. */
export function q(ds: DataSource, identifier: string): string {
  return ds.options.type === 'better-sqlite3' ? `"${identifier}"` : `\`${identifier}\``;
}

/** The field a 400 names first: `expect(await rejectedField(t.as(s.x).post(path).send(body))).toBe('idNumber')`. */
export async function rejectedField(req: request.Test): Promise<string> {
  return (await req.expect(400)).body.details[0].field;
}

/** A download (XLSX, CSV): the request with its body collected as a Buffer, for `.expect()` and then `.body`. */
export function download(req: request.Test): request.Test {
  return req.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** The first worksheet of a downloaded workbook. */
export async function firstSheet(body: Buffer): Promise<import('exceljs').Worksheet> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

/** A valid ID number for a county, birth date (YYYYMMDD) and sequence, with its GB 11643 check character. */
export function idFor(county: string, birth: string, seq: number): string {
  const first17 = `${county}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}
