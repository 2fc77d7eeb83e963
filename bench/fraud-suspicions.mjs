#!/usr/bin/env node
// 疑点审核 queue at scale (issue 17: the queue p99 ≤ 50 ms at 20 users): N 疑点 (default 100,000) over 广西's cities and
// counties, in every stage, a fifth claimed, written straight into the table; then 20 users at once (柳州's city officer,
// inspectors and 城中区's county officer, in turns) page the queue as the page does — the default page, by rule, by
// state, overdue, unclaimed, a deep page — each --requests times after warm-ups. The baseline is measured the same way,
// in the same run, with the same 20 users: the registry's first page (`GET /api/institutions`, the demo's 40 rows).
// p50/p99 in ms, p99 as a ratio of the baseline's. Needs a build (npm run build).
//   node bench/fraud-suspicions.mjs [--suspicions 100000] [--requests 50] [--users 20] [--think 1000] (ms; then 0 too)  (a fresh SQLite file)
//   BENCH_DATABASE_URL=mariadb://yibao:yibao@127.0.0.1:3407/fsbench node bench/fraud-suspicions.mjs
//   --explain: also print each request's count and page plans (EXPLAIN QUERY PLAN / EXPLAIN) for 柳州's city officer, the
//   SQL built by the API's own list contract and scope helper (api/dist), and each statement's time alone (median of 30);
//   with --requests 0 only that
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { insertRows, login, percentile, startApi } from './api-server.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { SCREENING_RULES, FRAUD_SUSPICION_STATES, addDays, chinaDate, idNumberCheckChar } = require(path.join(root, 'shared/dist/index.js'));
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const total = arg('--suspicions', 100_000);
const requests = arg('--requests', 50);
const users = arg('--users', 20);
const THINK = arg('--think', 1000);
const WARMUP = 5;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-suspicions-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL || `sqlite:${path.join(dir, 'bench.sqlite')}`;
const mysql = !databaseUrl.startsWith('sqlite:');

const { child, base } = await startApi({ DATABASE_URL: databaseUrl, YIBAO_DEMO: '1', DEMO_BENEFICIARIES: '0', UPLOAD_DIR: path.join(dir, 'uploads') });
const db = mysql
  ? await require('mysql2/promise').createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), charset: 'utf8mb4' })
  : new (require('better-sqlite3'))(databaseUrl.slice('sqlite:'.length));
const select = async (sql, values = []) => (mysql ? (await db.query(sql, values))[0] : db.prepare(sql).all(...values));
const today = chinaDate(new Date());

const counties = (await select(`SELECT code FROM regions WHERE code LIKE '45%' AND level = 'county' ORDER BY code`)).map((r) => r.code);
const institutions = (await select(`SELECT code, name, regionCode FROM institutions ORDER BY code`)).map((r) => ({ ...r }));
const [{ id: inspectorId }] = await select(`SELECT id FROM users WHERE username = 'lz_inspector'`);
let seed = 17;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
// 柳州's counties hold a third of the 疑点 (its queue is the one paged), the rest spread over 广西
const liuzhou = counties.filter((c) => c.startsWith('4502'));
const OPEN = FRAUD_SUSPICION_STATES.filter((s) => s !== 'violation' && s !== 'dismissed');
const columns = [
  'regionCode',
  'poolingRegionCode',
  'year',
  'runId',
  'ruleId',
  'hitKey',
  'institutionCode',
  'institutionName',
  'idNumber',
  'name',
  'settlementIds',
  'amountAtStake',
  'detail',
  'state',
  'finished',
  'dueOn',
  'dueApproximate',
  'claimedById',
  'claimedAt',
  'dismissReason',
  'version',
  'createdAt',
  'updatedAt',
  'stateChangedAt',
];
function row(k) {
  const county = rand() < 0.34 ? pick(liuzhou) : pick(counties);
  const state = rand() < 0.7 ? pick(OPEN) : pick(FRAUD_SUSPICION_STATES);
  const open = OPEN.includes(state);
  const institution = pick(institutions);
  const id17 = `${county}1960${String(1 + (k % 12)).padStart(2, '0')}${String(1 + (k % 28)).padStart(2, '0')}${String(k % 1000).padStart(3, '0')}`;
  const createdOn = addDays(today, -Math.floor(rand() * 200));
  const at = `${createdOn} 08:00:00.000`;
  return [
    county,
    `${county.slice(0, 4)}00`,
    2026,
    1,
    pick(SCREENING_RULES),
    createHash('sha256').update(`bench|${k}`).digest('hex'),
    institution.code,
    institution.name,
    id17 + idNumberCheckChar(id17),
    '测试对象',
    JSON.stringify([k * 2 + 1, k * 2 + 2]),
    Math.floor(rand() * 2_000_000),
    '基准测试疑点',
    state,
    open ? 0 : 1,
    open ? addDays(createdOn, 15 + Math.floor(rand() * 20)) : null,
    0,
    open && rand() < 0.2 ? inspectorId : null,
    open && rand() < 0.2 ? at : null,
    state === 'dismissed' ? 'data_error' : null,
    1,
    at,
    at,
    at,
  ];
}
const t0 = performance.now();
await insertRows({ db, mysql, table: 'fraud_suspicions', columns, total, row });
if (mysql) await db.query('ANALYZE TABLE fraud_suspicions');
console.log(`seeded ${total} 疑点 in ${((performance.now() - t0) / 1000).toFixed(1)} s (${mysql ? 'MariaDB' : 'SQLite'})`);

