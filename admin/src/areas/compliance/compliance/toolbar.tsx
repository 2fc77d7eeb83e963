import { CameraOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useCan, useCreate, useInvalidate } from '@refinedev/core';
import type { BackgroundJobRecord, ComplianceSnapshotRecord } from '@yibao/shared';
import { Alert, App, Button, Modal, Popconfirm } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmitOnce } from '../../../components/FormModal';
import { JobFollow, JobProgress } from '../../../components/jobs/JobProgress';
import type { ApiError } from '../../../providers/http';
import { useInvalidateCompliance } from '../components/api';
import { usePeriodLabel } from '../components/periods';

const RUNS = 'compliance-runs';
const SNAPSHOTS = 'compliance-snapshots';

/** `GET /api/compliance-runs/:id`: a run of one region and period (its summary is the API's; the page reads the job's fields). */
export type ComplianceRunJob = BackgroundJobRecord<Record<string, unknown>, { regionCode?: string; period?: string }>;

/** The run as it goes: progress over the units (counties), then done or failed. */
function RunProgress({ job }: { job: ComplianceRunJob }) {
  const { t } = useTranslation();
  if (job.status === 'failed') {
    return <Alert type="error" showIcon data-testid="compliance-run-failed" message={t('compliance-runs.failed')} description={job.message ?? undefined} />;
  }
  if (job.status === 'succeeded') return <Alert type="success" showIcon data-testid="compliance-run-done" message={t('compliance-runs.done')} />;
  return (
    <JobProgress
      job={job}
      label={t('compliance-runs.progress')}
      caption={job.total !== null ? t('compliance-runs.units', { processed: job.processed, total: job.total }) : t('compliance-runs.starting')}
      testId="compliance-run-progress"
    />
  );
}

/**
 * 立即计算 (`POST /api/compliance-runs {regionCode, period}` → 202 with the job) for those who may start one: the
 * shown region and period; the dialog follows the job to its end, then the scorecard reads the new figures. Closing
 * it early leaves the job running (the nightly run keeps the current month fresh without anyone).
 */
export function RunButton({ regionCode, period }: { regionCode: string; period: string }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { notification } = App.useApp();
  const refresh = useInvalidateCompliance();
  const invalidate = useInvalidate();
  const { data: can } = useCan({ resource: RUNS, action: 'create' });
  const [open, setOpen] = useState(false);
  const [jobId, setJobId] = useState<number>();
  const [done, setDone] = useState(false);
  const { mutateAsync, mutation } = useCreate<ComplianceRunJob, ApiError>();
  const { busy, submitOnce } = useSubmitOnce();
  const onDone = useCallback(() => {
    setDone(true);
    void refresh();
    void invalidate({ resource: RUNS, invalidates: ['list'] });
  }, [refresh, invalidate]);
  if (!can?.can) return null;
  const start = async () => {
    try {
      const { data } = await mutateAsync({ resource: RUNS, values: { regionCode, period }, successNotification: false, errorNotification: false });
      setJobId(data.id);
    } catch (e) {
      notification.error({ key: 'compliance-run-failed', message: t('compliance-runs.startFailed'), description: (e as ApiError).message });
    }
  };
  const close = () => {
    setOpen(false);
    setJobId(undefined);
    setDone(false);
  };
  return (
    <>
      <Button icon={<PlayCircleOutlined />} onClick={() => setOpen(true)} data-testid="compliance-run-open">
        {t('compliance-runs.button')}
      </Button>
      <Modal
        open={open}
        title={t('compliance-runs.title')}
        okText={jobId ? t('buttons.confirm') : t('compliance-runs.ok')}
        cancelText={t('buttons.cancel')}
        confirmLoading={busy || mutation.isPending || (jobId !== undefined && !done)}
        okButtonProps={{ ...{ 'data-testid': 'compliance-run-ok' } }}
        onCancel={close}
        onOk={() => (jobId ? close() : submitOnce(start))}
        destroyOnHidden
      >
        <JobFollow<ComplianceRunJob>
          resource={RUNS}
          jobId={jobId}
          onFinished={onDone}
          loading={null}
          start={<Alert type="info" showIcon message={t('compliance-runs.intro', { period: periodLabel(period) })} description={t('compliance-runs.hint')} />}
        >
          {(job) => <RunProgress job={job} />}
        </JobFollow>
      </Modal>
    </>
  );
}

/**
 * 冻结本期 (`POST /api/compliance-snapshots {regionCode, period}`): the province freezes the period's results (a
 * SHA-256 over them, who and when); later runs keep the frozen figures and mark what moved. Once frozen, the
 * button gives way to the snapshot's mark.
 */
export function FreezeButton({ regionCode, period, computed }: { regionCode: string; period: string; computed: boolean }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const refresh = useInvalidateCompliance();
  const { data: can } = useCan({ resource: SNAPSHOTS, action: 'create' });
  const { mutateAsync, mutation } = useCreate<ComplianceSnapshotRecord, ApiError>();
  if (!can?.can) return null;
  return (
    <Popconfirm
      title={t('compliance-snapshots.freeze.title', { period: periodLabel(period) })}
      description={<div style={{ maxWidth: 320 }}>{t('compliance-snapshots.freeze.confirm')}</div>}
      okText={t('compliance-snapshots.freeze.ok')}
      cancelText={t('buttons.cancel')}
      disabled={!computed}
      onConfirm={async () => {
        try {
          await mutateAsync({
            resource: SNAPSHOTS,
            values: { regionCode, period },
            successNotification: (d) => ({ type: 'success', message: t('compliance-snapshots.freeze.done', { id: d?.data.id }) }),
            errorNotification: (e) => ({ type: 'error', message: t('compliance-snapshots.freeze.failed'), description: e?.message }),
          });
          void refresh();
        } catch {
          // announced by the error notification
        }
      }}
    >
      <Button icon={<CameraOutlined />} loading={mutation.isPending} disabled={!computed} data-testid="compliance-freeze">
        {t('compliance-snapshots.freeze.button')}
      </Button>
    </Popconfirm>
  );
}
