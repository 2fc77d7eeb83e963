#!/usr/bin/env node
/**
 * Every label comes from the locale namespaces: src/locales/ (common, bundled) and src/areas/<area>/locales/
 * (one per area, a chunk per language fetched at run time). Checks that each namespace's zh-CN and en-US have the
 * same keys, that no two namespaces declare the same top-level key (they merge into one key space), that every
 * area namespace is listed, in both languages, in src/locales/index.ts (AREA_NAMESPACES, which the signed-in
 * labels load), and that each literal key used in src/ (t('a.b'), i18n.t('a.b')) exists. Code labels (roles,
 * region levels, the areas' code lists) come from shared/ in both languages and appear in no JSON file.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
// The code lists' labels (roles, region levels, the areas' codes), both languages, come from shared/ at run time
// (src/locales/code-labels.ts): a key written there is not written again in a JSON file.
const require = createRequire(import.meta.url);
let shared;
try {
  shared = require('@yibao/shared');
} catch {
  console.error('check-locales: build shared/ first (npm run build -w shared)');
  process.exit(1);
}
const SHARED_KEYS = new Set(
  ['zh', 'en'].flatMap((locale) =>
    Object.entries(shared.codeLabelSections(shared.CODE_LISTS, locale)).flatMap(([section, labels]) => Object.keys(labels).map((code) => `${section}.${code}`)),
  ),
);
const fromShared = (key) => SHARED_KEYS.has(key);
// A workflow's state labels are in its definition (shared/src/<area>/workflows.ts), shown through useWorkflow().
const WORKFLOW_STATE_KEYS = new Set(
  Object.entries(shared.WORKFLOWS).flatMap(([resource, def]) => Object.keys(def.states).map((state) => `${resource}.states.${state}`)),
);

const flatten = (obj, prefix = '') => Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

const areasDir = join(root, 'areas');
const namespaces = [
  join(root, 'locales'),
  ...readdirSync(areasDir)
    .map((area) => join(areasDir, area, 'locales'))
    .filter((dir) => existsSync(dir)),
];
const problems = [];
const allKeys = new Set();
const owner = new Map(); // top-level key → namespace declaring it
const merged = readFileSync(join(root, 'locales', 'index.ts'), 'utf8');
for (const dir of namespaces) {
  const name = relative(root, dir);
  const load = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const zhDoc = load('zh-CN.json');
  const enDoc = load('en-US.json');
  const zh = new Set(flatten(zhDoc));
  const en = new Set(flatten(enDoc));
  for (const k of [...zh, ...en]) if (fromShared(k)) problems.push(`${name}: ${k} is a code label from shared/ (code-lists.ts); do not write it again here`);
  for (const k of [...zh, ...en])
    if (WORKFLOW_STATE_KEYS.has(k)) problems.push(`${name}: ${k} is a workflow state label from shared/ (workflows.ts); use useWorkflow().stateLabel`);
  for (const k of zh) if (!en.has(k)) problems.push(`${name}/en-US.json lacks ${k}`);
  for (const k of en) if (!zh.has(k)) problems.push(`${name}/zh-CN.json lacks ${k}`);
  for (const top of new Set([...Object.keys(zhDoc), ...Object.keys(enDoc)])) {
    if (owner.has(top)) problems.push(`${top} is declared by both ${owner.get(top)} and ${name}`);
    else owner.set(top, name);
  }
  for (const k of zh) allKeys.add(k);
  if (dir !== join(root, 'locales')) {
    for (const file of ['zh-CN.json', 'en-US.json']) {
      const path = `../${relative(root, join(dir, file))}`;
      if (!merged.includes(`import('${path}')`)) problems.push(`locales/index.ts does not load ${path} (AREA_NAMESPACES)`);
    }
  }
}

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
for (const file of files(root).filter((f) => /\.tsx?$/.test(f))) {
  const text = readFileSync(file, 'utf8');
  for (const [, key] of text.matchAll(/\bt\(\s*'([A-Za-z][\w.-]*)'/g)) {
    if (fromShared(key)) continue;
    if (!allKeys.has(key)) problems.push(`${relative(root, file)}: key ${key} missing from the locales`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`locales ok: ${allKeys.size} keys in ${namespaces.length} namespaces, zh-CN and en-US alike`);
