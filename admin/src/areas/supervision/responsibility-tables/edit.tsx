import { Edit } from '@refinedev/antd';
import type { ResponsibilityRow, ResponsibilityTableRecord } from '@yibao/shared';
import { Alert, Descriptions, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusPage } from '../../../components/StatusPage';
import { WorkflowCommentNotice } from '../../../components/WorkflowHistory';
import { yearlyFacts } from '../../../components/YearlyWorkflowRecord';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { RESOURCE, tableTitle, useMayEdit } from '../components/responsibility-tables';
import { RowsEditor } from './RowsEditor';

interface EditValues {
  rows: ResponsibilityRow[];
  version: number;
}

/** 填写: the rows of a draft or returned table, saved with the version read (a stale one offers a reload). */
export default function ResponsibilityTableEdit() {
  const { t } = useTranslation();
  const { formProps, saveButtonProps, query } = useVersionedForm<ResponsibilityTableRecord, EditValues>({ redirect: 'show' });
  const record = query?.data?.data;
  const mayEdit = useMayEdit(record);
  if (query?.error?.statusCode === 404) return <StatusPage status={404} />;
  return (
    <Edit
      title={record ? tableTitle(t, record) : undefined}
      saveButtonProps={{ ...saveButtonProps, disabled: !mayEdit || saveButtonProps.disabled }}
      canDelete={false}
      isLoading={query?.isLoading}
    >
      {record && (
        <>
          <WorkflowCommentNotice resource={RESOURCE} id={record.id} state={record.state} />
          {!mayEdit && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('responsibility-tables.notEditable')} data-testid="not-editable" />}
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            {yearlyFacts(t, RESOURCE, 'responsibility-tables', record)}
          </Descriptions>
        </>
      )}
      <Form {...formProps} layout="vertical" disabled={!mayEdit}>
        <RowsEditor />
        <Form.Item name="version" hidden>
          <Input type="hidden" />
        </Form.Item>
      </Form>
    </Edit>
  );
}
