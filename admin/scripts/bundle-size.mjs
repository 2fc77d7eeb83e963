#!/usr/bin/env node
/**
 * Initial-route JS size of the production build: the entry chunk, everything it imports statically, and
 * the lazy chunks of the first page a visitor sees (/login) with their static imports — the page and the labels
 * it fetches (the platform namespace in zh-CN, providers/i18n.ts) — what the browser must download before the
 * sign-in form works. Sizes are gzip (level 9, as a server would send them).
 *
 *   node admin/scripts/bundle-size.mjs [--route src/areas/platform/login/index.tsx --route …] [--max-kb 450]
 *
 * Exits 1 when the total exceeds --max-kb (KiB). Needs `npm run build -w admin` first.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const given = args.flatMap((a, i) => (args[i - 1] === '--route' ? [a] : []));
const routes = given.length ? given : ['src/areas/platform/login/index.tsx', 'src/areas/platform/locales/zh-CN.json'];
const maxKb = Number(opt('--max-kb', '450'));

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const missing = routes.filter((r) => !manifest[r]);
if (!entry || missing.length) {
  console.error(`bundle-size: no entry or no chunk for ${missing.join(', ')} in the manifest`);
  process.exit(2);
}

const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const dep of chunk.imports ?? []) visit(dep);
};
visit(entry);
routes.forEach(visit);

let raw = 0;
let gz = 0;
const rows = [...files].map((file) => {
  const buf = readFileSync(join(dist, file));
  const g = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gz += g;
  return { file, raw: buf.length, gzip: g };
});
rows.sort((a, b) => b.gzip - a.gzip);
for (const r of rows) console.log(`${(r.gzip / 1024).toFixed(1).padStart(8)} KiB gz  ${(r.raw / 1024).toFixed(1).padStart(8)} KiB  ${r.file}`);
console.log(
  `initial route (${routes.join(' + ')}): ${rows.length} JS files, ${(raw / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip (limit ${maxKb} KiB)`,
);
process.exit(gz / 1024 > maxKb ? 1 : 0);
