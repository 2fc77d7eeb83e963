import type { CrudFilter } from '@refinedev/core';

/**
 * A list page opened on filters (Refine's `filters[i][field|operator|value]` in the URL, as `useListPage` reads
 * them back): the links from a board, a summary or a record to the rows behind a figure. Empty values are left out.
 */
export function listUrl(path: string, filters: CrudFilter[]): string {
  const parts = filters
    .filter((f): f is CrudFilter & { field: string } => 'field' in f && f.value !== undefined && f.value !== null && f.value !== '')
    .map(
      (f, i) =>
        `filters[${i}][field]=${encodeURIComponent(f.field)}&filters[${i}][operator]=${f.operator}&filters[${i}][value]=${encodeURIComponent(String(f.value))}`,
    );
  return parts.length ? `${path}?${parts.join('&')}` : path;
}
