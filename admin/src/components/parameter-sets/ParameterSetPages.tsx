import { DateField, Edit, EditButton, List, ShowButton } from '@refinedev/antd';
import { type BaseRecord, useGetIdentity, useList } from '@refinedev/core';
import { type CurrentUser, WORKFLOWS, regionLevelOf, type ParameterSetHead, type RegionLevel } from '@yibao/shared';
import { Alert, Card, Descriptions, Form, type FormInstance, Input, InputNumber, Space, Table } from 'antd';
import type { TFunction } from 'i18next';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useListPage } from '../../hooks/useListPage';
import { useRecordShow } from '../../hooks/useRecordShow';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import type { ApiError } from '../../providers/http';
import { BackIcon } from '../BackIcon';
import { thisYear } from '../dates';
import { DetailDescriptions } from '../DetailDescriptions';
import { FilterCard } from '../FilterCard';
import { RegionLabel } from '../RegionName';
import { RegionTreeSelect, useRegionTree } from '../RegionTreeSelect';
import { StatusPage } from '../StatusPage';
import { WorkflowCommentNotice, WorkflowHistory } from '../WorkflowHistory';
import { WorkflowShow } from '../WorkflowShow';
import { WorkflowStateTag, mayEditContent } from '../WorkflowStateTag';
import { YEARLY_SORT, useYearlyFilters, yearlyFacts } from '../YearlyWorkflowRecord';
import { SinceApprovalDiff, YearDiff } from './ParameterDiff';

/** A pooling region's sets are the city's; a kind set at other levels (报送时限: province and city) names them. */
const POOLING_LEVELS: RegionLevel[] = ['city'];

/**
 * The pages of a yearly parameter set of a pooling region (platform/parameter-sets: policy parameters,
 * subsidy standards): list, show with the year-on-year diff and the approval workflow, the edit shell and
 * the create form's region/year. Each kind brings its own document view, editor and labels; the texts come
 * from `<prefix>.fields.region | year | state | updatedAt`, `<prefix>.diff.*`, `<prefix>.notEditable`, ….
 * A record is the wire head every set shares (shared ParameterSetHead) with the document under its own key.
 */
export type ParameterSetRecord = ParameterSetHead & BaseRecord & { regionName?: string | null };

/** The city (the pooling region) edits its own set while it is a draft or returned. */
export function useMayEditSet(resource: string, record: Pick<ParameterSetRecord, 'state' | 'regionCode'> | undefined): boolean {
  const { data: me } = useGetIdentity<CurrentUser>();
  return Boolean(record) && mayEditContent(WORKFLOWS[resource], record!.state, me, record!.regionCode);
}

/** "柳州市 2026 年…" from `<prefix>.recordTitle`. */
export function setTitle(t: TFunction, prefix: string, r: Pick<ParameterSetRecord, 'regionCode' | 'regionName' | 'year'>, names?: Map<string, string>): string {
  return t(`${prefix}.recordTitle`, { region: r.regionName ?? names?.get(r.regionCode) ?? r.regionCode, year: r.year });
}

function RowActions({ resource, record }: { resource: string; record: ParameterSetRecord }) {
  const mayEdit = useMayEditSet(resource, record);
  return (
    <Space size={0}>
      <ShowButton size="small" type="link" recordItemId={record.id} />
      {mayEdit && <EditButton size="small" type="link" recordItemId={record.id} />}
    </Space>
  );
}

/**
 * The list: region, year and state filters; region, year, state, the kind's own `columns`, updated, actions.
 * `stateExtra` adds a mark beside the state (e.g. "not in force").
 */
export function ParameterSetList<R extends ParameterSetRecord>({
  resource,
  prefix,
  columns,
  stateExtra,
}: {
  resource: string;
  prefix: string;
  columns: ReactNode;
  stateExtra?: (r: R) => ReactNode;
}) {
  const { t } = useTranslation();
  const { names } = useRegionTree();
  const { tableProps, filterCard, sortOrder } = useListPage<R>({ filters: useYearlyFilters(resource, prefix), sort: YEARLY_SORT });
  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<R> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1100 }}>
        <Table.Column<R>
          dataIndex="regionCode"
          title={t(`${prefix}.fields.region`)}
          sorter
          defaultSortOrder={sortOrder('regionCode')}
          render={(code: string, r) => <RegionLabel name={r.regionName ?? names.get(code)} code={code} />}
        />
        <Table.Column<R> dataIndex="year" title={t(`${prefix}.fields.year`)} width={90} sorter defaultSortOrder={sortOrder('year')} />
        <Table.Column<R>
          dataIndex="state"
          title={t(`${prefix}.fields.state`)}
          width={170}
          sorter
          defaultSortOrder={sortOrder('state')}
          render={(s: string, r) => (
            <Space size={4} wrap>
              <WorkflowStateTag resource={resource} state={s} />
              {stateExtra?.(r)}
            </Space>
          )}
        />
        {columns}
        <Table.Column<R>
          dataIndex="updatedAt"
          title={t(`${prefix}.fields.updatedAt`)}
          width={150}
          sorter
          defaultSortOrder={sortOrder('updatedAt')}
          render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<R> key="actions" title={t('table.actions')} fixed="right" width={150} render={(_, r) => <RowActions resource={resource} record={r} />} />
      </Table>
    </List>
  );
}

