import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { DateField } from '@refinedev/antd';
import { DIFFERENCE_TYPES, type DifferenceType } from '@yibao/shared';
import { Alert, Card, Col, Descriptions, Progress, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DifferenceTypeTag } from '../../components/EnrollmentLabels';
import { FileDownloadButton } from '../../components/DownloadButton';

export const RESOURCE = 'roster-imports';

/** `GET /api/roster-imports/:id` (platform/imports ImportJobRecord). */
export interface ImportJob {
  id: number;
  kind: string;
  regionCode: string;
  username: string;
  filename: string;
  params: { month?: string };
  status: 'queued' | 'running' | 'succeeded' | 'failed' | string;
  /** null until the file has been counted */
  totalRows: number | null;
  processedRows: number;
  errorCount: number;
  counts: Record<string, number>;
  message: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export const isFinished = (job: Pick<ImportJob, 'status'>) => job.status === 'succeeded' || job.status === 'failed';

const STATUS_COLORS: Record<string, { color: string; text?: string }> = {
  queued: { color: 'default' },
  running: { color: 'processing', text: '#0958d9' },
  succeeded: { color: 'success', text: '#237804' },
  failed: { color: 'error', text: '#a8071a' },
};

export function ImportStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const c = STATUS_COLORS[status] ?? { color: 'default' };
  return (
    <Tag color={c.color} style={c.text ? { color: c.text } : undefined} data-testid="import-status">
      {t(`roster-imports.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** processedRows / totalRows; an unknown total shows a running bar without a figure. */
export function ImportProgress({ job, size = 'default' }: { job: ImportJob; size?: 'default' | 'small' }) {
  const { t } = useTranslation();
  const known = typeof job.totalRows === 'number';
  const percent = job.status === 'succeeded' ? 100 : known && job.totalRows ? Math.min(100, Math.floor((job.processedRows / job.totalRows!) * 100)) : known ? 100 : 0;
  const status = job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active';
  return (
    <div data-testid="import-progress">
      <Progress
        percent={known ? percent : 100}
        status={status}
        size={size === 'small' ? 'small' : undefined}
        showInfo={known}
        strokeColor={known ? undefined : '#91caff'}
        aria-label={t('roster-imports.progress')}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {known ? t('roster-imports.rows', { processed: job.processedRows, total: job.totalRows }) : t('roster-imports.counting', { processed: job.processedRows })}
      </Typography.Text>
    </div>
  );
}

/** Rows and difference counts of a finished (or running) import, with the error report. */
export function ImportSummary({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const types = DIFFERENCE_TYPES.filter((d) => (job.counts[d] ?? 0) > 0 || isFinished(job));
  const differences = DIFFERENCE_TYPES.reduce((n, d) => n + (job.counts[d] ?? 0), 0);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="import-summary">
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('roster-imports.fields.month')}>{job.params.month ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('roster-imports.fields.filename')}>{job.filename}</Descriptions.Item>
        <Descriptions.Item label={t('roster-imports.fields.status')}>
          <ImportStatusTag status={job.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('roster-imports.fields.username')}>{job.username}</Descriptions.Item>
        <Descriptions.Item label={t('roster-imports.fields.createdAt')}>
          <DateField value={job.createdAt} format="YYYY-MM-DD HH:mm:ss" />
        </Descriptions.Item>
        <Descriptions.Item label={t('roster-imports.fields.finishedAt')}>
          {job.finishedAt ? <DateField value={job.finishedAt} format="YYYY-MM-DD HH:mm:ss" /> : <span className="yb-muted">—</span>}
        </Descriptions.Item>
      </Descriptions>
      <ImportProgress job={job} />
      {job.status === 'failed' && <Alert type="error" showIcon message={t('roster-imports.failed')} description={job.message ?? t('roster-imports.failedHint')} data-testid="import-failed" />}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('roster-imports.summary.processed')} value={job.processedRows} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('roster-imports.summary.differences')} value={differences} data-testid="difference-total" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('roster-imports.summary.unchanged')} value={job.counts.unchanged ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('roster-imports.summary.errors')} value={job.errorCount} valueStyle={job.errorCount ? { color: '#cf1322' } : undefined} data-testid="error-count" />
            {job.errorCount > 0 && (
              <FileDownloadButton
                path={`/${RESOURCE}/${job.id}/errors`}
                fallbackName={`import-errors-${job.id}.csv`}
                label={t('roster-imports.downloadErrors')}
                size="small"
                type="link"
                testId="download-errors"
              />
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('roster-imports.summary.byType')}>
        <Row gutter={[16, 12]} data-testid="difference-counts">
          {types.map((d: DifferenceType) => (
            <Col key={d} xs={12} md={8} xl={4}>
              <Space direction="vertical" size={2} data-testid={`count-${d}`}>
                <DifferenceTypeTag type={d} />
                <span style={{ fontSize: 20, fontWeight: 600 }}>{job.counts[d] ?? 0}</span>
              </Space>
            </Col>
          ))}
        </Row>
        {differences > 0 && job.params.month && (
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
            <Link to={`/verification-tasks?filters[0][field]=month&filters[0][operator]=eq&filters[0][value]=${job.params.month}`} data-testid="open-tasks">
              {t('roster-imports.openTasks', { month: job.params.month })}
            </Link>
          </Typography.Paragraph>
        )}
      </Card>
    </Space>
  );
}

/** 导入模板 (CSV / XLSX, Chinese headers). */
export function TemplateLinks() {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <FileDownloadButton path={`/${RESOURCE}/template?format=xlsx`} fallbackName="roster-template.xlsx" label={t('roster-imports.templateXlsx')} icon={<FileExcelOutlined />} testId="template-xlsx" />
      <FileDownloadButton path={`/${RESOURCE}/template?format=csv`} fallbackName="roster-template.csv" label={t('roster-imports.templateCsv')} icon={<FileTextOutlined />} testId="template-csv" />
    </Space>
  );
}
