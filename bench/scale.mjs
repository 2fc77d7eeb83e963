#!/usr/bin/env node
// Issue 5 "Scale and speed" on MariaDB: fills a ledger of N people (default 1,000,000) over Guangxi's counties with
// multi-row INSERTs, then measures through the HTTP API (a built api/dist):
//   - beneficiary list pages at 20 concurrent users (filtered + sorted), p50/p95/p99
//   - page 1 vs page 10,000 (by _start, and by the _after cursor)
//   - province-wide enrollment rates and the bulletin: every county stale, counts current, one county stale
//   - roster imports of 100k and 1M rows (time, API peak RSS during each)
// Usage (an empty database on a throwaway server):
//   scripts/mariadb.sh start /tmp/ymdb-perf 3417
//   mariadb --no-defaults -h127.0.0.1 -P3417 -uyibao -pyibao -e 'CREATE DATABASE scale'
//   BENCH_DATABASE_URL=mariadb://yibao:yibao@127.0.0.1:3417/scale node bench/scale.mjs [--people 1000000] [--imports 100000,1000000]
//     [--buffer-pool 1024] (MiB; the throwaway server starts with 128) [--index 'CREATE INDEX …'] (try an index first)
//     [--redo-log 1024] (MiB; 96 by default) [--think 1000] [--users 20] [--requests 2000] [--skip-lists] [--seq-base 0] (roster ID sequences; raise when re-running)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { concurrentUsers } from './api-server.mjs';
import { fillLedger } from './ledger-fill.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const mysql = require('mysql2/promise');
const { idNumberCheckChar, ROSTER_HEADERS } = require(path.join(root, 'shared/dist/index.js'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const argAll = (name) => process.argv.flatMap((a, i) => (a === `--${name}` ? [process.argv[i + 1]] : []));
const PEOPLE = Number(arg('people', 1_000_000));
const IMPORTS = arg('imports', '100000,1000000').split(',').filter(Boolean).map(Number);
const BUFFER_POOL_MB = Number(arg('buffer-pool', 1024));
const USERS = Number(arg('users', 20));
const REQUESTS = Number(arg('requests', 2000));
const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl?.startsWith('mariadb://') && !databaseUrl?.startsWith('mysql://')) {
  console.error('set BENCH_DATABASE_URL=mariadb://user:pass@host:port/emptydb');
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-scale-'));
const port = 3900 + Math.floor(Math.random() * 40);
const base = `http://127.0.0.1:${port}`;
const out = [];
const say = (line) => {
  out.push(line);
  console.log(line);
};
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

// ---- the API (migrates the empty database; demo accounts, no demo ledger) ----------------------------------
// the heap bound `npm start` runs the API with (scripts/start.mjs), unless NODE_OPTIONS sets one
const heapFlags = /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=256'];
// BENCH_API_FLAGS: more node flags for the API, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof' (not allowed in NODE_OPTIONS)
const apiFlags = (process.env.BENCH_API_FLAGS ?? '').split(' ').filter(Boolean);
const child = spawn(process.execPath, [...heapFlags, ...apiFlags, path.join(root, 'api/dist/api/src/main.js')], {
  env: {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    YIBAO_DEMO: '1',
    DEMO_BENEFICIARIES: '0',
    UPLOAD_DIR: path.join(dir, 'uploads'),
    NODE_ENV: '',
  },
  stdio: ['ignore', process.env.BENCH_STDOUT ? 'inherit' : 'ignore', 'inherit'],
});
process.on('exit', () => child.kill('SIGTERM'));
for (;;) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 100));
}
const status = () => fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
const peakRss = () => Number(/VmHWM:\s+(\d+)/.exec(status())?.[1] ?? 0) / 1024;
// writing 5 to clear_refs resets VmHWM, so each import's peak is its own
const resetPeak = () => fs.writeFileSync(`/proc/${child.pid}/clear_refs`, '5');

const db = await mysql.createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), multipleStatements: true });
if (BUFFER_POOL_MB) await db.query(`SET GLOBAL innodb_buffer_pool_size = ${BUFFER_POOL_MB * 1024 * 1024}`);
// redo log (dynamic since MariaDB 10.11): the throwaway server's 96 MiB wraps several times during a 1M-row import
const REDO_MB = Number(arg('redo-log', 0));
if (REDO_MB) await db.query(`SET GLOBAL innodb_log_file_size = ${REDO_MB * 1024 * 1024}`);
const [[version]] = await db.query('SELECT VERSION() AS v, @@innodb_buffer_pool_size AS pool, @@innodb_log_file_size AS redo');
say(
  `\nscale bench — ${version.v}, buffer pool ${Math.round(version.pool / 2 ** 20)} MiB, redo log ${Math.round(version.redo / 2 ** 20)} MiB, node ${process.version}, ${os.cpus().length} cores`,
);

