#!/usr/bin/env node
// 数据筛查 (issue 14) at pooling-region scale on MariaDB: generates N settlements (default 1,000,000) of 柳州's
// year 2026 over its counties — about 3 % flagged zero_oop and 2 % reimbursement_over_ceiling — then times over
// HTTP, as lz_city, the screening job (POST /api/over-protection-screenings → 202, polled to its end): a first
// run (opens the items) and a re-run (all unchanged). The baseline, measured in the same run on the same data:
// one plain COUNT over the same year's settlements of the region (the floor of reading them once).
// Needs a build (npm run build) and an empty database:
//   scripts/mariadb.sh start /tmp/mdb 3407 && mariadb --no-defaults -h127.0.0.1 -P3407 -uyibao -pyibao -e 'CREATE DATABASE sbench'
//   BENCH_DATABASE_URL=mariadb://yibao:yibao@127.0.0.1:3407/sbench node bench/rectification-screening.mjs [--settlements 1000000]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { call, login, runJob } from './api-server.mjs';
import { UNCOMPUTED, benchArg as arg, benchPerson, insertSettlements, seededRandom, startSettlementBench } from './settlement-rows.mjs';

const require = createRequire(import.meta.url);
const mysql = require('mysql2/promise');
const total = arg('--settlements', 1_000_000);
const { databaseUrl, dir, child, base, peak } = await startSettlementBench('screening');

// ── generate: a third as many persons as settlements, all of 柳州 (one pooling region) ──────────
const counties = ['450202', '450203', '450204', '450205', '450206', '450222', '450223', '450224', '450225', '450226'];
const conn = await mysql.createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), charset: 'utf8mb4' });
const persons = Math.max(1, Math.floor(total / 3));
const rand = seededRandom();
const generated = await insertSettlements(conn, total, (k) => {
  const p = k % persons;
  const { county, idNumber } = benchPerson(counties, p);
  const totalCost = 100_000 + Math.floor(rand() * 3_000_000);
  const inPolicy = totalCost;
  const r = rand();
  // 3 % paid in full (zero_oop), 2 % basic + 大病 alone over 95 % (reimbursement_over_ceiling), the rest ordinary
  const [basic, ci, aid, flags] =
    r < 0.03
      ? [Math.floor(inPolicy * 0.6), Math.floor(inPolicy * 0.2), inPolicy - Math.floor(inPolicy * 0.6) - Math.floor(inPolicy * 0.2), ',zero_oop,']
      : r < 0.05
        ? [Math.floor(inPolicy * 0.8), Math.floor(inPolicy * 0.17), 0, ',reimbursement_over_ceiling,']
        : [Math.floor(inPolicy * 0.55), Math.floor(inPolicy * 0.1), Math.floor(inPolicy * 0.1), ''];
  return [
    idNumber,
    `姓名${p}`,
    county,
    '450200',
    2026,
    `2026-${String(1 + (k % 12)).padStart(2, '0')}-15`,
    'H' + county + '001',
    '县人民医院',
    'secondary',
    'inpatient',
    1,
    ',rural_tekun,',
    totalCost,
    inPolicy,
    inPolicy,
    basic,
    ci,
    aid,
    0,
    totalCost - basic - ci - aid,
    UNCOMPUTED,
    flags,
  ];
});

/** The screening of 2026 under `campaignId`, polled every 100 ms to its end: seconds from the POST, and the summary. */
const screen = (token, campaignId) => runJob(base, token, 'over-protection-screenings', { year: 2026, campaignId }, { what: 'screening', everyMs: 100 });
const province = await login(base, 'gx_province');
const city = await login(base, 'lz_city');
const campaign = await call(base, province, 'POST', '/api/rectification-campaigns', {
  name: '过度保障问题专项治理（压测）',
  documentNo: '医保发〔2019〕57号',
  immediateDays: 30,
  transitionDueOn: '2030-12-31',
  startedOn: '2019-11-01',
});
const [[{ stored }]] = await conn.query("SELECT COUNT(*) AS stored FROM settlements WHERE year = 2026 AND regionCode LIKE '4502%'");
console.log(
  `\nscreening bench — MariaDB, ${Number(stored).toLocaleString()} settlements of 柳州 2026 (generated in ${generated.toFixed(1)} s), node ${process.version}`,
);
// baseline: the floor of reading the same rows once (warm), measured now on the same data
const baselines = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  await conn.query("SELECT COUNT(*), SUM(paidBasic) FROM settlements WHERE year = 2026 AND regionCode LIKE '4502%'");
  baselines.push((performance.now() - t) / 1000);
}
const baseline = Math.min(...baselines);
const first = await screen(city, campaign.id);
const again = await screen(city, campaign.id);
const line = (what, r) =>
  console.log(
    `| ${what} | ${r.s.toFixed(2)} s | ×${(r.s / baseline).toFixed(1)} | ${JSON.stringify({ created: r.result.created, updated: r.result.updated, unchanged: r.result.unchanged })} |`,
  );
console.log('| what | time | vs baseline | result |');
console.log('|---|---|---|---|');
console.log(`| baseline: one COUNT + SUM over the year's settlements of 柳州 (best of 3) | ${baseline.toFixed(2)} s | ×1 | |`);
line('screening, first run (opens the items)', first);
line('screening, re-run (all unchanged)', again);
console.log(
  `(API peak RSS ${peak().toFixed(0)} MiB; target ≤ 10 s; persons found: ${first.result.lines
    .map((l) => `${l.regionCode}/${l.problemType}=${l.affectedPersons}`)
    .slice(0, 4)
    .join(', ')} …)`,
);
await conn.end();
child.kill();
fs.rmSync(dir, { recursive: true, force: true });
