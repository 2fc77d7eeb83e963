import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import { ListCountInvalidator } from '../common/list/caches';
import type { DatabaseConfig } from '../config/config';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/** The connection collation for MySQL/MariaDB: never rely on the server default (often latin1). */
export const MYSQL_COLLATION = 'utf8mb4_unicode_ci';

/** The entities a data source maps: api/src/areas.ts lists them (platform and every policy area). */
export type EntityList = NonNullable<DataSourceOptions['entities']>;

export function dataSourceOptions(db: DatabaseConfig, entities: EntityList): DataSourceOptions {
  const common = { entities, synchronize: false, migrationsTableName: 'migrations', logging: false } as const;
  // writes forget the list's cached counts (common/list/caches.ts)
  const subscribers = [ListCountInvalidator];
  if (db.type === 'sqlite') {
    if (db.path !== ':memory:') fs.mkdirSync(path.dirname(db.path), { recursive: true });
    return {
      ...common,
      subscribers,
      type: 'better-sqlite3',
      database: db.path,
      migrations: SQLITE_MIGRATIONS,
      prepareDatabase: (conn: { pragma(sql: string): unknown }) => {
        conn.pragma('journal_mode = WAL');
        conn.pragma('busy_timeout = 5000');
        conn.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    subscribers,
    type: db.flavour,
    host: db.host,
    port: db.port,
    username: db.username,
    password: db.password,
    database: db.database,
    charset: MYSQL_COLLATION,
    timezone: 'Z',
    migrations: MYSQL_MIGRATIONS,
    extra: { connectionLimit: 10 },
  };
}

export function createDataSource(db: DatabaseConfig, entities: EntityList): DataSource {
  return new DataSource(dataSourceOptions(db, entities));
}

export function isSqlite(ds: DataSource): boolean {
  return ds.options.type === 'better-sqlite3';
}

export function dialectOf(ds: DataSource): 'sqlite' | 'mysql' {
  return isSqlite(ds) ? 'sqlite' : 'mysql';
}

/**
 * Serialises transactions on SQLite, whose single embedded connection cannot hold two at once;
 * MySQL runs them concurrently and relies on row locks.
 */
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/** Runs `work` in one transaction: everything it writes (record and audit row) commits or none of it. */
export async function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (!isSqlite(ds)) return ds.transaction(work);
  const previous = sqliteQueues.get(ds) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => ds.transaction(work));
  sqliteQueues.set(
    ds,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * Applies pending migrations. On MySQL the database default is made utf8mb4 first, because TypeORM
 * creates its own `migrations` table before any migration runs and would inherit a latin1 default.
 */
export async function migrate(ds: DataSource, onPending?: () => void): Promise<string[]> {
  if (!isSqlite(ds)) {
    // before anything creates a table (TypeORM's own migrations table included), so every table is utf8mb4
    const [schema] = await ds.query('SELECT DEFAULT_CHARACTER_SET_NAME AS cs FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()');
    if (schema?.cs !== 'utf8mb4') await ds.query(`ALTER DATABASE CHARACTER SET utf8mb4 COLLATE ${MYSQL_COLLATION}`);
  }
  if (onPending && (await ds.showMigrations())) onPending();
  const ran = await ds.runMigrations({ transaction: 'each' });
  return ran.map((m) => m.name);
}
