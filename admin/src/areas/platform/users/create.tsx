import { Create } from '@refinedev/antd';
import { USERNAME_PATTERN, type Role, type UserRecord } from '@yibao/shared';
import { useGo } from '@refinedev/core';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordPolicyHint, passwordPolicyRule, usePasswordPolicy } from '../../../components/PasswordPolicy';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { UserProfileFields, certNoOf, pendingAware } from './fields';

interface CreateUserValues {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  regionCode: string;
  enforcementCertNo?: string;
}

export default function UserCreate() {
  const { t } = useTranslation();
  const go = useGo();
  const { formProps, saveButtonProps, form } = useVersionedForm<UserRecord, CreateUserValues>(pendingAware(t, go));
  const password = Form.useWatch('password', form);
  const username = Form.useWatch('username', form);
  const policy = usePasswordPolicy();
  return (
    <Create saveButtonProps={saveButtonProps}>
      <Form
        {...formProps}
        onFinish={(v) => formProps.onFinish?.({ ...v, enforcementCertNo: certNoOf(v.enforcementCertNo, false) ?? undefined })}
        layout="vertical"
        style={{ maxWidth: 560 }}
      >
        <Form.Item
          label={t('users.fields.username')}
          name="username"
          extra={t('users.hints.username')}
          rules={[
            { required: true, message: t('users.rules.username') },
            { pattern: USERNAME_PATTERN, message: t('users.rules.usernamePattern') },
          ]}
        >
          <Input autoComplete="off" placeholder={t('users.placeholders.username')} maxLength={64} />
        </Form.Item>
        <UserProfileFields />
        <Form.Item
          label={t('users.fields.password')}
          name="password"
          rules={[{ required: true, message: t('password.rules.initial') }, passwordPolicyRule(policy, () => username)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <PasswordPolicyHint password={password} username={username} />
      </Form>
    </Create>
  );
}
