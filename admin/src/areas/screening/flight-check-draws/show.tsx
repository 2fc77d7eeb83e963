import { FileExcelOutlined, FileTextOutlined, SafetyCertificateOutlined, ScheduleOutlined } from '@ant-design/icons';
import { Show } from '@refinedev/antd';
import { useCan } from '@refinedev/core';
import type { DrawnInspector, DrawnInstitution, FlightCheckDrawRecord, FlightCheckDrawVerification } from '@yibao/shared';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackIcon } from '../../../components/BackIcon';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { FileDownloadButton } from '../../../components/DownloadButton';
import { FormModal } from '../../../components/FormModal';
import { RegionLabel, RegionName } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { dateField, notBefore } from '../../../components/dates';
import { useRecordAction } from '../../../hooks/useRecordAction';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { type ApiError, apiFetch } from '../../../providers/http';
import { RESOURCE, WeightingTag } from './common';

interface PlanValues {
  plannedFrom: string;
  plannedTo: string;
  noticeNo?: string;
}

/** The re-run's answer: pool and result unchanged, or what differs. */
function VerificationResult({ v }: { v: FlightCheckDrawVerification }) {
  const { t } = useTranslation();
  const ok = v.hashMatches && v.resultMatches;
  const lines = [
    t(v.hashMatches ? 'flight-check-draws.verify.hashSame' : 'flight-check-draws.verify.hashChanged', { hash: v.currentHash }),
    t(v.resultMatches ? 'flight-check-draws.verify.resultSame' : 'flight-check-draws.verify.resultChanged'),
    ...(v.refusal
      ? [t('flight-check-draws.verify.refused', { field: t(`flight-check-draws.fields.${v.refusal.field}`), available: v.refusal.available })]
      : []),
  ];
  return (
    <Alert
      type={ok ? 'success' : 'warning'}
      showIcon
      data-testid="draw-verification"
      message={t(ok ? 'flight-check-draws.verify.ok' : 'flight-check-draws.verify.differs', { at: v.checkedAt.slice(0, 19).replace('T', ' ') })}
      description={
        <Space direction="vertical" size={2}>
          {lines.map((l) => (
            <span key={l}>{l}</span>
          ))}
        </Space>
      }
    />
  );
}

/**
 * 双随机抽查 (公开): the drawn institutions with their weights and the inspectors, the seed and the candidate hash to re-run
 * it, the re-run check, the flight checks planned from it, and the public list as CSV or XLSX.
 */
