import { ShowButton } from '@refinedev/antd';
import { Table } from 'antd';

/**
 * The actions column of a read-only list: one show button, fixed at the right. A function returning a
 * `<Table.Column>` (antd reads a column's props from the element itself, so a wrapper component would not do).
 */
export function showActionColumn<R extends { id: number }>(title: string, width: number) {
  return (
    <Table.Column<R> key="actions" title={title} fixed="right" width={width} render={(_, r) => <ShowButton size="small" type="link" recordItemId={r.id} />} />
  );
}
