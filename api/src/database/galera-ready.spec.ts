import * as fs from 'node:fs';
import * as path from 'node:path';

/** Every .ts file under `dir`, tests left out. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return /\.ts$/.test(d.name) && !/\.(int-)?spec\.ts$/.test(d.name) ? [p] : [];
  });
}

/**
 * On Galera a table lock (LOCK TABLES) and a named lock (GET_LOCK) hold on one node only, so code relying on them would
 * run twice at once on two nodes: mutual exclusion goes through rows (FOR UPDATE, leases, unique keys), whose
 * conflicts Galera certifies. The schema side (a primary key on every table) is checked in database.int-spec.ts.
 */
describe('no cluster-unsafe locks in the API source', () => {
  it('no LOCK TABLES, GET_LOCK or RELEASE_LOCK anywhere under api/src', () => {
    const files = sources(path.join(__dirname, '..'));
    expect(files.length).toBeGreaterThan(100);
    const offending = files.filter((f) => /\bLOCK\s+TABLES?\b|\bGET_LOCK\s*\(|\bRELEASE_LOCK\s*\(|\bIS_FREE_LOCK\s*\(/i.test(fs.readFileSync(f, 'utf8')));
    expect(offending.map((f) => path.relative(path.join(__dirname, '../..'), f))).toEqual([]);
  });
});
