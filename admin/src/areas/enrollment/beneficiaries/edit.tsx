import { Edit } from '@refinedev/antd';
import type { BeneficiaryRecord } from '@yibao/shared';
import { Descriptions, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../../components/BackIcon';
import { StatusPage } from '../../../components/StatusPage';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { BeneficiaryFields, type BeneficiaryValues } from './fields';
import { MaskedId } from './common';

/** 修改帮扶对象: everything but the ID number, saved with the version read. */
export default function BeneficiaryEdit() {
  const { t } = useTranslation();
  const { formProps, saveButtonProps, query } = useVersionedForm<BeneficiaryRecord, BeneficiaryValues>({ redirect: 'show' });
  const record = query?.data?.data;
  if (query?.error?.statusCode === 404) return <StatusPage status={404} />;
  return (
    <Edit goBack={<BackIcon />} saveButtonProps={saveButtonProps} canDelete={false} isLoading={query?.isLoading}>
      {record && (
        <Descriptions size="small" column={1} style={{ marginBottom: 16, maxWidth: 640 }}>
          <Descriptions.Item label={t('beneficiaries.fields.idNumber')}>
            <MaskedId value={record.idNumber} />
          </Descriptions.Item>
        </Descriptions>
      )}
      <Form
        {...formProps}
        layout="vertical"
        style={{ maxWidth: 640 }}
        onFinish={(v) =>
          formProps.onFinish?.({
            name: v.name,
            regionCode: v.regionCode,
            identityCategories: v.identityCategories,
            sourceDepartment: v.sourceDepartment,
            status: v.status,
            exitedOn: v.status === 'exited' ? (v.exitedOn ?? undefined) : undefined,
            version: v.version,
          })
        }
      >
        <BeneficiaryFields />
        <Form.Item name="version" hidden>
          <Input type="hidden" />
        </Form.Item>
      </Form>
    </Edit>
  );
}
