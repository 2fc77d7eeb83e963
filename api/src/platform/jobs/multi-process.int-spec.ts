import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { idFor, TEST_DB, testMysqlServer } from '../../../test/harness';
import { rosterCsv } from '../../../test/fixtures';
import { repoRoot } from '../../config/config';
import { MYSQL_MIGRATIONS } from '../../database/migrations/mysql';
import { SQLITE_MIGRATIONS } from '../../database/migrations/sqlite';
import { START_LOCK_TABLE } from '../../database/start-lock';
import { DEMO_ACCOUNTS } from '../seed/seed';

/**
 * Three API processes (the built server, `api/dist`, as the benches start it) on one database and one files
 * folder: what a user does may land on any of them. Sessions and CSRF are the database's; an import whose
 * process dies is taken over by another once its lease runs out and finishes with every batch applied once.
 */
const MAIN = path.join(repoRoot(), 'api/dist/api/src/main.js');
/**
 * Short, so the takeover happens within the test: a heartbeat every third of it. On SQLite a batch holds the one
 * write lock of the file and the heartbeat waits behind it: the lease must outlast a batch on a loaded machine.
 */
const LEASE_SECONDS = TEST_DB === 'sqlite' ? 10 : 2;
/** rows in the import that is cut short: enough batches (5000 rows each) that the kill lands mid-import */
const ROWS = 60_000;

interface Api {
  child: ChildProcess;
  base: string;
}