export default function FlightCheckDrawShow() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const { query, record: r, notFound } = useRecordShow<FlightCheckDrawRecord>();
  const { data: canCreate } = useCan({ resource: RESOURCE, action: 'create' });
  const { run, running } = useRecordAction(RESOURCE);
  const [verification, setVerification] = useState<FlightCheckDrawVerification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [planning, setPlanning] = useState(false);
  const [form] = Form.useForm<PlanValues>();
  if (notFound) return <StatusPage status={404} />;

  const verify = async () => {
    if (!r) return;
    setVerifying(true);
    try {
      setVerification((await apiFetch<FlightCheckDrawVerification>(`/${RESOURCE}/${r.id}/verify`)).data);
    } catch (e) {
      notification.error({ key: 'draw-verify', message: t('flight-check-draws.verify.failed'), description: (e as ApiError).message });
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Show
      goBack={<BackIcon />}
      isLoading={query.isLoading}
      title={r ? t('flight-check-draws.titles.record', { id: r.id }) : undefined}
      canDelete={false}
      canEdit={false}
      headerButtons={
        r && (
          <Space wrap>
            <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={verify} data-testid="verify-draw">
              {t('flight-check-draws.buttons.verify')}
            </Button>
            {canCreate?.can && r.inspectionIds.length === 0 && (
              <Button type="primary" icon={<ScheduleOutlined />} onClick={() => setPlanning(true)} data-testid="create-inspections">
                {t('flight-check-draws.buttons.createInspections')}
              </Button>
            )}
            <FileDownloadButton
              path={`/${RESOURCE}/${r.id}/export?format=xlsx`}
              fallbackName={`flight-check-draw-${r.id}.xlsx`}
              label={t('flight-check-draws.buttons.exportXlsx')}
              icon={<FileExcelOutlined />}
              testId="export-draw-xlsx"
            />
            <FileDownloadButton
              path={`/${RESOURCE}/${r.id}/export?format=csv`}
              fallbackName={`flight-check-draw-${r.id}.csv`}
              label={t('flight-check-draws.buttons.exportCsv')}
              icon={<FileTextOutlined />}
              testId="export-draw-csv"
            />
          </Space>
        )
      }
    >
      {r && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <DetailDescriptions>
            <Descriptions.Item label={t('flight-check-draws.fields.region')}>
              <RegionLabel name={r.regionName} code={r.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('flight-check-draws.fields.weighting')}>
              <WeightingTag weighting={r.weighting} />
            </Descriptions.Item>
            <Descriptions.Item label={t('flight-check-draws.fields.institutionCount')}>
              {t('flight-check-draws.counts.institutions', { drawn: r.institutionCount, candidates: r.institutionCandidates })}
            </Descriptions.Item>
            <Descriptions.Item label={t('flight-check-draws.fields.inspectorCount')}>
              {t('flight-check-draws.counts.inspectors', { drawn: r.inspectorCount, candidates: r.inspectorCandidates, eligible: r.eligibleInspectors })}
            </Descriptions.Item>
            <Descriptions.Item label={t('flight-check-draws.fields.seed')} span={2}>
              <Typography.Text className="yb-mono" copyable data-testid="draw-seed">
                {r.seed}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('flight-check-draws.fields.candidateHash')} span={2}>
              <Typography.Text className="yb-mono" copyable data-testid="draw-hash">
                {r.candidateHash}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('flight-check-draws.fields.drawnAt')}>{`${r.drawnAt.slice(0, 19).replace('T', ' ')} ${r.drawnBy}`}</Descriptions.Item>
            <Descriptions.Item label={t('flight-check-draws.fields.inspections')}>
              {r.inspectionIds.length ? (
                <Space wrap data-testid="draw-inspections">
                  {r.inspectionIds.map((id) => (
                    <Link key={id} to={`/inspections/show/${id}`}>
                      {t('flight-check-draws.inspectionLink', { id })}
                    </Link>
                  ))}
                </Space>
              ) : (
                <span className="yb-muted">{t('flight-check-draws.noInspections')}</span>
              )}
            </Descriptions.Item>
          </DetailDescriptions>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('flight-check-draws.hints.publication')}
          </Typography.Paragraph>
          {verification && <VerificationResult v={verification} />}
          <Card size="small" title={t('flight-check-draws.fields.institutions')}>
            <Table<DrawnInstitution> dataSource={r.institutions} rowKey="code" size="small" pagination={false} data-testid="drawn-institutions">
              <Table.Column<DrawnInstitution> key="n" title={t('flight-check-draws.fields.order')} width={70} render={(_, __, i) => i + 1} />
              <Table.Column<DrawnInstitution>
                dataIndex="code"
                title={t('flight-check-draws.fields.code')}
                width={150}
                render={(c: string) => <span className="yb-mono">{c}</span>}
              />
              <Table.Column<DrawnInstitution> dataIndex="name" title={t('flight-check-draws.fields.name')} />
              <Table.Column<DrawnInstitution>
                dataIndex="regionCode"
                title={t('flight-check-draws.fields.county')}
                width={130}
                render={(c: string) => <RegionName code={c} />}
              />
              <Table.Column<DrawnInstitution> dataIndex="weight" title={t('flight-check-draws.fields.weight')} width={140} align="right" />
            </Table>
          </Card>
          <Card size="small" title={t('flight-check-draws.fields.inspectors')}>
            <Table<DrawnInspector> dataSource={r.inspectors} rowKey="userId" size="small" pagination={false} data-testid="drawn-inspectors">
              <Table.Column<DrawnInspector> key="n" title={t('flight-check-draws.fields.order')} width={70} render={(_, __, i) => i + 1} />
              <Table.Column<DrawnInspector> dataIndex="displayName" title={t('flight-check-draws.fields.inspector')} />
              <Table.Column<DrawnInspector>
                dataIndex="regionCode"
                title={t('flight-check-draws.fields.unit')}
                width={160}
                render={(c: string) => <RegionName code={c} />}
              />
            </Table>
          </Card>
          <FormModal<PlanValues>
            open={planning}
            title={t('flight-check-draws.buttons.createInspections')}
            okText={t('flight-check-draws.buttons.createInspections')}
            loading={running}
            form={form}
            okTestId="create-inspections-ok"
            onCancel={() => setPlanning(false)}
            onFinish={async (values) => {
              if (await run(r.id, 'inspections', { ...values })) setPlanning(false);
            }}
          >
            <Typography.Paragraph type="secondary">{t('flight-check-draws.hints.inspections')}</Typography.Paragraph>
            <Form.Item label={t('flight-check-draws.fields.plannedFrom')} name="plannedFrom" rules={[{ required: true }]} {...dateField}>
              <DatePicker data-testid="planned-from" />
            </Form.Item>
            <Form.Item
              label={t('flight-check-draws.fields.plannedTo')}
              name="plannedTo"
              dependencies={['plannedFrom']}
              {...dateField}
              rules={[{ required: true }, notBefore('plannedFrom', t('flight-check-draws.rules.plannedTo'))]}
            >
              <DatePicker data-testid="planned-to" />
            </Form.Item>
            <Form.Item label={t('flight-check-draws.fields.noticeNo')} name="noticeNo" rules={[{ max: 64 }]} normalize={(v?: string) => v || undefined}>
              <Input maxLength={64} />
            </Form.Item>
          </FormModal>
        </Space>
      )}
    </Show>
  );
}
