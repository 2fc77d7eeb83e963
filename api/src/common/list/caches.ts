import { EventSubscriber, type EntitySubscriberInterface, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/**
 * What the list paths remember between requests (see ./index.ts): slow counts, bookmarks of deep pages and the
 * server's table size estimates. Per process; bounded by `listTuning`.
 */
/** Tunables of the large-list paths (see the header comment); tests lower them to exercise those paths. */
export const listTuning = {
  /** from this `_start` on, page through primary keys first (deferred join) */
  deferredJoinFrom: 1000,
  /** a count slower than this is cached (until this process writes anything) … */
  slowCountMs: 20,
  /** … for this long */
  countTtlMs: 15_000,
  /** entries kept in the count cache (and list queries with bookmarks) */
  countCacheSize: 500,
  /** a deep `_start` seeks from a bookmark at most this many rows above it */
  bookmarkReach: 2000,
  bookmarkTtlMs: 120_000,
};

const countCache = new Map<string, { total: number; at: number }>();
const countsRunning = new Map<string, Promise<number>>();
/** bumped by every write: a count that started before one is not cached */
let countGeneration = 0;

/**
 * COUNT of the filtered list. A slow one is remembered for the same SQL and parameters: fresh for countTtlMs,
 * then served once more while it is recounted in the background (up to 4 × countTtlMs old), and concurrent
 * requests for the same count share one query. Every write of this process forgets them all
 * (`ListCountInvalidator`), so a user who saves and returns to the list sees the exact total; another
 * process's writes show within countTtlMs. The index hint of a page (`useIndex`) is not the count's: the
 * database picks the index that answers the count alone.
 */
export async function countList<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<number> {
  const counter = qb.clone().orderBy().offset(undefined).limit(undefined).skip(undefined).take(undefined);
  counter.expressionMap.useIndex = undefined;
  const [sql, params] = counter.getQueryAndParameters();
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const run = () => {
    // a count started before the latest write is not joined: it may miss that write
    const generation = countGeneration;
    const runningKey = `${generation}\u0000${key}`;
    let running = countsRunning.get(runningKey);
    if (!running) {
      const t0 = Date.now();
      // joins may repeat rows: then TypeORM's COUNT(DISTINCT pk); a single table counts rows, which an index can answer
      running = (
        qb.expressionMap.joinAttributes.length
          ? counter.getCount()
          : counter
              .select('COUNT(*)', 'n')
              .getRawOne<{ n: number | string }>()
              .then((r) => Number(r?.n ?? 0))
      )
        .then((total) => {
          if (Date.now() - t0 >= listTuning.slowCountMs && generation === countGeneration) {
            countCache.delete(key);
            countCache.set(key, { total, at: Date.now() });
            while (countCache.size > listTuning.countCacheSize) countCache.delete(countCache.keys().next().value!);
          }
          return total;
        })
        .finally(() => countsRunning.delete(runningKey));
      countsRunning.set(runningKey, running);
    }
    return running;
  };
  const hit = countCache.get(key);
  const age = hit ? Date.now() - hit.at : Infinity;
  if (hit && age < listTuning.countTtlMs) return hit.total;
  if (hit && age < 4 * listTuning.countTtlMs) {
    run().catch(() => undefined);
    return hit.total;
  }
  return run();
}

/** Forgets every cached count (a write may have changed any of them); counts already running are not cached. */
export function forgetCounts(): void {
  countCache.clear();
  countGeneration++;
}

/**
 * Forgets the cached counts whenever this process writes: on each entity insert, update or removal and on
 * each commit (which covers the bulk paths that write with raw SQL inside a transaction).
 */
@EventSubscriber()
export class ListCountInvalidator implements EntitySubscriberInterface {
  afterInsert = forgetCounts;
  afterUpdate = forgetCounts;
  afterRemove = forgetCounts;
  afterSoftRemove = forgetCounts;
  afterRecover = forgetCounts;
  afterTransactionCommit = forgetCounts;
}

/**
 * Bookmarks for `_start` paging (Refine sends no cursor): for a list query (SQL and parameters without the
 * window), the sort values of the row at an offset, remembered from pages served. The next page, the same page
 * again or one a few pages on seeks from the nearest bookmark instead of counting the offset from the top.
 * Rows added or removed above a bookmark since it was taken shift the page by that many, as they would shift
 * any page between two requests; bookmarks are dropped after `bookmarkTtlMs`.
 */
const bookmarks = new Map<string, { at: number; marks: Map<number, { values: unknown[]; inclusive: boolean }> }>();

export function rememberBookmark(key: string, offset: number, values: unknown[], inclusive: boolean): void {
  if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) return; // dates and booleans: not round-tripped
  let entry = bookmarks.get(key);
  if (!entry || Date.now() - entry.at > listTuning.bookmarkTtlMs) entry = { at: Date.now(), marks: new Map() };
  bookmarks.delete(key);
  bookmarks.set(key, entry);
  entry.marks.set(offset, { values, inclusive });
  while (entry.marks.size > 64) entry.marks.delete(entry.marks.keys().next().value!);
  while (bookmarks.size > listTuning.countCacheSize) bookmarks.delete(bookmarks.keys().next().value!);
}

export function nearestBookmark(key: string, offset: number): { offset: number; values: unknown[]; inclusive: boolean } | undefined {
  const entry = bookmarks.get(key);
  if (!entry || Date.now() - entry.at > listTuning.bookmarkTtlMs) return undefined;
  let best: { offset: number; values: unknown[]; inclusive: boolean } | undefined;
  for (const [at, mark] of entry.marks) {
    if (at <= offset && offset - at <= listTuning.bookmarkReach && (!best || at > best.offset)) best = { offset: at, ...mark };
  }
  return best;
}

const tableRowEstimates = new WeakMap<object, Map<string, { rows: number; at: number }>>();

/**
 * Whether a deep page sorted by the primary key is found faster by walking the primary key in order than
 * by the plan MySQL/MariaDB picks itself. For a wide scope (a province) it picks the region index range and
 * sorts every matching row — 2.7–4 s at 1M people for page 10,000, where the ordered walk reads
 * `skip ÷ density` rows (84 ms). Walking wins while that is fewer than the matching rows; for a narrow
 * scope (a county among millions) it would not, and the database's own plan stays. Table size is the
 * server's estimate, asked at most once a minute.
 */
export async function primaryKeyWalkIsCheaper<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, skip: number, total: number): Promise<boolean> {
  const type = qb.connection.options.type;
  if ((type !== 'mysql' && type !== 'mariadb') || total <= 0) return false;
  const table = qb.expressionMap.mainAlias!.metadata.tableName;
  const known = tableRowEstimates.get(qb.connection) ?? tableRowEstimates.set(qb.connection, new Map()).get(qb.connection)!;
  let estimate = known.get(table);
  if (!estimate || Date.now() - estimate.at > 60_000) {
    const [row] = await qb.connection.query('SELECT TABLE_ROWS AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?', [
      table,
    ]);
    estimate = { rows: Number(row?.n ?? 0), at: Date.now() };
    known.set(table, estimate);
  }
  // rows the walk reads (skip ÷ density) against the rows any other plan must at least look at (total)
  // (an unknown estimate, 0 on a table the server has not sampled yet, counts as dense)
  return skip * Math.max(estimate.rows, total) < total * total;
}
