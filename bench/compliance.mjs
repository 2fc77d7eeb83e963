#!/usr/bin/env node
// 政策合规审计 (issue 18) at province scale on MariaDB: a ledger of N people over 广西's counties (bench/ledger-fill.mjs,
// default 1,000,000, 97 % enrolled for 2026), M settlements of 2026 over the same counties (bench/settlement-rows.mjs's
// year generator, default 3,000,000; a few per cent of the stays reach 大病保险) and T tasks (default 100,000) written
// straight into the tables the computers read: verification tasks 40 %, rectification items 20 %, high-cost warnings,
// fraud clues, fraud cases and 疑点 10 % each, spread over the year, some open and overdue, some closed late. Then,
// as the province (gx_province), through HTTP:
//   (a) POST /api/compliance-runs {regionCode: '450000', period} for a month (2026-10), a quarter (2026-Q3) and the
//       year (2026), each polled to its end; baseline: one COUNT + SUM over the year's settlements (reading them once);
//   (b) GET /api/compliance?regionCode=450000&period=2026 (and the month with the counties) at U concurrent users
//       (default 20), R requests in all, with a think time of 1 s and with none; baseline: the registry's first page (GET /api/institutions) by the same users, the same way, just before;
//   (c) POST /api/compliance-snapshots (the year frozen), then GET /api/compliance/annual-report?regionCode=450000&year=2026
//       (the DOCX), 10 times; baseline: the same registry page, 10 times in a row.
// Targets (issue 18): a run ≤ 10 s, the scorecard's p99 ≤ 150 ms at 20 users, the annual report ≤ 2 s.
// Needs a build (npm run build) and an empty database (the API migrates it; a filled one is reused as it is):
//   scripts/mariadb.sh start /tmp/mdb 3407 && mariadb --no-defaults -h127.0.0.1 -P3407 -uyibao -pyibao -e 'CREATE DATABASE cbench'
//   BENCH_DATABASE_URL=mariadb://yibao:yibao@127.0.0.1:3407/cbench node bench/compliance.mjs
//     [--people 1000000] [--settlements 3000000] [--tasks 100000] [--users 20] [--requests 400] [--think 1000] (ms) [--buffer-pool 1024] (MiB)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { call, concurrentUsers, insertRows, login, percentile, runJob } from './api-server.mjs';
import { fillLedger } from './ledger-fill.mjs';
import { YEAR_SETTLEMENT_COLUMNS, benchArg as arg, seededRandom, startSettlementBench, yearSettlements } from './settlement-rows.mjs';

const require = createRequire(import.meta.url);
const mysql = require('mysql2/promise');
const people = arg('--people', 1_000_000);
const total = arg('--settlements', 3_000_000);
const tasks = arg('--tasks', 100_000);
const users = arg('--users', 20);
const requests = arg('--requests', 400);
const bufferPoolMb = arg('--buffer-pool', 1024);
const { databaseUrl, dir, child, base, peak } = await startSettlementBench('compliance');
const db = await mysql.createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), charset: 'utf8mb4' });
// as bench/scale.mjs: a server holding a million-row ledger is given more than the throwaway server's 128 MiB
if (bufferPoolMb) await db.query(`SET GLOBAL innodb_buffer_pool_size = ${bufferPoolMb * 1024 * 1024}`);
const secs = (t) => (performance.now() - t) / 1000;
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

// ── the province's records ───────────────────────────────────────────────────────────────────────────────────────
const fill = [];
const filled = await fillLedger(db, people);
if (filled) fill.push(`ledger ${people.toLocaleString()} people ${filled.people.toFixed(1)} s + enrollments ${filled.enrollments.toFixed(1)} s`);
const [[{ stored }]] = await db.query('SELECT COUNT(*) AS stored FROM settlements');
if (Number(stored) < total) {
  const [countyRows] = await db.query("SELECT code FROM regions WHERE level = 'county' AND code LIKE '45%' ORDER BY code");
  const rowOf = yearSettlements(
    countyRows.map((r) => r.code),
    Math.max(1, Math.floor(total / 4)),
    seededRandom(),
  );
  const PAID_BASIC = YEAR_SETTLEMENT_COLUMNS.indexOf('paidBasic');
  const PAID_CI = YEAR_SETTLEMENT_COLUMNS.indexOf('paidCriticalIllness');
  const TOTAL = YEAR_SETTLEMENT_COLUMNS.indexOf('totalCost');
  const t = performance.now();
  await insertRows({
    db,
    mysql: true,
    table: 'settlements',
    columns: YEAR_SETTLEMENT_COLUMNS,
    total: total - Number(stored),
    row: (k) => {
      const row = rowOf(Number(stored) + k);
      // the costliest stays (≈ 6 % of them) reach 大病保险: a tenth of the cost moves from basic to it
      if (row[TOTAL] > 2_800_000) {
        row[PAID_CI] = Math.floor(row[TOTAL] / 10);
        row[PAID_BASIC] -= row[PAID_CI];
      }
      return row;
    },
  });
  fill.push(`settlements ${(total - Number(stored)).toLocaleString()} ${secs(t).toFixed(1)} s`);
}

