import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Multi-row INSERT in chunks, without TypeORM reloading generated columns afterwards (it would build one
 * `OR` per row, which SQLite refuses past 1,000 rows and which costs a round trip everywhere).
 */
export async function insertMany<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
  chunk = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await em
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + chunk))
      .updateEntity(false)
      .execute();
  }
}

/**
 * Bind parameters per statement. SQLite (3.32+, as bundled by better-sqlite3) allows 32,766 `?`; mysql2 sends
 * TypeORM's queries as text, so MySQL has no placeholder limit and the bound is the statement size
 * (max_allowed_packet, 16 MB by default): 60,000 short values stay far below it.
 */
function maxParams(em: EntityManager): number {
  return em.connection.options.type === 'better-sqlite3' || em.connection.options.type === 'sqlite' ? 32_000 : 60_000;
}

const isSqlite = (em: EntityManager) => em.connection.options.type === 'better-sqlite3' || em.connection.options.type === 'sqlite';

/** The table name of an entity, for the raw statements below. */
export function tableOf<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>): string {
  return em.connection.getMetadata(entity).tableName;
}

/** Rows per statement for `columns` columns: as many as the parameter limit allows, at most `cap`. */
function rowsPerStatement(em: EntityManager, columns: number, cap = 10_000): number {
  return Math.max(1, Math.min(cap, Math.floor(maxParams(em) / columns)));
}

function valuesSql(columns: number, rows: number): string {
  const tuple = `(${new Array(columns).fill('?').join(',')})`;
  return new Array(rows).fill(tuple).join(',');
}

/**
 * Plain multi-row INSERT of positional rows (`rows[i][j]` is `columns[j]`), as few statements as the
 * parameter limit allows. Columns left out get their database defaults (createdAt, version…). The fast path
 * for bulk writers: no entity metadata walk per value, no reload.
 */
export async function insertRows(em: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  if (!rows.length) return;
  const q = (c: string) => em.connection.driver.escape(c);
  const head = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES `;
  const per = rowsPerStatement(em, columns.length);
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    await em.query(head + valuesSql(columns.length, part.length), part.flat());
  }
}

/**
 * Whether a multi-row INSERT's generated ids are first…first+n−1: always on SQLite (one writer; AUTOINCREMENT
 * takes max+1 per row), on MySQL/MariaDB when `innodb_autoinc_lock_mode` is 0 or 1 (a "simple insert" then gets
 * a consecutive block; MariaDB's default is 1) and `auto_increment_increment` is 1. Not with lock mode 2 (MySQL 8's
 * default, Galera's requirement), where another statement's ids may interleave, nor with an increment above 1
 * (Galera's wsrep_auto_increment_control sets it to the cluster size and the offset to the node's place, and it
 * changes when a node leaves or joins; TiDB allocates in batches per server). Asked on the inserting session each time,
 * because both variables are per session and a cluster's increment moves: one round trip per bulk insert.
 */
async function idsAreConsecutive(em: EntityManager): Promise<boolean> {
  if (isSqlite(em)) return true;
  try {
    const [r]: Array<{ mode: unknown; step: unknown }> = await em.query(
      'SELECT @@innodb_autoinc_lock_mode AS mode, @@SESSION.auto_increment_increment AS step',
    );
    return Number(r.mode) <= 1 && Number(r.step) === 1;
  } catch {
    return false; // a server without these variables: read the ids back
  }
}

/**
 * insertRows that also returns the generated ids in row order when the database guarantees them
 * (`idsAreConsecutive`), saving the read-back of what was just inserted; null when it cannot, and the
 * caller looks them up by a unique key instead.
 */
export async function insertRowsReturningIds(
  em: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
): Promise<number[] | null> {
  if (!rows.length) return [];
  const runner = em.queryRunner;
  if (!runner || !(await idsAreConsecutive(em))) {
    await insertRows(em, table, columns, rows);
    return null;
  }
  const q = (c: string) => em.connection.driver.escape(c);
  const head = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES `;
  const per = rowsPerStatement(em, columns.length);
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    const result = await runner.query(head + valuesSql(columns.length, part.length), part.flat(), true);
    const n = Number(result.affected);
    if (n !== part.length) throw new Error(`insert into ${table}: ${n} rows affected, expected ${part.length}`);
    // SQLite reports the last rowid, MySQL the first generated id
    const first = isSqlite(em) ? Number(result.raw) - n + 1 : Number((result.raw as { insertId: number }).insertId);
    for (let k = 0; k < n; k++) ids.push(first + k);
  }
  return ids;
}

/**
 * Multi-row upsert: INSERT … ON DUPLICATE KEY UPDATE (MySQL/MariaDB) or INSERT … ON CONFLICT (key) DO UPDATE
 * (SQLite), one statement per chunk. `update` maps each column to set on conflict to an SQL expression in which
 * `NEW(col)` stands for the inserted row's value and `OLD(col)` for the stored one, e.g.
 * `{ name: 'NEW(name)', version: 'OLD(version) + 1' }`. `conflict` is the unique key (SQLite needs it named).
 */
export async function upsertRows(
  em: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  conflict: readonly string[],
  update: Record<string, string>,
): Promise<void> {
  if (!rows.length) return;
  const q = (c: string) => em.connection.driver.escape(c);
  const sqlite = isSqlite(em);
  const colRef = (expr: string) =>
    expr
      .replace(/NEW\((\w+)\)/g, (_, c: string) => (sqlite ? `excluded.${q(c)}` : `VALUES(${q(c)})`))
      .replace(/OLD\((\w+)\)/g, (_, c: string) => (sqlite ? `${q(table)}.${q(c)}` : q(c)));
  const sets = Object.entries(update)
    .map(([c, expr]) => `${q(c)} = ${colRef(expr)}`)
    .join(', ');
  const head = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES `;
  const tail = sqlite ? ` ON CONFLICT (${conflict.map(q).join(', ')}) DO UPDATE SET ${sets}` : ` ON DUPLICATE KEY UPDATE ${sets}`;
  const per = rowsPerStatement(em, columns.length);
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    await em.query(head + valuesSql(columns.length, part.length) + tail, part.flat());
  }
}

/**
 * `SELECT … WHERE <column> IN (…values)` in as few raw statements as the parameter limit allows; `sql` holds
 * one `IN (?)` that is widened to the chunk, and `params` are bound before the list. Rows come back raw
 * (column names as selected; MySQL booleans as 0/1). For lookups of a few thousand keys per batch, where
 * TypeORM's find() spends more time building and hydrating than the database spends answering.
 */
export async function selectIn<R>(em: EntityManager, sql: string, values: readonly unknown[], params: readonly unknown[] = []): Promise<R[]> {
  if (!values.length) return [];
  if (sql.split('IN (?)').length !== 2) throw new Error('selectIn: the statement needs exactly one "IN (?)"');
  const per = maxParams(em) - params.length;
  const out: R[] = [];
  for (let i = 0; i < values.length; i += per) {
    const part = values.slice(i, i + per);
    const rows: R[] = await em.query(sql.replace('IN (?)', `IN (${new Array(part.length).fill('?').join(',')})`), [...params, ...part]);
    for (const r of rows) out.push(r);
  }
  return out;
}
