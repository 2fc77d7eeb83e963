import { Edit } from '@refinedev/antd';
import type { Role, UserRecord } from '@yibao/shared';
import { useGo } from '@refinedev/core';
import { Descriptions, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { type UserWithCert, UserProfileFields, certNoOf, pendingAware } from './fields';

interface EditUserValues {
  displayName: string;
  role: Role;
  regionCode: string;
  enforcementCertNo?: string | null;
  version: number;
}

export default function UserEdit() {
  const { t } = useTranslation();
  const go = useGo();
  const { formProps, saveButtonProps, query } = useVersionedForm<UserRecord, EditUserValues>(pendingAware(t, go));
  const user = query?.data?.data as UserWithCert | undefined;
  return (
    <Edit saveButtonProps={saveButtonProps} canDelete={false}>
      <Descriptions size="small" column={1} style={{ marginBottom: 16, maxWidth: 560 }}>
        <Descriptions.Item label={t('users.fields.username')}>{user?.username}</Descriptions.Item>
      </Descriptions>
      <Form
        {...formProps}
        // an emptied 执法证号 clears the one the account had
        onFinish={(v) => formProps.onFinish?.({ ...v, enforcementCertNo: certNoOf(v.enforcementCertNo, Boolean(user?.enforcementCertNo)) })}
        layout="vertical"
        style={{ maxWidth: 560 }}
      >
        <UserProfileFields />
        <Form.Item name="version" hidden>
          <Input type="hidden" />
        </Form.Item>
      </Form>
    </Edit>
  );
}
