#!/usr/bin/env node
// 智能监控筛查 (issue 17) at pooling-region scale on MariaDB: generates N settlements (default 1,000,000) of 柳州's
// year 2026 over its counties and 50 institutions — 35 % inpatient stays with admission, discharge and an ICD-10
// diagnosis, a few persons per institution readmitted, overlapping, same-day, out of sex or age, 1 % zero_oop — and
// a ledger of 1,000 enrolled poor persons per county, then times over HTTP, as lz_city, the screening job
// (POST /api/screening-runs → 202, polled to its end): a first full run of all ten rules, an incremental re-run
// with nothing new, an incremental run after M (default 100,000) more settlements, and one after M more outpatient
// settlements only (the outlier rule's inputs unchanged: skipped). Baseline: one COUNT + SUM
// over the same year's settlements (the floor of reading them once).
// Needs a build (npm run build) and an empty database:
//   scripts/mariadb.sh start /tmp/mdb 3407 && mariadb --no-defaults -h127.0.0.1 -P3407 -uyibao -pyibao -e 'CREATE DATABASE rbench'
//   BENCH_DATABASE_URL=mariadb://yibao:yibao@127.0.0.1:3407/rbench node bench/screening-runs.mjs [--settlements 3000000] [--incremental 100000]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { login, runJob } from './api-server.mjs';
import { SETTLEMENT_COLUMNS, UNCOMPUTED, benchArg as arg, benchPerson, seededRandom, startSettlementBench } from './settlement-rows.mjs';

const require = createRequire(import.meta.url);
const mysql = require('mysql2/promise');
const total = arg('--settlements', 1_000_000);
const incremental = arg('--incremental', 100_000);
const { databaseUrl, dir, child, base, peak } = await startSettlementBench('screening-runs');

const counties = ['450202', '450203', '450204', '450205', '450206', '450222', '450223', '450224', '450225', '450226'];
const conn = await mysql.createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), charset: 'utf8mb4' });
const persons = Math.max(1, Math.floor(total / 4));
const rand = seededRandom();
const DIAGNOSES = ['J18.0', 'J18.9', 'I10', 'E11.9', 'K35.8', 'Z51.1', 'M54.5', 'I63.9', 'J44.1', 'K80.1'];
// rare: reserved for one sex or for infants (a man's pregnancy, a woman's prostate, an adult's perinatal code)
const RARE = ['O80', 'N40', 'P07.3', 'N76.0'];
const day = (doy) => new Date(Date.UTC(2026, 0, 1) + Math.min(364, Math.max(0, doy)) * 86_400_000).toISOString().slice(0, 10);
const COLUMNS = [...SETTLEMENT_COLUMNS, 'admittedOn', 'dischargedOn', 'diagnosisCode'];

/** Settlement k: person k mod persons at one of five institutions of the person's county. */
function settlementRow(k, outpatientOnly = false) {
  const p = k % persons;
  const { county, idNumber } = benchPerson(counties, p);
  const inpatient = !outpatientOnly && rand() < 0.35;
  // a person keeps to one institution for stays (readmissions), outpatient care anywhere of the county's five
  const inst = `H${county}1000${(inpatient ? p : p + k) % 5}`;
  const totalCost = inpatient ? (rand() < 0.003 ? 20_000 : 200_000 + Math.floor(rand() * 3_000_000)) : 5_000 + Math.floor(rand() * 50_000);
  const zero = rand() < 0.01;
  const oop = zero ? 0 : Math.floor(totalCost * 0.2);
  // spread over the year by settlement; a person's next settlement falls 0–40 days after (readmissions, overlaps)
  const admitted = (Math.floor(k / persons) * 40 + (p % 300) + Math.floor(rand() * 40)) % 360;
  // a few same-day stays and a few cheap long ones (挂床), the rest ordinary
  const los = rand() < 0.003 ? 0 : 1 + Math.floor(rand() * 12);
  const diagnosis = rand() < 0.002 ? RARE[Math.floor(rand() * RARE.length)] : DIAGNOSES[Math.floor(rand() * DIAGNOSES.length)];
  return [
    idNumber,
    `姓名${p}`,
    county,
    '450200',
    2026,
    day(inpatient ? admitted + los : admitted),
    inst,
    `${county} 医院 ${inst.slice(-1)}`,
    'secondary',
    inpatient ? 'inpatient' : 'outpatient',
    1,
    ',rural_tekun,',
    totalCost,
    totalCost,
    totalCost,
    totalCost - oop,
    0,
    0,
    0,
    oop,
    UNCOMPUTED,
    zero ? ',zero_oop,' : '',
    inpatient ? day(admitted) : null,
    inpatient ? day(admitted + los) : null,
    diagnosis,
  ];
}

async function insert(from, to, outpatientOnly = false, batch = 5000) {
  const t0 = performance.now();
  for (let i = from; i < to; i += batch) {
    const rows = [];
    for (let k = i; k < Math.min(to, i + batch); k++) rows.push(settlementRow(k, outpatientOnly));
    await conn.query(`INSERT INTO settlements (${COLUMNS.map((c) => '`' + c + '`').join(',')}) VALUES ?`, [rows]);
  }
  return (performance.now() - t0) / 1000;
}

const generated = await insert(0, total);
// the ledger the outlier rule divides by: 1,000 enrolled poor persons per county
for (const county of counties) {
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
  `\nscreening-runs bench — MariaDB, ${Number(stored).toLocaleString()} settlements of 柳州 2026 (generated in ${generated.toFixed(1)} s), node ${process.version}`,
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
