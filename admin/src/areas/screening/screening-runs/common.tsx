import { RadarChartOutlined } from '@ant-design/icons';
import { SCREENING_RULES, type BackgroundJobRecord, type ScreeningRuleId, type ScreeningRunSummary } from '@yibao/shared';
import { Checkbox, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { thisYear } from '../../../components/dates';
import type { BackgroundJobKind } from '../../../components/jobs/BackgroundJobPages';
import { JobStartButton } from '../../../components/jobs/JobStartButton';

export const RESOURCE = 'screening-runs';

/** `GET /api/screening-runs/:id`: the run, its parameters and, once succeeded, the counts per rule. */
export type ScreeningRunJob = BackgroundJobRecord<ScreeningRunSummary, { regionCode?: string; year?: number; rules?: ScreeningRuleId[]; full?: boolean }>;

/** Its words (`screening-runs.*`) and test ids (`screening-run-*`); one unit of progress per rule. */
export const SCREENING_RUN_KIND: BackgroundJobKind = { i18nPrefix: 'screening-runs', testId: 'screening-run' };

interface StartValues {
  regionCode: string;
  year: number;
  rules: ScreeningRuleId[];
  full: boolean;
}

/**
 * 开始筛查 (`POST /api/screening-runs {regionCode, year, rules, full}` → 202 with the job) for those who may start one:
 * a pooling region (city) or a county of one, the year, the rules (all by default) and whether to read the whole year
 * again; then the run's page, which follows it to its counts per rule.
 */
export function ScreeningRunButton({ primary }: { primary?: boolean }) {
  const { t } = useTranslation();
  return (
    <JobStartButton<StartValues>
      resource={RESOURCE}
      i18nPrefix="screening-runs"
      name="screening-run"
      icon={<RadarChartOutlined />}
      fields={['regionCode', 'year', 'rules', 'full']}
      initialValues={(me) => ({ year: thisYear(), regionCode: me.regionCode, rules: [...SCREENING_RULES], full: false })}
      primary={primary}
    >
      <Form.Item
        label={t('screening-runs.fields.region')}
        name="regionCode"
        extra={t('screening-runs.start.regionHint')}
        rules={[{ required: true, message: t('screening-runs.rules.region') }]}
      >
        <RegionTreeSelect allowClear={false} style={{ width: 260 }} />
      </Form.Item>
      <Form.Item label={t('screening-runs.fields.year')} name="year" rules={[{ required: true, message: t('screening-runs.rules.year') }]}>
        <InputNumber min={2019} max={2100} precision={0} style={{ width: 140 }} data-testid="screening-run-year" />
      </Form.Item>
      <Form.Item label={t('screening-runs.fields.rules')} name="rules" rules={[{ required: true, message: t('screening-runs.rules.rules') }]}>
        <Select
          mode="multiple"
          style={{ width: 420 }}
          options={SCREENING_RULES.map((r) => ({ value: r, label: t(`screeningRules.${r}`) }))}
          data-testid="screening-run-rules"
        />
      </Form.Item>
      <Form.Item name="full" valuePropName="checked" extra={t('screening-runs.start.fullHint')}>
        <Checkbox data-testid="screening-run-full">{t('screening-runs.fields.full')}</Checkbox>
      </Form.Item>
    </JobStartButton>
  );
}