/**
 * One set: the workflow bar (the city submits or revises, the province approves or returns), why it came
 * back, its facts, the kind's document view (`children`), the changes since the last approval (what the
 * approver decides on), the change against last year — each with figures before wording — and the history.
 */
export function ParameterSetShow<R extends ParameterSetRecord>({
  resource,
  prefix,
  describePath,
  formatDiff,
  banner,
  facts,
  children,
}: {
  resource: string;
  prefix: string;
  describePath: (path: string) => string;
  formatDiff: (path: string, value: unknown) => unknown;
  banner?: (r: R) => ReactNode;
  facts?: (r: R) => ReactNode;
  children: (r: R) => ReactNode;
}) {
  const { t } = useTranslation();
  const { names } = useRegionTree();
  const { query, record, notFound } = useRecordShow<R>();
  const mayEdit = useMayEditSet(resource, record);
  const words = useMemo(() => ({ describePath, format: formatDiff }), [describePath, formatDiff]);
  if (notFound) return <StatusPage status={404} />;
  const title = record ? setTitle(t, prefix, record, names) : undefined;
  return (
    <WorkflowShow
      resource={resource}
      record={record}
      title={title}
      isLoading={query.isLoading}
      fixProblems={record && mayEdit && <Link to={`/${resource}/edit/${record.id}`}>{t(`${prefix}.fix`)}</Link>}
      buttons={record && mayEdit && <EditButton recordItemId={record.id} />}
    >
      {record && (
        <>
          <WorkflowCommentNotice resource={resource} id={record.id} state={record.state} />
          {banner?.(record)}
          <DetailDescriptions>
            {yearlyFacts(t, resource, prefix, record, names)}
            {facts?.(record)}
            <Descriptions.Item label={t(`${prefix}.fields.updatedAt`)}>
              <DateField value={record.updatedAt} format="YYYY-MM-DD HH:mm" />
            </Descriptions.Item>
          </DetailDescriptions>
          {children(record)}
          {/* the approver decides on what changed since the last approval: that comes first */}
          <Card size="small" title={t('workflow.changes.title')} style={{ marginTop: 16 }}>
            <SinceApprovalDiff resource={resource} id={record.id} words={words} />
          </Card>
          <Card size="small" title={t(`${prefix}.diff.title`)} style={{ marginTop: 16 }}>
            <YearDiff resource={resource} id={record.id} year={record.year} messages={`${prefix}.diff`} words={words} />
          </Card>
          <Card size="small" title={t('workflow.history.title')} style={{ marginTop: 16 }}>
            <WorkflowHistory resource={resource} id={record.id} />
          </Card>
        </>
      )}
    </WorkflowShow>
  );
}

/**
 * The edit page (the city, while draft or returned): the kind's editor (`children`) in a versioned form.
 * `toPayload` turns the form into the request body (null: a problem was found and shown); `placeErrors`
 * puts the API's 400 field errors under their fields and returns the rest for the alert. A set that cannot
 * be edited now says so and links to its page instead of showing a disabled form.
 */
