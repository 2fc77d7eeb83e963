/**
 * The list contract of ARCHITECTURE §3 (Refine simple-rest), implemented once for every resource:
 * `_start/_end` window, `_sort/_order` (comma lists), filters `f=v` (repeat = IN), `f_ne`, `f_like`,
 * `f_gte`, `f_lte`, and `q` across the resource's search fields. Anything unknown is a 400.
 *
 * Scale (1M-row tables): every sort ends with the primary key, so the order is total and stable. Deep pages
 * cost what shallow ones do when the client gives a cursor, `_after=<id of the last row it has>` (then
 * `_start/_end` count from that row): the page is a seek `WHERE (sort…, id) > (that row's values)`, not an
 * OFFSET. Without a cursor, a deep `_start` reads only primary keys up to the offset (a deferred join; an index
 * holding the filter and sort columns makes that an index-only scan) and then loads the page's rows by key.
 * `X-Total-Count` is exact: a count which took longer than `listTuning.slowCountMs` (2 ms) is reused for the
 * same query (same filters and scope) for `listTuning.countTtlMs` while no API process has written since (the
 * write marks, ./caches): paging a million rows does not recount them for every page.
 *
 * ID numbers (`type: 'idNumber'`): the hidden digits of a masked number must not be recoverable by asking
 * the list questions. Such a field matches only a whole, checksum-valid number (`f=<18 characters>`, or `q`
 * equal to one), or — in `q` — its last four characters together with a name (`张三 123X`); no `like`,
 * `ne`, ranges or sorting. Every whole-number lookup is handed to the reader's recorder (audit log and access
 * log) before the query runs, so a list with such a field needs the reader (`fetchList(…, actor)`).
 *
 * Parts: ./contract (the spec and what a request may ask), ./paging (fetchList, fetchRawList), ./caches (counts,
 * bookmarks, table estimates), ./list-of (one route decorator: OpenAPI parameters and `X-Total-Count`).
 * Callers import from here.
 */
export type { FilterOperator, FullIdLookup, ListDialect, ListField, ListFieldType, ListReader, ListSpec, ListWindow } from './contract';
export {
  applyListQuery,
  chinaDayOfTimestamp,
  conditionFilter,
  decidedIdsFilter,
  DEFAULT_PAGE_SIZE,
  escapeLike,
  FullIdLookupLog,
  listDate,
  listPeriod,
  listYear,
  MAX_PAGE_SIZE,
  parseWindow,
  yearOfDateColumn,
} from './contract';
export { listTuning, quietForLists, WriteStamped } from './caches';
export { fetchList, fetchRawList } from './paging';
export { ListOf, listSummary, type ListPage } from './list-of';
