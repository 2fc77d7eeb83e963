// The built API (api/dist) started for a benchmark, and how a bench talks to it. `startApi`: `env` over the caller's
// environment (DATABASE_URL, YIBAO_DEMO …; BENCH_API_ROOT another checkout's build), answered once GET /api/health does; `login`, `call`: a demo account's
// token, one JSON request; `runJob`: a background job started and followed to its end. Needs a build (npm run build).
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export async function startApi(env, { port = 3800 + Math.floor(Math.random() * 200), nodeFlags = [] } = {}) {
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, path.join(process.env.BENCH_API_ROOT || root, 'api/dist/api/src/main.js')], {
    env: { ...process.env, PORT: String(port), NODE_ENV: '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // a bench that throws must not leave its API running
  process.once('exit', () => child.kill());
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before answering`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, base, startMs: performance.now() - t0 };
}

/** A demo account's bearer token (every demo account's password is Demo#2026). */
export async function login(base, username, password = 'Demo#2026') {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()).token;
}

/** One JSON request as `token`; a non-2xx answer throws with its body. */
export async function call(base, token, method, url, body) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * Starts a background job (`POST /api/<resource>` → 202) as `token` and polls it every `everyMs` to its end:
 * seconds from the POST, and its summary; a failed job throws (`what` names it).
 */
export async function runJob(base, token, resource, body, { what = resource, everyMs = 250 } = {}) {
  const t = performance.now();
  let job = await call(base, token, 'POST', `/api/${resource}`, body);
  const id = job.id;
  while (job.status !== 'succeeded' && job.status !== 'failed') {
    await new Promise((r) => setTimeout(r, everyMs));
    job = await call(base, token, 'GET', `/api/${resource}/${id}`);
  }
  if (job.status !== 'succeeded') throw new Error(`${what}: ${job.message ?? JSON.stringify(job)}`);
  return { s: (performance.now() - t) / 1000, result: job.result };
}

/** The `p`th percentile of `xs` (nearest rank). */
export const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/**
 * `users` simulated users sharing `requests` calls of `request(i)` (async, answers the call's ms): after each answer a
 * user thinks for 0.5–1.5 × `think` ms, and the users start spread over one think time (they do not all click at
 * once); with `think` 0 every user always has a request in flight (a stress test). The times and the requests/s.
 */
export async function concurrentUsers(request, { users, requests, think = 0 }) {
  const times = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: users }, async (_, u) => {
      if (think) await new Promise((r) => setTimeout(r, (u / users) * think));
      while (next < requests) {
        times.push(await request(next++));
        if (think) await new Promise((r) => setTimeout(r, think * (0.5 + Math.random())));
      }
    }),
  );
  return { times, rate: times.length / ((performance.now() - t0) / 1000) };
}

/**
 * GET `url` (or `url(i)` per request) as `token`, `requests` times in a row after `warmup` unmeasured ones: p50/p95/p99
 * in ms and the last answer's X-Total-Count (or row count); a non-2xx answer throws.
 */
export async function timeGets(base, token, url, { requests, warmup = 10 }) {
  const times = [];
  let total = 0;
  for (let i = 0; i < requests + warmup; i++) {
    const u = typeof url === 'function' ? url(i) : url;
    const t = performance.now();
    const res = await fetch(base + u, { headers: { Authorization: `Bearer ${token}` } });
    const body = await res.json();
    const ms = performance.now() - t;
    if (!res.ok) throw new Error(`${u}: ${res.status} ${JSON.stringify(body)}`);
    total = Number(res.headers.get('x-total-count') ?? (Array.isArray(body) ? body.length : 0));
    if (i >= warmup) times.push(ms);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), total };
}

/**
 * `total` rows of `row(k)` written straight into `table` by multi-row INSERTs (one transaction on SQLite): `db` is a
 * mysql2/promise connection when `mysql`, else a better-sqlite3 database.
 */
export async function insertRows({ db, mysql, table, columns, total, row }) {
  const q = (name) => (mysql ? `\`${name}\`` : `"${name}"`);
  const batch = mysql ? 5000 : 400;
  const insert = (rows) =>
    mysql
      ? db.query(`INSERT INTO ${table} (${columns.map(q).join(',')}) VALUES ?`, [rows])
      : db
          .prepare(`INSERT INTO ${table} (${columns.map(q).join(',')}) VALUES ${rows.map(() => `(${columns.map(() => '?').join(',')})`).join(',')}`)
          .run(rows.flat());
  if (!mysql) db.exec('BEGIN');
  for (let i = 0; i < total; i += batch) {
    const rows = [];
    for (let k = i; k < Math.min(total, i + batch); k++) rows.push(row(k));
    await insert(rows);
  }
  if (!mysql) db.exec('COMMIT');
}