export function ParameterSetEdit<R extends ParameterSetRecord, V extends { version: number }>({
  resource,
  prefix,
  initialValues,
  toPayload,
  placeErrors,
  children,
}: {
  resource: string;
  prefix: string;
  initialValues: (r: R) => V;
  toPayload: (form: FormInstance, values: V, r: R, setProblems: (p: string[]) => void) => Record<string, unknown> | null;
  placeErrors: (form: FormInstance, errors: ApiError['errors']) => string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { names } = useRegionTree();
  const [problems, setProblems] = useState<string[]>([]);
  const { formProps, saveButtonProps, query, form } = useVersionedForm<R, V>({
    redirect: 'show',
    onMutationError: (error) => setProblems(placeErrors(form, error.errors)),
  });
  const record = query?.data?.data;
  const mayEdit = useMayEditSet(resource, record);
  if (query?.error?.statusCode === 404) return <StatusPage status={404} />;
  return (
    <Edit
      goBack={<BackIcon />}
      title={record ? setTitle(t, prefix, record, names) : undefined}
      saveButtonProps={{ ...saveButtonProps, disabled: !mayEdit || saveButtonProps.disabled }}
      canDelete={false}
      isLoading={query?.isLoading}
    >
      {record && (
        <>
          <WorkflowCommentNotice resource={resource} id={record.id} state={record.state} />
          {!mayEdit && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={t(`${prefix}.notEditable`)}
              description={<Link to={`/${resource}/show/${record.id}`}>{t('parameterSets.openRecord')}</Link>}
              data-testid="not-editable"
            />
          )}
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            {yearlyFacts(t, resource, prefix, record, names)}
          </Descriptions>
        </>
      )}
      <ParameterSetProblems prefix={prefix} problems={problems} />
      {/* Read-only sets are read on their page (values, sources, history), not in a disabled form. */}
      <Form<V>
        {...formProps}
        layout="vertical"
        hidden={Boolean(record) && !mayEdit}
        disabled={!mayEdit}
        initialValues={record ? initialValues(record) : undefined}
        onFinish={(v) => {
          if (!record) return;
          setProblems([]);
          const payload = toPayload(form, v, record, setProblems);
          if (!payload) return;
          return formProps.onFinish?.({ ...payload, version: v.version } as never);
        }}
      >
        {children}
        <Form.Item name="version" hidden>
          <Input type="hidden" />
        </Form.Item>
      </Form>
    </Edit>
  );
}

/**
 * The create form's common part: the versioned form, the user's own city and next year as the default key
 * (`initialKey`), and the set that already exists for the region and year chosen (`taken`), which the page
 * links to instead — saving is off while there is one.
 */
export function useParameterSetCreate<R extends ParameterSetRecord, V extends { regionCode: string; year: number }>(
  resource: string,
  onError: (form: FormInstance, error: ApiError) => void,
  redirect: 'show' | 'edit' = 'show',
  /** the levels whose units set such a set (a pooling region's: the city) — the user's own region is the default key */
  levels: readonly RegionLevel[] = POOLING_LEVELS,
) {
  const { data: me } = useGetIdentity<CurrentUser>();
  const created = useVersionedForm<R, V>({ redirect, onMutationError: (error) => onError(created.form, error) });
  const regionCode = Form.useWatch('regionCode', created.form);
  const year = Form.useWatch('year', created.form);
  const { result: existing } = useList<R, ApiError>({
    resource,
    filters: [
      { field: 'regionCode', operator: 'eq', value: regionCode },
      { field: 'year', operator: 'eq', value: year },
    ],
    pagination: { currentPage: 1, pageSize: 1 },
    queryOptions: { enabled: Boolean(regionCode && year) },
  });
  const taken = regionCode && year ? existing?.data?.[0] : undefined;
  const own = me && levels.includes(regionLevelOf(me.regionCode)) ? me.regionCode : undefined;
  const saveButtonProps = { ...created.saveButtonProps, disabled: Boolean(taken) || created.saveButtonProps.disabled };
  return { ...created, saveButtonProps, me, year: year as number | undefined, taken, initialKey: { regionCode: own, year: thisYear() + 1 } };
}

/** What the server refused in a set's document (`<prefix>.problems` over the messages); nothing when none. */
export function ParameterSetProblems({ prefix, problems }: { prefix: string; problems: readonly string[] }) {
  const { t } = useTranslation();
  if (!problems.length) return null;
  return (
    <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t(`${prefix}.problems`)} description={problems.join('；')} data-testid="set-problems" />
  );
}

/** Region (a city) and year of a new set, and the link to the one that already exists. */
export function ParameterSetKeyFields({
  resource,
  prefix,
  taken,
  yearTestId,
  levels = POOLING_LEVELS,
}: {
  resource: string;
  prefix: string;
  taken: ParameterSetRecord | undefined;
  yearTestId?: string;
  /** the levels whose units set such a set (a pooling region's: the city) */
  levels?: RegionLevel[];
}) {
  const { t } = useTranslation();
  const { names } = useRegionTree();
  return (
    <>
      <Form.Item
        label={t(`${prefix}.fields.region`)}
        name="regionCode"
        extra={t(`${prefix}.hints.region`)}
        rules={[{ required: true, message: t(`${prefix}.rules.region`) }]}
      >
        <RegionTreeSelect selectableLevels={levels} allowClear={false} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item label={t(`${prefix}.fields.year`)} name="year" rules={[{ required: true, message: t(`${prefix}.rules.year`) }]}>
        <InputNumber min={2019} max={2100} precision={0} style={{ width: 160 }} data-testid={yearTestId} />
      </Form.Item>
      {taken && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="set-exists"
          message={t(`${prefix}.exists`, { title: setTitle(t, prefix, taken, names) })}
          description={<Link to={`/${resource}/show/${taken.id}`}>{t(`${prefix}.openExisting`)}</Link>}
        />
      )}
    </>
  );
}
