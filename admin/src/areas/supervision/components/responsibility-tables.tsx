import { useGetIdentity } from '@refinedev/core';
import { type CurrentUser, RESPONSIBILITY_ROLES, RESPONSIBILITY_TABLE_WORKFLOW, type ResponsibilityRow, type ResponsibilityTableRecord } from '@yibao/shared';
import { Table, Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { mayEditContent } from '../../../components/WorkflowStateTag';

export const RESOURCE = 'responsibility-tables';
export const STANDARD_ROWS = RESPONSIBILITY_ROLES.length;
/** the API's limit (UpdateResponsibilityTableDto) */
export const MAX_ROWS = 60;
export const ROW_FIELDS = ['role', 'name', 'unit', 'title', 'phone'] as const satisfies readonly (keyof ResponsibilityRow)[];

/** "柳州市 2026 年责任分工表" */
export function tableTitle(t: TFunction, record: Pick<ResponsibilityTableRecord, 'regionName' | 'regionCode' | 'year'>): string {
  return t('responsibility-tables.recordTitle', { region: record.regionName ?? record.regionCode, year: record.year });
}

/** The filing unit may fill in its own table while it is a draft or returned. */
export function useMayEdit(record: Pick<ResponsibilityTableRecord, 'state' | 'regionCode'> | undefined): boolean {
  const { data: me } = useGetIdentity<CurrentUser>();
  return Boolean(record) && mayEditContent(RESPONSIBILITY_TABLE_WORKFLOW, record!.state, me, record!.regionCode);
}

/** Filed after the due date, or still not filed once it has passed. */
export function LateTag({ late, filed, dueDate }: { late: boolean; filed: boolean; dueDate: string }) {
  const { t } = useTranslation();
  if (!late) return null;
  return (
    <Tooltip title={t('responsibility-tables.late.due', { date: dueDate })}>
      <Tag color="red" data-testid="late-tag">
        {filed ? t('responsibility-tables.late.filedLate') : t('responsibility-tables.late.notFiled')}
      </Tag>
    </Tooltip>
  );
}

/** `rows[1].name` → "第 2 行（行政部门分管负责人）· 姓名"; `rows[14]` → "第 15 行（新增行）". */
export function describeRowPath(t: TFunction, path: string, rows: ResponsibilityRow[]): string {
  const m = /^rows\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (!m) return '';
  const index = Number(m[1]);
  const role = rows[index]?.role || t('responsibility-tables.newRow');
  const row = t('responsibility-tables.rowLabel', { row: index + 1, role });
  return m[2] ? `${row} · ${t(`responsibility-tables.fields.${m[2]}`, { defaultValue: m[2] })}` : row;
}

/** The table's rows, read-only, in the official column order. */
export function RowsTable({ rows }: { rows: ResponsibilityRow[] }) {
  const { t } = useTranslation();
  const empty = <span className="yb-muted">—</span>;
  const text = (v: string) => v || empty;
  return (
    <Table<ResponsibilityRow & { index: number }>
      data-testid="responsibility-rows"
      rowKey="index"
      size="small"
      bordered
      pagination={false}
      dataSource={rows.map((r, index) => ({ ...r, index }))}
      scroll={{ x: 900 }}
      columns={[
        { title: '#', dataIndex: 'index', width: 48, render: (i: number) => i + 1 },
        {
          title: t('responsibility-tables.fields.role'),
          dataIndex: 'role',
          width: 230,
          render: (v: string, r) => (
            <span>
              {text(v)} {r.index >= STANDARD_ROWS && <Tag bordered={false}>{t('responsibility-tables.extraRow')}</Tag>}
            </span>
          ),
        },
        { title: t('responsibility-tables.fields.name'), dataIndex: 'name', width: 110, render: text },
        { title: t('responsibility-tables.fields.unit'), dataIndex: 'unit', render: text },
        { title: t('responsibility-tables.fields.title'), dataIndex: 'title', width: 130, render: text },
        {
          title: t('responsibility-tables.fields.phone'),
          dataIndex: 'phone',
          width: 150,
          render: (v: string) => (v ? <span className="yb-mono">{v}</span> : empty),
        },
      ]}
    />
  );
}
