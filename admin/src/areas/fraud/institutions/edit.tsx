import { Edit } from '@refinedev/antd';
import type { InstitutionRecord } from '@yibao/shared';
import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusPage } from '../../../components/StatusPage';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { InstitutionFields } from './form';

/** 修改机构信息 (versioned): name, kind, level, ownership — the agreement status changes only by case decisions. */
export default function InstitutionEdit() {
  const { t } = useTranslation();
  const { formProps, saveButtonProps, query } = useVersionedForm<InstitutionRecord>({ redirect: 'show' });
  const r = query?.data?.data;
  if (query?.error?.statusCode === 404) return <StatusPage status={404} />;
  return (
    <Edit saveButtonProps={saveButtonProps} canDelete={false} isLoading={query?.isLoading} title={r ? `${r.name}（${r.code}）` : undefined}>
      <Alert type="info" showIcon style={{ marginBottom: 16, maxWidth: 640 }} message={t('institutions.hints.status')} />
      {r && (
        <Form {...formProps} layout="vertical" style={{ maxWidth: 640 }}>
          <InstitutionFields />
          <Form.Item name="version" hidden>
            <Input type="hidden" />
          </Form.Item>
        </Form>
      )}
    </Edit>
  );
}