const [[{ written }]] = await db.query(
  'SELECT (SELECT COUNT(*) FROM verification_tasks) + (SELECT COUNT(*) FROM rectification_items) + (SELECT COUNT(*) FROM cost_warnings) + (SELECT COUNT(*) FROM fraud_clues) + (SELECT COUNT(*) FROM fraud_cases) + (SELECT COUNT(*) FROM fraud_suspicions) AS written',
);
if (Number(written) === 0 && tasks > 0) {
  const t = performance.now();
  const [[{ creator }]] = await db.query("SELECT id AS creator FROM users WHERE username = 'gx_province'");
  const [[{ maxId }]] = await db.query('SELECT MAX(id) AS maxId FROM beneficiaries');
  // n rows, one person of every `step` (spread over every county): SQL over the ledger, `b.id` drives dates and states
  const from = (n) => `FROM beneficiaries b WHERE b.id % ${Math.max(1, Math.floor(Number(maxId) / n))} = 0 ORDER BY b.id LIMIT ${n}`;
  // a 2026 China date from a number (day of the year 1–360, months of 30 days)
  const day = (expr) => `CONCAT('2026-', LPAD(1 + FLOOR(((${expr}) % 360) / 30), 2, '0'), '-', LPAD(1 + ((${expr}) % 30) % 28, 2, '0'))`;
  const at = (expr) => `TIMESTAMP(${day(expr)}, '10:00:00')`;
  const n = (share) => Math.floor(tasks * share);
  await db.query(
    `INSERT INTO verification_tasks (beneficiaryId, idNumber, name, regionCode, month, differenceType, deadline, outcome, closedAt)
     SELECT b.id, b.idNumber, b.name, b.regionCode, SUBSTR(${day('b.id')}, 1, 7), ELT(1 + b.id % 6, 'new', 'exited', 'identity_changed', 'not_enrolled', 'lapsed_subsidised', 'duplicate'),
            ${day('b.id + 15')}, IF(b.id % 10 < 7, 'enrolled', NULL), IF(b.id % 10 < 7, ${at('b.id + 10 + b.id % 9')}, NULL) ${from(n(0.4))}`,
  );
  await db.query(
    `INSERT INTO rectification_campaigns (name, documentNo, regionCode, immediateDays, transitionDueOn, startedOn, createdById)
     VALUES ('2026 年专项整治（bench）', '桂医保发〔2026〕1号', '450000', 30, '2026-12-31', '2026-01-05', ?)`,
    [creator],
  );
  const [[{ campaign }]] = await db.query('SELECT MAX(id) AS campaign FROM rectification_campaigns');
  const itemState = "ELT(1 + b.id % 6, 'identified', 'rectifying', 'closure_requested', 'closed', 'closed', 'dismissed')";
  await db.query(
    `INSERT INTO rectification_items (campaignId, regionCode, problemType, category, title, source, identifiedOn, dueOn, state, stateChangedAt, closedAt, createdById)
     SELECT ${campaign}, b.regionCode, ELT(1 + b.id % 8, 'zero_contribution', 'zero_copay', 'beyond_catalogue', 'unsustainable_promise', 'over_reimbursement', 'special_treatment', 'extra_layer', 'widened_scope'),
            IF(b.id % 2, 'immediate', 'transition'), CONCAT('问题 ', b.id), 'self_check', ${day('b.id')}, ${day('b.id + 30')}, ${itemState}, ${at('b.id + 25 + b.id % 11')},
            IF(${itemState} = 'closed', ${at('b.id + 25 + b.id % 11')}, NULL), ${creator} ${from(n(0.2))}`,
  );
  await db.query(
    `INSERT INTO cost_warnings (beneficiaryId, idNumber, name, regionCode, year, identityCategories, burdenFen, thresholdFen, settlementCount, department, state, stateChangedAt, measures, poolingRegionCode)
     SELECT b.id, b.idNumber, b.name, b.regionCode, 2026, b.identityCategories, 3000000, 1500000, 3, ELT(1 + b.id % 2, 'civil_affairs', 'rural_revitalization'),
            ELT(1 + b.id % 5, 'detected', 'verified', 'assisted', 'cleared', 'dismissed'), ${at('b.id')}, '[]', b.poolingRegionCode ${from(n(0.1))}`,
  );
  const clueState = "ELT(1 + b.id % 5, 'received', 'verifying', 'filed', 'not_filed', 'transferred')";
  await db.query(
    `INSERT INTO fraud_clues (regionCode, source, receivedOn, summary, subjectType, institutionCode, verifyDueOn, decidedOn, state, stateChangedAt, createdById)
     SELECT b.regionCode, 'tip_off', ${day('b.id')}, CONCAT('线索 ', b.id), 'institution', CONCAT('H', b.regionCode, '10000'), ${day('b.id + 21')},
            IF(b.id % 5 >= 2, ${day('b.id + 5 + b.id % 30')}, NULL), ${clueState}, ${at('b.id + 5')}, ${creator} ${from(n(0.1))}`,
  );
  const caseState =
    "ELT(1 + b.id % 10, 'filed', 'investigating', 'legal_review', 'reviewed', 'notified', 'hearing', 'decided', 'served', 'executing', 'closed')";
  await db.query(
    `INSERT INTO fraud_cases (caseNo, caseYear, caseSerial, regionCode, title, partyType, partyName, institutionCode, causes, conductEndedOn, amountInvolved, officerIds,
                              filedOn, decisionDueOn, decidedOn, state, stateChangedAt, createdById)
     SELECT CONCAT('桂医保案〔2026〕', b.id, '号'), 2026, b.id, b.regionCode, CONCAT('案件 ', b.id), 'institution', CONCAT(b.regionCode, ' 医院'), CONCAT('H', b.regionCode, '10000'),
            ',phantom_bed,', ${day('b.id')}, 100000, ',${creator},', ${day('b.id')}, ${day('b.id + 90')}, IF(b.id % 10 >= 6, ${day('b.id + 60')}, NULL), ${caseState}, ${at('b.id + 1')}, ${creator}
     ${from(n(0.1))}`,
  );
  await db.query(
    `INSERT INTO fraud_suspicions (regionCode, poolingRegionCode, year, runId, ruleId, hitKey, idNumber, name, settlementIds, amountAtStake, detail, state, dueOn, stateChangedAt, createdAt)
     SELECT b.regionCode, b.poolingRegionCode, 2026, 1, 'zero_oop', CONCAT('bench:', b.id), b.idNumber, b.name, '[]', 5000, '{}',
            ELT(1 + b.id % 4, 'pending', 'first_review', 'violation', 'dismissed'), ${day('b.id + 10')}, ${at('b.id + 3')}, ${at('b.id')} ${from(n(0.1))}`,
  );
  await db.query('ANALYZE TABLE settlements, verification_tasks, rectification_items, cost_warnings, fraud_clues, fraud_cases, fraud_suspicions');
  fill.push(`tasks ${tasks.toLocaleString()} ${secs(t).toFixed(1)} s`);
}

