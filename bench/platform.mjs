#!/usr/bin/env node
// Platform benchmarks: API cold start, login latency, list-query latency, audit-chain verify throughput.
// Needs a build (npm run build). Usage: node bench/platform.mjs [--audit-rows 100000]
// Set BENCH_DATABASE_URL=mariadb://… (an empty database) to measure MySQL instead of a fresh SQLite file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const auditRows = Number(process.argv[process.argv.indexOf('--audit-rows') + 1]) || 100_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL || `sqlite:${path.join(dir, 'bench.sqlite')}`;
const port = 3900 + Math.floor(Math.random() * 50);
const base = `http://127.0.0.1:${port}`;

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x) => `${x.toFixed(1)} ms`;

async function startServer() {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'api/dist/api/src/main.js')], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, YIBAO_DEMO: '1', NODE_ENV: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return { child, startMs: performance.now() - t0 };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
const stop = (child) =>
  new Promise((r) => {
    child.on('exit', r);
    child.kill('SIGTERM');
  });

const results = [];
const first = await startServer();
results.push(['API cold start, empty database (migrate + seed 3,615 regions + 8 demo accounts)', ms(first.startMs)]);
await stop(first.child);
const second = await startServer();
results.push(['API start, migrated database', ms(second.startMs)]);

const logins = [];
let token;
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Demo#2026' }),
  });
  logins.push(performance.now() - t0);
  token = (await res.json()).token;
}
results.push(['login (scrypt N=2^15), p50 / p95 of 20', `${ms(pct(logins, 50))} / ${ms(pct(logins, 95))}`]);

const queries = [
  '/api/regions?_start=0&_end=20',
  '/api/regions?level=county&_sort=name&_order=desc&_start=100&_end=150',
  `/api/regions?q=${encodeURIComponent('城')}&_end=50`,
  '/api/users?role=city_officer&role=county_officer',
  '/api/regions/tree',
];
for (const q of queries) {
  const times = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    const res = await fetch(base + q, { headers: { Authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${q}: ${res.status}`);
    times.push(performance.now() - t0);
  }
  results.push([`GET ${q}, p50 / p95 of 200`, `${ms(pct(times, 50))} / ${ms(pct(times, 95))}`]);
}
await stop(second.child);

// audit chain: append rows through the real service, then verify the whole chain
require(path.join(root, 'node_modules/reflect-metadata'));
const { createDataSource, inTransaction } = require(path.join(root, 'api/dist/api/src/database/data-source.js'));
const { loadConfig, parseDatabaseUrl } = require(path.join(root, 'api/dist/api/src/config/config.js'));
const { ENTITIES } = require(path.join(root, 'api/dist/api/src/areas.js'));
const { AuditLogService } = require(path.join(root, 'api/dist/api/src/platform/audit-log/audit-log.service.js'));
const ds = await createDataSource(parseDatabaseUrl(databaseUrl), ENTITIES).initialize();
const audit = new AuditLogService(ds, loadConfig({ ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: '' }));
let t0 = performance.now();
for (let done = 0; done < auditRows; done += 1000) {
  await inTransaction(ds, async (em) => {
    for (let i = 0; i < 1000; i++) {
      await audit.append(
        em,
        { userId: 1, username: 'admin', role: 'system_admin', regionCode: '000000', ip: '127.0.0.1' },
        { action: 'update', resource: 'users', resourceId: i, before: { displayName: '甲', version: i }, after: { displayName: '乙', version: i + 1 } },
      );
    }
  });
}
const appendMs = performance.now() - t0;
results.push([
  `audit append, ${auditRows.toLocaleString()} rows in transactions of 1,000`,
  `${Math.round(auditRows / (appendMs / 1000)).toLocaleString()} rows/s`,
]);
t0 = performance.now();
const verdict = await audit.verify();
const verifyMs = performance.now() - t0;
if (!verdict.valid) throw new Error('chain invalid');
results.push([
  `audit verify, ${verdict.checked.toLocaleString()} rows`,
  `${ms(verifyMs)} (${Math.round(verdict.checked / (verifyMs / 1000)).toLocaleString()} rows/s)`,
]);
await ds.destroy();
fs.rmSync(dir, { recursive: true, force: true });

console.log(`\nyibao platform bench — ${databaseUrl.split(':')[0]}, node ${process.version}, ${os.cpus().length} cores\n`);
for (const [k, v] of results) console.log(`| ${k} | ${v} |`);
