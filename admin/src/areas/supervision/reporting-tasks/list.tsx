import { DateField, List } from '@refinedev/antd';
import { useCustomMutation, useInvalidate } from '@refinedev/core';
import { REPORTING_DUTIES, REPORTING_TASK_STATES, type ReportingTaskRecord, type ReportingTaskState } from '@yibao/shared';
import { Alert, Button, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterCard } from '../../../components/FilterCard';
import { useSubmitOnce } from '../../../components/FormModal';
import { RegionLabel } from '../../../components/RegionName';
import { Attachments } from '../../../components/attachments/Attachments';
import { useListPage } from '../../../hooks/useListPage';
import { errorNotificationUnlessStale, useStaleNotice } from '../../../hooks/useStaleNotice';
import type { ApiError } from '../../../providers/http';

type Row = ReportingTaskRecord;
const RESOURCE = 'reporting-tasks';
/** a light fill with dark text (the contrast check) */
const STATE_COLOR: Record<ReportingTaskState, [string, string]> = {
  pending: ['blue', '#003eb3'],
  overdue: ['red', '#a8071a'],
  received: ['green', '#237804'],
};

/** Where a task received from the product's own record opens that record. */
const recordPath = (by: NonNullable<Row['fulfilledBy']>, task: Row) =>
  by.resource === 'responsibility-tables'
    ? `/responsibility-tables/show/${by.id}`
    : by.resource === 'roster-imports'
      ? `/roster-imports/show/${by.id}`
      : `/enrollment-bulletin?month=${task.period}`;

