import { DeleteButton, EditButton, List } from '@refinedev/antd';
import { HOLIDAY_KINDS, type HolidayKind, type HolidayRecord } from '@yibao/shared';
import { Alert, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { thisYear } from '../../../components/dates';
import { FilterCard } from '../../../components/FilterCard';
import { useListPage } from '../../../hooks/useListPage';

const KIND_COLOR: Record<HolidayKind, string> = { holiday: 'red', workday: 'blue' };

/**
 * 节假日安排: one year of the working-day calendar at a time (this year first), its days off and its 调休 working
 * days in date order. Deadlines counted in working days read it; a year without entries is counted Monday–Friday.
 */
export default function HolidayList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, filters } = useListPage<HolidayRecord>({
    filters: {
      year: { kind: 'number', label: 'holidays.fields.year', width: 100 },
      kind: { kind: 'eq', label: 'holidays.fields.kind', width: 140, options: HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`holidayKinds.${k}`) })) },
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'holidays.placeholders.keyword', width: 160 },
    },
    initialFilters: [{ field: 'year', operator: 'eq', value: thisYear() }],
    sort: [{ field: 'date', order: 'asc' }],
    pageSize: 100,
  });
  // a year with no entry at all (not one a kind or keyword filter emptied) has no calendar
  const narrowed = filters.some((f) => 'field' in f && (f.field === 'kind' || f.field === 'q') && f.value !== undefined && f.value !== '');
  const empty = tableProps.dataSource?.length === 0 && !tableProps.loading && !narrowed;
  return (
    <List>
      <FilterCard {...filterCard} />
      <Alert
        type={empty ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        message={t(empty ? 'holidays.hints.noCalendar' : 'holidays.hints.about')}
      />
      <Table<HolidayRecord> {...tableProps} rowKey="id" size="middle">
        <Table.Column<HolidayRecord> dataIndex="date" title={t('holidays.fields.date')} sorter render={(d: string) => <span className="yb-mono">{d}</span>} />
        <Table.Column<HolidayRecord> key="weekday" title={t('holidays.fields.weekday')} render={(_, r) => t(`holidays.weekdays.${dayjs(r.date).day()}`)} />
        <Table.Column<HolidayRecord>
          dataIndex="kind"
          title={t('holidays.fields.kind')}
          render={(k: HolidayKind) => <Tag color={KIND_COLOR[k]}>{t(`holidayKinds.${k}`)}</Tag>}
        />
        <Table.Column<HolidayRecord> dataIndex="name" title={t('holidays.fields.name')} />
        <Table.Column<HolidayRecord>
          key="actions"
          title={t('table.actions')}
          width={180}
          render={(_, r) => (
            <Space size={0}>
              <EditButton size="small" type="link" recordItemId={r.id} />
              <DeleteButton size="small" type="link" recordItemId={r.id} />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
