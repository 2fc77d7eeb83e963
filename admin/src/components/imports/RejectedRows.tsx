import { useCustom } from '@refinedev/core';
import type { ImportRejectedRow } from '@yibao/shared';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../providers/http';
import { localizeServerText } from '../../providers/i18n';
import type { ImportJob } from './ImportJob';

/**
 * The rejected lines of a finished import on the page (`GET /api/<imports>/:id/rejected`: the first 100 by
 * line, with their reasons in the UI's language); the CSV error report has every one, with its cells.
 */
export function RejectedRows({ resource, job }: { resource: string; job: ImportJob }) {
  const { t } = useTranslation();
  const { result, query } = useCustom<ImportRejectedRow[] & Record<string, unknown>, ApiError>({
    url: `/${resource}/${job.id}/rejected`,
    method: 'get',
    queryOptions: { queryKey: [resource, job.id, 'rejected', job.errorCount] },
  });
  const rows = (query.isSuccess ? (result?.data as ImportRejectedRow[] | undefined) : undefined) ?? [];
  return (
    <Card size="small" title={t('imports.rejected.title', { shown: Math.min(rows.length, job.errorCount), total: job.errorCount })}>
      <Table<ImportRejectedRow>
        dataSource={rows}
        loading={query.isLoading}
        rowKey={(r) => `${r.line}:${r.reason}`}
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        data-testid="rejected-rows"
        columns={[
          { title: t('imports.rejected.line'), dataIndex: 'line', width: 90, align: 'right' },
          { title: t('imports.rejected.reason'), dataIndex: 'reason', render: (reason: string) => localizeServerText(reason) },
        ]}
      />
      {job.errorCount > rows.length && rows.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('imports.rejected.more')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
