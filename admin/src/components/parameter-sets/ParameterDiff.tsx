import { useCustom } from '@refinedev/core';
import { type FieldChange, PARAMETER_CHANGE_KINDS, type ParameterChangeKind, type ParameterSetYearDiff, parameterChangeKind } from '@yibao/shared';
import { Alert, Collapse, Empty, Spin, Table, Tag, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../providers/http';
import { currentLocale } from '../../providers/i18n';
import { WorkflowChanges } from '../WorkflowChanges';

/** How the page names and shows a change: the path in words, a value as people read it (元, %, 是/否, labels). */
export interface DiffWords {
  describePath: (path: string) => string;
  format: (path: string, value: unknown) => unknown;
}

interface Row {
  path: string;
  kind: ParameterChangeKind;
  before: unknown;
  after: unknown;
}

const KIND_COLOR: Record<ParameterChangeKind, string | undefined> = { capRemoved: 'red', capSet: 'orange', value: 'blue', wording: undefined };

function Shown({ value }: { value: unknown }) {
  if (value === undefined) return <span className="yb-muted">—</span>;
  if (typeof value === 'object' && value !== null)
    return (
      <pre className="yb-mono" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
        {JSON.stringify(value, null, 2)}
      </pre>
    );
  return <span>{String(value)}</span>;
}

function ChangeTable({ rows, words, testId }: { rows: Row[]; words: DiffWords; testId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale() === 'en-US' ? 'en' : 'zh';
  return (
    <Table<Row>
      data-testid={testId}
      rowKey="path"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('parameterSets.diff.parameter'), dataIndex: 'path', width: 300, render: (p: string) => <strong>{words.describePath(p) || p}</strong> },
        {
          title: t('parameterSets.diff.change'),
          dataIndex: 'kind',
          width: 120,
          render: (k: ParameterChangeKind) => (
            <Tag color={KIND_COLOR[k]} data-testid={`change-${k}`}>
              {PARAMETER_CHANGE_KINDS[locale][k]}
            </Tag>
          ),
        },
        { title: t('parameterSets.diff.before'), dataIndex: 'before', render: (v: unknown, r) => <Shown value={words.format(r.path, v)} /> },
        { title: t('parameterSets.diff.after'), dataIndex: 'after', render: (v: unknown, r) => <Shown value={words.format(r.path, v)} /> },
      ]}
    />
  );
}

/**
 * A set of changes, figures first: value changes (a removed or newly set cap named as such) in a table;
 * wording changes — a basis text that only moved from "2025年度" to "2026年度" — folded away below them.
 */
export function ParameterChanges({ changes, words, intro }: { changes: FieldChange[]; words: DiffWords; intro: ReactNode }) {
  const { t } = useTranslation();
  const { values, wording } = useMemo(() => {
    const rows = changes.map((c) => ({ ...c, kind: parameterChangeKind(c) }));
    // removed and newly set caps lead: the change a reader must not miss
    const order: ParameterChangeKind[] = ['capRemoved', 'capSet', 'value'];
    return {
      values: rows.filter((r) => r.kind !== 'wording').sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)),
      wording: rows.filter((r) => r.kind === 'wording'),
    };
  }, [changes]);
  return (
    <>
      <Typography.Paragraph type="secondary">
        {intro} {t('parameterSets.diff.counts', { values: values.length, wording: wording.length })}
      </Typography.Paragraph>
      {values.length ? (
        <ChangeTable rows={values} words={words} testId="value-changes" />
      ) : (
        <Typography.Paragraph data-testid="no-value-changes">{t('parameterSets.diff.noValues')}</Typography.Paragraph>
      )}
      {wording.length > 0 && (
        <Collapse
          size="small"
          style={{ marginTop: 12 }}
          items={[
            {
              key: 'wording',
              label: t('parameterSets.diff.wording', { count: wording.length }),
              children: <ChangeTable rows={wording} words={words} testId="wording-changes" />,
            },
          ]}
        />
      )}
    </>
  );
}

/**
 * 与上年对比 of a yearly parameter set (`GET /api/<resource>/:id/diff`). Texts come from
 * `<messages>.noPrevious | failed | same | since`.
 */
export function YearDiff({ resource, id, year, messages, words }: { resource: string; id: number; year: number; messages: string; words: DiffWords }) {
  const { t } = useTranslation();
  const { result, query } = useCustom<ParameterSetYearDiff & Record<string, unknown>, ApiError>({
    url: `/${resource}/${id}/diff`,
    method: 'get',
    queryOptions: { staleTime: 0, retry: false },
    errorNotification: false,
  });
  const answer = query.isSuccess ? (result?.data as ParameterSetYearDiff | undefined) : undefined;
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
      <ParameterChanges changes={answer.changes} words={words} intro={t(`${messages}.since`, { year: answer.previousYear, count: answer.changes.length })} />
    </div>
  );
}

/**
 * What changed since the last approval (the workflow engine's diff against the approved snapshot, through
 * WorkflowChanges): what the approver decides on, so the show page puts it before the year-on-year diff.
 */
export function SinceApprovalDiff({ resource, id, words }: { resource: string; id: number; words: DiffWords }) {
  return <WorkflowChanges resource={resource} id={id} renderChanges={(changes, intro) => <ParameterChanges changes={changes} words={words} intro={intro} />} />;
}
