import { SyncOutlined } from '@ant-design/icons';
import { useCan, useCreate, useGetIdentity } from '@refinedev/core';
import type { BackgroundJobRecord, CurrentUser, SettlementRecomputeSummary } from '@yibao/shared';
import { Alert, Button, Form, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { JobProgress, JobStatusTag, isFinished } from '../../../components/jobs/JobProgress';
import { placeServerErrors } from '../../../components/serverErrors';
import type { ApiError } from '../../../providers/http';
import { thisYear } from '../../../components/dates';

export const RESOURCE = 'settlement-recomputes';

/** `GET /api/settlement-recomputes/:id`: the job, its parameters and, once succeeded, the summary. */
export type RecomputeJob = BackgroundJobRecord<SettlementRecomputeSummary, { regionCode?: string; year?: number }>;

export { isFinished };

export function RecomputeStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <JobStatusTag status={status} label={t(`settlement-recomputes.statuses.${status}`, { defaultValue: status })} testId="recompute-status" />;
}

/**
 * Settlements recomputed / settlements of the year. The runner counts them first (the total is null until
 * then), so a queued job or a running one still counting shows a running bar without a figure.
 */
export function RecomputeProgress({ job, size }: { job: RecomputeJob; size?: 'default' | 'small' }) {
  const { t } = useTranslation();
  return (
    <JobProgress
      job={job}
      size={size}
      label={t('settlement-recomputes.progress')}
      caption={
        job.total !== null
          ? t('settlement-recomputes.units', { processed: job.processed, total: job.total })
          : job.status === 'queued'
            ? t('settlement-recomputes.queued')
            : t('settlement-recomputes.counting')
      }
      testId="recompute-progress"
    />
  );
}

interface StartValues {
  year: number;
  regionCode: string;
}

const FIELDS = ['year', 'regionCode'];

/**
 * 重算 (`POST /api/settlement-recomputes {year, regionCode}` → 202 with the job) for those who may start one
 * (the city): the year (this year by default) and the region (the user's own by default, any in scope),
 * then the job's page, which follows it to the end. Field errors of a 400 go under their fields.
 */
export function RecomputeButton({ year, regionCode, primary }: { year?: number; regionCode?: string; primary?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { data: can } = useCan({ resource: RESOURCE, action: 'create' });
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [form] = Form.useForm<StartValues>();
  const { mutateAsync, mutation } = useCreate<RecomputeJob, ApiError>();
  if (!can?.can || !me) return null;

  const start = async (v: StartValues) => {
    setProblems([]);
    try {
      const { data } = await mutateAsync({
        resource: RESOURCE,
        values: { year: v.year, regionCode: v.regionCode },
        successNotification: { type: 'success', message: t('settlement-recomputes.start.started') },
        // field errors are shown under the fields; anything else as a notification
        errorNotification: (error) =>
          error?.errors ? false : { type: 'error', message: t('settlement-recomputes.start.failed'), description: error?.message },
      });
      setOpen(false);
      navigate(`/${RESOURCE}/show/${data.id}`);
    } catch (e) {
      const error = e as ApiError;
      if (error.errors) setProblems(placeServerErrors(form, error.errors, (path) => (FIELDS.includes(path) ? [path] : null)));
    }
  };

  return (
    <>
      <Button
        type={primary ? 'primary' : 'default'}
        icon={<SyncOutlined />}
        onClick={() => {
          setProblems([]);
          setOpen(true);
        }}
        data-testid="recompute-open"
      >
        {t('settlement-recomputes.start.button')}
      </Button>
      <FormModal<StartValues>
        open={open}
        name="recompute"
        title={t('settlement-recomputes.start.title')}
        okText={t('settlement-recomputes.start.ok')}
        loading={mutation.isPending}
        form={form}
        initialValues={{ year: year ?? thisYear(), regionCode: regionCode ?? me.regionCode }}
        onFinish={start}
        onCancel={() => setOpen(false)}
      >
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('settlement-recomputes.start.intro')} />
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('settlement-recomputes.start.failed')}
            description={problems.join('；')}
            data-testid="recompute-problems"
          />
        )}
        <Form.Item label={t('settlement-recomputes.fields.year')} name="year" rules={[{ required: true, message: t('settlement-recomputes.rules.year') }]}>
          <InputNumber min={2019} max={2100} precision={0} style={{ width: 140 }} data-testid="recompute-year" />
        </Form.Item>
        <Form.Item
          label={t('settlement-recomputes.fields.region')}
          name="regionCode"
          extra={t('settlement-recomputes.start.regionHint')}
          rules={[{ required: true, message: t('settlement-recomputes.rules.region') }]}
        >
          <RegionTreeSelect allowClear={false} style={{ width: 260 }} />
        </Form.Item>
      </FormModal>
    </>
  );
}

/**
 * On an approved parameter set, for those who may start a recompute: the settlements of the year were
 * computed with the parameters in force when they were recorded, so offer to run them again now.
 */
export function RecomputeHint({ year, regionCode }: { year: number; regionCode: string }) {
  const { t } = useTranslation();
  const { data: can } = useCan({ resource: RESOURCE, action: 'create' });
  if (!can?.can) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="recompute-hint"
      message={t('settlement-recomputes.parametersHint')}
      action={<RecomputeButton year={year} regionCode={regionCode} primary />}
    />
  );
}
