// The built API (api/dist) started for a benchmark: `env` over the caller's environment (DATABASE_URL, YIBAO_DEMO …),
// answered once GET /api/health does. Needs a build (npm run build).
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export async function startApi(env, { port = 3800 + Math.floor(Math.random() * 200), nodeFlags = [] } = {}) {
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, path.join(root, 'api/dist/api/src/main.js')], {
    env: { ...process.env, PORT: String(port), NODE_ENV: '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before answering`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, base, startMs: performance.now() - t0 };
}
