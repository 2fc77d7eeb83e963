import { SyncOutlined } from '@ant-design/icons';
import { useCan } from '@refinedev/core';
import type { BackgroundJobRecord, SettlementRecomputeSummary } from '@yibao/shared';
import { Alert, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import type { BackgroundJobKind } from '../../../components/jobs/BackgroundJobPages';
import { isFinished } from '../../../components/jobs/JobProgress';
import { JobStartButton } from '../../../components/jobs/JobStartButton';
import { thisYear } from '../../../components/dates';

export const RESOURCE = 'settlement-recomputes';

/** `GET /api/settlement-recomputes/:id`: the job, its parameters and, once succeeded, the summary. */
export type RecomputeJob = BackgroundJobRecord<SettlementRecomputeSummary, { regionCode?: string; year?: number }>;

export { isFinished };

/**
 * Its words (`settlement-recomputes.*`) and test ids (`recompute-*`): settlements recomputed / settlements of the
 * year, counted first (the total is null until then).
 */
export const RECOMPUTE_KIND: BackgroundJobKind = { i18nPrefix: 'settlement-recomputes', testId: 'recompute' };

interface StartValues {
  year: number;
  regionCode: string;
}

/**
 * 重算 (`POST /api/settlement-recomputes {year, regionCode}` → 202 with the job) for those who may start one
 * (the city): the year (this year by default) and the region (the user's own by default, any in scope),
 * then the job's page, which follows it to the end.
 */
export function RecomputeButton({ year, regionCode, primary }: { year?: number; regionCode?: string; primary?: boolean }) {
  const { t } = useTranslation();
  return (
    <JobStartButton<StartValues>
      resource={RESOURCE}
      i18nPrefix="settlement-recomputes"
      name="recompute"
      icon={<SyncOutlined />}
      fields={['year', 'regionCode']}
      initialValues={(me) => ({ year: year ?? thisYear(), regionCode: regionCode ?? me.regionCode })}
      primary={primary}
    >
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
    </JobStartButton>
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
