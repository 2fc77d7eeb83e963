#!/usr/bin/env node
// Roster import end to end over HTTP: upload a generated N-row CSV as lz_chengzhong (城中区), wait for the job,
// report rows/s and the API process's peak RSS. Needs a build (npm run build).
// Usage: node bench/roster-import.mjs [--rows 100000]   (BENCH_DATABASE_URL=mariadb://… for MariaDB)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { idNumberCheckChar, ROSTER_HEADERS } = require(path.join(root, 'shared/dist/index.js'));
const rows = Number(process.argv[process.argv.indexOf('--rows') + 1]) || 100_000;
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

const child = spawn(process.execPath, [path.join(root, 'api/dist/api/src/main.js')], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, YIBAO_DEMO: '1', UPLOAD_DIR: path.join(dir, 'uploads'), NODE_ENV: '' },
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