const [[counts]] = await db.query(
  `SELECT (SELECT COUNT(*) FROM beneficiaries) AS people, (SELECT COUNT(*) FROM settlements) AS settlements,
          (SELECT COUNT(*) FROM verification_tasks) + (SELECT COUNT(*) FROM rectification_items) + (SELECT COUNT(*) FROM cost_warnings)
          + (SELECT COUNT(*) FROM fraud_clues) + (SELECT COUNT(*) FROM fraud_cases) + (SELECT COUNT(*) FROM fraud_suspicions) AS tasks,
          VERSION() AS version, @@innodb_buffer_pool_size AS pool`,
);
console.log(
  `\ncompliance bench — ${counts.version}, buffer pool ${Math.round(counts.pool / 2 ** 20)} MiB, node ${process.version}: ${Number(counts.people).toLocaleString()} people, ` +
    `${Number(counts.settlements).toLocaleString()} settlements, ${Number(counts.tasks).toLocaleString()} tasks${fill.length ? ` (filled: ${fill.join('; ')})` : ''}`,
);
const province = await login(base, 'gx_province');
// the ledger was written behind the API's back, so every county's kept enrollment counts are stale; the rates page
// recounts them as the nightly job and every import do — a run then reads kept counts, as it would in production
const recount = performance.now();
await call(base, province, 'GET', '/api/enrollment-rates?regionCode=450000&year=2026');
console.log(`(kept enrollment counts refreshed by GET /api/enrollment-rates in ${secs(recount).toFixed(1)} s, before the runs)`);

