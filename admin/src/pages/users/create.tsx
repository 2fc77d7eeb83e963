import { Create } from '@refinedev/antd';
import type { Role, UserRecord } from '@yibao/shared';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordPolicyHint, passwordPolicyRule, usePasswordPolicy } from '../../components/PasswordPolicy';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { UserProfileFields } from './fields';

interface CreateUserValues {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  regionCode: string;
}

/**
 * LOCAL COPY of the API's USERNAME_PATTERN (api/src/platform/users/dto/user.dto.ts) until shared/ exports
 * it: 3–64 letters, digits, _ . -, starting with a letter. The API stays the judge.
 */
const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{2,63}$/;

export default function UserCreate() {
  const { t } = useTranslation();
  const { formProps, saveButtonProps, form } = useVersionedForm<UserRecord, CreateUserValues>({ redirect: 'show' });
  const password = Form.useWatch('password', form);
  const username = Form.useWatch('username', form);
  const policy = usePasswordPolicy();
  return (
    <Create saveButtonProps={saveButtonProps}>
      <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }}>
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
