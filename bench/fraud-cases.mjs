#!/usr/bin/env node
// 欺诈骗保案件 at province scale (issue 16): N cases (default 100,000) over the cities and counties of 广西, in every state,
// with overdue and supervised ones, written straight into the table (a tenth with a pause); then GET /api/fraud-cases as
// the province (gx_province) and a city (lz_city): the default list (newest first), a deep page, and its filters; and
// GET /api/fraud-stats for the province. Each request --requests times after 10 warm-ups; p50/p95/p99 in ms, and p99 as a
// ratio of the baseline measured the same way, in the same run, as the same account just before its lists: the
// registry's first page (`GET /api/institutions`, the demo's 40 institutions) — the cost of any authenticated list.
// Needs a build (npm run build).
//   node bench/fraud-cases.mjs [--cases 100000] [--requests 200]          (a fresh SQLite file)
//   BENCH_DATABASE_URL=mariadb://yibao:yibao@127.0.0.1:3407/fcbench node bench/fraud-cases.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { insertRows, login, startApi, timeGets } from './api-server.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { FRAUD_CAUSES_BY_PARTY_TYPE, FRAUD_CASE_STATES, addDays, chinaDate } = require(path.join(root, 'shared/dist/index.js'));
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const total = arg('--cases', 100_000);
const requests = arg('--requests', 200);
const WARMUP = 10;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-cases-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL || `sqlite:${path.join(dir, 'bench.sqlite')}`;
const mysql = !databaseUrl.startsWith('sqlite:');

const { child, base } = await startApi({ DATABASE_URL: databaseUrl, YIBAO_DEMO: '1', DEMO_BENEFICIARIES: '0', UPLOAD_DIR: path.join(dir, 'uploads') });
const db = mysql
  ? await require('mysql2/promise').createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), charset: 'utf8mb4' })
  : new (require('better-sqlite3'))(databaseUrl.slice('sqlite:'.length));
const q = (name) => (mysql ? `\`${name}\`` : `"${name}"`);
const select = async (sql, values = []) => (mysql ? (await db.query(sql, values))[0] : db.prepare(sql).all(...values));
const today = chinaDate(new Date());

const units = await select(`SELECT code, name, level FROM regions WHERE code LIKE '45%' AND level IN ('city', 'county') ORDER BY code`);
const [{ id: creatorId }] = await select(`SELECT id FROM users WHERE username = 'lz_head'`);
const officers = (await select(`SELECT id FROM users WHERE username IN ('lz_inspector', 'lz_inspector2')`)).map((u) => u.id);
let seed = 16;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const OPEN = ['filed', 'investigating', 'legal_review', 'reviewed', 'notified', 'hearing'];
const columns = [
  'caseNo',
  'caseYear',
  'caseSerial',
  'regionCode',
  'title',
  'partyType',
  'partyName',
  'institutionCode',
  'causes',
  'conductEndedOn',
  'healthHarmed',
  'amountInvolved',
  'officerIds',
  'filedOn',
  'decisionDueOn',
  'decidedOn',
  'fine',
  'recoup',
  'supervised',
  'state',
  'createdById',
  'stateChangedAt',
  'version',
  'createdAt',
  'updatedAt',
];
const serials = new Map();
function row(k) {
  const unit = rand() < 0.2 ? pick(units.filter((u) => u.level === 'city')) : pick(units);
  const filedOn = addDays(today, -Math.floor(rand() * 700));
  const year = Number(filedOn.slice(0, 4));
  const key = `${unit.code}:${year}`;
  const serial = (serials.get(key) ?? 0) + 1;
  serials.set(key, serial);
  const state = pick(FRAUD_CASE_STATES);
  const decided = ['decided', 'served', 'executing', 'closed'].includes(state);
  const cause = pick(FRAUD_CAUSES_BY_PARTY_TYPE.institution);
  const amount = 100_000 + Math.floor(rand() * 5_000_000);
  const code = `H${unit.code.slice(0, 6)}${String(k % 99999).padStart(5, '0')}`;
  return [
    `${unit.name}医保稽〔${year}〕${serial}号`,
    year,
    serial,
    unit.code,
    `${unit.name}某医院涉嫌案（${k}）`,
    'institution',
    `${unit.name}某医院`,
    code,
    `,${cause},`,
    addDays(filedOn, -100),
    0,
    amount,
    `,${officers.join(',')},`,
    filedOn,
    addDays(filedOn, 90),
    decided ? addDays(filedOn, 60) : null,
    decided ? amount : 0,
    decided ? amount : 0,
    OPEN.includes(state) && rand() < 0.05 ? 1 : 0,
    state,
    creatorId,
    `${filedOn} 09:30:00.000`,
    1,
    `${filedOn} 09:30:00.000`,
    `${filedOn} 09:30:00.000`,
  ];
}
const t0 = performance.now();
await insertRows({ db, mysql, table: 'fraud_cases', columns, total, row });
// a pause on a tenth of the open cases
await (mysql ? db.query.bind(db) : (sql) => db.exec(sql))(
  `INSERT INTO fraud_case_pauses (${['caseId', 'kind', 'fromOn', 'toOn', 'recordedBy', 'at'].map(q).join(',')}) SELECT id, 'appraisal', filedOn, filedOn, 'bench', createdAt FROM fraud_cases WHERE id % 10 = 0`,
);
if (mysql) await db.query('ANALYZE TABLE fraud_cases');
console.log(`seeded ${total} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s (${mysql ? 'MariaDB' : 'SQLite'})`);

