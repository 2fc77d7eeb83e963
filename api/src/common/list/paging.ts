import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers';
import { bookmarkStamp, countList, listTuning, nearestBookmark, primaryKeyWalkIsCheaper, rememberBookmark } from './caches';
import { bad, ListReader, ListSpec, planList, recordFullIdLookups, SortTerm } from './contract';

/**
 * Runs a planned list (see ./index.ts): cursor seek, bookmarks and the deferred join for deep pages, and the count.
 */
/** `WHERE (sort…, pk) > (values…)` in the list's order, NULLs sorting first as on MySQL and SQLite. */
function seekAfter<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, sort: SortTerm[], values: unknown[], inclusive = false): void {
  const params: Record<string, unknown> = {};
  const ors: string[] = [];
  sort.forEach((term, i) => {
    const ands: string[] = [];
    for (let j = 0; j < i; j++) {
      const p = `lqk${j}`;
      ands.push(values[j] === null ? `${sort[j].column} IS NULL` : `${sort[j].column} = :${p}`);
    }
    const p = `lqk${i}`;
    const v = values[i];
    // the last term is the primary key (never NULL): `inclusive` starts at the row itself
    const gt = inclusive && i === sort.length - 1 ? '>=' : '>';
    const lt = inclusive && i === sort.length - 1 ? '<=' : '<';
    if (term.order === 'ASC') ands.push(v === null ? `${term.column} IS NOT NULL` : `${term.column} ${gt} :${p}`);
    else if (v === null)
      return; // nothing sorts after NULL going down
    else ands.push(`(${term.column} ${lt} :${p} OR ${term.column} IS NULL)`);
    ors.push(ands.length > 1 ? `(${ands.join(' AND ')})` : ands[0]);
  });
  sort.forEach((_, j) => values[j] !== null && (params[`lqk${j}`] = values[j]));
  qb.andWhere(ors.length ? `(${ors.join(' OR ')})` : '1 = 0', params);
}