// ---- 1M people over Guangxi's counties, 2026 enrollments for 97% ---------------------------------------------
const filled = await fillLedger(db, PEOPLE);
if (filled) {
  say(
    `| fill: ${PEOPLE.toLocaleString()} people (multi-row INSERT, 5,000 a statement) | ${filled.people.toFixed(1)} s | ${Math.round(PEOPLE / filled.people).toLocaleString()} rows/s |`,
  );
  say(`| fill: their 2026 enrollments (INSERT … SELECT) | ${filled.enrollments.toFixed(1)} s | |`);
}
for (const sql of argAll('index')) {
  const t = performance.now();
  await db.query(sql);
  say(`| ${sql} | ${((performance.now() - t) / 1000).toFixed(1)} s |`);
}

// ---- sessions ------------------------------------------------------------------------------------------------
async function login(username) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo#2026' }),
  });
  return (await res.json()).token;
}
async function get(token, url) {
  const t = performance.now();
  const res = await fetch(base + url, { headers: { Authorization: `Bearer ${token}` } });
  const body = await res.json();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - t, body, total: res.headers.get('x-total-count') };
}

// ---- list pages at 20 concurrent users ------------------------------------------------------------------------
const province = await login('gx_province');
const city = await login('lz_city');
// USERS users share `requests` requests; each waits `think` ms (± 50 %) after a page before asking for the next
async function concurrent(label, token, urlFor, { requests = REQUESTS, think = 0 } = {}) {
  await get(token, urlFor(0)); // a real user's first page: plans cached, the count computed
  const { times, rate } = await concurrentUsers(async (i) => (await get(token, urlFor(i))).ms, { users: USERS, requests, think });
  say(`| ${label} | ${think ? `${think} ms` : 'none'} | ${ms(pct(times, 50))} | ${ms(pct(times, 95))} | ${ms(pct(times, 99))} | ${Math.round(rate)} req/s |`);
}
say(`\n| ${USERS} concurrent users, random page 1–50 | think time | p50 | p95 | p99 | throughput |`);
say('|---|---|---|---|---|---|');
const page = (i) => `&_start=${((i * 7919) % 50) * 20}&_end=${((i * 7919) % 50) * 20 + 20}`;
const cityFilter = 'regionCode_gte=450200&regionCode_lte=450299999';
const THINK = Number(arg('think', 1000));
const SKIP_LISTS = process.argv.includes('--skip-lists');
for (const think of SKIP_LISTS ? [] : [THINK, 0]) {
  const requests = think ? Math.min(REQUESTS, USERS * 20) : REQUESTS;
  await concurrent(
    'province supervisor, `status=active`, sorted by id (the admin default)',
    province,
    (i) => `/api/beneficiaries?status=active&_sort=id&_order=asc${page(i)}`,
    { requests, think },
  );
  await concurrent(
    'province supervisor, `status=active&identityCategory=rural_dibao`, sorted by id desc',
    province,
    (i) => `/api/beneficiaries?status=active&identityCategory=rural_dibao&_sort=id&_order=desc${page(i)}`,
    { requests, think },
  );
  await concurrent(
    'city officer 柳州, region subtree + `status=active`, sorted by id',
    city,
    (i) => `/api/beneficiaries?${cityFilter}&status=active&_sort=id&_order=asc${page(i)}`,
    { requests, think },
  );
  await concurrent('city officer 柳州, `status=active`, sorted by name', city, (i) => `/api/beneficiaries?status=active&_sort=name&_order=asc${page(i)}`, {
    requests: Math.min(requests, USERS * 10),
    think,
  });
}

// ---- deep pages ------------------------------------------------------------------------------------------------
async function median(token, url, n = 9) {
  const times = [];
  let last;
  for (let i = 0; i < n; i++) {
    last = await get(token, url);
    times.push(last.ms);
  }
  return { ms: pct(times, 50), body: last.body, total: last.total };
}
say(
  '\n| single user (median of 9 unless noted) | page 1 | page 10,000 by `_start`, first jump | the next pages by `_start` (bookmarked) | page 10,000 by `_after` cursor |',
);
say('|---|---|---|---|---|');
for (const [label, token, query] of [
  ['province, `status=active`, by id', province, 'status=active&_sort=id&_order=asc'],
  ['province, `status=active&identityCategory=rural_dibao`, by id desc', province, 'status=active&identityCategory=rural_dibao&_sort=id&_order=desc'],
  ['city 柳州, `status=active`, by id', city, 'status=active&_sort=id&_order=asc'],
  ['city 柳州, `status=active`, by name', city, 'status=active&_sort=name&_order=asc'],
].slice(0, SKIP_LISTS ? 0 : 9)) {
  const first = await median(token, `/api/beneficiaries?${query}&_start=0&_end=20`);
  const deepStart = Math.min(9999, Math.floor((Number(first.total) - 1) / 20) - 100) * 20; // page 10,000, or 100 pages from the end
  const cold = await get(token, `/api/beneficiaries?${query}&_start=${deepStart}&_end=${deepStart + 20}`);
  const nextTimes = [];
  for (let p = 1; p <= 9; p++)
    nextTimes.push((await get(token, `/api/beneficiaries?${query}&_start=${deepStart + p * 20}&_end=${deepStart + p * 20 + 20}`)).ms);
  const deep = await get(token, `/api/beneficiaries?${query}&_start=${deepStart}&_end=${deepStart + 20}`);
  // the cursor: the id of the last row of page 9,999
  const before = await get(token, `/api/beneficiaries?${query}&_start=${deepStart - 20}&_end=${deepStart}`);
  const cursor = before.body.length ? before.body[before.body.length - 1].id : null;
  const byCursor = cursor ? await median(token, `/api/beneficiaries?${query}&_after=${cursor}&_end=20`) : null;
  const same = byCursor && JSON.stringify(byCursor.body.map((r) => r.id)) === JSON.stringify(deep.body.map((r) => r.id));
  const pageNo = deepStart / 20 + 1;
  say(
    `| ${label} (${Number(first.total).toLocaleString()} rows${pageNo !== 10000 ? `; page ${pageNo.toLocaleString()}` : ''}) | ${ms(first.ms)} | ${ms(cold.ms)} | ${ms(pct(nextTimes, 50))} | ${byCursor ? `${ms(byCursor.ms)}${same ? '' : ' (differs!)'}` : 'n/a'} |`,
  );
}

