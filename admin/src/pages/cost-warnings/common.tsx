import { useCan, useCustomMutation, useInvalidate } from '@refinedev/core';
import { type CostWarningRecord, PUSH_DEPARTMENTS } from '@yibao/shared';
import { Alert, App, Button, Descriptions, Form, InputNumber, List as AntList, Modal, Tag } from 'antd';
import { RadarChartOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/FormModal';
import { RegionTreeSelect } from '../../components/RegionTreeSelect';
import type { ApiError } from '../../providers/http';
import { thisYear } from '../beneficiaries/common';

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

interface DetectionResult {
  year: number;
  regionCode: string;
  found: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: Array<{ poolingRegionCode: string; reason: string }>;
}

/**
 * 运行预警检测 (`POST /api/cost-warnings/detect {year, regionCode?}`) for those with the detect permission:
 * the year (and optionally a region below the user's), then what the run found, created, updated, left.
 */
export function DetectButton() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const invalidate = useInvalidate();
  const { data: can } = useCan({ resource: RESOURCE, action: 'detect' });
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<DetectionResult>();
  const [form] = Form.useForm<{ year: number; regionCode?: string }>();
  const { mutateAsync, mutation } = useCustomMutation<DetectionResult & Record<string, unknown>, ApiError>();
  if (!can?.can) return null;
  const close = () => {
    setOpen(false);
    setResult(undefined);
  };
  return (
    <>
      <Button icon={<RadarChartOutlined />} onClick={() => setOpen(true)} data-testid="detect-open">
        {t('cost-warnings.detect.button')}
      </Button>
      <Modal
        open={open}
        title={t('cost-warnings.detect.title')}
        okText={result ? t('buttons.confirm') : t('cost-warnings.detect.run')}
        cancelText={t('buttons.cancel')}
        confirmLoading={mutation.isPending}
        okButtonProps={{ ...{ 'data-testid': 'detect-run' } }}
        onCancel={close}
        onOk={() => (result ? close() : form.submit())}
        destroyOnHidden
      >
        {result ? (
          <div data-testid="detect-result">
            <Alert type="success" showIcon style={{ marginBottom: 12 }} message={t('cost-warnings.detect.done', { year: result.year, found: result.found })} />
            <Descriptions size="small" bordered column={2}>
              <Descriptions.Item label={t('cost-warnings.detect.found')}>{result.found}</Descriptions.Item>
              <Descriptions.Item label={t('cost-warnings.detect.created')}>{result.created}</Descriptions.Item>
              <Descriptions.Item label={t('cost-warnings.detect.updated')}>{result.updated}</Descriptions.Item>
              <Descriptions.Item label={t('cost-warnings.detect.unchanged')}>{result.unchanged}</Descriptions.Item>
            </Descriptions>
            {result.skipped.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 12 }}
                message={t('cost-warnings.detect.skipped', { count: result.skipped.length })}
                description={<AntList size="small" dataSource={result.skipped} renderItem={(s) => <AntList.Item>{`${s.poolingRegionCode}：${s.reason}`}</AntList.Item>} />}
              />
            )}
          </div>
        ) : (
          <ModalForm<{ year: number; regionCode?: string }>
            form={form}
            initialValues={{ year: thisYear() }}
            onFinish={async (v) => {
              try {
                const { data } = await mutateAsync({
                  url: `/${RESOURCE}/detect`,
                  method: 'post',
                  values: { year: v.year, regionCode: v.regionCode || undefined },
                  successNotification: false,
                  errorNotification: false,
                });
                setResult(data as unknown as DetectionResult);
                void invalidate({ resource: RESOURCE, invalidates: ['list'] });
              } catch (e) {
                const error = e as ApiError;
                notification.error({ key: 'detect-failed', message: t('cost-warnings.detect.failed'), description: error.message });
              }
            }}
          >
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('cost-warnings.detect.hint')} />
            <Form.Item label={t('cost-warnings.fields.year')} name="year" rules={[{ required: true, message: t('cost-warnings.rules.year') }]}>
              <InputNumber min={2019} max={2100} precision={0} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item label={t('cost-warnings.fields.region')} name="regionCode" extra={t('cost-warnings.detect.regionHint')}>
              <RegionTreeSelect placeholder={t('cost-warnings.detect.ownRegion')} style={{ width: 260 }} />
            </Form.Item>
          </ModalForm>
        )}
      </Modal>
    </>
  );
}
