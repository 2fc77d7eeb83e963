import { DateField, EditButton, Show } from '@refinedev/antd';
import { Descriptions, Tag } from 'antd';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { useTranslation } from 'react-i18next';
import { RegionName } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { UserActions, UserStatus } from './actions';
import type { UserWithCert } from './fields';

const when = (v: string | null | undefined, never: string) => (v ? <DateField value={v} format="YYYY-MM-DD HH:mm:ss" /> : never);

export default function UserShow() {
  const { t } = useTranslation();
  const { query, record: user, notFound } = useRecordShow<UserWithCert>();
  if (notFound) return <StatusPage status={404} />;
  return (
    <Show
      isLoading={query.isLoading}
      headerButtons={({ editButtonProps }) => (
        <>
          {user && <UserActions user={user} size="middle" />}
          <EditButton {...editButtonProps} />
        </>
      )}
    >
      {user && (
        <DetailDescriptions>
          <Descriptions.Item label={t('users.fields.username')}>{user.username}</Descriptions.Item>
          <Descriptions.Item label={t('users.fields.displayName')}>{user.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('users.fields.role')}>
            <Tag color="blue">{t(`roles.${user.role}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('users.fields.region')}>
            <RegionName code={user.regionCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('users.fields.enforcementCertNo')}>{user.enforcementCertNo || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('users.fields.status')}>
            <UserStatus user={user} />
          </Descriptions.Item>
          <Descriptions.Item label={t('users.fields.lockedUntil')}>{when(user.lockedUntil, '—')}</Descriptions.Item>
          <Descriptions.Item label={t('users.fields.failedLoginCount')}>{user.failedLoginCount}</Descriptions.Item>
          <Descriptions.Item label={t('users.fields.lastLoginAt')}>{when(user.lastLoginAt, t('users.neverLoggedIn'))}</Descriptions.Item>
          <Descriptions.Item label={t('users.fields.createdAt')}>{when(user.createdAt, '—')}</Descriptions.Item>
          <Descriptions.Item label={t('users.fields.updatedAt')}>{when(user.updatedAt, '—')}</Descriptions.Item>
        </DetailDescriptions>
      )}
    </Show>
  );
}
