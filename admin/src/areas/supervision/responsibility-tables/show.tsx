import { PrinterOutlined } from '@ant-design/icons';
import { DateField, EditButton } from '@refinedev/antd';
import type { ResponsibilityTableRecord } from '@yibao/shared';
import { Button, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Attachments } from '../../../components/attachments/Attachments';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { DownloadButton } from '../../../components/DownloadButton';
import { StatusPage } from '../../../components/StatusPage';
import { WorkflowChanges } from '../../../components/WorkflowChanges';
import { WorkflowCommentNotice } from '../../../components/WorkflowHistory';
import { WorkflowShow } from '../../../components/WorkflowShow';
import { yearlyFacts } from '../../../components/YearlyWorkflowRecord';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { LateTag, RESOURCE, RowsTable, describeRowPath, tableTitle, useMayEdit } from '../components/responsibility-tables';
import { BesideHistory } from '../../../components/BesideHistory';

const when = (v: string | null) => (v ? <DateField value={v} format="YYYY-MM-DD HH:mm" /> : <span className="yb-muted">—</span>);

/** One table: its rows, what the user may do with it now, its history and what changed since approval. */
export default function ResponsibilityTableShow() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Out of scope answers 404 like a missing record: the page says so, no extra notification.
  const { query, record, notFound } = useRecordShow<ResponsibilityTableRecord>();
  const mayEdit = useMayEdit(record);
  if (notFound) return <StatusPage status={404} />;
  const title = record ? tableTitle(t, record) : undefined;

  return (
    <WorkflowShow
      resource={RESOURCE}
      record={record}
      title={title}
      isLoading={query.isLoading}
      fixProblems={record && mayEdit && <Link to={`/responsibility-tables/edit/${record.id}`}>{t('responsibility-tables.fixRows')}</Link>}
      buttons={
        record && (
          <>
            {mayEdit && <EditButton recordItemId={record.id}>{t('responsibility-tables.fill')}</EditButton>}
            <DownloadButton resource={RESOURCE} id={record.id} />
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/responsibility-tables/print/${record.id}`)} data-testid="print-button">
              {t('responsibility-tables.print.button')}
            </Button>
          </>
        )
      }
    >
      {record && (
        <>
          <WorkflowCommentNotice resource={RESOURCE} id={record.id} state={record.state} />
          <DetailDescriptions>
            {yearlyFacts(t, RESOURCE, 'responsibility-tables', record)}
            <Descriptions.Item label={t('responsibility-tables.fields.dueDate')}>
              {record.dueDate} <LateTag late={record.late} filed={Boolean(record.firstSubmittedAt)} dueDate={record.dueDate} />
            </Descriptions.Item>
            <Descriptions.Item label={t('responsibility-tables.fields.firstSubmittedAt')}>{when(record.firstSubmittedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('responsibility-tables.fields.lastSubmittedAt')}>{when(record.lastSubmittedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('responsibility-tables.fields.approvedAt')}>{when(record.approvedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('responsibility-tables.fields.updatedAt')}>{when(record.updatedAt)}</Descriptions.Item>
          </DetailDescriptions>
          <Card size="small" title={t('responsibility-tables.rowsTitle', { count: record.rows.length })} style={{ marginTop: 16 }}>
            <RowsTable rows={record.rows} />
          </Card>
          <Card size="small" title={t('attachments.title')} style={{ marginTop: 16 }}>
            <Attachments resource={RESOURCE} id={record.id} editable={mayEdit} />
          </Card>
          <BesideHistory resource={RESOURCE} id={record.id}>
            <Card size="small" title={t('workflow.changes.title')}>
              <WorkflowChanges resource={RESOURCE} id={record.id} describePath={(path) => describeRowPath(t, path, record.rows)} />
            </Card>
          </BesideHistory>
        </>
      )}
    </WorkflowShow>
  );
}
