#!/usr/bin/env node
// Issue 11: the hostile XLSX files, each read by the row reader in a fresh node with the heap bound `npm start`
// uses (--max-old-space-size=256); reports the outcome, the child's peak RSS, the time, and what it wrote to
// its temp folder (exceljs spooled sheets there).
// Needs the API build:  npm run build  (or: npx tsc -p shared/tsconfig.build.json && npx tsc -p api/tsconfig.build.json)
// Usage: node bench/xlsx-attacks.mjs [--reader path/to/row-reader.js] [--timeout 60] [--only '6,000,000']
//   --reader: another build of row-reader.js to compare (e.g. the exceljs-based one before issue 11);
//   a child still running after --timeout seconds is killed and reported as such.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'api/dist/api/src/platform/imports');
const HEADERS = ['身份证号', '姓名', '行政区划代码', '身份类别', '来源部门', '状态'];
const ROW = ['450202198001010011', '张三', '450202', '脱贫人口', '民政', '在册'];
const opt = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);

async function child() {
  const [, , , readerFile, file] = process.argv;
  const { readRows } = require(readerFile);
  let rows = 0;
  let outcome;
  try {
    for await (const _ of readRows(file, { headers: HEADERS })) rows++;
    outcome = `read ${rows} rows`;
  } catch (err) {
    outcome = `refused after ${rows} rows: ${err.message}`;
  }
  console.log(JSON.stringify({ outcome, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

function folderBytes(dir) {
  let total = 0;
  for (const f of fs.readdirSync(dir)) {
    try {
      total += fs.statSync(path.join(dir, f)).size;
    } catch {
      // deleted meanwhile
    }
  }
  return total;
}

/** Runs the child on one file; resolves with its report, or with how it died. */
function measure(readerFile, file, timeoutS) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-attack-tmp-'));
  const started = performance.now();
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--max-old-space-size=256', new URL(import.meta.url).pathname, '--child', readerFile, file], {
      env: { ...process.env, TMPDIR: tmp, NODE_PATH: path.join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let peakTmp = 0;
    proc.stdout.on('data', (c) => (out += c));
    proc.stderr.on('data', (c) => (err += c));
    // the child's high-water RSS as Linux keeps it, also for a child that crashes before reporting
    let hwmMb = 0;
    const poll = setInterval(() => {
      peakTmp = Math.max(peakTmp, folderBytes(tmp));
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8'))?.[1] ?? 0);
        hwmMb = Math.max(hwmMb, Math.round(kb / 1024));
      } catch {
        // exited
      }
    }, 200);
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutS * 1000);
    proc.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      peakTmp = Math.max(peakTmp, folderBytes(tmp));
      const left = folderBytes(tmp);
      fs.rmSync(tmp, { recursive: true, force: true });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      let report;
      try {
        report = JSON.parse(out.trim().split('\n').pop());
      } catch {
        const oom = /heap out of memory|Allocation failed/.test(err);
        report = {
          outcome:
            signal === 'SIGKILL'
              ? `killed after the ${timeoutS} s timeout`
              : oom
                ? `crashed: JavaScript heap out of memory (exit ${code})`
                : `crashed (exit ${code}, ${signal ?? ''}) ${err.split('\n').find((l) => /Error/.test(l)) ?? ''}`,
        };
      }
      resolve({
        maxRssMb: hwmMb ? `≥${hwmMb}` : undefined,
        ...report,
        seconds,
        tempPeakMb: Math.round(peakTmp / 2 ** 20),
        tempLeftMb: Math.round(left / 2 ** 20),
      });
    });
  });
}

async function main() {
  const readerFile = path.resolve(opt('--reader', path.join(dist, 'row-reader.js')));
  const timeoutS = Number(opt('--timeout', 60));
  const only = opt('--only', '');
  const { xlsxAttacks } = require(path.join(dist, 'xlsx-attack-files.js'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-attacks-'));
  const files = {
    'one 400 MB shared string': (f) => xlsxAttacks.hugeSharedString(f, HEADERS, 400_000_000),
    'one 300 MB inline cell': (f) => xlsxAttacks.hugeInlineCell(f, HEADERS, 300_000_000),
    '3,000,000 unique shared strings': (f) => xlsxAttacks.manySharedStrings(f, HEADERS, ROW, 3_000_000),
    '6,000,000 unique shared strings': (f) => xlsxAttacks.manySharedStrings(f, HEADERS, ROW, 6_000_000),
    '3 GB of blank rows (honest sizes)': (f) => xlsxAttacks.blankRowsBomb(f, HEADERS, ROW, 3_000_000_000),
    '3 GB of blank rows (zip claims 900 MB)': (f) => xlsxAttacks.blankRowsBomb(f, HEADERS, ROW, 3_000_000_000, 900_000_000),
  };
  console.log(`reader: ${path.relative(root, readerFile)}  (node --max-old-space-size=256, timeout ${timeoutS} s)`);
  try {
    let i = 0;
    for (const [name, make] of Object.entries(files)) {
      if (only && !name.includes(only)) continue;
      const file = path.join(dir, `attack-${i++}.xlsx`);
      make(file);
      const sizeMb = (fs.statSync(file).size / 2 ** 20).toFixed(2);
      const r = await measure(readerFile, file, timeoutS);
      console.log(
        `${name.padEnd(40)} ${sizeMb.padStart(6)} MB file | ${r.seconds.padStart(5)} s | peak RSS ${String(r.maxRssMb ?? '–').padStart(4)} MB | temp peak ${r.tempPeakMb} MB, left ${r.tempLeftMb} MB | ${r.outcome.slice(0, 140)}`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child();
else await main();
