import { DateField, List } from '@refinedev/antd';
import { useDelete } from '@refinedev/core';
import type { SessionRecord } from '@yibao/shared';
import { Button, Popconfirm, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionName } from '../../../components/RegionName';
import { useListPage } from '../../../hooks/useListPage';

const AT = 'YYYY-MM-DD HH:mm';

/**
 * 在线会话: the open sessions in the security admin's scope (a lost laptop, a departed employee), newest
 * activity first; 强制下线 ends one at once. The security admin's own session is marked and cannot be ended here
 * (that is 退出登录).
 */
export default function SessionList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder } = useListPage<SessionRecord>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'sessions.placeholders.keyword', width: 200 },
    },
    sort: [{ field: 'lastSeenAt', order: 'desc' }],
  });
  const { mutateAsync: revoke } = useDelete();

  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<SessionRecord> {...tableProps} rowKey="id" size="middle" data-testid="session-table">
        <Table.Column<SessionRecord>
          dataIndex="username"
          title={t('sessions.fields.user')}
          sorter
          defaultSortOrder={sortOrder('username')}
          render={(v: string, s) => (
            <>
              {s.displayName} <span className="yb-muted">({v})</span> {s.current && <Tag color="green">{t('sessions.current')}</Tag>}
            </>
          )}
        />
        <Table.Column<SessionRecord>
          dataIndex="role"
          title={t('sessions.fields.role')}
          render={(v: string) => <Tag>{t(`roles.${v}`, { defaultValue: v })}</Tag>}
        />
        <Table.Column<SessionRecord> dataIndex="regionCode" title={t('sessions.fields.region')} render={(code: string) => <RegionName code={code} />} />
        <Table.Column<SessionRecord>
          dataIndex="ip"
          title={t('sessions.fields.ip')}
          sorter
          defaultSortOrder={sortOrder('ip')}
          render={(v: string | null, s) => (
            <Tooltip title={s.userAgent ?? undefined}>
              <span className="yb-mono">{v ?? '—'}</span>
            </Tooltip>
          )}
        />
        <Table.Column<SessionRecord>
          dataIndex="createdAt"
          title={t('sessions.fields.createdAt')}
          sorter
          defaultSortOrder={sortOrder('createdAt')}
          render={(v: string) => <DateField value={v} format={AT} />}
        />
        <Table.Column<SessionRecord>
          dataIndex="lastSeenAt"
          title={t('sessions.fields.lastSeenAt')}
          sorter
          defaultSortOrder={sortOrder('lastSeenAt')}
          render={(v: string) => <DateField value={v} format={AT} />}
        />
        <Table.Column<SessionRecord> dataIndex="expiresAt" title={t('sessions.fields.expiresAt')} render={(v: string) => <DateField value={v} format={AT} />} />
        <Table.Column<SessionRecord>
          key="actions"
          title={t('table.actions')}
          fixed="right"
          width={120}
          render={(_, s) =>
            s.current ? (
              <span className="yb-muted">—</span>
            ) : (
              <Popconfirm
                title={t('sessions.revoke.confirm', { name: s.displayName })}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  revoke({
                    resource: 'sessions',
                    id: s.id,
                    successNotification: { type: 'success', message: t('sessions.revoke.done', { name: s.displayName }) },
                  }).catch(() => undefined)
                }
              >
                <Button type="link" size="small" danger data-testid={`revoke-session-${s.username}`}>
                  {t('sessions.revoke.button')}
                </Button>
              </Popconfirm>
            )
          }
        />
      </Table>
    </List>
  );
}
