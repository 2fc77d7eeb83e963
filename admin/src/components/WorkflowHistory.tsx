import { DateField } from '@refinedev/antd';
import { useCustom, useGetIdentity } from '@refinedev/core';
import type { CurrentUser, WorkflowHistoryEntry } from '@yibao/shared';
import { Alert, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../providers/http';
import { RegionLabel } from './RegionName';
import { useRegionTree } from './RegionTreeSelect';
import { useWorkflow } from './WorkflowStateTag';
import { formatFen } from './money';

/** antd tag colours of the definitions → Timeline dot colours. */
const DOT: Record<string, string> = { success: 'green', processing: 'blue', warning: 'orange', error: 'red', default: 'gray' };

export function useWorkflowHistory(resource: string, id: number | string | undefined) {
  const { result, query } = useCustom<WorkflowHistoryEntry[], ApiError>({
    url: `/${resource}/${encodeURIComponent(String(id))}/history`,
    method: 'get',
    // Always fresh: another user may have acted on the record a moment ago.
    queryOptions: { enabled: id !== undefined && id !== '', staleTime: 0 },
  });
  const data: unknown = result?.data;
  const entries = useMemo(() => (Array.isArray(data) ? (data as WorkflowHistoryEntry[]) : []), [data]);
  return { entries, loading: query.isLoading };
}

/** Who acted: "gx_province · 省级督导 · 广西壮族自治区 450000". */
function Actor({ entry }: { entry: WorkflowHistoryEntry }) {
  const { t } = useTranslation();
  const { names } = useRegionTree();
  const { data: me } = useGetIdentity<CurrentUser>();
  const code = entry.actorRegionCode;
  const name = entry.actorRegionName ?? names.get(code) ?? (me?.regionCode === code ? me.regionName : undefined);
  return (
    <span className="yb-muted">
      {entry.actorUsername} · {t(`roles.${entry.actorRole}`, { defaultValue: entry.actorRole })} · <RegionLabel name={name} code={code} />
    </span>
  );
}

/** The record's transitions as a timeline: action, from → to, actor, role, region, the action's payload, comment, time. */
export function WorkflowHistory({ resource, id }: { resource: string; id: number | string }) {
  const { t, i18n } = useTranslation();
  const { def, actionLabel, stateLabel, stateColor } = useWorkflow(resource);
  const { entries, loading } = useWorkflowHistory(resource, id);
  // what an action carried besides its comment (its declared payload, e.g. 申请延期至 2027-06-30)
  const payloadLines = (e: WorkflowHistoryEntry) =>
    Object.entries(e.payload ?? {}).map(([name, value]) => {
      const field = def?.actions[e.action]?.payload?.[name];
      const label = field ? field.label[i18n.language === 'en-US' ? 'en' : 'zh'] : name;
      const lang = i18n.language === 'en-US' ? 'en' : 'zh';
      const list = (items: string[]) => items.join(lang === 'en' ? ', ' : '、');
      // a user by the name the API resolved (an account since removed by its id)
      const person = (id: unknown) => e.payloadUsers?.[String(id)] ?? `#${String(id)}`;
      const shown =
        field?.type === 'amount'
          ? formatFen(Number(value))
          : field?.type === 'codes' && Array.isArray(value)
            ? list(value.map((code) => field.codes[lang][String(code)] ?? String(code)))
            : field?.type === 'code'
              ? (field.codes[lang][String(value)] ?? String(value))
              : field?.type === 'flag'
                ? t(value ? 'workflow.yes' : 'workflow.no')
                : field?.type === 'users' && Array.isArray(value)
                  ? list(value.map(person))
                  : field?.type === 'user'
                    ? person(value)
                    : field?.type === 'count' && field.unit
                      ? `${String(value)} ${field.unit[lang]}`
                      : String(value);
      return `${label}：${shown}`;
    });
  if (loading) return <Spin />;
  if (!entries.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflow.history.empty')} />;
  return (
    <Timeline
      data-testid="workflow-history"
      items={entries.map((e) => ({
        key: e.id,
        color: DOT[stateColor(e.toState)] ?? 'blue',
        children: (
          <div data-testid="workflow-history-item">
            <Space size={6} wrap>
              <strong>{actionLabel(e.action)}</strong>
              <Tag bordered={false}>
                {stateLabel(e.fromState)} → {stateLabel(e.toState)}
              </Tag>
            </Space>
            <div>
              <Actor entry={e} />
            </div>
            {payloadLines(e).map((line) => (
              <div key={line} data-testid="workflow-history-payload">
                {line}
              </div>
            ))}
            {e.comment && (
              <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }} data-testid="workflow-history-comment">
                {t('workflow.history.comment', { comment: e.comment })}
              </Typography.Paragraph>
            )}
            <div className="yb-muted" style={{ fontSize: 12 }}>
              <DateField value={e.at} format="YYYY-MM-DD HH:mm:ss" />
            </div>
          </div>
        ),
      }))}
    />
  );
}

/**
 * Why a record came back: the comment of the transition that put it in its present state, when that
 * action needs one (a return or a reopen), shown above the record and its form.
 */
export function WorkflowCommentNotice({ resource, id, state }: { resource: string; id: number | string; state: string }) {
  const { t } = useTranslation();
  const { def, actionLabel } = useWorkflow(resource);
  const { entries } = useWorkflowHistory(resource, id);
  const last = entries.at(-1);
  if (!def || !last || last.toState !== state || !last.comment || !def.actions[last.action]?.commentRequired) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="workflow-comment-notice"
      message={t('workflow.notice', { action: actionLabel(last.action) })}
      description={
        <>
          <div style={{ whiteSpace: 'pre-wrap' }}>{last.comment}</div>
          <div style={{ marginTop: 4 }}>
            <Actor entry={last} />{' '}
            <span className="yb-muted">
              · <DateField value={last.at} format="YYYY-MM-DD HH:mm" />
            </span>
          </div>
        </>
      }
    />
  );
}

/**
 * What stands above a workflow record's facts (a clue, a case, a 疑点): why it came back (`WorkflowCommentNotice`)
 * and, while its stage is past its due date, the red notice that says so (`overdue`: the notice's text, or nothing).
 */
export function WorkflowRecordNotices({
  resource,
  record,
  overdue,
  testId,
}: {
  resource: string;
  record: { id: number; state: string };
  overdue: string | false | null | undefined;
  /** the overdue notice's test id */
  testId: string;
}) {
  return (
    <>
      <WorkflowCommentNotice resource={resource} id={record.id} state={record.state} />
      {overdue && <Alert type="error" showIcon style={{ marginBottom: 16 }} data-testid={testId} message={overdue} />}
    </>
  );
}