// ---- rates ----------------------------------------------------------------------------------------------------
// kept per-county counts (decision 39): the first read after a bulk fill recounts every county; later reads
// recount only the counties written to since
{
  const ratesUrl = '/api/enrollment-rates?regionCode=450000&year=2026';
  const bulletinUrl = '/api/enrollment-bulletin?regionCode=450000&month=2026-05';
  await db.query('UPDATE ledger_county_generations SET generation = generation + 1');
  const cold = await get(province, ratesUrl);
  const warm = await median(province, ratesUrl, 9);
  await db.query("UPDATE ledger_county_generations SET generation = generation + 1 WHERE countyCode = '450202'");
  const oneCounty = await get(province, ratesUrl);
  const bulletin = await median(province, bulletinUrl, 9);
  say('\n| province rates and bulletin, 1M people | time |');
  say('|---|---|');
  say(`| \`GET ${ratesUrl}\` as gx_province, every county stale (first read after the bulk fill) | ${ms(cold.ms)} |`);
  say(`| the same, counts current (median of 9; ${warm.body.items.length} items) | ${ms(warm.ms)} |`);
  say(`| the same, after a write to one county (城中区 recounted) | ${ms(oneCounty.ms)} |`);
  say(`| \`GET ${bulletinUrl}\` (median of 9) | ${ms(bulletin.ms)} |`);
}

// ---- roster imports ---------------------------------------------------------------------------------------------
const labels = ['脱贫人口', '农村低保对象', '农村特困人员', '边缘易致贫户', '低保边缘对象', '农村低保对象、脱贫人口'];
async function rosterFile(rows, seqBase) {
  const file = path.join(dir, `roster-${rows}.csv`);
  const w = fs.createWriteStream(file);
  w.write('\uFEFF' + ROSTER_HEADERS.join(',') + '\n');
  const day0 = Date.UTC(1940, 0, 1);
  for (let i = 0; i < rows; i++) {
    const birth = new Date(day0 + (i % 20000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const id17 = `450202${birth}${String(seqBase + Math.floor(i / 20000)).padStart(3, '0')}`;
    if (!w.write(`${id17}${idNumberCheckChar(id17)},姓名${i},450202,${labels[i % labels.length]},民政,在册\n`)) await new Promise((r) => w.once('drain', r));
  }
  await new Promise((r) => w.end(r));
  return file;
}
const county = await login('lz_chengzhong');
say('\n| roster import as lz_chengzhong, every row new | time (upload → succeeded) | rows/s | API peak RSS | totalRows in the upload response |');
say('|---|---|---|---|---|');
// ID sequence digits of the generated rosters (000–099); start higher to import new people into a database used before
let seqBase = Number(arg('seq-base', 0));
for (const rows of IMPORTS) {
  const file = await rosterFile(rows, seqBase);
  seqBase += Math.ceil(rows / 20000);
  resetPeak();
  const form = new FormData();
  form.set('month', '2026-05');
  form.set('file', new Blob([fs.readFileSync(file)]), 'roster.csv');
  const t0 = performance.now();
  const res = await fetch(`${base}/api/roster-imports`, { method: 'POST', headers: { Authorization: `Bearer ${county}` }, body: form });
  const started = await res.json();
  if (!res.ok) throw new Error(JSON.stringify(started));
  let job;
  for (;;) {
    job = (await get(county, `/api/roster-imports/${started.id}`)).body;
    if (job.status === 'succeeded' || job.status === 'failed') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const secs = (performance.now() - t0) / 1000;
  say(
    `| ${rows.toLocaleString()} rows (${job.status}, errors ${job.errorCount}, ${JSON.stringify(job.counts)}) | ${secs.toFixed(1)} s | ${Math.round(rows / secs).toLocaleString()} | ${peakRss().toFixed(0)} MB | ${started.totalRows} |`,
  );
  fs.rmSync(file, { force: true });
}

await db.end();
child.kill('SIGTERM');
fs.rmSync(dir, { recursive: true, force: true });
fs.writeFileSync(path.join(os.tmpdir(), 'yibao-scale-last.md'), out.join('\n') + '\n');
