import { InboxOutlined } from '@ant-design/icons';
import { Create } from '@refinedev/antd';
import { useInvalidate, useOne } from '@refinedev/core';
import { Alert, Button, Card, DatePicker, Form, Space, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { API_URL, type ApiError, currentSession, toApiError } from '../../providers/http';
import { i18n } from '../../providers/i18n';
import { ImportSummary, type ImportJob, RESOURCE, TemplateLinks, isFinished } from './common';
import { BackIcon } from '../../components/BackIcon';

interface ImportValues {
  month: Dayjs;
}

const ACCEPT = '.csv,.xlsx';

/** `POST /api/roster-imports` as multipart (file + month), with the session's CSRF header; 202 → the job. */
async function upload(file: File, month: string): Promise<ImportJob> {
  const body = new FormData();
  body.append('month', month);
  body.append('file', file, file.name);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const csrf = currentSession()?.csrfToken;
  if (csrf) headers['X-CSRF-Token'] = csrf;
  let res: Response;
  try {
    res = await fetch(`${API_URL}/${RESOURCE}`, { method: 'POST', body, headers, credentials: 'same-origin' });
  } catch {
    const error: ApiError = { statusCode: 0, message: i18n.t('errors.network'), network: true };
    throw error;
  }
  const json = await res.json().catch(() => null);
  if (!res.ok) throw toApiError(res.status, json);
  return json as ImportJob;
}

/** The job, read every second until it is done. */
function useImportJob(id: number | undefined) {
  const { result, query } = useOne<ImportJob, ApiError>({
    resource: RESOURCE,
    id,
    queryOptions: {
      enabled: id !== undefined,
      staleTime: 0,
      refetchInterval: (q) => {
        const job = q.state.data?.data as ImportJob | undefined;
        return job && isFinished(job) ? false : 1000;
      },
    },
  });
  return { job: result?.id ? result : undefined, error: query.error };
}

/**
 * 新建比对: the month and one CSV or XLSX roster, uploaded as a job the server works through in batches;
 * the page follows it each second — progress, then the differences found and the rejected lines.
 */
export default function RosterImportCreate() {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<ImportValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [jobId, setJobId] = useState<number>();
  const { job } = useImportJob(jobId);

  const start = async ({ month }: ImportValues) => {
    const file = files[0]?.originFileObj;
    if (!file) {
      form.setFields([{ name: 'file' as never, errors: [t('roster-imports.rules.file')] }]);
      return;
    }
    setSending(true);
    setProblem(undefined);
    try {
      const created = await upload(file, month.format('YYYY-MM'));
      setJobId(created.id);
      void invalidate({ resource: RESOURCE, invalidates: ['list'] });
    } catch (e) {
      const error = e as ApiError;
      const fields = Object.entries(error.errors ?? {});
      if (fields.length) form.setFields(fields.map(([name, messages]) => ({ name: name as never, errors: ([] as string[]).concat(messages as string[]) })));
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
    <Create
      goBack={<BackIcon />}
      title={t('roster-imports.titles.create')}
      footerButtons={() => null}
      headerButtons={() => <TemplateLinks />}
    >
      {!jobId ? (
        <Form<ImportValues> form={form} layout="vertical" style={{ maxWidth: 640 }} initialValues={{ month: dayjs() }} onFinish={start}>
          <Typography.Paragraph type="secondary">{t('roster-imports.hints.intro')}</Typography.Paragraph>
          <Form.Item label={t('roster-imports.fields.month')} name="month" rules={[{ required: true, message: t('roster-imports.rules.month') }]}>
            <DatePicker picker="month" allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'month')} data-testid="import-month" />
          </Form.Item>
          <Form.Item label={t('roster-imports.fields.file')} name="file" required extra={t('roster-imports.hints.file')}>
            <Upload.Dragger
              accept={ACCEPT}
              maxCount={1}
              fileList={files}
              beforeUpload={(file) => {
                const ok = /\.(csv|xlsx)$/i.test(file.name);
                if (!ok) form.setFields([{ name: 'file' as never, errors: [t('roster-imports.rules.fileType')] }]);
                else form.setFields([{ name: 'file' as never, errors: [] }]);
                return ok ? false : Upload.LIST_IGNORE;
              }}
              onChange={({ fileList }) => setFiles(fileList.slice(-1))}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('roster-imports.hints.drop')}</p>
              <p className="ant-upload-hint">{t('roster-imports.hints.formats')}</p>
            </Upload.Dragger>
          </Form.Item>
          {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('roster-imports.startFailed')} description={problem} data-testid="import-problem" />}
          <Button type="primary" htmlType="submit" loading={sending} data-testid="import-start">
            {t('roster-imports.start')}
          </Button>
        </Form>
      ) : job ? (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {isFinished(job) && job.status === 'succeeded' && (
            <Alert type="success" showIcon data-testid="import-done" message={t('roster-imports.done', { rows: job.processedRows, errors: job.errorCount })} />
          )}
          <ImportSummary job={job} />
          {isFinished(job) && (
            <Space>
              <Button onClick={reset} data-testid="import-another">
                {t('roster-imports.another')}
              </Button>
              <Link to={`/${RESOURCE}`}>{t('roster-imports.backToList')}</Link>
            </Space>
          )}
        </Space>
      ) : (
        <Card loading />
      )}
    </Create>
  );
}
