import { Table } from 'antd';
import type { TFunction } from 'i18next';
import { RegionName } from '../../../components/RegionName';

/**
 * The columns the assistance lists (settlements, cost warnings, chronic recognitions) share for the person a
 * row is about and where: the ID number in monospace, the unit's name, and the hospital's level. Functions
 * returning a `<Table.Column>` (antd reads a column's props from the element itself).
 */
type SortOrderOf = (field: string) => 'ascend' | 'descend' | null | undefined;

export function idNumberColumn<R extends object>(title: string) {
  return <Table.Column<R> dataIndex="idNumber" title={title} width={170} render={(v: string) => <span className="yb-mono">{v}</span>} />;
}

/** The row's unit; sortable when the list passes its `sortOrder`. */
export function regionColumn<R extends object>(title: string, sortOrder?: SortOrderOf) {
  const sorting = sortOrder ? { sorter: true, defaultSortOrder: sortOrder('regionCode') } : {};
  return <Table.Column<R> dataIndex="regionCode" title={title} width={130} {...sorting} render={(c: string) => <RegionName code={c} />} />;
}

export function hospitalLevelColumn<R extends object>(title: string, t: TFunction) {
  return <Table.Column<R> dataIndex="hospitalLevel" title={title} width={80} render={(v: string) => t(`hospitalLevels.${v}`)} />;
}
