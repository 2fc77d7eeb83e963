import { useCreate, useInvalidate, useList, useUpdate } from '@refinedev/core';
import type { InspectionFindingRecord, InspectionRecord, RectificationCampaignRecord } from '@yibao/shared';
import { Button, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { RegionLabel } from '../../../components/RegionName';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { dateField } from '../../../components/dates';
import { useRecordAction } from '../../../hooks/useRecordAction';
import { errorNotificationUnlessStale } from '../../../hooks/useStaleNotice';
import type { ApiError } from '../../../providers/http';
import { ProposalFields } from '../components/accountability';
import { DISPOSING_STATES, FINDINGS, RECORDING_STATES, RESOURCE, useInspectionCodes } from './common';

type Finding = InspectionFindingRecord;

interface FindingValues {
  regionCode: string;
  title: string;
  description: string;
  area: string;
  indicatorId?: string | null;
  severity: string;
}

interface RectificationValues {
  campaignId: number;
  problemType: string;
  dueOn?: string | null;
}

type Dialog = { kind: 'add' } | { kind: 'edit' | 'rectification' | 'accountability'; finding: Finding };

/** 指标编号 as the API takes it (ENR-1). */
const INDICATOR_ID = /^[A-Z]{2,5}-\d{1,3}$/;
/** A province has a handful of campaigns. */
const CAMPAIGN_PAGE = 100;

/** The finding's fields; its unit (the inspected region or one below it) and area are fixed once recorded (the API's PATCH takes neither). */
function FindingFields({ adding }: { adding: boolean }) {
  const { t } = useTranslation();
  const codes = useInspectionCodes();
  return (
    <>
      {adding && (
        <Form.Item label={t('inspection-findings.fields.region')} name="regionCode" rules={[{ required: true }]} extra={t('inspection-findings.hints.region')}>
          <RegionTreeSelect selectableLevels={['city', 'county']} allowClear={false} />
        </Form.Item>
      )}
      <Form.Item label={t('inspection-findings.fields.title')} name="title" rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label={t('inspection-findings.fields.description')} name="description" rules={[{ required: true, whitespace: true, max: 4000 }]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      {adding && (
        <Form.Item label={t('inspection-findings.fields.area')} name="area" rules={[{ required: true }]}>
          <Select options={codes.areas} data-testid="finding-area-select" />
        </Form.Item>
      )}
      <Form.Item
        label={t('inspection-findings.fields.indicatorId')}
        name="indicatorId"
        normalize={(v?: string) => v?.trim().toUpperCase() || null}
        rules={[{ pattern: INDICATOR_ID, message: t('inspection-findings.rules.indicatorId') }]}
      >
        <Input maxLength={9} placeholder="ENR-1" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label={t('inspection-findings.fields.severity')} name="severity" rules={[{ required: true }]}>
        <Select options={codes.severities} style={{ width: 160 }} data-testid="finding-severity-select" />
      </Form.Item>
    </>
  );
}

/** Where a disposed finding went: its rectification item or its accountability record. */
function Disposition({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const label = t(`findingDispositions.${finding.disposition}`);
  if (finding.rectificationItemId)
    return (
      <Link to={`/rectification-items/show/${finding.rectificationItemId}`} data-testid="finding-rectification-link">
        <Tag color="blue">{label}</Tag>
        {t('inspection-findings.rectificationItem', { id: finding.rectificationItemId })}
      </Link>
    );
  if (finding.accountabilityRecordId)
    return (
      <Link to={`/accountability-records/show/${finding.accountabilityRecordId}`} data-testid="finding-accountability-link">
        <Tag color="volcano">{label}</Tag>
        {t('inspection-findings.accountabilityRecord', { id: finding.accountabilityRecordId })}
      </Link>
    );
  return <Tag>{label}</Tag>;
}

/**
 * 发现的问题 of one inspection: the table, and for the inspecting unit the dialogs to record a finding (while the
 * inspection is under way or reported), correct it, and dispose of it — 开具整改 (a rectification item of the
 * finding's unit under a campaign) or 提出问责 (an accountability proposal, the register's own fields). Each
 * disposed finding links to what it opened.
 */
export function InspectionFindings({ inspection, mine }: { inspection: InspectionRecord; mine: boolean }) {
  const { t } = useTranslation();
  const codes = useInspectionCodes();
  const invalidate = useInvalidate();
  const [dialog, setDialog] = useState<Dialog>();
  const [findingForm] = Form.useForm<FindingValues>();
  const [rectificationForm] = Form.useForm<RectificationValues>();
  const [accountabilityForm] = Form.useForm();
  const { result, query } = useList<Finding>({
    resource: FINDINGS,
    filters: [{ field: 'inspectionId', operator: 'eq', value: inspection.id }],
    pagination: { mode: 'off' },
  });
  const { result: campaigns } = useList<RectificationCampaignRecord>({
    resource: 'rectification-campaigns',
    pagination: { currentPage: 1, pageSize: CAMPAIGN_PAGE },
    queryOptions: { enabled: mine && DISPOSING_STATES.includes(inspection.state) },
  });
  const { mutateAsync: create } = useCreate<Finding, ApiError>();
  const { mutateAsync: update } = useUpdate<Finding, ApiError>();
  const { run } = useRecordAction(FINDINGS);
  const rows = result?.data ?? [];
  const recording = mine && RECORDING_STATES.includes(inspection.state);
  const disposing = mine && DISPOSING_STATES.includes(inspection.state);
  const close = () => setDialog(undefined);
  // the inspection's count and its 报告 / 办结 checks follow the findings
  const refresh = () => invalidate({ resource: RESOURCE, id: inspection.id, invalidates: ['detail'] });

  const saveFinding = async (v: FindingValues) => {
    if (dialog?.kind === 'edit') {
      const { title, description, indicatorId, severity } = v;
      await update({
        resource: FINDINGS,
        id: dialog.finding.id,
        values: { title, description, indicatorId: indicatorId ?? null, severity, version: dialog.finding.version },
        successNotification: { type: 'success', message: t('inspection-findings.saved') },
        errorNotification: errorNotificationUnlessStale(t('notifications.saveFailed')),
      });
    } else {
      await create({
        resource: FINDINGS,
        values: { ...v, indicatorId: v.indicatorId ?? undefined, inspectionId: inspection.id },
        successNotification: { type: 'success', message: t('inspection-findings.saved') },
        errorNotification: errorNotificationUnlessStale(t('notifications.saveFailed')),
      });
    }
    close();
    await refresh();
  };

  const dispose = async (finding: Finding, action: 'open-rectification' | 'propose-accountability', values: Record<string, unknown>) => {
    if (await run(finding.id, action, { ...values, version: finding.version })) {
      close();
      await refresh();
    }
  };

  // the campaign under way (the latest started) first, and chosen by default
  const campaignOptions = [...(campaigns?.data ?? [])]
    .sort((a, b) => b.startedOn.localeCompare(a.startedOn) || b.id - a.id)
    .map((c) => ({ value: c.id, label: c.name }));

  return (
    <>
      <Table<Finding>
        dataSource={rows}
        loading={query.isLoading}
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 1000 }}
        data-testid="findings"
        title={
          recording
            ? () => (
                <Button type="primary" onClick={() => setDialog({ kind: 'add' })} data-testid="finding-add">
                  {t('inspection-findings.add')}
                </Button>
              )
            : undefined
        }
      >
        <Table.Column<Finding>
          dataIndex="title"
          title={t('inspection-findings.fields.title')}
          render={(title: string, f) => (
            <Space direction="vertical" size={0}>
              <span>{title}</span>
              <span className="yb-muted">{f.description}</span>
            </Space>
          )}
        />
        <Table.Column<Finding>
          dataIndex="regionCode"
          title={t('inspection-findings.fields.region')}
          width={120}
          render={(code: string, f) => <RegionLabel name={f.regionName} code={code} />}
        />
        <Table.Column<Finding> dataIndex="area" title={t('inspection-findings.fields.area')} width={110} render={(a: string) => t(`inspectionAreas.${a}`)} />
        <Table.Column<Finding> dataIndex="indicatorId" title={t('inspection-findings.fields.indicatorId')} width={90} render={(i: string | null) => i ?? '—'} />
        <Table.Column<Finding>
          dataIndex="severity"
          title={t('inspection-findings.fields.severity')}
          width={80}
          render={(s: string) => <Tag color={s === 'major' ? 'red' : s === 'serious' ? 'orange' : 'default'}>{t(`findingSeverities.${s}`)}</Tag>}
        />
        <Table.Column<Finding>
          dataIndex="disposition"
          title={t('inspection-findings.fields.disposition')}
          width={170}
          render={(_, f) => <Disposition finding={f} />}
        />
        {disposing && (
          <Table.Column<Finding>
            key="actions"
            title={t('table.actions')}
            width={260}
            render={(_, f) =>
              f.disposition === 'none' && (
                <Space size={4} wrap>
                  <Button size="small" onClick={() => setDialog({ kind: 'edit', finding: f })} data-testid="finding-edit">
                    {t('buttons.edit')}
                  </Button>
                  <Button size="small" onClick={() => setDialog({ kind: 'rectification', finding: f })} data-testid="finding-open-rectification">
                    {t('inspection-findings.openRectification.button')}
                  </Button>
                  <Button size="small" onClick={() => setDialog({ kind: 'accountability', finding: f })} data-testid="finding-propose-accountability">
                    {t('inspection-findings.proposeAccountability.button')}
                  </Button>
                </Space>
              )
            }
          />
        )}
      </Table>

      <FormModal<FindingValues>
        open={dialog?.kind === 'add' || dialog?.kind === 'edit'}
        title={t(dialog?.kind === 'edit' ? 'inspection-findings.edit' : 'inspection-findings.add')}
        okText={t('buttons.save')}
        form={findingForm}
        name="finding"
        initialValues={dialog?.kind === 'edit' ? { ...dialog.finding } : { regionCode: inspection.regionCode, area: inspection.areas[0], severity: 'general' }}
        onFinish={saveFinding}
        onCancel={close}
      >
        <FindingFields adding={dialog?.kind !== 'edit'} />
      </FormModal>

      <FormModal<RectificationValues>
        open={dialog?.kind === 'rectification'}
        title={dialog?.kind === 'rectification' ? t('inspection-findings.openRectification.title', { title: dialog.finding.title }) : ''}
        okText={t('inspection-findings.openRectification.button')}
        form={rectificationForm}
        name="rectification"
        initialValues={{ campaignId: campaignOptions[0]?.value }}
        onFinish={(v) => dialog?.kind === 'rectification' && dispose(dialog.finding, 'open-rectification', { ...v, dueOn: v.dueOn ?? undefined })}
        onCancel={close}
      >
        <Form.Item label={t('inspection-findings.openRectification.campaign')} name="campaignId" rules={[{ required: true }]}>
          <Select options={campaignOptions} loading={!campaigns} data-testid="campaign-select" />
        </Form.Item>
        <Form.Item label={t('inspection-findings.openRectification.problemType')} name="problemType" rules={[{ required: true }]}>
          <Select options={codes.problemTypes} showSearch optionFilterProp="label" data-testid="problem-type-select" />
        </Form.Item>
        <Form.Item
          label={t('inspection-findings.openRectification.dueOn')}
          name="dueOn"
          extra={t('inspection-findings.openRectification.dueOnHint')}
          {...dateField}
        >
          <DatePicker data-testid="rectification-due-on" />
        </Form.Item>
      </FormModal>

      <FormModal
        open={dialog?.kind === 'accountability'}
        title={dialog?.kind === 'accountability' ? t('inspection-findings.proposeAccountability.title', { title: dialog.finding.title }) : ''}
        okText={t('inspection-findings.proposeAccountability.button')}
        form={accountabilityForm}
        name="accountability"
        onFinish={(v) => dialog?.kind === 'accountability' && dispose(dialog.finding, 'propose-accountability', v)}
        onCancel={close}
      >
        <ProposalFields form={accountabilityForm} />
      </FormModal>
    </>
  );
}
