import { DateField, EditButton, Show } from '@refinedev/antd';
import { useShow } from '@refinedev/core';
import { Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackIcon } from '../../components/BackIcon';
import { DetailDescriptions } from '../../components/DetailDescriptions';
import { RegionLabel } from '../../components/RegionName';
import { useRegionTree } from '../../components/RegionTreeSelect';
import { StatusPage } from '../../components/StatusPage';
import { WorkflowActionBar } from '../../components/WorkflowActionBar';
import { WorkflowChanges } from '../../components/WorkflowChanges';
import { WorkflowCommentNotice, WorkflowHistory } from '../../components/WorkflowHistory';
import { WorkflowStateTag } from '../../components/WorkflowStateTag';
import type { ApiError } from '../../providers/http';
import { YearDiff } from './YearDiff';
import { RESOURCE, StandardsTable, type SubsidyStandardsRecord, describeStandardsPath, standardsTitle, useMayEdit } from './common';

/** One region's standards for a year: the values and their sources, the change from last year, the workflow. */
export default function SubsidyStandardsShow() {
  const { t } = useTranslation();
  const { names } = useRegionTree();
  const { query } = useShow<SubsidyStandardsRecord, ApiError>({
    errorNotification: (error) => (error?.statusCode === 404 ? false : { type: 'error', message: t('notifications.error', { statusCode: error?.statusCode }), description: error?.message }),
  });
  const record = query.data?.data;
  const mayEdit = useMayEdit(record);
  if (query.error?.statusCode === 404) return <StatusPage status={404} />;
  const title = record ? standardsTitle(t, record, names) : undefined;
  return (
    <Show
      goBack={<BackIcon />}
      isLoading={query.isLoading}
      title={title}
      canEdit={false}
      canDelete={false}
      headerButtons={({ defaultButtons }) =>
        record && (
          <>
            <WorkflowActionBar
              resource={RESOURCE}
              record={record}
              title={title}
              fixProblems={mayEdit && <Link to={`/${RESOURCE}/edit/${record.id}`}>{t('subsidy-standards.fix')}</Link>}
            />
            {mayEdit && <EditButton recordItemId={record.id} />}
            {defaultButtons}
          </>
        )
      }
    >
      {record && (
        <>
          <WorkflowCommentNotice resource={RESOURCE} id={record.id} state={record.state} />
          <DetailDescriptions>
            <Descriptions.Item label={t('subsidy-standards.fields.region')}>
              <RegionLabel name={record.regionName ?? names.get(record.regionCode)} code={record.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('subsidy-standards.fields.year')}>{record.year}</Descriptions.Item>
            <Descriptions.Item label={t('subsidy-standards.fields.state')}>
              <WorkflowStateTag resource={RESOURCE} state={record.state} />
            </Descriptions.Item>
            <Descriptions.Item label={t('subsidy-standards.fields.updatedAt')}>
              <DateField value={record.updatedAt} format="YYYY-MM-DD HH:mm" />
            </Descriptions.Item>
          </DetailDescriptions>
          <Card size="small" title={t('subsidy-standards.valuesTitle')} style={{ marginTop: 16 }}>
            <StandardsTable standards={record.standards} />
          </Card>
          <Card size="small" title={t('subsidy-standards.diff.title')} style={{ marginTop: 16 }}>
            <YearDiff id={record.id} year={record.year} />
          </Card>
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col xs={24} xl={14}>
              <Card size="small" title={t('workflow.changes.title')}>
                <WorkflowChanges resource={RESOURCE} id={record.id} describePath={(p) => describeStandardsPath(t, p)} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={t('workflow.history.title')}>
                <WorkflowHistory resource={RESOURCE} id={record.id} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Show>
  );
}
