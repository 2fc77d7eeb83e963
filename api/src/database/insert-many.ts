import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
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
    if (!innodbAllocatesIds(await serverVersion(em))) return false;
    const [r]: Array<{ mode: unknown; step: unknown }> = await em.query(
      'SELECT @@innodb_autoinc_lock_mode AS mode, @@SESSION.auto_increment_increment AS step',
    );
    return Number(r.mode) <= 1 && Number(r.step) === 1;
  } catch {
    return false; // a server without these variables: read the ids back
  }
}

const serverVersions = new WeakMap<object, Promise<string>>();

/** `SELECT VERSION()` of a data source's server, asked once. */
function serverVersion(em: EntityManager): Promise<string> {
  let version = serverVersions.get(em.connection);
  if (!version) {
    version = em.connection.query('SELECT VERSION() AS version').then((r: Array<{ version: unknown }>) => String(r[0]?.version ?? ''));
    version.catch(() => serverVersions.delete(em.connection));
    serverVersions.set(em.connection, version);
  }
  return version;
}

/**
 * Whether the InnoDB variables describe how a server allocates AUTO_INCREMENT ids: not on TiDB (ids cached per
 * server, 30,000 at a time by default) nor OceanBase (per partition in its NOORDER mode), whatever they report.
 */
export function innodbAllocatesIds(version: string): boolean {
  return !/TiDB|OceanBase/i.test(version);
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

// ---------------------------------------------------------------------------------------------------------------
// LOAD DATA LOCAL INFILE: the bulk write path on MySQL/MariaDB (issue 19). The server parses tab-separated text
// instead of an INSERT's SQL, and Node builds no SQL text: ~1.5× the rows/s of a multi-row INSERT here.

/**
 * The name the statement asks the client for. The server echoes it back in its "send me this file" request, and the
 * stream factory answers only that name, with the rows generated below: no path is ever opened, and no name from a
 * user or the server is ever read (a hostile server asking for /etc/passwd gets an error).
 */
const LOAD_DATA_STREAM = 'yibao-generated-rows';

/** errnos meaning "LOCAL INFILE is off on this server or client": fall back to INSERT (the transaction is intact). */
const LOCAL_INFILE_REFUSED = new Set([
  4166, // MariaDB 10.5+: ER_LOAD_INFILE_CAPABILITY_DISABLED
  1148, // MySQL 5.7 / older MariaDB: ER_NOT_ALLOWED_COMMAND
  3948, // MySQL 8: ER_CLIENT_LOCAL_FILES_DISABLED
  3950, // MySQL 8: ER_LOAD_DATA_LOCAL_INFILE_REJECTED (client side)
]);

/** Per data source: whether LOAD DATA LOCAL may be used (decided at its first bulk write, then kept). */
const loadDataUsable = new WeakMap<object, Promise<boolean>>();

/**
 * Whether a server's LOAD DATA is one statement of the caller's transaction, judged by `SELECT VERSION()`: MySQL and
 * MariaDB yes; TiDB only from v7.6.0 (TiDB's LOAD DATA reference: before v7.6.0 a ROLLBACK in an explicit transaction
 * does not undo it and it always runs optimistic; before v4.0.0 it commits every 20,000 rows); OceanBase not verified
 * here — so no, the multi-row INSERT path is the one whose atomicity every database keeps.
 */
export function loadDataJoinsTransaction(version: string): boolean {
  const tidb = /TiDB-v(\d+)\.(\d+)/i.exec(version);
  if (tidb) return Number(tidb[1]) > 7 || (Number(tidb[1]) === 7 && Number(tidb[2]) >= 6);
  return !/TiDB|OceanBase/i.test(version);
}

/**
 * LOAD DATA is usable unless the dialect is SQLite, the server would not undo it with the batch's transaction
 * (`loadDataJoinsTransaction`), or Galera would split it into several commits (`wsrep_load_data_splitting`, off by
 * default since MariaDB 10.4: a batch must never be half applied). A server that refuses LOCAL INFILE is found at the
 * first statement (`LOCAL_INFILE_REFUSED`) and remembered.
 */
function canLoadData(em: EntityManager): Promise<boolean> {
  if (isSqlite(em)) return Promise.resolve(false);
  const ds = em.connection;
  let usable = loadDataUsable.get(ds);
  if (!usable) {
    usable = (async () => {
      if (!loadDataJoinsTransaction(await serverVersion(em))) return false;
      return ds
        .query('SELECT @@wsrep_load_data_splitting AS splitting')
        .then((r: Array<{ splitting: unknown }>) => !Number(r[0]?.splitting))
        .catch(() => true); // MySQL: no such variable, no splitting
    })().catch(() => false);
    loadDataUsable.set(ds, usable);
  }
  return usable;
}

const FIELD_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\\0' };
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * One value as a LOAD DATA field (FIELDS TERMINATED BY '\t' ESCAPED BY '\\', LINES TERMINATED BY '\n', nothing
 * enclosed): NULL is `\N`; backslash, tab, newline, CR and NUL are backslash-escaped, so a text `\N` stays text
 * (`\\N`). Dates as UTC (the connection's timezone is 'Z'). Objects are refused: a JSON column takes its text.
 */
export function loadDataField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (typeof value) {
    case 'string':
      return value.replace(/[\\\t\n\r\0]/g, (c) => FIELD_ESCAPES[c]);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`LOAD DATA: ${value} is not a storable number`);
      return String(value);
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? '1' : '0';
  }
  if (value instanceof Date) {
    const d = value;
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
  }
  throw new TypeError(`LOAD DATA: cannot write a ${Object.prototype.toString.call(value)} value`);
}