const accounts = ['lz_city', 'lz_inspector', 'lz_inspector2', 'lz_chengzhong'];
const tokens = [];
for (const who of accounts) tokens.push(await login(base, who));

/**
 * `users` clients at once, each `requests` GETs of `url` (after warm-ups), with the accounts in turn: every latency.
 * With `think` (ms) a user pauses 0.5–1.5 × think between requests, starting staggered (as bench/compliance.mjs): 20
 * people working the queue; without, `users` requests are always in flight (a stress test of one Node process).
 */
async function concurrent(url, think) {
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  const one = async (u) => {
    const token = tokens[u % tokens.length];
    const times = [];
    if (think) await pause((u / users) * think);
    for (let i = 0; i < requests + WARMUP; i++) {
      if (think && i) await pause(think * (0.5 + Math.random()));
      const t = performance.now();
      const res = await fetch(base + url, { headers: { Authorization: `Bearer ${token}` } });
      await res.json();
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      if (i >= WARMUP) times.push(performance.now() - t);
    }
    return times;
  };
  const all = (await Promise.all(Array.from({ length: users }, (_, u) => one(u)))).flat();
  return { p50: percentile(all, 50), p99: percentile(all, 99) };
}

const REQUESTS = [
  ['queue, page 1 (open first, by due date)', '/api/fraud-suspicions?_start=0&_end=20'],
  ['ruleId=split_admission', '/api/fraud-suspicions?ruleId=split_admission&_start=0&_end=20'],
  ['state=pending', '/api/fraud-suspicions?state=pending&_start=0&_end=20'],
  ['overdue=true', '/api/fraud-suspicions?overdue=true&_start=0&_end=20'],
  ['claimed=unclaimed', '/api/fraud-suspicions?claimed=unclaimed&_start=0&_end=20'],
  ['deep page (2,000)', '/api/fraud-suspicions?_start=2000&_end=2020'],
];

if (process.argv.includes('--explain')) {
  // the statements fetchList runs for 柳州's city officer: the count and the page (a deep page: its key walk)
  const dist = (p) => require(path.join(root, 'api/dist/api/src', p));
  require(path.join(root, 'node_modules/reflect-metadata'));
  const { createDataSource } = dist('database/data-source.js');
  const { parseDatabaseUrl } = dist('config/config.js');
  const { ENTITIES } = dist('areas.js');
  const { scopeQuery } = dist('common/region-scope.js');
  const { planList } = dist('common/list/contract.js');
  const { suspicionListFor } = dist('policy/screening/fraud-suspicions/fraud-suspicions.service.js');
  const { FraudSuspicion } = dist('policy/screening/fraud-suspicions/fraud-suspicion.entity.js');
  const ds = await createDataSource(parseDatabaseUrl(databaseUrl), ENTITIES).initialize();
  const explain = async (sql, params) => {
    const rows = await ds.query(`${mysql ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${sql}`, params);
    return rows.map((r) => (mysql ? `${r.table}: ${r.type} on ${r.key} (${r.rows} rows) ${r.Extra ?? ''}` : r.detail)).join(' | ');
  };
  for (const [label, url] of REQUESTS) {
    const query = Object.fromEntries(new URL(url, 'http://x').searchParams);
    const qb = scopeQuery(ds.getRepository(FraudSuspicion).createQueryBuilder('s'), { regionCode: '450200' });
    const { window } = planList(qb, query, suspicionListFor(0));
    const count = qb.clone().orderBy().select('COUNT(*)', 'n').getQueryAndParameters();
    const page =
      window.skip >= 1000
        ? qb.clone().select('s.id', 'lqpk').offset(window.skip).limit(window.take).getQueryAndParameters()
        : qb.clone().offset(window.skip).limit(window.take).getQueryAndParameters();
    // each statement alone, one at a time (median of 30 after 3 warm-ups): the database's share of a request
    const alone = async (sql, params) => {
      const times = [];
      for (let i = 0; i < 33; i++) {
        const t = performance.now();
        await ds.query(sql, params);
        if (i >= 3) times.push(performance.now() - t);
      }
      return percentile(times, 50).toFixed(2);
    };
    console.log(`${label}\n  count: ${await explain(...count)} — ${await alone(...count)} ms\n  page:  ${await explain(...page)} — ${await alone(...page)} ms`);
  }
  await ds.destroy();
}

if (!requests) {
  // --requests 0: the plans and statement times only
  child.kill();
  if (mysql) await db.end();
  else db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

for (const think of [THINK, 0]) {
  const baseline = await concurrent('/api/institutions?_start=0&_end=20', think);
  const results = [{ request: 'baseline: GET /api/institutions (40 rows)', p50: baseline.p50.toFixed(1), p99: baseline.p99.toFixed(1), ratio: '×1.0' }];
  for (const [label, url] of REQUESTS) {
    const r = await concurrent(url, think);
    results.push({ request: label, p50: r.p50.toFixed(1), p99: r.p99.toFixed(1), ratio: `×${(r.p99 / baseline.p99).toFixed(1)}` });
  }
  const pace = think ? `a think time of ${think} ms between a user's requests` : 'no think time (always in flight)';
  console.log(`${users} users, ${pace}, ${requests} requests each after ${WARMUP} warm-ups (${mysql ? 'MariaDB' : 'SQLite'})`);
  console.table(results);
}
child.kill();
if (mysql) await db.end();
else db.close();
fs.rmSync(dir, { recursive: true, force: true });
