import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Starts what the browser tests need and returns the teardown: a throwaway MariaDB (scripts/mariadb.sh,
 * in a temp dir, on a free port), then the built API on it with the demo seed, serving the built admin.
 * Workers read the URL from E2E_BASE_URL. Assumes shared/, api/ and admin/ are built (`npm run build`).
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const mariadbScript = path.join(repoRoot, 'scripts', 'mariadb.sh');
const apiMain = path.join(repoRoot, 'api', 'dist', 'api', 'src', 'main.js');
const adminDist = path.join(repoRoot, 'admin', 'dist');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The API answers once its first-start demo seed is done: the 20,000-person ledger, the activity and the screening
 * demo's year of ~200k settlements (about 30 s on an idle machine, minutes on a busy CI runner).
 */
async function waitForHealth(url: string, api: ChildProcess, logFile: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode}:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not become healthy within ${timeoutMs / 1000}s:\n${tail(logFile)}`);
}

function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const [what, file] of [
    ['the API build (npm run build)', apiMain],
    ['the admin build (npm run build -w admin)', path.join(adminDist, 'index.html')],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`e2e: ${what} is missing: ${file}`);
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-e2e-'));
  const dbDir = path.join(tmp, 'mariadb');
  const logFile = path.join(tmp, 'api.log');
  let api: ChildProcess | undefined;

  const teardown = async () => {
    await stopProcess(api);
    try {
      execFileSync('bash', [mariadbScript, 'stop', dbDir], { stdio: 'ignore' });
    } catch {
      // already gone
    }
    if (process.env.E2E_KEEP_LOGS) console.log(`e2e: API log kept at ${logFile}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  };

  try {
    const dbPort = await freePort();
    execFileSync('bash', [mariadbScript, 'start', dbDir, String(dbPort)], { stdio: 'pipe' });
    // utf8mb4 explicitly: a --no-defaults server speaks latin1 (ARCHITECTURE §1).
    execFileSync('mariadb', [
      '--no-defaults',
      '-h127.0.0.1',
      `-P${dbPort}`,
      '-uyibao',
      '-pyibao',
      '-e',
      'CREATE DATABASE yibao_e2e CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci',
    ]);

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const log = fs.openSync(logFile, 'a');
    api = spawn(process.execPath, [apiMain], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: `mariadb://yibao:yibao@127.0.0.1:${dbPort}/yibao_e2e`,
        YIBAO_DEMO: '1',
        ADMIN_DIST: adminDist,
      },
      stdio: ['ignore', log, log],
    });
    await waitForHealth(baseUrl, api, logFile);
    process.env.E2E_BASE_URL = baseUrl;
    process.env.E2E_API_LOG = logFile;
    return teardown;
  } catch (e) {
    await teardown();
    throw e;
  }
}
