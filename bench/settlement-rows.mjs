// Settlements generated straight into the database for a bench (the import path is bench/roster-import.mjs's
// concern, not these): the API started on the bench's MariaDB, the columns written, a seeded random sequence (the
// same data on every run), the ID number of generated person p, and the batched INSERT. Each bench brings its own
// amounts and flags (`rowOf`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startApi } from './api-server.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { idNumberCheckChar } = require(path.join(root, 'shared/dist/index.js'));

/** A number given on the command line (`--settlements 1000000`), or `fallback`. */
export const benchArg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);

/**
 * The API (demo accounts, no demo beneficiaries) on BENCH_DATABASE_URL — an empty MariaDB database, else the bench
 * exits with how to make one — with the heap bound `npm start` runs it with (scripts/start.mjs) unless
 * NODE_OPTIONS sets one; uploads in a fresh temp directory `dir`. `peak()`: the API's peak RSS in MiB.
 */
export async function startSettlementBench(name) {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl?.startsWith('mariadb://') && !databaseUrl?.startsWith('mysql://')) {
    console.error('set BENCH_DATABASE_URL=mariadb://… (an empty database; see the header of this file)');
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `yibao-${name}-bench-`));
  const heapFlags = /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=256'];
  const { child, base } = await startApi(
    { DATABASE_URL: databaseUrl, YIBAO_DEMO: '1', DEMO_BENEFICIARIES: '0', UPLOAD_DIR: path.join(dir, 'uploads') },
    { port: 3950 + Math.floor(Math.random() * 40), nodeFlags: heapFlags },
  );
  const peak = () => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  return { databaseUrl, dir, child, base, peak };
}

/** The order of the values `rowOf` returns. */
export const SETTLEMENT_COLUMNS = [
  'idNumber',
  'name',
  'regionCode',
  'poolingRegionCode',
  'year',
  'settledOn',
  'institutionCode',
  'institutionName',
  'hospitalLevel',
  'visitType',
  'inCounty',
  'identityCategories',
  'totalCost',
  'inPolicyCost',
  'inCatalogueCost',
  'paidBasic',
  'paidCriticalIllness',
  'paidMedicalAid',
  'paidOther',
  'paidOutOfPocket',
  'computed',
  'flags',
];

/** The computed tiers of a settlement not computed yet (a recompute rewrites every such row). */
export const UNCOMPUTED = '{"basic":0,"criticalIllness":0,"medicalAid":0,"other":0,"outOfPocket":0}';

/** A linear congruential sequence in [0, 1) from `seed`: the same settlements on every run. */
export function seededRandom(seed = 42) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Person p of a bench: a county of `counties` by turns, a valid ID number (birth dates from 1940 on), unique per p. */
export function benchPerson(counties, p) {
  const county = counties[p % counties.length];
  const birth = new Date(Date.UTC(1940, 0, 1) + (Math.floor(p / counties.length) % 20000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const id17 = `${county}${birth}${String(Math.floor(p / counties.length / 20000) % 1000).padStart(3, '0')}`;
  return { county, idNumber: id17 + idNumberCheckChar(id17) };
}

/** Inserts settlements 0 … total-1 (`rowOf(k)`: the values in SETTLEMENT_COLUMNS order) in batches; seconds taken. */
export async function insertSettlements(conn, total, rowOf, batch = 5000) {
  const t0 = performance.now();
  for (let i = 0; i < total; i += batch) {
    const rows = [];
    for (let k = i; k < Math.min(total, i + batch); k++) rows.push(rowOf(k));
    await conn.query(`INSERT INTO settlements (${SETTLEMENT_COLUMNS.map((c) => '`' + c + '`').join(',')}) VALUES ?`, [rows]);
  }
  return (performance.now() - t0) / 1000;
}

const DIAGNOSES = ['J18.0', 'J18.9', 'I10', 'E11.9', 'K35.8', 'Z51.1', 'M54.5', 'I63.9', 'J44.1', 'K80.1'];
// rare: reserved for one sex or for infants (a man's pregnancy, a woman's prostate, an adult's perinatal code)
const RARE = ['O80', 'N40', 'P07.3', 'N76.0'];
const day = (doy) => new Date(Date.UTC(2026, 0, 1) + Math.min(364, Math.max(0, doy)) * 86_400_000).toISOString().slice(0, 10);

/** The columns of `yearSettlements`' rows: SETTLEMENT_COLUMNS and the stay's dates and diagnosis. */
export const YEAR_SETTLEMENT_COLUMNS = [...SETTLEMENT_COLUMNS, 'admittedOn', 'dischargedOn', 'diagnosisCode'];

/**
 * A year (2026) of settlements as 智能监控 sees them, row k by `rowOf(k)`: person k mod `persons` of `counties` (by
 * turns, pooled at the county's city) at one of five institutions of the person's county — 35 % inpatient stays with
 * admission, discharge and an ICD-10 diagnosis, a person readmitted at the same institution (readmissions, overlaps),
 * a few same-day and out-of-sex-or-age stays, 1 % zero_oop. `rand`: a seededRandom(); `rowOf(k, true)` makes row k an
 * outpatient visit (an incremental batch without stays).
 */
export function yearSettlements(counties, persons, rand) {
  return function rowOf(k, outpatientOnly = false) {
    const p = k % persons;
    const { county, idNumber } = benchPerson(counties, p);
    const inpatient = !outpatientOnly && rand() < 0.35;
    // a person keeps to one institution for stays (readmissions), outpatient care anywhere of the county's five
    const inst = `H${county}1000${(inpatient ? p : p + k) % 5}`;
    const totalCost = inpatient ? (rand() < 0.003 ? 20_000 : 200_000 + Math.floor(rand() * 3_000_000)) : 5_000 + Math.floor(rand() * 50_000);
    const zero = rand() < 0.01;
    const oop = zero ? 0 : Math.floor(totalCost * 0.2);
    // spread over the year by settlement; a person's next settlement falls 0–40 days after (readmissions, overlaps)
    const admitted = (Math.floor(k / persons) * 40 + (p % 300) + Math.floor(rand() * 40)) % 360;
    // a few same-day stays and a few cheap long ones (挂床), the rest ordinary
    const los = rand() < 0.003 ? 0 : 1 + Math.floor(rand() * 12);
    const diagnosis = rand() < 0.002 ? RARE[Math.floor(rand() * RARE.length)] : DIAGNOSES[Math.floor(rand() * DIAGNOSES.length)];
    return [
      idNumber,
      `姓名${p}`,
      county,
      `${county.slice(0, 4)}00`,
      2026,
      day(inpatient ? admitted + los : admitted),
      inst,
      `${county} 医院 ${inst.slice(-1)}`,
      'secondary',
      inpatient ? 'inpatient' : 'outpatient',
      1,
      ',rural_tekun,',
      totalCost,
      totalCost,
      totalCost,
      totalCost - oop,
      0,
      0,
      0,
      oop,
      UNCOMPUTED,
      zero ? ',zero_oop,' : '',
      inpatient ? day(admitted) : null,
      inpatient ? day(admitted + los) : null,
      diagnosis,
    ];
  };
}
