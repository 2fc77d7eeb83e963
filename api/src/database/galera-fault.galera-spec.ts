import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { testAppWith } from '../../test/harness';

/**
 * A node of the Galera cluster dies (kill -9) while 20 clients write through HAProxy: every write still succeeds
 * (inTransaction retries what the dead node's connections lost before COMMIT, settles a COMMIT lost in flight by its
 * commit marker, and retries the conflicts between nodes), the surviving nodes hold the same rows (table checksums
 * agree), and the audit chain is one unbroken chain. Then the node comes back, catches up (IST) and agrees too.
 * Run by scripts/test-galera.sh, which starts the cluster: GALERA_DIR is its directory, GALERA_SQL_BASE the first
 * node's SQL port, GALERA_VICTIM the node killed — by default node 1, the one writer of galera.sh's single-writer
 * routing (node 2 takes over as the first backup); with GALERA_ROUTING=roundrobin any node carries writes.
 */
const dir = process.env.GALERA_DIR ?? '';
const sqlBase = Number(process.env.GALERA_SQL_BASE ?? 3431);
const script = path.join(__dirname, '../../../scripts/galera.sh');
const CLIENTS = 20;
const WRITES_EACH = 8;
const VICTIM = Number(process.env.GALERA_VICTIM ?? 1);

async function checksums(port: number, database: string): Promise<Record<string, string>> {
  const conn = await createConnection({ host: '127.0.0.1', port, user: 'yibao', password: 'yibao', database });
  try {
    // wait until this node has applied everything committed before (CHECKSUM TABLE itself is not a causal read)
    await conn.query('SET SESSION wsrep_sync_wait = 1');
    const [tables] = await conn.query(
      `SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1`,
      [database],
    );
    const out: Record<string, string> = {};
    for (const { name } of tables as Array<{ name: string }>) {
      await conn.query(`SELECT COUNT(*) FROM \`${name}\``);
      const [[row]] = (await conn.query(`CHECKSUM TABLE \`${name}\``)) as unknown as [Array<{ Checksum: string | number }>];
      out[name] = String(row.Checksum);
    }
    return out;
  } finally {
    await conn.end();
  }
}

/** The nodes' checksums once they agree (a request's access-log row may land between two reads: asked again then). */
async function agreed(ports: number[], database: string): Promise<Array<Record<string, string>>> {
  let sums: Array<Record<string, string>> = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    sums = await Promise.all(ports.map((p) => checksums(p, database)));
    if (sums.every((s) => JSON.stringify(s) === JSON.stringify(sums[0]))) return sums;
    await new Promise((r) => setTimeout(r, 500));
  }
  return sums;
}

describe('Galera: a node killed under 20 writing clients', () => {
  const { t } = testAppWith();

  it('loses no write, leaves the survivors identical and the audit chain whole; the node rejoins and agrees', async () => {
    if (!dir) throw new Error('GALERA_DIR is not set: run scripts/test-galera.sh');
    const admin = await t.login('admin');
    const database = String(t.ds.options.database);
    // county codes not taken yet under the seeded cities (parents must exist)
    const existing = new Set<string>((await t.ds.query('SELECT code FROM regions')).map((r: { code: string }) => r.code));
    const cities = [...existing].filter((c) => /^45\d\d00$/.test(c) && c !== '450000');
    const free: string[] = [];
    for (const city of cities) for (let n = 60; n < 100; n++) if (!existing.has(city.slice(0, 4) + n)) free.push(city.slice(0, 4) + n);
    expect(free.length).toBeGreaterThanOrEqual(CLIENTS * WRITES_EACH);

    const statuses: number[] = [];
    const failures: string[] = [];
    let done = 0;
    const client = async (c: number) => {
      for (let k = 0; k < WRITES_EACH; k++) {
        const code = free[c * WRITES_EACH + k];
        const res = await t
          .as(admin)
          .post('/api/regions')
          .send({ code, name: `故障${code}` });
        statuses.push(res.status);
        if (res.status !== 201) failures.push(`${code}: ${res.status} ${JSON.stringify(res.body)}`);
        done++;
      }
    };
    const writers = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    // kill the node once the writes are under way
    while (done < (CLIENTS * WRITES_EACH) / 4) await new Promise((r) => setTimeout(r, 20));
    execFileSync('bash', [script, 'kill', dir, String(VICTIM)]);
    await writers;
    expect(failures).toEqual([]);
    expect(statuses).toHaveLength(CLIENTS * WRITES_EACH);

    const survivors = [1, 2, 3].filter((n) => n !== VICTIM).map((n) => sqlBase + n - 1);
    const [a, b] = await agreed(survivors, database);
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(20);
    expect(b).toEqual(a);
    const created = await t.ds.query(`SELECT COUNT(*) AS n FROM regions WHERE name LIKE '故障%'`);
    expect(Number(created[0].n)).toBe(CLIENTS * WRITES_EACH);

    const auditor = await t.login('auditor');
    const verify = await t.as(auditor).get('/api/audit-logs/verify').expect(200);
    expect(verify.body.valid).toBe(true);
    const audited = await t.ds.query(`SELECT COUNT(*) AS n FROM audit_logs WHERE resource = 'regions' AND action = 'create'`);
    expect(Number(audited[0].n)).toBe(CLIENTS * WRITES_EACH);

    execFileSync('bash', [script, 'restart', dir, String(VICTIM)], { stdio: 'inherit' });
    const [survivor, rejoined] = await agreed([survivors[0], sqlBase + VICTIM - 1], database);
    expect(rejoined).toEqual(survivor);
  });
});
