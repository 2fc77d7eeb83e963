import { FileExcelOutlined, FileTextOutlined, InboxOutlined } from '@ant-design/icons';
import { DateField } from '@refinedev/antd';
import { useInvalidate } from '@refinedev/core';
import type { ImportJobRecord } from '@yibao/shared';
import { Alert, Button, Card, Col, Descriptions, Form, Row, Space, Statistic, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { API_URL, type ApiError, currentSession, toApiError } from '../../providers/http';
import { i18n } from '../../providers/i18n';
import { FileDownloadButton } from '../DownloadButton';
import { JOB_STATUSES, JobFollow, JobProgress, JobStatusTag, isFinished } from '../jobs/JobProgress';
import { RejectedRows } from './RejectedRows';

/** `GET /api/<imports>/:id`, the same for every importer (the month is the roster's parameter). */
export type ImportJob = ImportJobRecord<{ month?: string }>;

export const IMPORT_STATUSES = JOB_STATUSES;

export { isFinished };

export function ImportStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <JobStatusTag status={status} label={t(`imports.statuses.${status}`, { defaultValue: status })} testId="import-status" />;
}

/** rows read / rows in the file; an unknown total shows a running bar without a figure. */
export function ImportProgress({ job, size = 'default' }: { job: ImportJob; size?: 'default' | 'small' }) {
  const { t } = useTranslation();
  return (
    <JobProgress
      job={job}
      size={size}
      label={t('imports.progress')}
      caption={job.total !== null ? t('imports.rows', { processed: job.processed, total: job.total }) : t('imports.counting', { processed: job.processed })}
      testId="import-progress"
    />
  );
}

/** The rejected lines of a job as a CSV report (`GET /api/<imports>/:id/errors`). */
export function ImportErrorsCell({ resource, job }: { resource: string; job: ImportJob }) {
  const { t } = useTranslation();
  return job.errorCount > 0 ? (
    <Space size={4}>
      <span style={{ color: '#cf1322' }}>{job.errorCount}</span>
      <FileDownloadButton
        path={`/${resource}/${job.id}/errors`}
        fallbackName={`import-errors-${job.id}.csv`}
        label={t('imports.errorReport')}
        size="small"
        type="link"
      />
    </Space>
  ) : (
    <span className="yb-muted">0</span>
  );
}

export interface ImportStat {
  key: string;
  title: string;
  value: number;
  color?: string;
}

/**
 * A job's facts (file, who, when, status), its progress, a failure's reason, and the figure cards: the
 * importer's own counts (`stats`), then the rejected rows with the error report, and once finished the first
 * rejected lines with their reasons on the page (every import gets them). `children` go below.
 */
export function ImportSummary({
  resource,
  job,
  stats,
  extraFacts,
  children,
}: {
  resource: string;
  job: ImportJob;
  stats: ImportStat[];
  extraFacts?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="import-summary">
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
        {extraFacts}
        <Descriptions.Item label={t('imports.fields.filename')}>{job.filename}</Descriptions.Item>
        <Descriptions.Item label={t('imports.fields.status')}>
          <ImportStatusTag status={job.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('imports.fields.username')}>{job.username}</Descriptions.Item>
        <Descriptions.Item label={t('imports.fields.createdAt')}>
          <DateField value={job.createdAt} format="YYYY-MM-DD HH:mm:ss" />
        </Descriptions.Item>
        <Descriptions.Item label={t('imports.fields.finishedAt')}>
          {job.finishedAt ? <DateField value={job.finishedAt} format="YYYY-MM-DD HH:mm:ss" /> : <span className="yb-muted">—</span>}
        </Descriptions.Item>
      </Descriptions>
      <ImportProgress job={job} />
      {job.status === 'failed' && (
        <Alert type="error" showIcon message={t('imports.failed')} description={job.message ?? t('imports.failedHint')} data-testid="import-failed" />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('imports.summary.processed')} value={job.processedRows} />
          </Card>
        </Col>
        {stats.map((s) => (
          <Col xs={12} md={6} key={s.key}>
            <Card size="small">
              <Statistic title={s.title} value={s.value} valueStyle={s.color ? { color: s.color } : undefined} data-testid={`count-${s.key}`} />
            </Card>
          </Col>
        ))}
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('imports.summary.errors')}
              value={job.errorCount}
              valueStyle={job.errorCount ? { color: '#cf1322' } : undefined}
              data-testid="error-count"
            />
            {job.errorCount > 0 && (
              <FileDownloadButton
                path={`/${resource}/${job.id}/errors`}
                fallbackName={`import-errors-${job.id}.csv`}
                label={t('imports.downloadErrors')}
                size="small"
                type="link"
                testId="download-errors"
              />
            )}
          </Card>
        </Col>
      </Row>
      {isFinished(job) && job.errorCount > 0 && <RejectedRows resource={resource} job={job} />}
      {children}
    </Space>
  );
}

