#!/usr/bin/env node
// Roster import end to end over HTTP: upload a generated N-row CSV as lz_chengzhong (城中区), wait for the job,
// report rows/s and the API process's peak RSS. Needs a build (npm run build).
// Usage: node bench/roster-import.mjs [--rows 100000]   (BENCH_DATABASE_URL=mariadb://… for MariaDB)
// MariaDB only, issue 19's comparison with the database's own limit:
//   node bench/roster-import.mjs --rows 100000 --modes insert,load,insert,load [--keep-seed]
// runs one fresh database per mode (<db>_r<n>: a copy of one migrated database with the 20k demo ledger), in the order given, so the modes interleave:
// `insert` with `SET GLOBAL local_infile = 0` (the API's bulk writes fall back to multi-row INSERT, main's path),
// `load` with it on (LOAD DATA LOCAL INFILE). In each run, before the import, the floor: the same rows as the import's
// new people, LOAD DATA into `floor_beneficiaries` (CREATE TABLE … LIKE beneficiaries: the ledger's indexes), text
// prepared beforehand. Reports the import ÷ floor as floor time / import time. Needs SUPER (SET GLOBAL) on the server.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { idNumberCheckChar, ROSTER_HEADERS } = require(path.join(root, 'shared/dist/index.js'));
const rows = Number(process.argv[process.argv.indexOf('--rows') + 1]) || 100_000;
const modes = process.argv.includes('--modes') ? process.argv[process.argv.indexOf('--modes') + 1].split(',') : null;
if (modes && (!process.env.BENCH_DATABASE_URL || modes.some((m) => m !== 'insert' && m !== 'load'))) {
  throw new Error('--modes insert|load,… needs BENCH_DATABASE_URL=mariadb://…');
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-roster-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL || `sqlite:${path.join(dir, 'bench.sqlite')}`;
const port = 3950 + Math.floor(Math.random() * 40);
const base = `http://127.0.0.1:${port}`;
const labels = ['脱贫人口', '农村低保对象', '农村特困人员', '边缘易致贫户', '低保边缘对象', '农村低保对象、脱贫人口'];

// a county's roster (城中区 450202, imported by its county officer): valid, unique IDs over 20,000 birth dates
const file = path.join(dir, 'roster.csv');
const out = fs.createWriteStream(file);
out.write('\uFEFF' + ROSTER_HEADERS.join(',') + '\n');
const day0 = Date.UTC(1940, 0, 1);
for (let i = 0; i < rows; i++) {
  const birth = new Date(day0 + (i % 20000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const id17 = `450202${birth}${String(Math.floor(i / 20000)).padStart(3, '0')}`;
  if (!out.write(`${id17}${idNumberCheckChar(id17)},姓名${i},450202,${labels[i % labels.length]},民政,在册\n`)) await new Promise((r) => out.once('drain', r));
}
await new Promise((r) => out.end(r));

let child;
async function startApi(url) {
  child = spawn(process.execPath, [path.join(root, 'api/dist/api/src/main.js')], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: url, YIBAO_DEMO: '1', UPLOAD_DIR: path.join(dir, 'uploads'), NODE_ENV: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
const stopApi = () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM')));
const peak = () => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function run(username) {
  const token = (
    await (
      await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: 'Demo#2026' }),
      })
    ).json()
  ).token;
  const form = new FormData();
  form.set('month', '2026-05');
  form.set('file', new Blob([fs.readFileSync(file)]), 'roster.csv');
  const t0 = performance.now();
  const started = await (await fetch(`${base}/api/roster-imports`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })).json();
  let job;
  for (;;) {
    job = await (await fetch(`${base}/api/roster-imports/${started.id}`, { headers: { Authorization: `Bearer ${token}` } })).json();
    if (job.status === 'succeeded' || job.status === 'failed') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ms: performance.now() - t0, job };
}

/** LOAD DATA's text of the rows the import writes as new people (same ID numbers, names, lengths), one buffer. */
function floorText() {
  const lines = [];
  for (let i = 0; i < rows; i++) {
    const birth = new Date(day0 + (i % 20000) * 86_400_000).toISOString().slice(0, 10);
    const id17 = `450202${birth.replaceAll('-', '')}${String(Math.floor(i / 20000)).padStart(3, '0')}`;
    const sex = Number(id17[16]) % 2 ? 'male' : 'female';
    lines.push(`${id17}${idNumberCheckChar(id17)}\t姓名${i}\t${birth}\t${sex}\t450202\t450200\t,registered_poor,\tcivil_affairs\tactive\t\\N\t2026-05\t1\n`);
  }
  return Buffer.from(lines.join(''), 'utf8');
}
const FLOOR_COLUMNS =
  'idNumber, name, birthDate, sex, regionCode, poolingRegionCode, identityCategories, sourceDepartment, status, exitedOn, lastRosterMonth, version';

async function mysqlAdmin(database, url = process.env.BENCH_DATABASE_URL) {
  const mysql = require(path.join(root, 'node_modules/mysql2/promise'));
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  return mysql.createConnection({
    host: u.hostname,
    port: Number(u.port),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database,
    charset: 'utf8mb4_unicode_ci',
  });
}

