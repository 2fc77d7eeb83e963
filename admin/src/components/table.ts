import type { TablePaginationConfig } from 'antd';
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
