import { SearchOutlined } from '@ant-design/icons';
import type { BackgroundJobRecord, OverProtectionScreeningSummary } from '@yibao/shared';
import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { thisYear } from '../../../components/dates';
import type { BackgroundJobKind } from '../../../components/jobs/BackgroundJobPages';
import { JobStartButton } from '../../../components/jobs/JobStartButton';
import { useCampaigns } from '../components/campaigns';

export const RESOURCE = 'over-protection-screenings';

/** `GET /api/over-protection-screenings/:id`: the run, its parameters and, once succeeded, what it filed. */
export type ScreeningJob = BackgroundJobRecord<OverProtectionScreeningSummary, { regionCode?: string; year?: number; campaignId?: number }>;

/** Its words (`over-protection-screenings.*`) and test ids (`screening-*`); the grouped pass, then one unit per county. */
export const SCREENING_KIND: BackgroundJobKind = { i18nPrefix: 'over-protection-screenings', testId: 'screening' };

interface StartValues {
  regionCode: string;
  year: number;
  campaignId: number;
}

/**
 * 开始筛查 (`POST /api/over-protection-screenings {regionCode, year, campaignId}` → 202 with the job) for those who
 * may start one (province, city): the region (the user's own by default), the year and the campaign new items are
 * filed under; then the run's page, which follows it to its summary.
 */
export function ScreeningButton({ primary }: { primary?: boolean }) {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  return (
    <JobStartButton<StartValues>
      resource={RESOURCE}
      i18nPrefix="over-protection-screenings"
      name="screening"
      icon={<SearchOutlined />}
      fields={['regionCode', 'year', 'campaignId']}
      initialValues={(me) => ({ year: thisYear(), regionCode: me.regionCode, campaignId: campaigns[0]?.id })}
      primary={primary}
    >
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
    </JobStartButton>
  );
}
