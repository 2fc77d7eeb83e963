#!/usr/bin/env node
// 智能监控筛查 (issue 17) at pooling-region scale on MariaDB: generates N settlements (default 1,000,000) of 柳州's
// year 2026 over its counties and 50 institutions — 35 % inpatient stays with admission, discharge and an ICD-10
// diagnosis, a few persons per institution readmitted, overlapping, same-day, out of sex or age, 1 % zero_oop — and
// a ledger of 1,000 enrolled poor persons per county, then times over HTTP, as lz_city, the screening job
// (POST /api/screening-runs → 202, polled to its end): a first full run of all ten rules, an incremental re-run
// with nothing new, an incremental run after M (default 100,000) more settlements, and one after M more outpatient
// settlements only (the outlier rule's inputs unchanged: skipped). Baseline: one COUNT + SUM
// over the same year's settlements (the floor of reading them once).
// Needs a build (npm run build) and an empty database, or one this bench filled with the same --settlements (reused):
//   scripts/mariadb.sh start /tmp/mdb 3407 && mariadb --no-defaults -h127.0.0.1 -P3407 -uyibao -pyibao -e 'CREATE DATABASE rbench'
//   BENCH_DATABASE_URL=mariadb://yibao:yibao@127.0.0.1:3407/rbench node bench/screening-runs.mjs [--settlements 3000000] [--incremental 100000]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { login, runJob } from './api-server.mjs';
import { YEAR_SETTLEMENT_COLUMNS, benchArg as arg, benchPerson, seededRandom, startSettlementBench, yearSettlements } from './settlement-rows.mjs';

const require = createRequire(import.meta.url);
const mysql = require('mysql2/promise');
const total = arg('--settlements', 1_000_000);
const incremental = arg('--incremental', 100_000);
const { databaseUrl, dir, child, base, peak } = await startSettlementBench('screening-runs');

const counties = ['450202', '450203', '450204', '450205', '450206', '450222', '450223', '450224', '450225', '450226'];
const conn = await mysql.createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), charset: 'utf8mb4' });
const persons = Math.max(1, Math.floor(total / 4));
const rand = seededRandom();
const COLUMNS = YEAR_SETTLEMENT_COLUMNS;
const settlementRow = yearSettlements(counties, persons, rand);

async function insert(from, to, outpatientOnly = false, batch = 5000) {
  const t0 = performance.now();
  for (let i = from; i < to; i += batch) {
    const rows = [];
    for (let k = i; k < Math.min(to, i + batch); k++) rows.push(settlementRow(k, outpatientOnly));
    await conn.query(`INSERT INTO settlements (${COLUMNS.map((c) => '`' + c + '`').join(',')}) VALUES ?`, [rows]);
  }
  return (performance.now() - t0) / 1000;
}

// a database this bench filled before (the first `total` settlements in place) is reused: what the last run added
// and found is removed — the settlements above `total`, the 疑点, the rules' marks — and the random sequence is
// replayed over the first `total` rows, so the incremental batches are the same settlements as on a fresh fill
const [[{ kept }]] = await conn.query('SELECT COUNT(*) AS kept FROM settlements WHERE id <= ?', [total]);
const reused = Number(kept) === total;
let generated = 0;
if (reused) {
  for (let k = 0; k < total; k++) settlementRow(k);
  await conn.query('DELETE FROM settlements WHERE id > ?', [total]);
  for (const table of ['fraud_suspicions', 'screening_rule_marks', 'screening_outlier_admissions']) await conn.query(`DELETE FROM ${table}`);
} else generated = await insert(0, total);
// the ledger the outlier rule divides by: 1,000 enrolled poor persons per county
for (const county of reused ? [] : counties) {
  const rows = [];
  for (let i = 0; i < 1000; i++) {
    const { idNumber } = benchPerson([county], 5_000_000 + i);
    rows.push([idNumber, '台账', '1970-01-01', 'male', county, '450200', ',rural_tekun,', 'civil_affairs', 'active']);
  }
  await conn.query(
    'INSERT INTO beneficiaries (idNumber, name, birthDate, sex, regionCode, poolingRegionCode, identityCategories, sourceDepartment, status) VALUES ?',
    [rows],
  );
  await conn.query(
    "INSERT INTO enrollments (beneficiaryId, year, regionCode, enrolled, scheme) SELECT id, 2026, regionCode, 1, 'resident_basic' FROM beneficiaries WHERE regionCode = ?",
    [county],
  );
  await conn.query('INSERT INTO ledger_county_generations (countyCode, generation) VALUES (?, 1) ON DUPLICATE KEY UPDATE generation = generation + 1', [
    county,
  ]);
}

const run = (token, body) => runJob(base, token, 'screening-runs', body, { what: 'screening run', everyMs: 200 });
const city = await login(base, 'lz_city');
const [[{ stored }]] = await conn.query("SELECT COUNT(*) AS stored FROM settlements WHERE year = 2026 AND poolingRegionCode = '450200'");
console.log(
  `\nscreening-runs bench — MariaDB, ${Number(stored).toLocaleString()} settlements of 柳州 2026 (${reused ? 'reused' : `generated in ${generated.toFixed(1)} s`}), node ${process.version}`,
);
const baselines = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  await conn.query("SELECT COUNT(*), SUM(paidBasic) FROM settlements WHERE year = 2026 AND poolingRegionCode = '450200'");
  baselines.push((performance.now() - t) / 1000);
}
const baseline = Math.min(...baselines);
const lines = (r) => r.result.rules.map((l) => `${l.ruleId} ${l.skipped ? 'skipped' : `${l.hits}/${l.read}`} ${l.seconds.toFixed(1)} s`).join('; ');
const first = await run(city, { year: 2026 });
const quiet = await run(city, { year: 2026 });
const added = await insert(total, total + incremental);
const more = await run(city, { year: 2026 });
// outpatient care only (no input of the outlier rule, which is then not recomputed)
const outpatient = await insert(total + incremental, total + 2 * incremental, true);
const visits = await run(city, { year: 2026 });
console.log('| what | time | vs baseline | per rule: hits/read, seconds |');
console.log('|---|---|---|---|');
console.log(`| baseline: one COUNT + SUM over the year's settlements of 柳州 (best of 3) | ${baseline.toFixed(2)} s | ×1 | |`);
console.log(`| all ten rules, first (full) run | ${first.s.toFixed(2)} s | ×${(first.s / baseline).toFixed(1)} | ${lines(first)} |`);
console.log(
  `| incremental re-run, nothing new (the outlier's inputs unchanged: skipped) | ${quiet.s.toFixed(2)} s | ×${(quiet.s / baseline).toFixed(1)} | ${lines(quiet)} |`,
);
console.log(
  `| incremental run over ${incremental.toLocaleString()} new settlements (inserted in ${added.toFixed(1)} s) | ${more.s.toFixed(2)} s | ×${(more.s / baseline).toFixed(1)} | ${lines(more)} |`,
);
console.log(
  `| incremental run over ${incremental.toLocaleString()} new outpatient settlements (inserted in ${outpatient.toFixed(1)} s) | ${visits.s.toFixed(2)} s | ×${(visits.s / baseline).toFixed(1)} | ${lines(visits)} |`,
);
console.log(`(API peak RSS ${peak().toFixed(0)} MiB; targets: 1M ≤ 60 s, 3M ≤ 180 s, RSS ≤ 512 MiB, incremental 100k ≤ 10 s)`);
await conn.end();
child.kill();
fs.rmSync(dir, { recursive: true, force: true });