/** Runs a list query; rows plus the total for `X-Total-Count`. */
export async function fetchList<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: Record<string, unknown>,
  spec: ListSpec,
  reader?: ListReader,
): Promise<{ rows: T[]; total: number }> {
  const { window, sort, primaryKey, after, lookups } = planList(qb, query, spec);
  await recordFullIdLookups(reader, lookups, 'fetchList');
  const alias = qb.alias;
  // sort values of a loaded row as the database holds them (a column's transformer turned back), when every sort
  // column is a column of the main alias
  const metadata = qb.expressionMap.mainAlias?.hasMetadata ? qb.expressionMap.mainAlias.metadata : undefined;
  const columns = sort.map((t) => (t.column.startsWith(`${alias}.`) ? metadata?.findColumnWithPropertyName(t.column.slice(alias.length + 1)) : undefined));
  const valuesOf = columns.every((c) => c !== undefined)
    ? (row: T) =>
        columns.map((c) => {
          const value = (row as Record<string, unknown>)[c!.propertyName] ?? null;
          return c!.transformer && value !== null ? ApplyValueTransformers.transformTo(c!.transformer, value) : value;
        })
    : undefined;
  const deep = primaryKey !== undefined && window.skip >= listTuning.deferredJoinFrom && window.take > 0;
  const walkKeys = deep || (primaryKey !== undefined && window.take > 0 && spec.walkKeysFirst === true);
  // the write marks before any query of this page: its bookmarks and its cached count hold while no process writes
  const marks = deep && valuesOf ? bookmarkStamp(qb.connection) : undefined;
  marks?.catch(() => undefined); // awaited below
  const count = countList(qb, marks);
  count.catch(() => undefined); // awaited below; a failure must not be unhandled while the rows load
  const page = qb.clone();
  if (after !== undefined && primaryKey) {
    // the cursor row's sort values, read through the same scope and filters: a row the caller cannot list is unknown
    const lookup = qb.clone().orderBy().select(sort[0].column, 'lqv0');
    sort.slice(1).forEach((t, i) => lookup.addSelect(t.column, `lqv${i + 1}`));
    const cursor = await lookup.andWhere(`${alias}.${primaryKey} = :lqAfter`, { lqAfter: after }).limit(1).getRawOne<Record<string, unknown>>();
    if (!cursor) throw bad('_after: no such row in this list (游标记录不存在或不在筛选结果中)', '_after');
    seekAfter(
      page,
      sort,
      sort.map((_, i) => cursor[`lqv${i}`] ?? null),
    );
  }
  let rows: T[] | undefined;
  const [pageSql, pageParams] = deep ? page.getQueryAndParameters() : ['', []];
  const key = `${pageSql}\u0000${JSON.stringify(pageParams)}`;
  const stamp = marks ? await marks : '';
  // where the page starts in `page`'s order: from the top, from a bookmark, or from the end walking backwards
  let offset = window.skip;
  let take = window.take;
  let backwards = false;
  if (deep && valuesOf) {
    const mark = nearestBookmark(key, stamp, window.skip);
    if (mark) {
      seekAfter(page, sort, [...mark.values], mark.inclusive);
      offset = window.skip - mark.offset;
    } else {
      // nearer the end than the start: walk back from the end, in the reverse order (NULLs first going up = last going down)
      const total = await count;
      if (window.skip >= total) rows = [];
      else if (window.skip > total / 2) {
        take = Math.min(window.take, total - window.skip);
        offset = total - window.skip - take;
        backwards = true;
        page.orderBy();
        for (const t of sort) page.addOrderBy(t.column, t.order === 'ASC' ? 'DESC' : 'ASC');
      }
    }
  }
  if (!rows && walkKeys) {
    // deferred join: walk the offset over primary keys only (index-only where an index holds the filters), then load
    // the page; from a bookmark too, since MySQL tests the scope and filters on each fetched row of a walk otherwise
    const walk = page.clone().select(`${alias}.${primaryKey}`, 'lqpk').offset(offset).limit(take);
    if (
      offset === window.skip &&
      sort.length === 1 &&
      sort[0].column === `${alias}.${primaryKey}` &&
      (await primaryKeyWalkIsCheaper(qb, window.skip, await count))
    )
      walk.useIndex('PRIMARY');
    const keys = (await walk.getRawMany<{ lqpk: unknown }>()).map((r) => r.lqpk);
    rows = keys.length ? await page.andWhere(`${alias}.${primaryKey} IN (:...lqKeys)`, { lqKeys: keys }).getMany() : [];
  }
  if (!rows) rows = await page.offset(offset).limit(take).getMany();
  if (backwards) rows.reverse();
  if (deep && valuesOf && rows.length) {
    rememberBookmark(key, stamp, window.skip, valuesOf(rows[0]), true);
    rememberBookmark(key, stamp, window.skip + rows.length, valuesOf(rows[rows.length - 1]), false);
  }
  return { rows, total: await count };
}

/**
 * The list contract over a query without an entity (e.g. a UNION in a subquery): filters, sort, window and
 * count as `fetchList`, raw rows back; the spec's `uniqueKey` keeps equal sort values in one order.
 */
export async function fetchRawList<R extends ObjectLiteral>(
  qb: SelectQueryBuilder<R>,
  query: Record<string, unknown>,
  spec: ListSpec,
): Promise<{ rows: R[]; total: number }> {
  const { window, sort, lookups } = planList(qb, query, spec);
  if (lookups.length) throw new Error('fetchRawList: a whole-ID lookup must be recorded; use fetchList with the reader');
  const last = sort.length ? sort[sort.length - 1].order : 'ASC';
  for (const key of spec.uniqueKey ?? []) if (!sort.some((t) => t.column === `${qb.alias}.${key}`)) qb.addOrderBy(`${qb.alias}.${key}`, last);
  const count = countList(qb);
  count.catch(() => undefined); // awaited below
  const rows = await qb.clone().offset(window.skip).limit(window.take).getRawMany<R>();
  return { rows, total: await count };
}
