import { CommentOutlined, FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { useCan, useCreate, useList } from '@refinedev/core';
import { type ComplianceActionRecord, type ComplianceCommentRecord, PROBLEM_TYPE_CODES, type RectificationCampaignRecord, chinaDate } from '@yibao/shared';
import { Alert, Button, DatePicker, Empty, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { WorkflowActionBar } from '../../../components/WorkflowActionBar';
import { useWorkflow } from '../../../components/WorkflowStateTag';
import { dateField, notBefore } from '../../../components/dates';
import { placeServerErrors } from '../../../components/serverErrors';
import type { ApiError } from '../../../providers/http';
import { type CellRef, useInvalidateCompliance } from './api';

export const ACTIONS = 'compliance-actions';
export const COMMENTS = 'compliance-comments';
const MAX_TITLE = 200;
const MAX_COMMENT = 1000;

const cellFilters = (cell: CellRef) => [
  { field: 'regionCode', operator: 'eq' as const, value: cell.regionCode },
  { field: 'period', operator: 'eq' as const, value: cell.period },
  { field: 'indicatorId', operator: 'eq' as const, value: cell.indicatorId },
];

/** A follow-up action's status: the workflow definition's label and colour once there is one, else the shared code label. */
export function ActionStatusTag({ status }: { status: ComplianceActionRecord['status'] }) {
  const { t } = useTranslation();
  const { def, stateLabel, stateColor } = useWorkflow(ACTIONS);
  const color = def
    ? stateColor(status)
    : status === 'done'
      ? 'success'
      : status === 'cancelled'
        ? 'default'
        : status === 'in_progress'
          ? 'processing'
          : 'warning';
  const text = { success: '#237804', processing: '#0958d9', warning: '#ad4e00' }[color as string];
  return (
    <Tag color={color} style={text ? { color: text } : undefined} data-testid="compliance-action-status">
      {def ? stateLabel(status) : t(`complianceActionStatuses.${status}`)}
    </Tag>
  );
}

/** The overdue mark: text, not colour alone. */
export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  return overdue ? (
    <Tag color="error" style={{ color: '#a8071a' }} data-testid="compliance-action-overdue">
      {t('compliance-actions.overdue')}
    </Tag>
  ) : null;
}

/**
 * A status change of an action, through the workflow engine (`POST /api/compliance-actions/:id/actions/<action>`,
 * a comment required on every change) — the generic action bar, which shows the buttons the definition and the
 * user's role allow on the record (nothing until shared has the definition).
 */
export function ActionWorkflow({ record }: { record: ComplianceActionRecord }) {
  const { t } = useTranslation();
  return (
    <WorkflowActionBar
      resource={ACTIONS}
      // the whole record: the engine's levels read its region columns (responsible, filing), and its `actions` when the API sends them
      record={{ ...record, state: record.status }}
      title={t('compliance-actions.dialogTitle', { title: record.title })}
      explain={() => ({ note: t('compliance-actions.commentRequired'), commentRequired: true })}
    />
  );
}

/** A line of the cell's actions: title, who and by when, status, overdue, the rectification item it opened. */
function ActionLine({ a }: { a: ComplianceActionRecord }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="compliance-action" extra={<ActionWorkflow record={a} />}>
      <List.Item.Meta
        title={
          <Space wrap size={4}>
            <span>{a.title}</span>
            <ActionStatusTag status={a.status} />
            <OverdueTag overdue={a.overdue} />
          </Space>
        }
        description={
          <Space wrap size={[12, 0]}>
            <span>
              {t('compliance-actions.fields.responsibleRegion')}：{a.responsibleRegionName ?? a.responsibleRegionCode}
            </span>
            <span>
              {t('compliance-actions.fields.dueOn')}：{a.dueOn}
            </span>
            {a.reviewOn && (
              <span>
                {t('compliance-actions.fields.reviewOn')}：{a.reviewOn}
              </span>
            )}
            {a.rectificationItemId !== null && (
              <Link to={`/rectification-items/show/${a.rectificationItemId}`} data-testid="compliance-action-rectification">
                {t('compliance-actions.rectificationItem', { id: a.rectificationItemId })}
              </Link>
            )}
          </Space>
        }
      />
    </List.Item>
  );
}

/** The comments on a cell, oldest first. */
function CommentLine({ c }: { c: ComplianceCommentRecord }) {
  return (
    <List.Item data-testid="compliance-comment">
      <List.Item.Meta
        title={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.authorName ?? '—'} · {dayjs(c.createdAt).format('YYYY-MM-DD HH:mm')}
          </Typography.Text>
        }
        description={<span style={{ color: '#262626', whiteSpace: 'pre-wrap' }}>{c.text}</span>}
      />
    </List.Item>
  );
}

interface CommentValues {
  text: string;
}

