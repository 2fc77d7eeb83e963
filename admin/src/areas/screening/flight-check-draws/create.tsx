import { Create } from '@refinedev/antd';
import { FLIGHT_CHECK_DRAW_BOUNDS, FLIGHT_CHECK_SEED_PATTERN, type FlightCheckDrawRecord } from '@yibao/shared';
import { Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { useWeightingOptions } from './common';

const B = FLIGHT_CHECK_DRAW_BOUNDS;

/** 双随机抽取: the province or a city draws institutions and inspectors; an optional seed makes the draw re-runnable by anyone. */
export default function FlightCheckDrawCreate() {
  const { t } = useTranslation();
  const weightings = useWeightingOptions();
  const { formProps, saveButtonProps } = useVersionedForm<FlightCheckDrawRecord>({ redirect: 'show' });
  return (
    <Create saveButtonProps={{ ...saveButtonProps, children: t('flight-check-draws.buttons.draw') }}>
      <Form {...formProps} layout="vertical" style={{ maxWidth: 640 }} initialValues={{ institutionCount: 3, inspectorCount: 2, weighting: 'uniform' }}>
        <Form.Item label={t('flight-check-draws.fields.region')} name="regionCode" rules={[{ required: true }]} extra={t('flight-check-draws.hints.region')}>
          <RegionTreeSelect selectableLevels={['province', 'city']} />
        </Form.Item>
        <Form.Item label={t('flight-check-draws.fields.institutionCount')} name="institutionCount" rules={[{ required: true }]}>
          <InputNumber min={B.institutionCount.min} max={B.institutionCount.max} precision={0} data-testid="institution-count" />
        </Form.Item>
        <Form.Item
          label={t('flight-check-draws.fields.inspectorCount')}
          name="inspectorCount"
          rules={[{ required: true }]}
          extra={t('flight-check-draws.hints.inspectorCount')}
        >
          <InputNumber min={B.inspectorCount.min} max={B.inspectorCount.max} precision={0} data-testid="inspector-count" />
        </Form.Item>
        <Form.Item
          label={t('flight-check-draws.fields.weighting')}
          name="weighting"
          rules={[{ required: true }]}
          extra={t('flight-check-draws.hints.weighting')}
        >
          <Radio.Group options={weightings} optionType="button" />
        </Form.Item>
        <Form.Item
          label={t('flight-check-draws.fields.seed')}
          name="seed"
          extra={t('flight-check-draws.hints.seed')}
          normalize={(v?: string) => v || undefined}
          rules={[{ max: B.seedMaxLength }, { pattern: FLIGHT_CHECK_SEED_PATTERN, message: t('flight-check-draws.rules.seed') }]}
        >
          <Input maxLength={B.seedMaxLength} className="yb-mono" placeholder="2026-11-lz-01" data-testid="draw-seed" />
        </Form.Item>
      </Form>
    </Create>
  );
}