const fixed = (n) => n.toFixed(1);
const time = async (token, url) => {
  const r = await timeGets(base, token, url, { requests, warmup: WARMUP });
  return { p50: fixed(r.p50), p95: fixed(r.p95), p99: fixed(r.p99), total: r.total };
};
const province = await login(base, 'gx_province');
const city = await login(base, 'lz_city');
const results = [];
for (const [who, token] of [
  ['province 广西', province],
  ['city 柳州', city],
]) {
  const baseline = await time(token, '/api/institutions?_start=0&_end=20');
  results.push({ who, label: 'baseline: GET /api/institutions (40 rows)', ...baseline, ratio: '×1.0' });
  for (const [label, url] of [
    ['default list, page 1', '/api/fraud-cases?_start=0&_end=20'],
    ['deep page (5,000)', '/api/fraud-cases?_start=5000&_end=5020'],
    ['state=investigating', '/api/fraud-cases?state=investigating&_start=0&_end=20'],
    ['overdue=true', '/api/fraud-cases?overdue=true&_start=0&_end=20'],
    ['supervised=true', '/api/fraud-cases?supervised=true&_start=0&_end=20'],
    ['cause=duplicate_charge', '/api/fraud-cases?cause=duplicate_charge&_start=0&_end=20'],
    [`filedOn ≥ ${addDays(today, -30)}`, `/api/fraud-cases?filedOn_gte=${addDays(today, -30)}&_start=0&_end=20`],
    ['q=某医院涉嫌案（4242', `/api/fraud-cases?q=${encodeURIComponent('某医院涉嫌案（4242')}&_start=0&_end=20`],
    ['sort decisionDueOn', '/api/fraud-cases?_sort=decisionDueOn&_order=asc&_start=0&_end=20'],
  ]) {
    const r = await time(token, url);
    results.push({ who, label, ...r, ratio: `×${(r.p99 / baseline.p99).toFixed(1)}` });
  }
  if (token === province) {
    const r = await time(province, `/api/fraud-stats?year=${today.slice(0, 4)}`);
    results.push({ who, label: `GET /api/fraud-stats?year=${today.slice(0, 4)}`, ...r, ratio: `×${(r.p99 / baseline.p99).toFixed(1)}` });
  }
}
console.table(results);
child.kill();
if (mysql) await db.end();
else db.close();
// --keep: leave the SQLite file for EXPLAIN
if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
