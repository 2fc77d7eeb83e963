import { Edit } from '@refinedev/antd';
import type { Role, UserRecord } from '@yibao/shared';
import { useGo } from '@refinedev/core';
import { Descriptions, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { UserProfileFields, pendingAware } from './fields';

interface EditUserValues {
  displayName: string;
  role: Role;
  regionCode: string;
  version: number;
}

export default function UserEdit() {
  const { t } = useTranslation();
  const go = useGo();
  const { formProps, saveButtonProps, query } = useVersionedForm<UserRecord, EditUserValues>(pendingAware(t, go));
  const user = query?.data?.data;
  return (
    <Edit saveButtonProps={saveButtonProps} canDelete={false}>
      <Descriptions size="small" column={1} style={{ marginBottom: 16, maxWidth: 560 }}>
        <Descriptions.Item label={t('users.fields.username')}>{user?.username}</Descriptions.Item>
      </Descriptions>
      <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }}>
        <UserProfileFields />
        <Form.Item name="version" hidden>
          <Input type="hidden" />
        </Form.Item>
      </Form>
    </Edit>
  );
}
