import { DateField, EditButton, List, ShowButton } from '@refinedev/antd';
import { ROLES, type Role, type UserRecord } from '@yibao/shared';
import { Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionName } from '../../../components/RegionName';
import { useListPage, yesNoOptions } from '../../../hooks/useListPage';
import { UserActions, UserStatus } from './actions';

export default function UserList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder } = useListPage<UserRecord>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'users.placeholders.keyword', width: 200 },
      role: { kind: 'eq', label: 'users.fields.role', width: 150, options: ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })) },
      regionCode: { kind: 'region', label: 'users.fields.region', width: 200 },
      enabled: { kind: 'eq', label: 'users.fields.status', width: 110, options: yesNoOptions(t('users.status.enabled'), t('users.status.disabled')) },
    },
    sort: [{ field: 'id', order: 'asc' }],
  });

  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<UserRecord> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1100 }}>
        <Table.Column<UserRecord> dataIndex="username" title={t('users.fields.username')} sorter defaultSortOrder={sortOrder('username')} />
        <Table.Column<UserRecord> dataIndex="displayName" title={t('users.fields.displayName')} sorter defaultSortOrder={sortOrder('displayName')} />
        <Table.Column<UserRecord>
          dataIndex="role"
          title={t('users.fields.role')}
          sorter
          defaultSortOrder={sortOrder('role')}
          render={(role: Role) => <Tag color="blue">{t(`roles.${role}`)}</Tag>}
        />
        <Table.Column<UserRecord>
          dataIndex="regionCode"
          title={t('users.fields.region')}
          sorter
          defaultSortOrder={sortOrder('regionCode')}
          render={(code: string) => <RegionName code={code} />}
        />
        <Table.Column<UserRecord> key="status" title={t('users.fields.status')} render={(_, u) => <UserStatus user={u} />} />
        <Table.Column<UserRecord>
          dataIndex="lastLoginAt"
          title={t('users.fields.lastLoginAt')}
          sorter
          defaultSortOrder={sortOrder('lastLoginAt')}
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