/** 报送: the report's files, then the submission (`POST /api/reporting-tasks/:id/submit`), refused without a file. */
function SubmitModal({ task, onClose }: { task: Row | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const staleNotice = useStaleNotice();
  const { busy, submitOnce } = useSubmitOnce();
  const { mutateAsync } = useCustomMutation<Row, ApiError>();
  const [problem, setProblem] = useState<string>();
  const refresh = () => invalidate({ resource: RESOURCE, invalidates: ['all'] });
  const submit = async () => {
    if (!task) return;
    setProblem(undefined);
    try {
      await mutateAsync({
        url: `/${RESOURCE}/${task.id}/submit`,
        method: 'post',
        values: { version: task.version },
        successNotification: { type: 'success', message: t('reporting-tasks.submit.done') },
        errorNotification: (error?: ApiError) => (error?.errors ? false : errorNotificationUnlessStale(t('reporting-tasks.submit.failed'))(error)),
      });
      await refresh();
      onClose();
    } catch (e) {
      const error = e as ApiError;
      if (error.stale) {
        staleNotice(refresh);
        onClose();
      } else if (error.errors) setProblem(Object.values(error.errors).flat().map(String).join('；'));
    }
  };
  return (
    <Modal
      open={Boolean(task)}
      title={task ? t('reporting-tasks.submit.title', { duty: t(`reportingDuties.${task.duty}`), period: task.period }) : undefined}
      okText={t('reporting-tasks.submit.ok')}
      cancelText={t('buttons.cancel')}
      okButtonProps={{ ...{ 'data-testid': 'reporting-submit-ok' } }}
      confirmLoading={busy}
      onOk={() => submitOnce(submit)}
      onCancel={onClose}
      destroyOnHidden
      width={720}
    >
      {task && (
        <>
          <Typography.Paragraph type="secondary">{t('reporting-tasks.submit.hint', { dueOn: task.dueOn })}</Typography.Paragraph>
          {problem && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={problem} />}
          <Attachments resource={RESOURCE} id={task.id} editable />
        </>
      )}
    </Modal>
  );
}

/** 报送任务: the reports each unit owes per duty and period in the user's subtree; a filer submits its own. */
export default function ReportingTaskList() {
  const { t } = useTranslation();
  const [submitting, setSubmitting] = useState<Row>();
  const { tableProps, filterCard, sortOrder } = useListPage<Row>({
    filters: {
      duty: {
        kind: 'eq',
        label: 'reporting-tasks.fields.duty',
        width: 220,
        options: REPORTING_DUTIES.map((d) => ({ value: d, label: t(`reportingDuties.${d}`) })),
      },
      state: {
        kind: 'eq',
        label: 'reporting-tasks.fields.state',
        width: 120,
        options: REPORTING_TASK_STATES.map((s) => ({ value: s, label: t(`reportingTaskStates.${s}`) })),
      },
      period: { kind: 'contains', label: 'reporting-tasks.fields.period', placeholder: 'reporting-tasks.placeholders.period', width: 140 },
      regionCode: { kind: 'region', label: 'reporting-tasks.fields.region', width: 180 },
    },
    sort: [
      { field: 'dueOn', order: 'desc' },
      { field: 'regionCode', order: 'asc' },
    ],
  });

  return (
    <List
      headerButtons={
        <Link to="/reporting-due-rules" data-testid="reporting-due-rules-link">
          {t('reporting-due-rules.link')}
        </Link>
      }
    >
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1100 }} data-testid="reporting-tasks-table">
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('reporting-tasks.fields.region')}
          sorter
          defaultSortOrder={sortOrder('regionCode')}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row>
          dataIndex="duty"
          title={t('reporting-tasks.fields.duty')}
          sorter
          defaultSortOrder={sortOrder('duty')}
          render={(d: string) => t(`reportingDuties.${d}`)}
        />
        <Table.Column<Row> dataIndex="period" title={t('reporting-tasks.fields.period')} width={100} sorter defaultSortOrder={sortOrder('period')} />
        <Table.Column<Row>
          dataIndex="dueOn"
          title={t('reporting-tasks.fields.dueOn')}
          width={120}
          sorter
          defaultSortOrder={sortOrder('dueOn')}
          render={(d: string, r) => <span title={r.dueSource}>{d}</span>}
        />
        <Table.Column<Row>
          dataIndex="state"
          title={t('reporting-tasks.fields.state')}
          width={170}
          render={(s: ReportingTaskState, r) => (
            <Space size={4} wrap>
              <Tag color={STATE_COLOR[s][0]} style={{ color: STATE_COLOR[s][1] }}>
                {t(`reportingTaskStates.${s}`)}
              </Tag>
              {r.onTime === false && (
                <Tag color="orange" style={{ color: '#ad4e00' }}>
                  {t('reporting-tasks.daysLate', { days: r.daysLate })}
                </Tag>
              )}
              {s === 'overdue' && <span className="yb-muted">{t('reporting-tasks.daysLate', { days: r.daysLate })}</span>}
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="receivedAt"
          title={t('reporting-tasks.fields.receivedAt')}
          sorter
          defaultSortOrder={sortOrder('receivedAt')}
          render={(v: string | null) => (v ? <DateField value={v} format="YYYY-MM-DD HH:mm" /> : <span className="yb-muted">—</span>)}
        />
        <Table.Column<Row>
          key="fulfilledBy"
          title={t('reporting-tasks.fields.fulfilledBy')}
          render={(_, r) =>
            r.fulfilledBy ? (
              <Link to={recordPath(r.fulfilledBy, r)}>{t(`reporting-tasks.sources.${r.fulfilledBy.resource}`)}</Link>
            ) : r.receivedAt ? (
              t('reporting-tasks.sources.submission')
            ) : (
              <span className="yb-muted">—</span>
            )
          }
        />
        <Table.Column<Row>
          key="actions"
          title={t('table.actions')}
          fixed="right"
          width={100}
          render={(_, r) =>
            r.submittable ? (
              <Button size="small" type="link" onClick={() => setSubmitting(r)} data-testid={`reporting-submit-${r.id}`}>
                {t('reporting-tasks.submit.button')}
              </Button>
            ) : null
          }
        />
      </Table>
      <SubmitModal task={submitting} onClose={() => setSubmitting(undefined)} />
    </List>
  );
}
