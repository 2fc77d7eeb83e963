import { useCan, useCreate, useGetIdentity, useInvalidate, useList } from '@refinedev/core';
import {
  type CostWarningDetectionLine,
  type CostWarningDetectionRecord,
  type CostWarningDetectionSummary,
  type CostWarningRecord,
  type CurrentUser,
  earlyWarningLine,
  type IdentityCategory,
  isWithinRegion,
  type PolicyParametersRecord,
  poolingRegionCodeOf,
  PUSH_DEPARTMENTS,
} from '@yibao/shared';
import { Alert, App, Button, Descriptions, Form, InputNumber, List as AntList, Modal, Table, Tag } from 'antd';
import { RadarChartOutlined } from '@ant-design/icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm, useSubmitOnce } from '../../../components/FormModal';
import { RegionLabel, RegionName } from '../../../components/RegionName';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { formatFen } from '../../../components/money';
import { JobFollow, JobProgress } from '../../../components/jobs/JobProgress';
import type { ApiError } from '../../../providers/http';
import { thisYear } from '../../../components/dates';

export const RESOURCE = 'cost-warnings';
export type { CostWarningRecord };
export const DEPARTMENTS = PUSH_DEPARTMENTS;

/** An open warning past its stage's deadline. */
export function WarningOverdueTag({ dueAt }: { dueAt: string | null }) {
  const { t } = useTranslation();
  return (
    <Tag color="red" style={{ color: '#a8071a' }} data-testid="overdue-tag" title={dueAt ? t('cost-warnings.dueAt', { date: dueAt.slice(0, 10) }) : undefined}>
      {t('cost-warnings.overdue')}
    </Tag>
  );
}

/** `GET /api/cost-warning-detections/:id`: the job and, once succeeded, what the run found. */
type DetectionJob = CostWarningDetectionRecord;
const DETECTIONS = 'cost-warning-detections';

/** A warning line as the dialog and the result show it (S3 §三): the amount and the watched identities, with their basis. */
type WarningLine = Pick<CostWarningDetectionLine, 'poolingRegionCode' | 'thresholdFen' | 'thresholdSource' | 'categories' | 'categoriesSource'> &
  Partial<Pick<CostWarningDetectionLine, 'poolingRegionName' | 'found' | 'notWatched'>>;

/** The lines per pooling region; with the counts once a run has used them. */
function WarningLines({ lines, testId }: { lines: WarningLine[]; testId: string }) {
  const { t } = useTranslation();
  const counted = lines.some((l) => l.found !== undefined);
  return (
    <Table<WarningLine>
      size="small"
      rowKey="poolingRegionCode"
      pagination={false}
      dataSource={lines}
      data-testid={testId}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('cost-warnings.detect.pooling'),
          key: 'pooling',
          render: (_: unknown, l: WarningLine) =>
            l.poolingRegionName ? <RegionLabel name={l.poolingRegionName} code={l.poolingRegionCode} /> : <RegionName code={l.poolingRegionCode} />,
        },
        { title: t('cost-warnings.detect.line'), dataIndex: 'thresholdFen', align: 'right', render: (fen: number) => `${formatFen(fen)}` },
        {
          title: t('cost-warnings.detect.watched'),
          dataIndex: 'categories',
          render: (codes: IdentityCategory[]) =>
            codes.length ? (
              codes.map((c) => t(`identityCategories.${c}`)).join('、')
            ) : (
              <span className="yb-muted">{t('cost-warnings.detect.nobodyWatched')}</span>
            ),
        },
        {
          title: t('cost-warnings.detect.source'),
          key: 'source',
          render: (_: unknown, l: WarningLine) => (
            <span className="yb-muted">{l.thresholdSource === l.categoriesSource ? l.thresholdSource : `${l.thresholdSource}；${l.categoriesSource}`}</span>
          ),
        },
        ...(counted
          ? [
              { title: t('cost-warnings.detect.lineFound'), dataIndex: 'found', align: 'right' as const },
              { title: t('cost-warnings.detect.notWatched'), dataIndex: 'notWatched', align: 'right' as const },
            ]
          : []),
      ]}
    />
  );
}

