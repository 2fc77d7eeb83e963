#!/usr/bin/env node
// Settlement calculator throughput (issue 6 "Speed": ≥ 200 000 settlements/s on one core).
// Needs the shared build:  npx tsc -p shared/tsconfig.build.json   (writes shared/dist/)
// Usage: node bench/settlement-calculator.mjs [--cases 2000000] [--pool 131072] [--traced 200000]
// Pin to one core for a clean figure: taskset -c 0 node bench/settlement-calculator.mjs
//
// A pool of random cases (with random year-to-date sums) is generated first, then calculateSettlement runs
// --cases times over it with the 柳州 2026 example parameters. Two figures: amounts and flags (what bulk
// re-checks and imports use; the trace is never read) and with the zh-CN trace read (the calculator page).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const distFile = path.join(root, 'shared/dist/assistance/settlement/index.js');
if (!fs.existsSync(distFile)) {
  console.error(`${distFile} not found: run  npx tsc -p shared/tsconfig.build.json  first`);
  process.exit(1);
}
const { calculateSettlement, EXAMPLE_PARAMETERS_LIUZHOU_2026: parameters } = require('../shared/dist/assistance/settlement/index.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const cases = arg('--cases', 2_000_000);
const poolSize = arg('--pool', 131_072);
const traced = arg('--traced', 200_000);

// deterministic PRNG (mulberry32) so runs are comparable
let seed = 0x5eed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const CATEGORIES = [
  'registered_poor',
  'urban_dibao',
  'rural_dibao',
  'urban_tekun',
  'rural_tekun',
  'urban_low_income',
  'rural_low_income',
  'rural_other_hardship',
  'monitored_unstable',
  'monitored_marginal',
  'monitored_sudden',
  'dibao_marginal',
];

function randomCase() {
  const r = rand();
  const visitType = r < 0.6 ? 'outpatient' : r < 0.75 ? 'chronic_outpatient' : 'inpatient';
  const totalCost = visitType === 'outpatient' ? int(5_000, 50_000) : visitType === 'chronic_outpatient' ? int(20_000, 500_000) : int(200_000, 20_000_000);
  const inPolicyCost = Math.floor((totalCost * int(70, 100)) / 100);
  const inCatalogueCost = Math.max(inPolicyCost, Math.floor((totalCost * int(85, 100)) / 100));
  const c = rand();
  const identityCategories = c < 0.6 ? [] : c < 0.9 ? [pick(CATEGORIES)] : [pick(CATEGORIES), pick(CATEGORIES)];
  const inputCase = {
    visitType,
    hospitalLevel: pick(['primary', 'secondary', 'tertiary']),
    inCounty: rand() < 0.9,
    totalCost,
    inPolicyCost,
    inCatalogueCost,
    identityCategories,
  };
  const yearToDate =
    rand() < 0.5
      ? undefined
      : {
          settlements: int(1, 30),
          inPolicyCost: int(0, 30_000_000),
          basic: int(0, 15_000_000),
          criticalIllness: int(0, 5_000_000),
          medicalAid: int(0, 3_000_000),
        };
  return { input: inputCase, yearToDate };
}

const pool = Array.from({ length: poolSize }, randomCase);

// correctness pass (untimed): the invariant the figures are worth nothing without
for (const { input, yearToDate } of pool) {
  const r = calculateSettlement(input, parameters, yearToDate);
  if (r.basic + r.criticalIllness + r.medicalAid + r.other + r.outOfPocket !== input.totalCost) throw new Error(`sum broken for ${JSON.stringify(input)}`);
}

// Two clocks: wall time, and the CPU time this process used (all its threads, GC helpers included, so it is
// the conservative one-core figure and stays meaningful when other work shares the machine).
function run(n, readTrace) {
  let checksum = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const c = pool[i % poolSize];
    const r = calculateSettlement(c.input, parameters, c.yearToDate);
    checksum += r.outOfPocket + r.flags.length;
    if (readTrace) checksum += r.trace.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { perSecond: n / seconds, perCpuSecond: n / cpuSeconds, seconds, cpuSeconds, checksum };
}

run(Math.min(cases, 200_000), false); // warm-up: let the JIT settle
const fast = run(cases, false);
run(Math.min(traced, 20_000), true);
const full = run(traced, true);

const fmt = (x) => Math.round(x).toLocaleString('en-US');
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const [load1] = os.loadavg();
console.log(`command: node bench/settlement-calculator.mjs --cases ${cases} --pool ${poolSize} --traced ${traced}`);
console.log(
  `node ${process.version}, ${cpu} (${os.cpus().length} cores, load average ${load1.toFixed(1)}); pool of ${fmt(poolSize)} random cases, 柳州 2026 example parameters`,
);
const line = (label, r, n) =>
  `${label} ${fmt(r.perCpuSecond)} settlements per CPU-second, ${fmt(r.perSecond)}/s wall  (${fmt(n)} in ${r.cpuSeconds.toFixed(2)} s CPU, ${r.seconds.toFixed(2)} s wall)`;
console.log(line('amounts + flags (trace not read):', fast, cases));
console.log(line('with the zh-CN trace read:       ', full, traced));
console.log(
  `target ≥ 200,000/s on one core: ${fast.perCpuSecond >= 200_000 ? 'met' : 'NOT met'} (amounts + flags, CPU time)${fast.perSecond < 0.8 * fast.perCpuSecond ? '; wall time is well below CPU time: the machine is busy, re-run when idle' : ''}`,
);
console.log(`checksum ${fast.checksum + full.checksum}`);
