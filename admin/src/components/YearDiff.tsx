import { useCustom } from '@refinedev/core';
import type { ParameterSetYearDiff as DiffAnswer } from '@yibao/shared';
import { Alert, Empty, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../providers/http';
import { JsonDiff } from './JsonDiff';

/**
 * 与上年对比 of a yearly parameter set (`GET /api/<resource>/:id/diff`): what differs from the previous
 * year's document. `describePath` names a path in words, `format` shows a value as people read it (元, %).
 * Texts come from `<messages>.noPrevious | failed | same | since`.
 */
export function YearDiff({
  resource,
  id,
  year,
  messages,
  describePath,
  format,
}: {
  resource: string;
  id: number;
  year: number;
  messages: string;
  describePath: (path: string) => string;
  format: (path: string, value: unknown) => unknown;
}) {
  const { t } = useTranslation();
  const { result, query } = useCustom<DiffAnswer & Record<string, unknown>, ApiError>({
    url: `/${resource}/${id}/diff`,
    method: 'get',
    queryOptions: { staleTime: 0, retry: false },
    errorNotification: false,
  });
  const answer = query.isSuccess ? (result?.data as DiffAnswer | undefined) : undefined;
  const { before, after } = useMemo(() => {
    const changes = answer?.changes ?? [];
    return {
      before: Object.fromEntries(changes.map((c) => [c.path, format(c.path, c.before)])),
      after: Object.fromEntries(changes.map((c) => [c.path, format(c.path, c.after)])),
    };
  }, [answer, format]);
  const none = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
  if (query.isLoading) return <Spin />;
  if (query.error) {
    const error = query.error as ApiError;
    return error.statusCode === 404 ? (
      none(t(`${messages}.noPrevious`, { year: year - 1 }))
    ) : (
      <Alert type="error" showIcon message={t(`${messages}.failed`)} description={error.message} />
    );
  }
  if (!answer || answer.previousYear === null) return none(t(`${messages}.noPrevious`, { year: year - 1 }));
  if (!answer.changes.length) return none(t(`${messages}.same`, { year: answer.previousYear }));
  return (
    <div data-testid="year-diff">
      <Typography.Paragraph type="secondary">{t(`${messages}.since`, { year: answer.previousYear, count: answer.changes.length })}</Typography.Paragraph>
      <JsonDiff before={before} after={after} fieldLabel={describePath} changesOnly />
    </div>
  );
}
