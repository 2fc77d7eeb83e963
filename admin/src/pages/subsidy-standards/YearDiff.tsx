import { useCustom } from '@refinedev/core';
import type { FieldChange } from '@yibao/shared';
import { Alert, Empty, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonDiff } from '../../components/JsonDiff';
import type { ApiError } from '../../providers/http';
import { RESOURCE, describeStandardsPath } from './common';

interface DiffAnswer {
  previousYear: number | null;
  changes: FieldChange[];
}

const YUAN_PATH = /\.fen(\[\d+\])?$/;

/** 与上年对比 (`GET /api/subsidy-standards/:id/diff`): what differs from the previous year's standards. */
export function YearDiff({ id, year }: { id: number; year: number }) {
  const { t } = useTranslation();
  const { result, query } = useCustom<DiffAnswer & Record<string, unknown>, ApiError>({
    url: `/${RESOURCE}/${id}/diff`,
    method: 'get',
    queryOptions: { staleTime: 0, retry: false },
    errorNotification: false,
  });
  const answer = query.isSuccess ? (result?.data as DiffAnswer | undefined) : undefined;
  // Amounts are shown in 元 as people read them; the path keeps saying it is the fen field.
  const { before, after } = useMemo(() => {
    const show = (path: string, v: unknown) => (YUAN_PATH.test(path) && typeof v === 'number' ? `${(v / 100).toFixed(2)} ${t('money.yuan')}` : v);
    const changes = answer?.changes ?? [];
    return {
      before: Object.fromEntries(changes.map((c) => [c.path, show(c.path, c.before)])),
      after: Object.fromEntries(changes.map((c) => [c.path, show(c.path, c.after)])),
    };
  }, [answer, t]);
  if (query.isLoading) return <Spin />;
  if (query.error) {
    const error = query.error as ApiError;
    return error.statusCode === 404 ? (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('subsidy-standards.diff.noPrevious', { year: year - 1 })} />
    ) : (
      <Alert type="error" showIcon message={t('subsidy-standards.diff.failed')} description={error.message} />
    );
  }
  if (!answer || answer.previousYear === null) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('subsidy-standards.diff.noPrevious', { year: year - 1 })} />;
  if (!answer.changes.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('subsidy-standards.diff.same', { year: answer.previousYear })} />;
  return (
    <div data-testid="year-diff">
      <Typography.Paragraph type="secondary">{t('subsidy-standards.diff.since', { year: answer.previousYear, count: answer.changes.length })}</Typography.Paragraph>
      <JsonDiff before={before} after={after} fieldLabel={(p) => describeStandardsPath(t, p)} changesOnly />
    </div>
  );
}
