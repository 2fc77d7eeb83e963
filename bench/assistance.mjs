#!/usr/bin/env node
// 三重制度 at province scale on MariaDB: generates N recorded settlements (default 1,000,000) over the counties
// of 柳州 and 桂林, then times over HTTP: warning detection for the province (as gx_province), a re-run (all
// unchanged), the province stats, and recomputing computed tiers and flags for the year (as each city).
// Needs a build (npm run build) and an empty database:
//   scripts/mariadb.sh start /tmp/mdb 3407 && mariadb --no-defaults -h127.0.0.1 -P3407 -uyibao -pyibao -e 'CREATE DATABASE abench'
//   BENCH_DATABASE_URL=mariadb://yibao:yibao@127.0.0.1:3407/abench node bench/assistance.mjs [--settlements 1000000]
//     [--redo-log 1024] (MiB, SET GLOBAL innodb_log_file_size first) [--reuse] (keep the settlements of an earlier
//     run: only reset their computed tiers, so recompute has every row to rewrite again)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { call, login as loginAt, runJob as runJobAt } from './api-server.mjs';
import { UNCOMPUTED, benchArg as arg, benchPerson, insertSettlements, seededRandom, startSettlementBench } from './settlement-rows.mjs';

const require = createRequire(import.meta.url);
const mysql = require('mysql2/promise');
const total = arg('--settlements', 1_000_000);
const { databaseUrl, dir, child, base, peak } = await startSettlementBench('assistance');

// ── generate: a third as many persons as settlements; one in four in a monitored category ──────────
const counties = [
  '450202',
  '450203',
  '450204',
  '450205',
  '450206',
  '450222',
  '450223',
  '450224',
  '450225',
  '450226',
  '450302',
  '450303',
  '450304',
  '450305',
  '450311',
  '450312',
  '450321',
  '450323',
  '450324',
  '450325',
];
const categories = [
  ',dibao_marginal,',
  ',monitored_unstable,',
  ',rural_low_income,',
  ',registered_poor,rural_dibao,',
  ',rural_dibao,',
  ',urban_low_income,',
  ',monitored_sudden,',
  ',rural_other_hardship,',
];
const conn = await mysql.createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), charset: 'utf8mb4' });
const redo = arg('--redo-log', 0);
if (redo) await conn.query(`SET GLOBAL innodb_log_file_size = ${redo * 1024 * 1024}`);
const reuse = process.argv.includes('--reuse');
const persons = Math.max(1, Math.floor(total / 3));
const rand = seededRandom();
const t0 = performance.now();
if (reuse) await conn.query(`UPDATE settlements SET computed = '${UNCOMPUTED}', flags = ''`);
const generated = reuse
  ? (performance.now() - t0) / 1000
  : await insertSettlements(conn, total, (k) => {
      const p = k % persons;
      const { county, idNumber } = benchPerson(counties, p);
      const totalCost = 100_000 + Math.floor(rand() * 3_000_000);
      const inPolicy = Math.floor(totalCost * 0.9);
      const basic = Math.floor(inPolicy * 0.55);
      const ci = Math.floor(inPolicy * 0.1);
      const aid = Math.floor(inPolicy * 0.1);
      const visit = ['outpatient', 'chronic_outpatient', 'inpatient'][k % 3];
      return [
        idNumber,
        `姓名${p}`,
        county,
        county.slice(0, 4) + '00',
        2026,
        `2026-${String(1 + (k % 12)).padStart(2, '0')}-15`,
        'H' + county + '001',
        '县人民医院',
        'secondary',
        visit,
        1,
        categories[p % categories.length],
        totalCost,
        inPolicy,
        Math.floor(totalCost * 0.95),
        basic,
        ci,
        aid,
        0,
        totalCost - basic - ci - aid,
        UNCOMPUTED,
        '',
      ];
    });
await conn.end();

const login = (username) => loginAt(base, username);
async function timed(token, method, url, body) {
  const t = performance.now();
  const json = await call(base, token, method, url, body);
  return { s: (performance.now() - t) / 1000, json };
}
const province = await login('gx_province');
console.log(
  `\nassistance bench — MariaDB, ${total.toLocaleString()} settlements of ${persons.toLocaleString()} persons (generated in ${generated.toFixed(1)} s), node ${process.version}`,
);
const [[{ stored }]] = await (async () => {
  const c = await mysql.createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:') });
  const r = await c.query('SELECT COUNT(*) AS stored FROM settlements');
  await c.end();
  return r;
})();
console.log(`(${Number(stored).toLocaleString()} settlements stored${reuse ? ', reused' : ''})`);
/** A background job of 2026 (POST → 202), polled every 250 ms to its end: seconds from the POST, and the summary. */
const runJob = (token, resource, what) => runJobAt(base, token, resource, { year: 2026 }, { what });
// detection is a background job too (decision 40)
const detect = await runJob(province, 'cost-warning-detections', 'detection');
console.log(
  `| warning detection, province, first run | ${detect.s.toFixed(1)} s | ${JSON.stringify({ found: detect.result.found, created: detect.result.created })} |`,
);
const again = await runJob(province, 'cost-warning-detections', 'detection again');
console.log(
  `| warning detection, province, re-run | ${again.s.toFixed(1)} s | ${JSON.stringify({ unchanged: again.result.unchanged, created: again.result.created })} |`,
);
const stats = await timed(province, 'GET', '/api/assistance-stats?year=2026');
console.log(`| assistance stats, province | ${stats.s.toFixed(2)} s | ${stats.json.total.settlements.toLocaleString()} settlements |`);
// recompute is a background job (POST → 202, poll the progress): every row rewritten each time — the computed
// tiers are reset between runs — first the two cities one after the other, then both at once (each city runs its own)
const resetComputed = async () => {
  const c = await mysql.createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:') });
  await c.query(`UPDATE settlements SET computed = '${UNCOMPUTED}', flags = ''`);
  await c.end();
};
async function recompute(city) {
  return runJob(await login(city), 'settlement-recomputes', `recompute ${city}`);
}
const cities = ['lz_city', 'gl_city'];
let sequential = 0;
let recomputed = 0;
for (const city of cities) {
  const r = await recompute(city);
  sequential += r.s;
  recomputed += r.result.settlements;
  console.log(
    `| recompute tiers and flags, ${city} alone | ${r.s.toFixed(1)} s | ${JSON.stringify({ settlements: r.result.settlements, changed: r.result.changed, persons: r.result.persons })} |`,
  );
}
console.log(
  `| recompute, the two cities one after the other | ${sequential.toFixed(1)} s for ${recomputed.toLocaleString()} settlements | ${Math.round(recomputed / sequential).toLocaleString()}/s |`,
);
await resetComputed();
const t1 = performance.now();
const both = await Promise.all(cities.map(recompute));
const together = (performance.now() - t1) / 1000;
const changed = both.reduce((n, r) => n + r.result.changed, 0);
console.log(
  `| recompute, **both cities at once** (two jobs) | ${together.toFixed(1)} s for ${changed.toLocaleString()} rewritten settlements | ${Math.round(changed / together).toLocaleString()}/s |`,
);
console.log(`| API peak RSS | ${peak().toFixed(0)} MB |`);
child.kill('SIGTERM');
fs.rmSync(dir, { recursive: true, force: true });