/** The rows as LOAD DATA text, generated lazily in chunks of ~1,000 lines (the whole batch is never one string). */
function* loadDataChunks(rows: readonly unknown[][]): Generator<Buffer> {
  const LINES = 1000;
  for (let i = 0; i < rows.length; i += LINES) {
    let text = '';
    for (const row of rows.slice(i, i + LINES)) text += row.map(loadDataField).join('\t') + '\n';
    yield Buffer.from(text, 'utf8');
  }
}

interface Mysql2Result {
  affectedRows: number;
  warningStatus: number;
}
interface Mysql2Connection {
  query(options: { sql: string; infileStreamFactory: (name: string) => Readable }, cb: (err: Error | null, result: Mysql2Result) => void): void;
}

/**
 * One LOAD DATA LOCAL statement over the transaction's own connection (mysql2's per-query `infileStreamFactory`; the
 * pool has none, so any other statement that triggers a LOCAL INFILE request fails). With LOCAL the server cannot stop
 * the client mid-file, so it turns row errors (duplicate key, truncation, bad value) into warnings and skips or
 * alters the row: any warning, or fewer rows than sent, is thrown here and the caller's transaction rolls back.
 */
async function loadData(em: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  const runner = em.queryRunner!;
  const conn = (await runner.connect()) as Mysql2Connection;
  const q = (c: string) => em.connection.driver.escape(c);
  const sql =
    `LOAD DATA LOCAL INFILE '${LOAD_DATA_STREAM}' INTO TABLE ${q(table)} CHARACTER SET utf8mb4 ` +
    `FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (${columns.map(q).join(', ')})`;
  const result = await new Promise<Mysql2Result>((resolve, reject) =>
    conn.query(
      {
        sql,
        infileStreamFactory: (name) => {
          // an error stream, not a throw: mysql2 then ends the transfer and fails this query, not the connection
          if (name !== LOAD_DATA_STREAM) {
            return new Readable({
              read() {
                this.destroy(new Error(`LOAD DATA: the server asked for ${JSON.stringify(name)}, not the generated rows`));
              },
            });
          }
          return Readable.from(loadDataChunks(rows), { objectMode: false });
        },
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    ),
  );
  if (result.warningStatus > 0 || result.affectedRows !== rows.length) {
    const warnings: Array<{ Code: number; Message: string }> = result.warningStatus > 0 ? await runner.query('SHOW WARNINGS LIMIT 5') : [];
    throw new Error(
      `LOAD DATA into ${table}: ${result.affectedRows} of ${rows.length} rows, ${result.warningStatus} warning(s)` +
        warnings.map((w) => `; ${w.Code} ${w.Message}`).join(''),
    );
  }
}

/** Loads through LOAD DATA when usable; false when the server refused LOCAL INFILE (remembered for the data source). */
async function tryLoadData(em: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<boolean> {
  if (!em.queryRunner || !(await canLoadData(em))) return false;
  try {
    await loadData(em, table, columns, rows);
    return true;
  } catch (err) {
    const errno = (err as { errno?: number }).errno;
    if (errno === undefined || !LOCAL_INFILE_REFUSED.has(errno)) throw err;
    // refused before any row was read: the transaction is intact, the INSERT path takes over from now on
    loadDataUsable.set(em.connection, Promise.resolve(false));
    new Logger('insert-many').warn(`LOAD DATA LOCAL INFILE refused (${errno}): bulk writes use multi-row INSERT`);
    return false;
  }
}

/**
 * insertRows through LOAD DATA LOCAL INFILE on MySQL/MariaDB, in one statement; the multi-row INSERT on SQLite, outside
 * a transaction, or when the server refuses LOCAL INFILE. Same contract: columns left out get their defaults, and the
 * rows are all written or the call throws (in the caller's transaction, which then rolls back).
 */
export async function bulkInsertRows(em: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  if (!rows.length) return;
  if (!(await tryLoadData(em, table, columns, rows))) await insertRows(em, table, columns, rows);
}

/**
 * insertRowsReturningIds through LOAD DATA: the ids are LAST_INSERT_ID() … + n − 1 when `idsAreConsecutive` (LOAD
 * DATA is a "bulk insert", which lock modes 0 and 1 give one consecutive block under the table's AUTO-INC lock held to
 * the statement's end; the OK packet carries no id, hence the SELECT); null otherwise (the caller reads them back).
 */
export async function bulkInsertRowsReturningIds(
  em: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
): Promise<number[] | null> {
  if (!rows.length) return [];
  if (!em.queryRunner || !(await canLoadData(em))) return insertRowsReturningIds(em, table, columns, rows);
  const consecutive = await idsAreConsecutive(em);
  if (!(await tryLoadData(em, table, columns, rows))) return insertRowsReturningIds(em, table, columns, rows);
  if (!consecutive) return null;
  const [r]: Array<{ first: unknown }> = await em.query('SELECT LAST_INSERT_ID() AS first');
  const first = Number(r.first);
  return Array.from({ length: rows.length }, (_, k) => first + k);
}
