import { DateField, EditButton, List, ShowButton, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { getDefaultFilter } from '@refinedev/core';
import { ROLES, type Role, type UserRecord } from '@yibao/shared';
import { Form, Input, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../components/FilterCard';
import { RegionName } from '../../components/RegionName';
import { RegionTreeSelect, regionFromSubtreeFilters, regionSubtreeFilters } from '../../components/RegionTreeSelect';
import { tablePagination } from '../../components/table';
import type { ApiError } from '../../providers/http';
import { UserActions, UserStatus } from './actions';

interface UserFilters {
  q?: string;
  role?: Role;
  regionCode?: string;
  enabled?: 'true' | 'false';
}

export default function UserList() {
  const { t } = useTranslation();
  const { tableProps, searchFormProps, filters, sorters } = useTable<UserRecord, ApiError, UserFilters>({
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'id', order: 'asc' }] },
    onSearch: (v) => [
      { field: 'q', operator: 'eq', value: v.q?.trim() || undefined },
      { field: 'role', operator: 'eq', value: v.role },
      { field: 'enabled', operator: 'eq', value: v.enabled },
      ...regionSubtreeFilters('regionCode', v.regionCode),
    ],
  });

  return (
    <List>
      <FilterCard
        formProps={{
          ...searchFormProps,
          initialValues: {
            q: getDefaultFilter('q', filters, 'eq'),
            role: getDefaultFilter('role', filters, 'eq'),
            enabled: getDefaultFilter('enabled', filters, 'eq'),
            regionCode: regionFromSubtreeFilters('regionCode', filters),
          },
        }}
      >
        <Form.Item label={t('filters.keyword')} name="q">
          <Input allowClear placeholder={t('users.placeholders.keyword')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('users.fields.role')} name="role">
          <Select allowClear placeholder={t('filters.all')} style={{ width: 150 }} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item label={t('users.fields.region')} name="regionCode">
          <RegionTreeSelect placeholder={t('filters.all')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('users.fields.status')} name="enabled">
          <Select
            allowClear
            placeholder={t('filters.all')}
            style={{ width: 110 }}
            options={[
              { value: 'true', label: t('users.status.enabled') },
              { value: 'false', label: t('users.status.disabled') },
            ]}
          />
        </Form.Item>
      </FilterCard>
      <Table<UserRecord> {...tableProps} rowKey="id" size="middle" pagination={tablePagination(tableProps.pagination, t)} scroll={{ x: 1100 }}>
        <Table.Column<UserRecord> dataIndex="username" title={t('users.fields.username')} sorter defaultSortOrder={getDefaultSortOrder('username', sorters)} />
        <Table.Column<UserRecord> dataIndex="displayName" title={t('users.fields.displayName')} sorter defaultSortOrder={getDefaultSortOrder('displayName', sorters)} />
        <Table.Column<UserRecord>
          dataIndex="role"
          title={t('users.fields.role')}
          sorter
          defaultSortOrder={getDefaultSortOrder('role', sorters)}
          render={(role: Role) => <Tag color="blue">{t(`roles.${role}`)}</Tag>}
        />
        <Table.Column<UserRecord>
          dataIndex="regionCode"
          title={t('users.fields.region')}
          sorter
          defaultSortOrder={getDefaultSortOrder('regionCode', sorters)}
          render={(code: string) => <RegionName code={code} />}
        />
        <Table.Column<UserRecord> key="status" title={t('users.fields.status')} render={(_, u) => <UserStatus user={u} />} />
        <Table.Column<UserRecord>
          dataIndex="lastLoginAt"
          title={t('users.fields.lastLoginAt')}
          sorter
          defaultSortOrder={getDefaultSortOrder('lastLoginAt', sorters)}
          render={(v: string | null) => (v ? <DateField value={v} format="YYYY-MM-DD HH:mm" /> : <span className="yb-muted">{t('users.neverLoggedIn')}</span>)}
        />
        <Table.Column<UserRecord>
          key="actions"
          title={t('table.actions')}
          fixed="right"
          width={330}
          render={(_, u) => (
            <Space size={0} wrap>
              <ShowButton hideText={false} size="small" type="link" recordItemId={u.id} />
              <EditButton size="small" type="link" recordItemId={u.id} />
              <UserActions user={u} />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