async function freshDatabase(): Promise<{ url: string; count: (sql: string) => Promise<number>; drop: () => Promise<void> }> {
  if (TEST_DB === 'mysql') {
    const server = testMysqlServer();
    const name = `yibao_mp_${randomBytes(4).toString('hex')}`;
    const conn = await server.connect();
    await conn.query(`CREATE DATABASE \`${name}\``);
    await conn.query(`USE \`${name}\``);
    return {
      url: server.urlOf(name),
      count: async (sql) => Number(((await conn.query(sql.replace(/"/g, '`')))[0] as Array<{ n: number }>)[0].n),
      drop: async () => {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await conn.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-mp-'));
  const file = path.join(dir, 'shared.sqlite');
  return {
    url: `sqlite:${file}`,
    count: async (sql) => {
      const reader = await new DataSource({ type: 'better-sqlite3', database: file }).initialize();
      try {
        return Number(((await reader.query(sql)) as Array<{ n: number }>)[0].n);
      } finally {
        await reader.destroy();
      }
    },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Starts the built API on a port the system picks (PORT=0) and waits for it: the port is read from the process's own
 * "listening on port N" line, so the health check cannot be answered by anything else that took a port meanwhile
 * (picking a free port first and passing it left a window in which another suite's server could bind it).
 */
async function startApi(env: Record<string, string>, log: string): Promise<Api> {
  const out = fs.openSync(log, 'a');
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env, PORT: '0', NODE_ENV: '' }, stdio: ['ignore', out, out] });
  for (const t0 = Date.now(); ;) {
    const port = /listening on port (\d+)/.exec(fs.readFileSync(log, 'utf8'))?.[1];
    if (port) {
      const base = `http://127.0.0.1:${port}`;
      if ((await fetch(`${base}/api/health`)).ok) return { child, base };
    }
    if (child.exitCode !== null) throw new Error(`API ${path.basename(log)} exited with ${child.exitCode}: ${fs.readFileSync(log, 'utf8').slice(-2000)}`);
    if (Date.now() - t0 > 180_000) {
      child.kill('SIGKILL'); // not left behind the test
      throw new Error(`API ${path.basename(log)} did not answer within 180 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Login {
  token: string;
  csrfToken: string;
  cookie: string;
}

async function login(api: Api, username: string, password = 'Demo#2026'): Promise<Response> {
  return fetch(`${api.base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
}

async function loggedIn(api: Api, username: string): Promise<Login> {
  const res = await login(api, username);
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { token: string; user: { csrfToken: string } };
  return { token: body.token, csrfToken: body.user.csrfToken, cookie: res.headers.getSetCookie()[0].split(';')[0] };
}

/** A request with the session cookie (as the browser sends it), with or without the CSRF header. */
function byCookie(api: Api, s: Login, method: string, url: string, { csrf = true, body }: { csrf?: boolean; body?: unknown } = {}): Promise<Response> {
  const headers: Record<string, string> = { Cookie: s.cookie, 'Content-Type': 'application/json' };
  if (csrf) headers['X-CSRF-Token'] = s.csrfToken;
  return fetch(`${api.base}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const byToken = (api: Api, s: Login, url: string) => fetch(`${api.base}${url}`, { headers: { Authorization: `Bearer ${s.token}` } });

describe(`three API processes on one database (${TEST_DB})`, () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let filesDir: string;
  let logDir: string;
  const apis: Api[] = [];
  const env: Record<string, string> = {};

  beforeAll(async () => {
    if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (npm run build)`);
    db = await freshDatabase();
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-mp-files-'));
    logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-mp-logs-'));
    Object.assign(env, {
      DATABASE_URL: db.url,
      YIBAO_DEMO: '1',
      DEMO_BENEFICIARIES: '0',
      FILES_DIR: filesDir,
      UPLOAD_DIR: '',
      ATTACHMENT_DIR: '',
      JOB_LEASE_SECONDS: String(LEASE_SECONDS),
      LOGIN_MAX_FAILURES: '3',
      AUDIT_HMAC_KEY: randomBytes(36).toString('base64'),
      LOG_LEVEL: 'log',
    });
    // all three at once on the empty database, as a deployment may start them: one migrates and seeds, the others
    // wait for its start lock and find nothing left to do (the first test checks that)
    const started = await Promise.allSettled(['a', 'b', 'c'].map((name) => startApi(env, path.join(logDir, `${name}.log`))));
    for (const s of started) if (s.status === 'fulfilled') apis.push(s.value);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
  }, 300_000);

  afterAll(async () => {
    for (const api of apis) if (api.child.exitCode === null) api.child.kill('SIGKILL');
    await db?.drop();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('three processes started at once on an empty database: one migrates and seeds it, the others wait for its start lock', async () => {
    const logs = ['a', 'b', 'c'].map((name) => fs.readFileSync(path.join(logDir, `${name}.log`), 'utf8'));
    expect(logs.filter((log) => log.includes('migrating the database…'))).toHaveLength(1);
    const migrations = TEST_DB === 'mysql' ? MYSQL_MIGRATIONS : SQLITE_MIGRATIONS;
    expect(await db.count('SELECT COUNT(*) AS n FROM "migrations"')).toBe(migrations.length);
    expect(await db.count('SELECT COUNT(DISTINCT "name") AS n FROM "migrations"')).toBe(migrations.length);
    expect(await db.count(`SELECT COUNT(*) AS n FROM "users" WHERE "username" IN (${DEMO_ACCOUNTS.map((a) => `'${a.username}'`).join(', ')})`)).toBe(
      DEMO_ACCOUNTS.length,
    );
    // let go of once the start is done
    expect(await db.count(`SELECT COUNT(*) AS n FROM "${START_LOCK_TABLE}"`)).toBe(0);
  });

  it('a session logged in on one process acts on another (CSRF checked there) and logged out on a third is gone on all', async () => {
    const [a, b, c] = apis;
    const s = await loggedIn(a, 'lz_chengzhong');
    // the cookie on B: a write without the CSRF token is refused, with it done
    expect((await byCookie(b, s, 'POST', '/api/notifications/read-all', { csrf: false, body: {} })).status).toBe(403);
    expect((await byCookie(b, s, 'POST', '/api/notifications/read-all', { body: {} })).status).toBe(200);
    expect((await byToken(c, s, '/api/auth/me')).status).toBe(200);
    expect((await byCookie(c, s, 'POST', '/api/auth/logout', { body: {} })).status).toBeLessThan(300);
    for (const api of apis) {
      expect((await byToken(api, s, '/api/auth/me')).status).toBe(401);
      expect((await byCookie(api, s, 'GET', '/api/auth/me')).status).toBe(401);
    }
  });

  it('failed logins are counted across processes: three on three processes lock the pair on all of them', async () => {
    const [a, b, c] = apis;
    for (const api of [a, b, c]) expect((await login(api, 'lz_city', 'Wrong#Password1')).status).toBe(401);
    for (const api of [a, b, c]) {
      const refused = await login(api, 'lz_city');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // another account from the same source is not locked
    expect((await login(b, 'lz_chengzhong')).status).toBe(200);
  });

  it('an import whose process is killed mid-way is taken over by another after its lease, every batch applied once', async () => {
    const [a, b, c] = apis;
    const people = Array.from({ length: ROWS }, (_, i) => [mpId(i), `多${i}`, '450202', '脱贫人口', '民政', '在册']);
    const s = await loggedIn(a, 'lz_chengzhong');
    const form = new FormData();
    form.set('month', '2026-10');
    form.set('file', new Blob([rosterCsv(people)], { type: 'text/csv' }), 'big.csv');
    const posted = await fetch(`${a.base}/api/roster-imports`, { method: 'POST', headers: { Authorization: `Bearer ${s.token}` }, body: form });
    expect(posted.status).toBe(202);
    const { id } = (await posted.json()) as { id: number };
    type Job = { status: string; processedRows: number };
    const job = async (api: Api) => (await (await byToken(api, s, `/api/roster-imports/${id}`)).json()) as Job;
    // the upload is in the shared folder, where B and C read it
    expect(fs.readdirSync(path.join(filesDir, 'uploads')).length).toBe(1);

    // kill A once its first batch has committed (queued: A has inserted the job but not claimed it yet — on a loaded
    // machine B can read it in between)
    let seen = await job(b);
    while (seen.status === 'queued' || (seen.processedRows === 0 && seen.status === 'running')) {
      await new Promise((r) => setTimeout(r, 50));
      seen = await job(b);
    }
    expect(seen.status).toBe('running');
    a.child.kill('SIGKILL');
    const killedAt = Date.now();
    const atKill = seen.processedRows;
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(ROWS);

    let done = await job(c);
    while (done.status === 'running' || done.status === 'queued') {
      if (Date.now() - killedAt > 180_000) throw new Error(`not finished 180 s after the kill: ${JSON.stringify(done)}`);
      await new Promise((r) => setTimeout(r, 200));
      done = await job(c);
    }
    console.log(`import ${id}: A killed at row ${atKill}; finished by another process ${Date.now() - killedAt} ms later (lease ${LEASE_SECONDS} s)`);
    expect(done).toMatchObject({ status: 'succeeded', totalRows: ROWS, processedRows: ROWS, errorCount: 0, counts: { new: ROWS } });
    expect(await db.count(`SELECT COUNT(*) AS n FROM "beneficiaries" WHERE "name" LIKE '多%'`)).toBe(ROWS);
    // two runs: A's and the one that took over (not A)
    expect(await db.count(`SELECT attempts AS n FROM "import_jobs" WHERE id = ${Number(id)}`)).toBe(2);
    expect(fs.readdirSync(path.join(filesDir, 'uploads'))).toEqual([]);
  }, 300_000);
});

/** Distinct valid ID numbers in 城中区 for the big roster: birth dates spread over days, 999 per day. */
function mpId(i: number): string {
  const day = new Date(Date.UTC(1960, 0, 1) + Math.floor(i / 999) * 86_400_000);
  const birth = day.toISOString().slice(0, 10).replace(/-/g, '');
  return idFor('450202', birth, (i % 999) + 1);
}