/** `to` as a copy of `from`: every table's structure (indexes, AUTO_INCREMENT) and rows. */
async function cloneDatabase(admin, from, to) {
  await admin.query(`DROP DATABASE IF EXISTS \`${to}\``);
  await admin.query(`CREATE DATABASE \`${to}\``);
  await admin.query('SET SESSION foreign_key_checks = 0');
  const [tables] = await admin.query(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'`, [from]);
  for (const { t } of tables) {
    await admin.query(`CREATE TABLE \`${to}\`.\`${t}\` LIKE \`${from}\`.\`${t}\``);
    await admin.query(`INSERT INTO \`${to}\`.\`${t}\` SELECT * FROM \`${from}\`.\`${t}\``);
  }
  await admin.query('SET SESSION foreign_key_checks = 1');
}

/**
 * local_infile on every server: behind HAProxy (Galera) one connection reaches one node, so BENCH_NODE_URLS lists
 * each node's own address (comma-separated); default the one server.
 */
async function setLocalInfile(on) {
  for (const url of (process.env.BENCH_NODE_URLS || process.env.BENCH_DATABASE_URL).split(',')) {
    const conn = await mysqlAdmin(undefined, url);
    await conn.query(`SET GLOBAL local_infile = ${on ? 1 : 0}`);
    await conn.end();
  }
}

if (modes) {
  const admin = await mysqlAdmin();
  const dbBase = new URL(process.env.BENCH_DATABASE_URL.replace(/^mariadb:/, 'mysql:')).pathname.slice(1) || 'bench';
  const text = floorText();
  const results = [];
  console.log(
    `\nroster import vs LOAD DATA floor — ${rows.toLocaleString()} rows, node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log('| run | mode | floor: LOAD DATA into a copy of the ledger table | first import | floor ÷ import | re-import | load average |');
  console.log('|---|---|---|---|---|---|---|');
  // one migrated and seeded database (the API's first start: ~1.5 min at load 8), copied table by table for each run
  const seeded = `${dbBase}_seeded`;
  // --keep-seed: reuse it when a previous run left it (and leave it), so repeated runs skip the seeding
  const keepSeed = process.argv.includes('--keep-seed');
  const [[{ ready }]] = await admin.query(`SELECT COUNT(*) AS ready FROM information_schema.tables WHERE table_schema = ? AND table_name = 'beneficiaries'`, [
    seeded,
  ]);
  if (!keepSeed || !Number(ready)) {
    await admin.query(`DROP DATABASE IF EXISTS \`${seeded}\``);
    await admin.query(`CREATE DATABASE \`${seeded}\``);
    await startApi(process.env.BENCH_DATABASE_URL.replace(/\/[^/]*$/, `/${seeded}`));
    await stopApi();
  }
  try {
    for (const [n, mode] of modes.entries()) {
      const db = `${dbBase}_r${n}`;
      await cloneDatabase(admin, seeded, db);
      await setLocalInfile(mode === 'load');
      await startApi(process.env.BENCH_DATABASE_URL.replace(/\/[^/]*$/, `/${db}`));
      // the floor, LOAD DATA from this client (local_infile on for it alone, then back to the mode's setting)
      const conn = await mysqlAdmin(db);
      await conn.query('CREATE TABLE floor_beneficiaries LIKE beneficiaries');
      await setLocalInfile(true);
      const f0 = performance.now();
      await conn.query({
        sql: `LOAD DATA LOCAL INFILE 'floor' INTO TABLE floor_beneficiaries CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (${FLOOR_COLUMNS})`,
        infileStreamFactory: () => Readable.from([text]),
      });
      const floorMs = performance.now() - f0;
      await setLocalInfile(mode === 'load');
      await conn.query('DROP TABLE floor_beneficiaries');
      await conn.end();
      const load = os.loadavg()[0];
      const first = await run('lz_chengzhong');
      const again = await run('lz_chengzhong');
      if (first.job.status !== 'succeeded' || first.job.processedRows !== rows) throw new Error(`run ${n}: ${JSON.stringify(first.job)}`);
      results.push({ mode, floorMs, firstMs: first.ms });
      console.log(
        `| ${n + 1} | ${mode} | ${(floorMs / 1000).toFixed(2)} s | ${(first.ms / 1000).toFixed(2)} s | **${Math.round((100 * floorMs) / first.ms)} %** | ${(again.ms / 1000).toFixed(2)} s | ${load.toFixed(1)} |`,
      );
      await stopApi();
      await admin.query(`DROP DATABASE \`${db}\``);
    }
  } finally {
    await setLocalInfile(true);
    if (!keepSeed) await admin.query(`DROP DATABASE IF EXISTS \`${seeded}\``);
    await admin.end();
    if (child.exitCode === null) await stopApi();
  }
  for (const mode of new Set(modes)) {
    const mine = results.filter((r) => r.mode === mode);
    const floor = mine.reduce((a, r) => a + r.floorMs, 0) / mine.length;
    const first = mine.reduce((a, r) => a + r.firstMs, 0) / mine.length;
    console.log(
      `${mode}: mean floor ${(floor / 1000).toFixed(2)} s, mean import ${(first / 1000).toFixed(2)} s → ${Math.round((100 * floor) / first)} % of the floor`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

await startApi(databaseUrl);
const first = await run('lz_chengzhong');
console.log(`\nroster import bench — ${databaseUrl.split(':')[0]}, ${rows.toLocaleString()} rows, node ${process.version}`);
console.log(
  `| first import (all new: insert + 1 task each) | ${(first.ms / 1000).toFixed(1)} s | ${Math.round(first.job.processedRows / (first.ms / 1000)).toLocaleString()} rows/s | errors ${first.job.errorCount} | counts ${JSON.stringify(first.job.counts)} |`,
);
const again = await run('lz_chengzhong');
console.log(
  `| re-import of the same file (all unchanged) | ${(again.ms / 1000).toFixed(1)} s | ${Math.round(again.job.processedRows / (again.ms / 1000)).toLocaleString()} rows/s | counts ${JSON.stringify(again.job.counts)} |`,
);
console.log(`| API peak RSS | ${peak().toFixed(0)} MB |`);
child.kill('SIGTERM');
fs.rmSync(dir, { recursive: true, force: true });
