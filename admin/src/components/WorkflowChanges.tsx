import { DateField } from '@refinedev/antd';
import { useCustom } from '@refinedev/core';
import type { WorkflowChangesRecord as ChangesAnswer } from '@yibao/shared';
import { Empty, Spin, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../providers/http';
import { JsonDiff } from './JsonDiff';

/**
 * "What changed since the last approval" (`GET /api/<resource>/:id/changes`): the field-level diff the
 * engine computes against the snapshot taken at the last approval, in the audit log's before/after table.
 * `describePath` turns a path such as `rows[1].name` into words.
 */
export function WorkflowChanges({
  resource,
  id,
  describePath,
  renderChanges,
}: {
  resource: string;
  id: number | string;
  describePath?: (path: string) => string;
  /** a resource's own view of the changes (parameter sets: figures before wording); `intro` says since when */
  renderChanges?: (changes: ChangesAnswer['changes'], intro: ReactNode) => ReactNode;
}) {
  const { t } = useTranslation();
  const { result, query } = useCustom<ChangesAnswer & Record<string, unknown>, ApiError>({
    url: `/${resource}/${encodeURIComponent(String(id))}/changes`,
    method: 'get',
    // Always fresh: the filer may have just saved a change.
    queryOptions: { staleTime: 0 },
  });
  const answer = (query.isSuccess ? result?.data : undefined) as ChangesAnswer | undefined;
  const { before, after } = useMemo(() => {
    const changes = answer?.changes ?? [];
    return {
      before: Object.fromEntries(changes.map((c) => [c.path, c.before])),
      after: Object.fromEntries(changes.map((c) => [c.path, c.after])),
    };
  }, [answer]);
  if (query.isLoading) return <Spin />;
  if (!answer?.approvedAt) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflow.changes.neverApproved')} />;
  if (!answer.changes.length) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <span data-testid="workflow-changes-none">
            {t('workflow.changes.none')} (<DateField value={answer.approvedAt} format="YYYY-MM-DD HH:mm" />)
          </span>
        }
      />
    );
  }
  const intro = (
    <>
      {t('workflow.changes.since', { count: answer.changes.length })} <DateField value={answer.approvedAt} format="YYYY-MM-DD HH:mm" />
    </>
  );
  return (
    <div data-testid="workflow-changes">
      {renderChanges ? (
        renderChanges(answer.changes, intro)
      ) : (
        <>
          <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
          <JsonDiff before={before} after={after} fieldLabel={describePath} changesOnly />
        </>
      )}
    </div>
  );
}
