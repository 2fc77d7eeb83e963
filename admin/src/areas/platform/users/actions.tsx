import { CheckCircleOutlined, LockOutlined, RedoOutlined, SafetyCertificateOutlined, StopOutlined, UnlockOutlined } from '@ant-design/icons';
import { useCan, useGetIdentity } from '@refinedev/core';
import { type CurrentUser, type UserRecord, isAdminRole } from '@yibao/shared';
import { Button, Form, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { NewPasswordFields } from '../../../components/PasswordPolicy';
import { useRecordAction } from '../../../hooks/useRecordAction';

/** 三权分立: a change to an administrator account is only proposed; another administrator confirms it. */
function proposedKey(user: UserRecord): string | undefined {
  return isAdminRole(user.role) ? 'users.actions.proposedDone' : undefined;
}

function ResetPasswordModal({ user, open, onClose }: { user: UserRecord; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const { run } = useRecordAction('users');
  return (
    <FormModal<{ newPassword: string; confirm: string }>
      open={open}
      title={t('users.resetPassword.title', { name: user.displayName })}
      okText={t('buttons.confirm')}
      form={form}
      onCancel={onClose}
      onFinish={async ({ newPassword }) => {
        if (await run(user.id, 'reset-password', { newPassword }, proposedKey(user))) onClose();
      }}
    >
      <NewPasswordFields label={t('users.resetPassword.newPassword')} username={user.username} />
      <p style={{ marginTop: 12, marginBottom: 0, color: '#8c8c8c' }}>{t('users.resetPassword.effect')}</p>
    </FormModal>
  );
}

/**
 * Account actions on one user, each shown only when the role may take it (shared permission table via
 * the accessControlProvider): disable/enable and reset password (system admin), unlock and authorise
 * (security admin). On an administrator account these only propose the change (see the confirmations page).
 */
export function UserActions({ user, size = 'small' }: { user: UserRecord; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { data: canDisable } = useCan({ resource: 'users', action: 'disable' });
  const { data: canUnlock } = useCan({ resource: 'users', action: 'unlock' });
  const { data: canReset } = useCan({ resource: 'users', action: 'reset-password' });
  const { data: canAuthorize } = useCan({ resource: 'users', action: 'authorize' });
  const { run } = useRecordAction('users');
  const [resetOpen, setResetOpen] = useState(false);
  const self = me?.id === user.id;
  const link = size === 'small' ? ('link' as const) : ('default' as const);

  return (
    <Space size={size === 'small' ? 0 : 8} wrap>
      {canUnlock?.can && user.locked && (
        <Popconfirm title={t('users.confirm.unlock', { name: user.displayName })} onConfirm={() => run(user.id, 'unlock', { version: user.version })}>
          <Button type={link} size={size} icon={<UnlockOutlined />} data-testid={`unlock-${user.username}`}>
            {t('users.actions.unlock')}
          </Button>
        </Popconfirm>
      )}
      {canAuthorize?.can && !user.authorized && !isAdminRole(user.role) && (
        <Popconfirm
          title={t('users.confirm.authorize', { name: user.displayName, role: t(`roles.${user.role}`) })}
          onConfirm={() => run(user.id, 'authorize', { version: user.version })}
        >
          <Button type={link} size={size} icon={<SafetyCertificateOutlined />} data-testid={`authorize-${user.username}`}>
            {t('users.actions.authorize')}
          </Button>
        </Popconfirm>
      )}
      {canDisable?.can && !self && (
        <Popconfirm
          title={t(user.enabled ? 'users.confirm.disable' : 'users.confirm.enable', { name: user.displayName })}
          onConfirm={() => run(user.id, user.enabled ? 'disable' : 'enable', { version: user.version }, proposedKey(user))}
        >
          <Button type={link} size={size} danger={user.enabled} icon={user.enabled ? <StopOutlined /> : <CheckCircleOutlined />}>
            {t(user.enabled ? 'users.actions.disable' : 'users.actions.enable')}
          </Button>
        </Popconfirm>
      )}
      {canReset?.can && !self && (
        <>
          <Button type={link} size={size} icon={<RedoOutlined />} onClick={() => setResetOpen(true)}>
            {t('users.actions.resetPassword')}
          </Button>
          <ResetPasswordModal user={user} open={resetOpen} onClose={() => setResetOpen(false)} />
        </>
      )}
    </Space>
  );
}

/** Status of an account: enabled/disabled, awaiting authorisation or a password change, and throttled until when. */
export function UserStatus({ user }: { user: UserRecord }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {user.enabled ? (
        <span style={{ color: '#237804' }}>● {t('users.status.enabled')}</span>
      ) : (
        <span className="yb-muted">● {t('users.status.disabled')}</span>
      )}
      {!user.authorized && (
        <Tag color="orange" data-testid={`unauthorized-${user.username}`}>
          {t('users.status.unauthorized')}
        </Tag>
      )}
      {user.mustChangePassword && <Tag>{t('users.status.mustChangePassword')}</Tag>}
      {user.locked && (
        <span style={{ color: '#cf1322' }} title={user.lockedUntil ?? undefined}>
          <LockOutlined /> {t('users.status.locked')}
        </span>
      )}
    </Space>
  );
}