/**
 * Before a run: the lines in force for the chosen year in the chosen region (or the user's), from the approved
 * policy parameters the detection will read — so the user knows who is watched before the result says 0.
 */
function LinesInForce({ year, regionCode }: { year?: number; regionCode?: string }) {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const target = regionCode || me?.regionCode;
  const { result } = useList<PolicyParametersRecord>({
    resource: 'policy-parameters',
    filters: [{ field: 'year', operator: 'eq', value: year }],
    pagination: { currentPage: 1, pageSize: 100 },
    queryOptions: { enabled: Boolean(year && target) },
  });
  if (!year || !target || !result?.data) return null;
  const pooling = poolingRegionCodeOf(target);
  const lines: WarningLine[] = result.data
    .filter((p) => p.approved && (pooling ? p.regionCode === pooling : isWithinRegion(p.regionCode, target)))
    .map((p) => ({ poolingRegionCode: p.regionCode, ...earlyWarningLine(p.approved!) }));
  return (
    <div style={{ marginBottom: 12 }}>
      <div style={{ marginBottom: 4 }}>{t('cost-warnings.detect.linesTitle', { year })}</div>
      {lines.length ? (
        <WarningLines lines={lines} testId="detect-lines" />
      ) : (
        <Alert type="warning" showIcon message={t('cost-warnings.detect.noLines')} data-testid="detect-no-lines" />
      )}
    </div>
  );
}

/** What a finished detection did: found, created, updated, unchanged, and the pooling regions left out. */
function DetectionSummary({ result }: { result: CostWarningDetectionSummary }) {
  const { t } = useTranslation();
  const notWatched = result.lines.reduce((n, l) => n + l.notWatched, 0);
  return (
    <div data-testid="detect-result">
      <Alert type="success" showIcon style={{ marginBottom: 12 }} message={t('cost-warnings.detect.done', { year: result.year, found: result.found })} />
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('cost-warnings.detect.found')}>{result.found}</Descriptions.Item>
        <Descriptions.Item label={t('cost-warnings.detect.created')}>{result.created}</Descriptions.Item>
        <Descriptions.Item label={t('cost-warnings.detect.updated')}>{result.updated}</Descriptions.Item>
        <Descriptions.Item label={t('cost-warnings.detect.unchanged')}>{result.unchanged}</Descriptions.Item>
      </Descriptions>
      {result.lines.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <div style={{ marginBottom: 4 }}>{t('cost-warnings.detect.linesTitle', { year: result.year })}</div>
          <WarningLines lines={result.lines} testId="detect-result-lines" />
        </div>
      )}
      {notWatched > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          message={t('cost-warnings.detect.notWatchedNote', { count: notWatched })}
          data-testid="detect-not-watched"
        />
      )}
      {result.skipped.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          message={t('cost-warnings.detect.skipped', { count: result.skipped.length })}
          description={
            <AntList size="small" dataSource={result.skipped} renderItem={(s) => <AntList.Item>{`${s.poolingRegionCode}：${s.reason}`}</AntList.Item>} />
          }
        />
      )}
    </div>
  );
}

/** A started detection as it goes: its progress in pooling regions, then its summary (or why it failed). */
function DetectionRun({ job }: { job: DetectionJob }) {
  const { t } = useTranslation();
  if (job.status === 'succeeded' && job.result) return <DetectionSummary result={job.result} />;
  if (job.status === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="detect-failed"
        message={t('cost-warnings.detect.failed')}
        description={`${job.message ?? ''} ${t('cost-warnings.detect.failedHint', { id: job.id })}`}
      />
    );
  }
  return (
    <JobProgress
      job={job}
      label={t('cost-warnings.detect.progress')}
      caption={job.total !== null ? t('cost-warnings.detect.units', { processed: job.processed, total: job.total }) : t('cost-warnings.detect.starting')}
      testId="detect-progress"
    />
  );
}