/** 添加评论: `POST /api/compliance-comments {regionCode, period, indicatorId, text}`. */
function CommentButton({ cell }: { cell: CellRef }) {
  const { t } = useTranslation();
  const { data: can } = useCan({ resource: COMMENTS, action: 'create' });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<CommentValues>();
  const refresh = useInvalidateCompliance();
  const { mutateAsync, mutation } = useCreate<ComplianceCommentRecord, ApiError>();
  if (!can?.can) return null;
  const send = async (v: CommentValues) => {
    try {
      await mutateAsync({
        resource: COMMENTS,
        values: { ...cell, text: v.text.trim() },
        successNotification: { type: 'success', message: t('compliance-comments.added') },
        errorNotification: (e) => (e?.errors ? false : { type: 'error', message: t('compliance-comments.failed'), description: e?.message }),
      });
      setOpen(false);
      void refresh();
    } catch (e) {
      placeServerErrors(form, (e as ApiError).errors, (p) => (p === 'text' ? ['text'] : null));
    }
  };
  return (
    <>
      <Button size="small" icon={<CommentOutlined />} onClick={() => setOpen(true)} data-testid="compliance-comment-open">
        {t('compliance-comments.add')}
      </Button>
      <FormModal<CommentValues>
        open={open}
        name="compliance-comment"
        title={t('compliance-comments.add')}
        okText={t('compliance-comments.ok')}
        okTestId="compliance-comment-ok"
        loading={mutation.isPending}
        form={form}
        onFinish={send}
        onCancel={() => setOpen(false)}
      >
        <Form.Item
          label={t('compliance-comments.fields.text')}
          name="text"
          rules={[
            { required: true, whitespace: true, message: t('compliance-comments.rules.text') },
            { max: MAX_COMMENT, message: t('compliance-comments.rules.max', { max: MAX_COMMENT }) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={MAX_COMMENT} showCount data-testid="compliance-comment-text" />
        </Form.Item>
      </FormModal>
    </>
  );
}

interface ActionValues {
  title: string;
  responsibleRegionCode: string;
  dueOn: string;
  reviewOn?: string | null;
  campaignId?: number;
  problemType?: string;
}

/**
 * 新建跟进事项 / 开立整改事项: `POST /api/compliance-actions {regionCode, period, indicatorId, title,
 * responsibleRegionCode, dueOn, reviewOn}`; "open a rectification item" is the same action with
 * `rectification: {campaignId, problemType}`, which the API files as an item of the rectification ledger
 * (`rectificationItemId` on the action).
 */
function ActionButton({ cell, defaultTitle, rectification }: { cell: CellRef; defaultTitle: string; rectification?: boolean }) {
  const { t, i18n } = useTranslation();
  const { data: can } = useCan({ resource: ACTIONS, action: 'create' });
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [form] = Form.useForm<ActionValues>();
  const refresh = useInvalidateCompliance();
  const { mutateAsync, mutation } = useCreate<ComplianceActionRecord, ApiError>();
  const { result: campaigns } = useList<RectificationCampaignRecord>({
    resource: 'rectification-campaigns',
    pagination: { currentPage: 1, pageSize: 100 },
    queryOptions: { enabled: Boolean(rectification && open) },
  });
  if (!can?.can) return null;
  const prefix = rectification ? 'compliance-actions.rectification' : 'compliance-actions.create';
  const lang = i18n.language === 'en-US' ? 'en' : 'zh';
  const known = ['title', 'responsibleRegionCode', 'dueOn', 'reviewOn'];
  const send = async (v: ActionValues) => {
    setProblems([]);
    try {
      await mutateAsync({
        resource: ACTIONS,
        values: {
          ...cell,
          title: v.title.trim(),
          responsibleRegionCode: v.responsibleRegionCode,
          dueOn: v.dueOn,
          reviewOn: v.reviewOn || undefined,
          ...(rectification ? { rectification: { campaignId: v.campaignId, problemType: v.problemType } } : {}),
        },
        successNotification: { type: 'success', message: t(`${prefix}.done`) },
        errorNotification: (e) => (e?.errors ? false : { type: 'error', message: t(`${prefix}.failed`), description: e?.message }),
      });
      setOpen(false);
      void refresh();
    } catch (e) {
      setProblems(
        placeServerErrors(form, (e as ApiError).errors, (p) => {
          if (known.includes(p)) return [p];
          const sub = /^rectification\.(campaignId|problemType)$/.exec(p);
          return sub ? [sub[1]] : null;
        }),
      );
    }
  };
  const today = chinaDate(new Date());
  return (
    <>
      <Button
        size="small"
        type={rectification ? 'default' : 'primary'}
        icon={rectification ? <FileAddOutlined /> : <PlusOutlined />}
        onClick={() => {
          setProblems([]);
          setOpen(true);
        }}
        data-testid={rectification ? 'compliance-rectification-open' : 'compliance-action-open'}
      >
        {t(`${prefix}.button`)}
      </Button>
      <FormModal<ActionValues>
        open={open}
        name={rectification ? 'compliance-rectification' : 'compliance-action'}
        title={t(`${prefix}.title`)}
        okText={t(`${prefix}.ok`)}
        okTestId="compliance-action-ok"
        loading={mutation.isPending}
        form={form}
        initialValues={{ title: defaultTitle, responsibleRegionCode: cell.regionCode, dueOn: dayjs(today).add(30, 'day').format('YYYY-MM-DD') }}
        onFinish={send}
        onCancel={() => setOpen(false)}
      >
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t(`${prefix}.intro`)} />
        {problems.length > 0 && (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={problems.join('；')} data-testid="compliance-action-problems" />
        )}
        <Form.Item
          label={t('compliance-actions.fields.title')}
          name="title"
          rules={[
            { required: true, whitespace: true, message: t('compliance-actions.rules.title') },
            { max: MAX_TITLE, message: t('compliance-actions.rules.titleMax', { max: MAX_TITLE }) },
          ]}
        >
          <Input maxLength={MAX_TITLE} data-testid="compliance-action-title" />
        </Form.Item>
        <Form.Item
          label={t('compliance-actions.fields.responsibleRegion')}
          name="responsibleRegionCode"
          extra={t('compliance-actions.hints.responsibleRegion')}
          rules={[{ required: true, message: t('compliance-actions.rules.responsibleRegion') }]}
        >
          <RegionTreeSelect allowClear={false} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item
          label={t('compliance-actions.fields.dueOn')}
          name="dueOn"
          {...dateField}
          rules={[{ required: true, message: t('compliance-actions.rules.dueOn') }]}
        >
          <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') < today} data-testid="compliance-action-due" />
        </Form.Item>
        <Form.Item
          label={t('compliance-actions.fields.reviewOn')}
          name="reviewOn"
          {...dateField}
          dependencies={['dueOn']}
          extra={t('compliance-actions.hints.reviewOn')}
          rules={[notBefore('dueOn', t('compliance-actions.rules.reviewOn'))]}
        >
          <DatePicker />
        </Form.Item>
        {rectification && (
          <>
            <Form.Item
              label={t('compliance-actions.fields.campaign')}
              name="campaignId"
              rules={[{ required: true, message: t('compliance-actions.rules.campaign') }]}
            >
              <Select
                style={{ width: 320 }}
                loading={!campaigns}
                options={(campaigns?.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                data-testid="compliance-rectification-campaign"
              />
            </Form.Item>
            <Form.Item
              label={t('compliance-actions.fields.problemType')}
              name="problemType"
              rules={[{ required: true, message: t('compliance-actions.rules.problemType') }]}
            >
              <Select
                style={{ width: 320 }}
                options={PROBLEM_TYPE_CODES.values.map((p) => ({ value: p, label: PROBLEM_TYPE_CODES[lang][p] }))}
                data-testid="compliance-rectification-problem-type"
              />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}

function Section({ title, extra, children }: { title: string; extra: ReactNode; children: ReactNode }) {
  return (
    <section style={{ marginTop: 16 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 4 }} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Space wrap>{extra}</Space>
      </Space>
      {children}
    </section>
  );
}

/** The follow-up on a cell (DHIS2's most asked-for feature): its comments and its actions, with the forms to add them. */
export function CellFollowUps({ cell, defaultTitle }: { cell: CellRef; defaultTitle: string }) {
  const { t } = useTranslation();
  const comments = useList<ComplianceCommentRecord>({
    resource: COMMENTS,
    filters: cellFilters(cell),
    sorters: [{ field: 'createdAt', order: 'asc' }],
    pagination: { currentPage: 1, pageSize: 100 },
    queryOptions: { staleTime: 0 },
  });
  const actions = useList<ComplianceActionRecord>({
    resource: ACTIONS,
    filters: cellFilters(cell),
    sorters: [{ field: 'dueOn', order: 'asc' }],
    pagination: { currentPage: 1, pageSize: 100 },
    queryOptions: { staleTime: 0 },
  });
  return (
    <>
      <Section
        title={t('compliance-actions.onCell', { count: actions.result?.total ?? 0 })}
        extra={
          <>
            <ActionButton cell={cell} defaultTitle={defaultTitle} />
            <ActionButton cell={cell} defaultTitle={defaultTitle} rectification />
          </>
        }
      >
        {actions.query.error ? (
          <Alert type="error" showIcon message={t('compliance-actions.failedToLoad')} description={actions.query.error.message} />
        ) : (
          <List<ComplianceActionRecord>
            size="small"
            loading={actions.query.isLoading}
            dataSource={actions.result?.data ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compliance-actions.none')} /> }}
            renderItem={(a) => <ActionLine a={a} />}
            data-testid="compliance-cell-actions"
          />
        )}
      </Section>
      <Section title={t('compliance-comments.onCell', { count: comments.result?.total ?? 0 })} extra={<CommentButton cell={cell} />}>
        {comments.query.error ? (
          <Alert type="error" showIcon message={t('compliance-comments.failedToLoad')} description={comments.query.error.message} />
        ) : (
          <List<ComplianceCommentRecord>
            size="small"
            loading={comments.query.isLoading}
            dataSource={comments.result?.data ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compliance-comments.none')} /> }}
            renderItem={(c) => <CommentLine c={c} />}
            data-testid="compliance-cell-comments"
          />
        )}
      </Section>
    </>
  );
}