/** 导入模板 (CSV / XLSX, Chinese headers): `GET /api/<imports>/template?format=…`. */
export function TemplateLinks({ resource, name }: { resource: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <FileDownloadButton
        path={`/${resource}/template?format=xlsx`}
        fallbackName={`${name}.xlsx`}
        label={t('imports.templateXlsx')}
        icon={<FileExcelOutlined />}
        testId="template-xlsx"
      />
      <FileDownloadButton
        path={`/${resource}/template?format=csv`}
        fallbackName={`${name}.csv`}
        label={t('imports.templateCsv')}
        icon={<FileTextOutlined />}
        testId="template-csv"
      />
    </Space>
  );
}

/** `POST /api/<imports>` as multipart (the fields, then `file`), with the session's CSRF header; 202 → the job. */
async function upload(resource: string, file: File, fields: Record<string, string>): Promise<ImportJob> {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  body.append('file', file, file.name);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const csrf = currentSession()?.csrfToken;
  if (csrf) headers['X-CSRF-Token'] = csrf;
  let res: Response;
  try {
    res = await fetch(`${API_URL}/${resource}`, { method: 'POST', body, headers, credentials: 'same-origin' });
  } catch {
    const error: ApiError = { statusCode: 0, message: i18n.t('errors.network'), network: true };
    throw error;
  }
  const json = await res.json().catch(() => null);
  if (!res.ok) throw toApiError(res.status, json);
  return json as ImportJob;
}

const ACCEPT = '.csv,.xlsx';

/**
 * The upload form of an import: the importer's own fields (`children`, turned into multipart fields by
 * `fields`), one CSV or XLSX file, then the job followed each second — progress, then `summary(job)`.
 */
export function ImportStart<V extends object>({
  resource,
  intro,
  initialValues,
  fields,
  summary,
  children,
}: {
  resource: string;
  intro: string;
  initialValues?: Partial<V>;
  fields?: (values: V) => Record<string, string>;
  summary: (job: ImportJob) => ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<V>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [jobId, setJobId] = useState<number>();

  const start = async (values: V) => {
    const file = files[0]?.originFileObj;
    if (!file) {
      form.setFields([{ name: 'file' as never, errors: [t('imports.rules.file')] }]);
      return;
    }
    setSending(true);
    setProblem(undefined);
    try {
      const created = await upload(resource, file, fields?.(values) ?? {});
      setJobId(created.id);
      void invalidate({ resource, invalidates: ['list'] });
    } catch (e) {
      const error = e as ApiError;
      const problems = Object.entries(error.errors ?? {});
      if (problems.length) form.setFields(problems.map(([name, messages]) => ({ name: name as never, errors: ([] as string[]).concat(messages as string[]) })));
      setProblem(error.message);
    } finally {
      setSending(false);
    }
  };

  const reset = () => {
    setJobId(undefined);
    setFiles([]);
    setProblem(undefined);
    form.resetFields();
  };

  return (
    <JobFollow<ImportJob>
      resource={resource}
      jobId={jobId}
      start={
        <Form<V> form={form} layout="vertical" style={{ maxWidth: 640 }} initialValues={initialValues as never} onFinish={start}>
          <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
          {children}
          <Form.Item label={t('imports.fields.file')} name="file" required extra={t('imports.hints.file')}>
            <Upload.Dragger
              accept={ACCEPT}
              maxCount={1}
              fileList={files}
              beforeUpload={(file) => {
                const ok = /\.(csv|xlsx)$/i.test(file.name);
                form.setFields([{ name: 'file' as never, errors: ok ? [] : [t('imports.rules.fileType')] }]);
                return ok ? false : Upload.LIST_IGNORE;
              }}
              onChange={({ fileList }) => setFiles(fileList.slice(-1))}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('imports.hints.drop')}</p>
              <p className="ant-upload-hint">{t('imports.hints.formats')}</p>
            </Upload.Dragger>
          </Form.Item>
          {problem && (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('imports.startFailed')} description={problem} data-testid="import-problem" />
          )}
          <Button type="primary" htmlType="submit" loading={sending} data-testid="import-start">
            {t('imports.start')}
          </Button>
        </Form>
      }
    >
      {(job) => (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {job.status === 'succeeded' && (
            <Alert type="success" showIcon data-testid="import-done" message={t('imports.done', { rows: job.processedRows, errors: job.errorCount })} />
          )}
          {summary(job)}
          {isFinished(job) && (
            <Space>
              <Button onClick={reset} data-testid="import-another">
                {t('imports.another')}
              </Button>
              <Link to={`/${resource}`}>{t('imports.backToList')}</Link>
            </Space>
          )}
        </Space>
      )}
    </JobFollow>
  );
}
