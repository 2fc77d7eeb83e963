import { DateField } from '@refinedev/antd';
import type { JobRecord } from '@yibao/shared';
import { Table } from 'antd';
import type { ReactNode } from 'react';
import { RegionName } from '../RegionName';
import { showActionColumn } from '../ShowActionColumn';

/**
 * The columns every job list (file imports, recomputes, screenings) shares, as functions that return a `<Table.Column>`
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

/** A time the job may not have reached yet (finished…): a dash until then. */
export const jobTime = (v: string | null) => (v ? dateTime(v) : <span className="yb-muted">—</span>);

export function jobFinishedAtColumn<R extends { id: number; finishedAt: string | null }>(title: string) {
  return <Table.Column<R> dataIndex="finishedAt" title={title} width={150} render={jobTime} />;
}

/**
 * The region and year a background run (recompute, screening) was started for: its parameters, the region
 * falling back to the unit that started it.
 */
type RunOver = Pick<JobRecord<{ regionCode?: string; year?: number }>, 'id' | 'regionCode' | 'params'>;

export function jobRegionColumn<R extends RunOver>(title: string) {
  return <Table.Column<R> key="region" title={title} render={(_, j) => <RegionName code={j.params.regionCode ?? j.regionCode} />} />;
}

export function jobYearColumn<R extends RunOver>(title: string) {
  return <Table.Column<R> key="year" title={title} width={70} render={(_, j) => j.params.year ?? '—'} />;
}

/** The status as the kind's tag (sortable), and the progress bar beside it (refreshed while the job runs). */
export function jobStatusColumn<R extends { id: number }>(title: string, sortOrder: SortOrderOf, tag: (status: string) => ReactNode) {
  return <Table.Column<R> dataIndex="status" title={title} width={100} sorter defaultSortOrder={sortOrder('status')} render={(s: string) => tag(s)} />;
}

export function jobProgressColumn<R extends { id: number }>(title: string, progress: (job: R) => ReactNode) {
  return <Table.Column<R> key="progress" title={title} width={200} render={(_, j) => progress(j)} />;
}

export function jobActionsColumn<R extends { id: number }>(title: string) {
  return showActionColumn<R>(title, 90);
}
