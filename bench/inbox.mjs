#!/usr/bin/env node
// The inbox with thousands of open records: GET /api/inbox (page 1) and /api/inbox/summary as a county officer
// (lz_chengzhong, 城中区) whose county has N open cost warnings (stage 已发现待核实, every one awaiting the county),
// against two baselines measured in the same run on the same server: the same requests with 50 open warnings, and
// the plain list of those warnings (GET /api/cost-warnings, page 1) at N. Warnings are written straight into the
// table (detection is benchmarked in bench/assistance.mjs); a fifth of them are past their 10-day deadline.
// Needs a build (npm run build). Usage: node bench/inbox.mjs [--records 5000] [--requests 100]
// Set BENCH_DATABASE_URL=mariadb://… (an empty database) to measure MariaDB instead of a fresh SQLite file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startApi } from './api-server.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { idNumberCheckChar } = require(path.join(root, 'shared/dist/index.js'));
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const records = arg('--records', 5000);
const requests = arg('--requests', 100);
const BASELINE = 50;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-inbox-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL || `sqlite:${path.join(dir, 'bench.sqlite')}`;
const mysql = !databaseUrl.startsWith('sqlite:');

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const { child, base } = await startApi({ DATABASE_URL: databaseUrl, YIBAO_DEMO: '1', DEMO_BENEFICIARIES: '0', UPLOAD_DIR: path.join(dir, 'uploads') });

// the table, written directly: one statement per 500 rows
const db = mysql
  ? await require('mysql2/promise').createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), charset: 'utf8mb4' })
  : new (require('better-sqlite3'))(databaseUrl.slice('sqlite:'.length));
const q = (name) => (mysql ? `\`${name}\`` : `"${name}"`);
const columns = [
  'idNumber',
  'name',
  'regionCode',
  'beneficiaryId',
  'poolingRegionCode',
  'year',
  'identityCategories',
  'burdenFen',
  'thresholdFen',
  'settlementCount',
  'department',
  'state',
  'measures',
  'lastPushId',
  'stateChangedAt',
  'version',
  'createdAt',
  'updatedAt',
];
const stamp = (d) => d.toISOString().replace('T', ' ').replace('Z', '');
let written = 0;
async function writeWarnings(upTo) {
  const now = Date.now();
  while (written < upTo) {
    const rows = [];
    for (; written < upTo && rows.length < 500; written++) {
      const id17 = `450202${String(19400101 + (written % 28)).padStart(8, '0')}${String(Math.floor(written / 28) % 1000).padStart(3, '0')}`;
      // a distinct year per thousand keeps (idNumber, year, pooling region) unique past 28,000 rows
      const year = 2026 - Math.floor(written / 28_000);
      const changed = new Date(now - (written % 5 === 0 ? 20 : written % 9) * 86_400_000 - written * 1000);
      rows.push([
        id17 + idNumberCheckChar(id17),
        `预警${written}`,
        '450202',
        null,
        '450200',
        year,
        ',monitored_unstable,',
        1_200_000 + written,
        1_000_000,
        3,
        'rural_revitalization',
        'detected',
        '[]',
        null,
        stamp(changed),
        1,
        stamp(changed),
        stamp(changed),
      ]);
    }
    const sql = `INSERT INTO ${q('cost_warnings')} (${columns.map(q).join(', ')}) VALUES ${rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`;
    if (mysql) await db.query(sql, rows.flat());
    else db.prepare(sql).run(rows.flat());
  }
}

const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'lz_chengzhong', password: 'Demo#2026' }),
});
if (!login.ok) throw new Error(`login: ${login.status}`);
const { token } = await login.json();
async function time(url) {
  const times = [];
  let body;
  for (let i = 0; i < requests + 5; i++) {
    const t0 = performance.now();
    const res = await fetch(base + url, { headers: { Authorization: `Bearer ${token}` } });
    body = await res.json();
    if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
    if (i >= 5) times.push(performance.now() - t0); // the first five warm the caches
  }
  return { p50: pct(times, 50), p95: pct(times, 95), body };
}
const INBOX = '/api/inbox?_start=0&_end=20';
const SUMMARY = '/api/inbox/summary';
const LIST = '/api/cost-warnings?_start=0&_end=20';
const measured = {};
for (const n of [BASELINE, records]) {
  await writeWarnings(n);
  const summary = await time(SUMMARY);
  if (summary.body.counts['cost-warnings'] !== n) throw new Error(`summary counts ${summary.body.counts['cost-warnings']} warnings, expected ${n}`);
  measured[n] = { inbox: await time(INBOX), summary, list: await time(LIST) };
}
child.kill('SIGTERM');
if (mysql) await db.end();
else db.close();

const f = (x) => `${x.toFixed(1)} ms`;
const rows = [
  [`GET ${INBOX}`, 'inbox'],
  [`GET ${SUMMARY}`, 'summary'],
  [`GET ${LIST} (plain list, baseline)`, 'list'],
];
console.log(`\n${mysql ? 'MariaDB' : 'SQLite'}, ${requests} sequential requests each, p50 / p95`);
console.log(`| request | ${BASELINE} open warnings | ${records} open warnings | ratio of p50 |`);
console.log('|---|---|---|---|');
for (const [label, key] of rows) {
  const a = measured[BASELINE][key];
  const b = measured[records][key];
  console.log(`| ${label} | ${f(a.p50)} / ${f(a.p95)} | ${f(b.p50)} / ${f(b.p95)} | ×${(b.p50 / a.p50).toFixed(2)} |`);
}
const at = measured[records];
console.log(
  `\nat ${records}: inbox page / plain list page ×${(at.inbox.p50 / at.list.p50).toFixed(2)}, summary / plain list page ×${(at.summary.p50 / at.list.p50).toFixed(2)}`,
);
fs.rmSync(dir, { recursive: true, force: true });
