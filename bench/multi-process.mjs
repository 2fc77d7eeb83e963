#!/usr/bin/env node
// Several API processes on one database: list requests at 20 users with 1, 2 and 3 processes (the client sends
// round-robin, as a load balancer would), the cost of the cross-process list caches on a cached count, and the time
// for a job to be taken over after its process dies (SIGKILL mid-import).
// Needs a build (npm run build) and an empty MariaDB/MySQL database:
//   BENCH_DATABASE_URL=mariadb://yibao:yibao@127.0.0.1:3425/bench node bench/multi-process.mjs [--requests 1200] [--lease 10]
// BENCH_API_ROOT=/path/to/another/checkout measures that checkout's build instead (older code as a baseline; add
// --lists-only, it has no job leases).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { call, concurrentUsers, login, percentile, startApi } from './api-server.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const requests = arg('--requests', 1200);
const lease = arg('--lease', 10);
const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) throw new Error('BENCH_DATABASE_URL=mariadb://… (an empty database) is required');
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-mp-bench-'));
const env = {
  DATABASE_URL: databaseUrl,
  YIBAO_DEMO: '1',
  FILES_DIR: filesDir,
  UPLOAD_DIR: path.join(filesDir, 'uploads'),
  ATTACHMENT_DIR: path.join(filesDir, 'attachments'),
  JOB_LEASE_SECONDS: String(lease),
  AUDIT_HMAC_KEY: randomBytes(36).toString('base64'),
  LOGIN_MAX_CONCURRENT_HASHES: '8',
};
const basePort = 3450 + Math.floor(Math.random() * 4);
const ms = (x) => `${x.toFixed(1)} ms`;
const results = [];

// the first process migrates and seeds the demo ledger; the others start on the ready database
const t0 = performance.now();
const apis = [await startApi(env, { port: basePort })];
console.error(`first API up (seeded) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
for (const i of [1, 2]) apis.push(await startApi(env, { port: basePort + 3 * i }));
const token = await login(apis[0].base, 'lz_city');

const lists = ['/api/beneficiaries?_start=0&_end=20', '/api/beneficiaries?_start=2000&_end=2020', '/api/settlements?_start=0&_end=20'];
async function get(base, url) {
  const t = performance.now();
  const res = await fetch(base + url, { headers: { Authorization: `Bearer ${token}` } });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return performance.now() - t;
}
// warm every process
for (const api of apis) for (const u of lists) for (let i = 0; i < 5; i++) await get(api.base, u);

// a cached count (the ledger's first page: its COUNT is slow enough to be cached) against the health check, one client
const single = async (url, n = 200) => {
  const times = [];
  for (let i = 0; i < n; i++) times.push(await get(apis[0].base, url));
  return percentile(times, 50);
};
const health = await single('/api/health');
const cached = await single(lists[0]);
const deep = await single(lists[1]);
results.push(['one client: GET /api/health p50 (baseline)', ms(health)]);
results.push([`one client: GET ${lists[0]} p50 (count cached)`, `${ms(cached)} (${(cached / health).toFixed(2)} × health)`]);
results.push([`one client: GET ${lists[1]} p50 (bookmark)`, `${ms(deep)} (${(deep / health).toFixed(2)} × health)`]);

let rate1;
for (const n of [1, 2, 3]) {
  const run = await concurrentUsers((i) => get(apis[i % n].base, lists[i % lists.length]), { users: 20, requests });
  rate1 ??= run.rate;
  results.push([
    `20 users, ${requests} list requests round-robin over ${n} process(es): p50 / p95, req/s`,
    `${ms(percentile(run.times, 50))} / ${ms(percentile(run.times, 95))}, ${run.rate.toFixed(0)} req/s (${(run.rate / rate1).toFixed(2)} × 1 process)`,
  ]);
}

// takeover: a roster import posted to A, A killed once its first batch committed, the job finished by B or C
const rows = 60_000;
const lines = ['\uFEFF身份证号,姓名,行政区划代码,身份类别,来源部门,状态'];
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checks = '10X98765432';
for (let i = 0; i < rows; i++) {
  const day = new Date(Date.UTC(1955, 0, 1) + Math.floor(i / 999) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `450202${day}${String((i % 999) + 1).padStart(3, '0')}`;
  const sum = [...first17].reduce((s, c, k) => s + Number(c) * weights[k], 0);
  lines.push(`${first17}${checks[sum % 11]},接管${i},450202,脱贫人口,民政,在册`);
}
if (process.argv.includes('--lists-only')) {
  for (const api of apis) api.child.kill();
  report();
  process.exit(0);
}
const importer = await login(apis[0].base, 'lz_chengzhong');
const form = new FormData();
form.set('month', '2026-11');
form.set('file', new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv' }), 'takeover.csv');
const posted = await fetch(`${apis[0].base}/api/roster-imports`, { method: 'POST', headers: { Authorization: `Bearer ${importer}` }, body: form });
if (posted.status !== 202) throw new Error(`import: ${posted.status} ${await posted.text()}`);
const { id } = await posted.json();
let job;
do job = await call(apis[1].base, importer, 'GET', `/api/roster-imports/${id}`);
while (job.processedRows === 0 && job.status === 'running');
apis[0].child.kill('SIGKILL');
const killedAt = performance.now();
const atKill = job.processedRows;
let resumedAt = null;
for (;;) {
  job = await call(apis[2].base, importer, 'GET', `/api/roster-imports/${id}`);
  if (resumedAt === null && job.processedRows > atKill) resumedAt = performance.now();
  if (job.status !== 'running' && job.status !== 'queued') break;
  await new Promise((r) => setTimeout(r, 100));
}
if (job.status !== 'succeeded' || job.processedRows !== rows) throw new Error(`takeover: ${JSON.stringify(job)}`);
results.push([
  `job takeover after SIGKILL (JOB_LEASE_SECONDS=${lease}, heartbeat ${(lease / 3).toFixed(1)} s): first batch by another process / finished`,
  `${((resumedAt - killedAt) / 1000).toFixed(1)} s / ${((performance.now() - killedAt) / 1000).toFixed(1)} s after the kill (killed at row ${atKill} of ${rows}; counts ${JSON.stringify(job.counts)})`,
]);

for (const api of apis) api.child.kill();
report();

function report() {
  fs.rmSync(filesDir, { recursive: true, force: true });
  console.log(
    `\nyibao multi-process bench — ${databaseUrl.split(':')[0]}, node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}\n`,
  );
  for (const [k, v] of results) console.log(`| ${k} | ${v} |`);
}
