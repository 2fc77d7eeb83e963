import { Edit } from '@refinedev/antd';
import { Alert, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../components/BackIcon';
import { RegionLabel } from '../../components/RegionName';
import { useRegionTree } from '../../components/RegionTreeSelect';
import { StatusPage } from '../../components/StatusPage';
import { WorkflowCommentNotice } from '../../components/WorkflowHistory';
import { WorkflowStateTag } from '../../components/WorkflowStateTag';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { StandardsFields, type StandardsFormValues, checkBeforeSave, toFormValues, toStandards } from './StandardsFields';
import { RESOURCE, type SubsidyStandardsRecord, standardsTitle, useMayEdit } from './common';
import { placeServerErrors } from './errors';

type EditValues = StandardsFormValues & { version: number };

/** 编辑资助标准: the values of a draft or returned set, in 元, each with its source; saved with the version read. */
export default function SubsidyStandardsEdit() {
  const { t } = useTranslation();
  const { names } = useRegionTree();
  const [problems, setProblems] = useState<string[]>([]);
  const { formProps, saveButtonProps, query, form } = useVersionedForm<SubsidyStandardsRecord, EditValues>({
    redirect: 'show',
    onMutationError: (error) => setProblems(placeServerErrors(form, error.errors)),
  });
  const record = query?.data?.data;
  const mayEdit = useMayEdit(record);
  if (query?.error?.statusCode === 404) return <StatusPage status={404} />;
  return (
    <Edit
      goBack={<BackIcon />}
      title={record ? standardsTitle(t, record, names) : undefined}
      saveButtonProps={{ ...saveButtonProps, disabled: !mayEdit || saveButtonProps.disabled }}
      canDelete={false}
      isLoading={query?.isLoading}
    >
      {record && (
        <>
          <WorkflowCommentNotice resource={RESOURCE} id={record.id} state={record.state} />
          {!mayEdit && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('subsidy-standards.notEditable')} data-testid="not-editable" />}
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('subsidy-standards.fields.region')}>
              <RegionLabel name={record.regionName ?? names.get(record.regionCode)} code={record.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('subsidy-standards.fields.year')}>{record.year}</Descriptions.Item>
            <Descriptions.Item label={t('subsidy-standards.fields.state')}>
              <WorkflowStateTag resource={RESOURCE} state={record.state} />
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
      {problems.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('subsidy-standards.problems')} description={problems.join('；')} data-testid="standards-problems" />}
      <Form<EditValues>
        {...formProps}
        layout="vertical"
        disabled={!mayEdit}
        initialValues={record ? { ...toFormValues(record.standards)!, version: record.version } : undefined}
        onFinish={(v) => {
          if (!record) return;
          setProblems([]);
          const standards = toStandards(v, record.regionCode, record.year);
          if (!checkBeforeSave(form, standards)) return;
          return formProps.onFinish?.({ standards, version: v.version } as never);
        }}
      >
        <StandardsFields />
        <Form.Item name="version" hidden>
          <Input type="hidden" />
        </Form.Item>
      </Form>
    </Edit>
  );
}
