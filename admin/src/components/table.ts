import type { TablePaginationConfig, TableProps } from 'antd';
import type { TFunction } from 'i18next';

/** Pagination as staff expect it on every list: total count, page size switch, quick jump. */
export function tablePagination(pagination: TablePaginationConfig | false | undefined, t: TFunction): TablePaginationConfig | false {
  if (pagination === false) return false;
  return {
    ...pagination,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showQuickJumper: true,
    showTotal: (total) => t('table.total', { total }),
  };
}

/**
 * How every table lays out its columns. antd fixes the layout (`table-layout: fixed`) as soon as a column is
 * fixed: each column then gets its declared width, or a share of what is left, whatever its content, and a tag, a
 * region name or an English label that does not fit runs into the next cell, the last data column slides under
 * the fixed 操作 column. With `auto` a column is never narrower than its content (a declared width is a minimum;
 * text still wraps), and the table scrolls sideways inside its own box (`scroll.x`: at least the container's
 * width, wider when the columns need it) instead of widening the page. A page's own `scroll.x` is a minimum width.
 */
export const TABLE_LAYOUT = { tableLayout: 'auto', scroll: { x: true } } as const satisfies TableProps<object>;
