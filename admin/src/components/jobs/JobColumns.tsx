import { DateField } from '@refinedev/antd';
import { Table } from 'antd';
import type { ReactNode } from 'react';
import { showActionColumn } from '../ShowActionColumn';

/**
 * The columns every job list (file imports, recomputes) shares, as functions that return a `<Table.Column>`
 * (antd reads a column's props from the element, so a wrapper component would not do): the number, who
 * started it, when, and the show button. `sortOrder` is `useListPage`'s, for the sortable ones.
 */
type SortOrderOf = (field: string) => 'ascend' | 'descend' | null | undefined;

export function jobIdColumn<R extends { id: number }>(title: string, sortOrder: SortOrderOf) {
  return <Table.Column<R> dataIndex="id" title={title} width={70} sorter defaultSortOrder={sortOrder('id')} />;
}

export function jobUsernameColumn<R extends { id: number }>(title: string, sortOrder: SortOrderOf) {
  return <Table.Column<R> dataIndex="username" title={title} width={120} sorter defaultSortOrder={sortOrder('username')} />;
}

const dateTime = (v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm" />;

export function jobCreatedAtColumn<R extends { id: number }>(title: string, sortOrder: SortOrderOf, render: (v: string) => ReactNode = dateTime) {
  return <Table.Column<R> dataIndex="createdAt" title={title} width={150} sorter defaultSortOrder={sortOrder('createdAt')} render={render} />;
}

export function jobActionsColumn<R extends { id: number }>(title: string) {
  return showActionColumn<R>(title, 90);
}