// ── (a) runs ─────────────────────────────────────────────────────────────────────────────────────────────────────
const baselines = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  await db.query('SELECT COUNT(*), SUM(paidBasic) FROM settlements WHERE year = 2026');
  baselines.push(secs(t));
}
const floor = Math.min(...baselines);
console.log('\n| compliance run, 广西 (450000) | time | ÷ baseline | results | target |');
console.log('|---|---|---|---|---|');
console.log(`| baseline: one COUNT + SUM over the year's settlements (best of 3) | ${floor.toFixed(2)} s | ×1 | | |`);
for (const period of ['2026-10', '2026-Q3', '2026']) {
  const run = await runJob(base, province, 'compliance-runs', { regionCode: '450000', period }, { what: `compliance run ${period}`, everyMs: 100 });
  console.log(
    `| period ${period} | **${run.s.toFixed(2)} s** | ×${(run.s / floor).toFixed(1)} | ${run.result.results} over ${run.result.regions} regions | ≤ 10 s ${run.s <= 10 ? '✔' : '✘'} |`,
  );
}

// ── (b) the scorecard at `users` concurrent users ──────────────────────────────────────────────────────────────
// with think time (uniform 0.5–1.5 × `think` ms between a user's requests, as bench/scale.mjs): 20 people working the
// page; without (--think 0 rows): `users` requests always in flight, a stress test of one Node process on 2 cores
async function concurrently(url, think) {
  const get = async () => {
    const t = performance.now();
    const res = await fetch(base + url, { headers: { Authorization: `Bearer ${province}` } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    return performance.now() - t;
  };
  for (let i = 0; i < 5; i++) await get(); // warm-up
  const { times, rate } = await concurrentUsers(get, { users, requests, think });
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), rate };
}
const THINK = arg('--think', 1000);
console.log(`\n| ${users} concurrent users, ${requests} requests | think time | p50 | p95 | p99 | p99 ÷ baseline | req/s | target |`);
console.log('|---|---|---|---|---|---|---|---|');
for (const think of [THINK, 0]) {
  const registry = await concurrently('/api/institutions?_start=0&_end=20', think);
  const line = (label, r, target) =>
    console.log(
      `| ${label} | ${think ? `${think} ms` : 'none'} | ${ms(r.p50)} | ${ms(r.p95)} | **${ms(r.p99)}** | ×${(r.p99 / registry.p99).toFixed(1)} | ${r.rate.toFixed(0)} | ${target ? `≤ 150 ms ${r.p99 <= 150 ? '✔' : '✘'}` : ''} |`,
    );
  line('baseline: `GET /api/institutions?_start=0&_end=20`', registry);
  line(
    '`GET /api/compliance?regionCode=450000&period=2026` (province and its cities)',
    await concurrently('/api/compliance?regionCode=450000&period=2026', think),
    true,
  );
  line(
    '`GET /api/compliance?regionCode=450000&period=2026-10&depth=2` (and their counties)',
    await concurrently('/api/compliance?regionCode=450000&period=2026-10&depth=2', think),
    true,
  );
}

// ── (c) the annual report from the frozen year ───────────────────────────────────────────────────────────────────
// a database reused from an earlier run holds the frozen year already (409): the report reads that one
await call(base, province, 'POST', '/api/compliance-snapshots', { regionCode: '450000', period: '2026' }).catch((e) => {
  if (!/→ 409/.test(e.message)) throw e;
});
async function sequential(url, times = 10) {
  const out = [];
  let bytes = 0;
  for (let i = 0; i < times + 2; i++) {
    const t = performance.now();
    const res = await fetch(base + url, { headers: { Authorization: `Bearer ${province}` } });
    bytes = (await res.arrayBuffer()).byteLength;
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    if (i >= 2) out.push(performance.now() - t);
  }
  return { p50: percentile(out, 50), max: Math.max(...out), bytes };
}
const single = await sequential('/api/institutions?_start=0&_end=20');
const report = await sequential('/api/compliance/annual-report?regionCode=450000&year=2026');
console.log('\n| one request at a time, 10 after 2 warm-ups | p50 | max | ÷ baseline (p50) | target |');
console.log('|---|---|---|---|---|');
console.log(`| baseline: \`GET /api/institutions?_start=0&_end=20\` | ${ms(single.p50)} | ${ms(single.max)} | ×1 | |`);
console.log(
  `| \`GET /api/compliance/annual-report?regionCode=450000&year=2026\` (DOCX, ${(report.bytes / 1024).toFixed(0)} KiB) | ${ms(report.p50)} | **${ms(report.max)}** | ×${(report.p50 / single.p50).toFixed(1)} | ≤ 2 s ${report.max <= 2000 ? '✔' : '✘'} |`,
);
console.log(`(API peak RSS ${peak().toFixed(0)} MiB)`);
await db.end();
child.kill();
fs.rmSync(dir, { recursive: true, force: true });
