#!/usr/bin/env node
// `npm start`: installs dependencies when missing, builds when sources changed since the last build,
// then runs the API (which migrates the database, seeds demo data on first run, and serves the admin).
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' } });

execSync('bash scripts/ensure-deps.sh', { stdio: 'inherit' });

/** Newest modification time under the given paths (skipping build output and dependencies). */
function newest(paths) {
  let latest = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (!['node_modules', 'dist', '.nx'].includes(name)) walk(path.join(p, name));
    } else latest = Math.max(latest, st.mtimeMs);
  };
  paths.forEach(walk);
  return latest;
}

const stamp = path.join(root, 'api/dist/.build-stamp');
const sources = ['shared', 'api/src', 'admin', 'package-lock.json', 'tsconfig.base.json'];
if (!fs.existsSync(stamp) || newest(sources) > fs.statSync(stamp).mtimeMs) {
  console.log('building shared, api and admin…');
  run('npm run build --silent');
  fs.writeFileSync(stamp, new Date().toISOString());
}

// A bounded heap keeps a 1M-row import under 512 MB RSS (docs/PERFORMANCE.md): V8 otherwise lets garbage
// grow far past the live data. NODE_OPTIONS set by the operator wins.
const heapFlags = /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=256'];
const child = spawn(process.execPath, [...heapFlags, 'api/dist/api/src/main.js'], { stdio: 'inherit', env: process.env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
