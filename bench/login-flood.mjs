#!/usr/bin/env node
// Latency of a legitimate authenticated request (GET /api/beneficiaries as the county user lz_chengzhong)
// while an unauthenticated flood of concurrent failed logins runs. Starts its own API from api/dist on
// loopback (needs `npm run build`), on a fresh SQLite file or on an empty MariaDB/MySQL database:
//   node bench/login-flood.mjs [--flood 120] [--rounds 3] [--spoof]
//   scripts/mariadb.sh start /tmp/mdb 3407 && mariadb --no-defaults -h127.0.0.1 -P3407 -uyibao -pyibao -e 'CREATE DATABASE lbench'
//   BENCH_DATABASE_URL=mariadb://yibao:yibao@127.0.0.1:3407/lbench node bench/login-flood.mjs
// --spoof sends each flood request with its own X-Forwarded-For (and starts the API with TRUST_PROXY=1), so
// the per-IP limit does not apply and what bounds the flood is the number of password hashes in flight.
// Bounded: at most --flood (≤ 500) login requests at once, --rounds (≤ 10) rounds, loopback only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const flood = Math.min(500, Math.max(1, arg('--flood', 120)));
const rounds = Math.min(10, Math.max(1, arg('--rounds', 3)));
const spoof = process.argv.includes('--spoof');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-login-flood-'));
const databaseUrl = process.env.BENCH_DATABASE_URL || `sqlite:${path.join(dir, 'bench.sqlite')}`;
if (!/^(sqlite:|(mariadb|mysql):\/\/[^@]*@(127\.0\.0\.1|localhost)[:/])/.test(databaseUrl)) {
  console.error('BENCH_DATABASE_URL must point at a loopback database');
  process.exit(2);
}
const port = 3950 + Math.floor(Math.random() * 40);
const base = `http://127.0.0.1:${port}`;

const child = spawn(process.execPath, ['--max-old-space-size=256', path.join(root, 'api/dist/api/src/main.js')], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    YIBAO_DEMO: '1',
    DEMO_BENEFICIARIES: '2000',
    UPLOAD_DIR: path.join(dir, 'uploads'),
    TRUST_PROXY: spoof ? '1' : '0',
    NODE_ENV: '',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => {
  child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
};
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 1200) throw new Error('the API did not start in 120 s');
    await new Promise((r) => setTimeout(r, 100));
  }

  const login = (username, password, ip) =>
    fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(ip ? { 'X-Forwarded-For': ip } : {}) },
      body: JSON.stringify({ username, password }),
    });
  const res = await login('lz_chengzhong', 'Demo#2026');
  if (!res.ok) throw new Error(`county login failed: ${res.status} ${await res.text()}`);
  const { token } = await res.json();
  const timedGet = async () => {
    const t0 = performance.now();
    const r = await fetch(`${base}/api/beneficiaries?_start=0&_end=20`, { headers: { Authorization: `Bearer ${token}` } });
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`GET /api/beneficiaries → ${r.status}`);
    return performance.now() - t0;
  };
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
    return `n=${s.length} median ${q(0.5).toFixed(0)} ms, p95 ${q(0.95).toFixed(0)} ms, max ${s[s.length - 1].toFixed(0)} ms`;
  };

  const quiet = [];
  for (let i = 0; i < 20; i++) quiet.push(await timedGet());
  console.log(
    `database ${databaseUrl.startsWith('sqlite') ? 'sqlite' : 'mariadb'}; flood ${flood} concurrent failed logins × ${rounds} rounds${spoof ? ', one spoofed source address each' : ''}`,
  );
  console.log(`quiet:        ${stats(quiet)}`);

  const during = [];
  const statuses = {};
  let floodMs = 0;
  for (let round = 0; round < rounds; round++) {
    const t0 = performance.now();
    let done = false;
    const attack = Promise.all(
      Array.from({ length: flood }, (_, i) =>
        login(i % 2 ? 'admin' : `nobody${i}`, `Wrong#${round}-${i}`, spoof ? `10.${round}.${i >> 8}.${i & 255}` : undefined).then(async (r) => {
          await r.arrayBuffer();
          statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        }),
      ),
    ).then(() => {
      done = true;
      floodMs += performance.now() - t0;
    });
    while (!done) during.push(await timedGet());
    await attack;
  }
  console.log(`during flood: ${stats(during)}`);
  console.log(`flood answers: ${JSON.stringify(statuses)}; each round took ${(floodMs / rounds).toFixed(0)} ms on average`);
} finally {
  stop();
}
