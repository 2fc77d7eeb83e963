#!/usr/bin/env node
// `npm start`: installs dependencies when missing, builds when sources changed since the last build,
// then runs the API (which migrates the database, seeds demo data on first run, and serves the admin).
// Each step says what it does and how long it took; the API ends its start with one ready block (URL and,
// in demo mode, the demo accounts). LOG_LEVEL=debug shows the build's output and Nest's route mappings.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const started = Date.now();
const debug = process.env.LOG_LEVEL === 'debug';
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const say = (line) => console.log(`[start ${seconds(started).padStart(7)}] ${line}`);

/**
 * Runs a step, printing what it does, a heartbeat while it takes long, and its time. Its output is kept and
 * shown only when it fails (or at LOG_LEVEL=debug), so a build's hundreds of lines do not bury the start.
 */
function step(label, cmd, args, { hint = '', quiet = !debug } = {}) {
  say(`${label}…${hint ? ` (${hint})` : ''}`);
  const since = Date.now();
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
    const child = spawn(cmd, args, { env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output = [];
    if (quiet) for (const s of [child.stdout, child.stderr]) s.on('data', (chunk) => output.push(chunk));
    const beat = setInterval(() => say(`  … ${label}: ${seconds(since)}`), 15_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(beat);
      if (code === 0) {
        say(`${label}: done in ${seconds(since)}`);
        return resolve();
      }
      if (quiet) process.stderr.write(Buffer.concat(output).toString('utf8').split('\n').slice(-60).join('\n') + '\n');
      reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

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

async function main() {
  const lock = path.join(root, 'node_modules/.package-lock.json');
  const depsMissing = !fs.existsSync(lock) || fs.statSync(path.join(root, 'package-lock.json')).mtimeMs > fs.statSync(lock).mtimeMs;
  if (depsMissing) await step('installing dependencies', 'bash', ['scripts/ensure-deps.sh'], { hint: 'npm ci, a few minutes on a fresh clone' });

  const stamp = path.join(root, 'api/dist/.build-stamp');
  const sources = ['shared', 'api/src', 'admin', 'package-lock.json', 'tsconfig.base.json'];
  if (!fs.existsSync(stamp) || newest(sources) > fs.statSync(stamp).mtimeMs) {
    await step('building shared, api and admin', 'npm', ['run', 'build', '--silent'], { hint: 'about two minutes' });
    fs.writeFileSync(stamp, new Date().toISOString());
  } else say('build is up to date');

  // A bounded heap keeps a 1M-row import under 512 MB RSS (docs/PERFORMANCE.md): V8 otherwise lets garbage
  // grow far past the live data. NODE_OPTIONS set by the operator wins.
  const heapFlags = /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=256'];
  say('starting the API (migrating the database, seeding demo data on first run)…');
  const child = spawn(process.execPath, [...heapFlags, 'api/dist/api/src/main.js'], { stdio: 'inherit', env: process.env });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

main().catch((err) => {
  console.error(`npm start: ${err.message}`);
  process.exit(1);
});