/**
 * 运行预警检测 (`POST /api/cost-warning-detections {year, regionCode?}` → 202 with the job) for those who may
 * start one: the year (and optionally a region below the user's); the dialog then follows the job to its end
 * and shows what the run found, created, updated, left. Closing it early leaves the job running.
 */
export function DetectButton() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const invalidate = useInvalidate();
  const { data: can } = useCan({ resource: DETECTIONS, action: 'create' });
  const [open, setOpen] = useState(false);
  const [jobId, setJobId] = useState<number>();
  const [done, setDone] = useState(false);
  const [form] = Form.useForm<{ year: number; regionCode?: string }>();
  const year = Form.useWatch('year', form);
  const regionCode = Form.useWatch('regionCode', form);
  const { mutateAsync, mutation } = useCreate<DetectionJob, ApiError>();
  const onDone = useCallback(() => {
    setDone(true);
    void invalidate({ resource: RESOURCE, invalidates: ['list'] });
  }, [invalidate]);
  const { busy, submitOnce } = useSubmitOnce();
  if (!can?.can) return null;
  /** one run per confirm: a double click or Enter while the request runs starts nothing more */
  const startDetection = async (v: { year: number; regionCode?: string }) => {
    try {
      const { data } = await mutateAsync({
        resource: DETECTIONS,
        values: { year: v.year, regionCode: v.regionCode || undefined },
        successNotification: false,
        errorNotification: false,
      });
      setJobId(data.id);
    } catch (e) {
      const error = e as ApiError;
      notification.error({ key: 'detect-failed', message: t('cost-warnings.detect.failed'), description: error.message });
    }
  };
  const close = () => {
    setOpen(false);
    setJobId(undefined);
    setDone(false);
  };
  return (
    <>
      <Button icon={<RadarChartOutlined />} onClick={() => setOpen(true)} data-testid="detect-open">
        {t('cost-warnings.detect.button')}
      </Button>
      <Modal
        open={open}
        title={t('cost-warnings.detect.title')}
        okText={jobId ? t('buttons.confirm') : t('cost-warnings.detect.run')}
        cancelText={t('buttons.cancel')}
        confirmLoading={busy || mutation.isPending || (jobId !== undefined && !done)}
        okButtonProps={{ ...{ 'data-testid': 'detect-run' } }}
        onCancel={close}
        onOk={() => (jobId ? close() : submitOnce(async () => startDetection(await form.validateFields())))}
        destroyOnHidden
      >
        <JobFollow<DetectionJob>
          resource={DETECTIONS}
          jobId={jobId}
          onFinished={onDone}
          loading={null}
          start={
            <ModalForm<{ year: number; regionCode?: string }>
              form={form}
              initialValues={{ year: thisYear() }}
              onFinish={(v) => submitOnce(() => startDetection(v))}
            >
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                message={t('cost-warnings.detect.hint')}
                description={<span data-testid="detect-watch-hint">{t('cost-warnings.detect.watchHint')}</span>}
              />
              <LinesInForce year={year} regionCode={regionCode} />
              <Form.Item label={t('cost-warnings.fields.year')} name="year" rules={[{ required: true, message: t('cost-warnings.rules.year') }]}>
                <InputNumber min={2019} max={2100} precision={0} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item label={t('cost-warnings.fields.region')} name="regionCode" extra={t('cost-warnings.detect.regionHint')}>
                <RegionTreeSelect placeholder={t('cost-warnings.detect.ownRegion')} style={{ width: 260 }} />
              </Form.Item>
            </ModalForm>
          }
        >
          {(job) => <DetectionRun job={job} />}
        </JobFollow>
      </Modal>
    </>
  );
}
