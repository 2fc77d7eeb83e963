#!/usr/bin/env node
/**
 * Every label comes from the locale files: checks that zh-CN and en-US have the same keys and that each
 * literal key used in src/ (t('a.b'), i18n.t('a.b')) exists in both. The zh-CN role and region-level
 * labels (and the enrollment code lists) come from shared/ at run time (providers/i18n.ts), so only en-US carries them here.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const load = (name) => JSON.parse(readFileSync(join(root, 'locales', name), 'utf8'));
const FROM_SHARED = [
  'roles',
  'regionLevels',
  'identityCategories',
  'sourceDepartments',
  'insuranceSchemes',
  'nonEnrollmentReasons',
  'subsidyCategories',
  'differenceTypes',
  'taskOutcomes',
  'beneficiaryStatuses',
  'visitTypes',
  'hospitalLevels',
  'settlementSteps',
  'physicianTitles',
  'assistanceMeasures',
  'recognitionStatuses',
  'chronicDiseases',
];

const flatten = (obj, prefix = '') =>
  Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

const zh = new Set(flatten(load('zh-CN.json')));
const en = new Set(flatten(load('en-US.json')).filter((k) => !FROM_SHARED.some((s) => k.startsWith(`${s}.`))));
const problems = [];
for (const k of zh) if (!en.has(k)) problems.push(`en-US lacks ${k}`);
for (const k of en) if (!zh.has(k)) problems.push(`zh-CN lacks ${k}`);

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
for (const file of files(root).filter((f) => /\.tsx?$/.test(f))) {
  const text = readFileSync(file, 'utf8');
  for (const [, key] of text.matchAll(/\bt\(\s*'([A-Za-z][\w.-]*)'/g)) {
    if (FROM_SHARED.some((s) => key.startsWith(`${s}.`))) continue;
    if (!zh.has(key)) problems.push(`${file.slice(root.length + 1)}: key ${key} missing from the locales`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`locales ok: ${zh.size} keys in zh-CN and en-US`);
