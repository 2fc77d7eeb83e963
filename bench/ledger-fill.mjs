// The bench ledger (issue 5's scale bench, also the compliance bench's province): N people over 广西's counties by
// multi-row INSERTs of 5,000 (a seeded sequence: the same people on every run; ID sequences 900–999, so they never
// collide with the roster files bench/scale.mjs imports), 97 % enrolled for 2026 by one INSERT … SELECT, every county's
// kept counts marked stale as the ledger's writers do. `db`: a mysql2/promise connection.
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { idNumberCheckChar } = require(path.join(root, 'shared/dist/index.js'));

/** Fills the ledger up to `people` unless it holds that many: seconds for the people and their enrollments, or null. */
export async function fillLedger(db, people) {
  const [existing] = await db.query('SELECT COUNT(*) AS n FROM beneficiaries');
  if (Number(existing[0].n) >= people) return null;

  const [counties] = await db.query("SELECT code FROM regions WHERE level = 'county' AND code LIKE '45%' ORDER BY code");
  const codes = counties.map((c) => c.code);
  const mixes = [
    ',registered_poor,',
    ',registered_poor,',
    ',registered_poor,rural_dibao,',
    ',rural_dibao,',
    ',rural_low_income,',
    ',rural_tekun,',
    ',monitored_unstable,',
    ',dibao_marginal,',
  ];
  const sources = ['civil_affairs', 'rural_revitalization', 'poverty_alleviation'];
  let x = 20261125;
  const rnd = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const t0 = performance.now();
  const CHUNK = 5000;
  for (let i = 0; i < people; i += CHUNK) {
    const rows = [];
    for (let k = i; k < Math.min(people, i + CHUNK); k++) {
      const county = codes[k % codes.length];
      const day = Math.floor(k / codes.length) % 25000;
      const birth = new Date(Date.UTC(1940, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      // sequence 900–999: never collides with the roster files below (000–099)
      const first17 = `${county}${birth.replaceAll('-', '')}${String(900 + Math.floor(k / codes.length / 25000)).padStart(3, '0')}`;
      const exited = rnd() < 0.03;
      rows.push([
        first17 + idNumberCheckChar(first17),
        `姓名${k}`,
        birth,
        Number(first17[16]) % 2 ? 'male' : 'female',
        county,
        `${county.slice(0, 4)}00`,
        mixes[k % mixes.length],
        sources[k % 3],
        exited ? 'exited' : 'active',
        exited ? '2026-03-31' : null,
        '2026-04',
      ]);
    }
    await db.query(
      'INSERT INTO beneficiaries (idNumber, name, birthDate, sex, regionCode, poolingRegionCode, identityCategories, sourceDepartment, status, exitedOn, lastRosterMonth) VALUES ?',
      [rows],
    );
  }
  const t1 = performance.now();
  await db.query(
    `INSERT INTO enrollments (beneficiaryId, year, regionCode, enrolled, scheme, subsidyCategory, subsidyAmount, notEnrolledReason)
     SELECT id, 2026, regionCode, IF(id % 100 < 97, 1, 0), IF(id % 100 < 97, 'resident_basic', NULL), IF(id % 100 < 97, 'full', 'none'),
            IF(id % 100 < 97, 38000, 0), IF(id % 100 = 97, 'active_military', NULL)
     FROM beneficiaries`,
  );
  // what every writer of the ledger does in its transaction (touchLedgerCounties): the counties' kept counts are stale
  await db.query(
    'INSERT INTO ledger_county_generations (countyCode, generation) SELECT DISTINCT SUBSTR(regionCode, 1, 6), 1 FROM beneficiaries ON DUPLICATE KEY UPDATE generation = generation + 1',
  );
  await db.query('ANALYZE TABLE beneficiaries, enrollments');
  return { people: (t1 - t0) / 1000, enrollments: (performance.now() - t1) / 1000 };
}
