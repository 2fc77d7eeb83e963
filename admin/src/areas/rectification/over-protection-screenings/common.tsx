import { SearchOutlined } from '@ant-design/icons';
import { useCan, useCreate, useGetIdentity } from '@refinedev/core';
import type { BackgroundJobRecord, CurrentUser, OverProtectionScreeningSummary } from '@yibao/shared';
import { Alert, Button, Form, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { thisYear } from '../../../components/dates';
import { JobProgress, JobStatusTag } from '../../../components/jobs/JobProgress';
import { placeServerErrors } from '../../../components/serverErrors';
import type { ApiError } from '../../../providers/http';
import { useCampaigns } from '../components/campaigns';

export const RESOURCE = 'over-protection-screenings';

/** `GET /api/over-protection-screenings/:id`: the run, its parameters and, once succeeded, what it filed. */
export type ScreeningJob = BackgroundJobRecord<OverProtectionScreeningSummary, { regionCode?: string; year?: number; campaignId?: number }>;

export function ScreeningStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <JobStatusTag status={status} label={t(`over-protection-screenings.statuses.${status}`, { defaultValue: status })} testId="screening-status" />;
}

/** The grouped pass over the year's flagged settlements, then one unit per county. */
export function ScreeningProgress({ job, size }: { job: ScreeningJob; size?: 'default' | 'small' }) {
  const { t } = useTranslation();
  return (
    <JobProgress
      job={job}
      size={size}
      label={t('over-protection-screenings.progress')}
      caption={
        job.total !== null
          ? t('over-protection-screenings.units', { processed: job.processed, total: job.total })
          : t(job.status === 'queued' ? 'over-protection-screenings.queued' : 'over-protection-screenings.counting')
      }
      testId="screening-progress"
    />
  );
}

interface StartValues {
  regionCode: string;
  year: number;
  campaignId: number;
}

const FIELDS = ['regionCode', 'year', 'campaignId'];

/**
 * 开始筛查 (`POST /api/over-protection-screenings {regionCode, year, campaignId}` → 202 with the job) for those who
 * may start one (province, city): the region (the user's own by default), the year and the campaign new items are
 * filed under; then the run's page, which follows it to its summary. Field errors of a 400 go under their fields.
 */
export function ScreeningButton({ primary }: { primary?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const campaigns = useCampaigns();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { data: can } = useCan({ resource: RESOURCE, action: 'create' });
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [form] = Form.useForm<StartValues>();
  const { mutateAsync, mutation } = useCreate<ScreeningJob, ApiError>();
  if (!can?.can || !me) return null;

  const start = async (v: StartValues) => {
    setProblems([]);
    try {
      const { data } = await mutateAsync({
        resource: RESOURCE,
        values: { regionCode: v.regionCode, year: v.year, campaignId: v.campaignId },
        successNotification: { type: 'success', message: t('over-protection-screenings.start.started') },
        errorNotification: (error) =>
          error?.errors ? false : { type: 'error', message: t('over-protection-screenings.start.failed'), description: error?.message },
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
        icon={<SearchOutlined />}
        onClick={() => {
          setProblems([]);
          setOpen(true);
        }}
        data-testid="screening-open"
      >
        {t('over-protection-screenings.start.button')}
      </Button>
      <FormModal<StartValues>
        open={open}
        name="screening"
        title={t('over-protection-screenings.start.title')}
        okText={t('over-protection-screenings.start.ok')}
        loading={mutation.isPending}
        form={form}
        initialValues={{ year: thisYear(), regionCode: me.regionCode, campaignId: campaigns[0]?.id }}
        onFinish={start}
        onCancel={() => setOpen(false)}
      >
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('over-protection-screenings.start.intro')} />
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('over-protection-screenings.start.failed')}
            description={problems.join('；')}
            data-testid="screening-problems"
          />
        )}
        <Form.Item
          label={t('over-protection-screenings.fields.region')}
          name="regionCode"
          rules={[{ required: true, message: t('over-protection-screenings.rules.region') }]}
        >
          <RegionTreeSelect allowClear={false} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item
          label={t('over-protection-screenings.fields.year')}
          name="year"
          rules={[{ required: true, message: t('over-protection-screenings.rules.year') }]}
        >
          <InputNumber min={2019} max={2100} precision={0} style={{ width: 140 }} data-testid="screening-year" />
        </Form.Item>
        <Form.Item
          label={t('over-protection-screenings.fields.campaign')}
          name="campaignId"
          extra={t('over-protection-screenings.start.campaignHint')}
          rules={[{ required: true, message: t('over-protection-screenings.rules.campaign') }]}
        >
          <Select
            style={{ width: 320 }}
            options={campaigns.map((c) => ({ value: c.id, label: `${c.name}（${c.documentNo}）` }))}
            data-testid="screening-campaign"
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
