import { DownloadOutlined } from '@ant-design/icons';
import { useCan, useGetIdentity } from '@refinedev/core';
import type { CurrentUser } from '@yibao/shared';
import { App, Button, Checkbox, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm, useSubmitOnce } from '../../../components/FormModal';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { type ApiError, apiDownload } from '../../../providers/http';
import { thisYear } from '../../../components/dates';
import { RESOURCE } from './common';

interface ExportValues {
  regionCode: string;
  year: number;
  full?: boolean;
}

/**
 * 导出综合管理台账 (S0 附件1): region and year, ID numbers masked unless the user may reveal them and asks
 * for the full numbers (that export is audited with its row count).
 */
export function LedgerExportButton({ regionCode }: { regionCode?: string }) {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { data: canExport } = useCan({ resource: RESOURCE, action: 'export' });
  const { data: canReveal } = useCan({ resource: RESOURCE, action: 'reveal' });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<ExportValues>();
  const { submitOnce } = useSubmitOnce();
  if (!canExport?.can || !me) return null;

  const download = async ({ regionCode: code, year, full }: ExportValues) => {
    setBusy(true);
    try {
      const query = new URLSearchParams({ regionCode: code, year: String(year) });
      if (full) query.set('full', 'true');
      await apiDownload(`/ledger-export?${query.toString()}`, `ledger-${code}-${year}.xlsx`);
      setOpen(false);
    } catch (e) {
      notification.error({ key: 'ledger-export', message: t('notifications.exportFailed'), description: (e as ApiError).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => setOpen(true)} data-testid="ledger-export">
        {t('beneficiaries.ledger.button')}
      </Button>
      <Modal
        open={open}
        title={t('beneficiaries.ledger.title')}
        okText={t('buttons.export')}
        cancelText={t('buttons.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('beneficiaries.ledger.hint')}</Typography.Paragraph>
        <ModalForm<ExportValues>
          form={form}
          preserve={false}
          initialValues={{ regionCode: regionCode ?? me.regionCode, year: thisYear(), full: false }}
          onFinish={(v) => submitOnce(() => download(v))}
        >
          <Form.Item label={t('beneficiaries.fields.region')} name="regionCode" rules={[{ required: true, message: t('beneficiaries.rules.region') }]}>
            <RegionTreeSelect allowClear={false} />
          </Form.Item>
          <Form.Item label={t('beneficiaries.ledger.year')} name="year" rules={[{ required: true, message: t('beneficiaries.rules.year') }]}>
            <InputNumber min={2019} max={2100} precision={0} style={{ width: 140 }} />
          </Form.Item>
          {canReveal?.can && (
            <Form.Item name="full" valuePropName="checked" extra={t('beneficiaries.ledger.fullHint')}>
              <Checkbox>{t('beneficiaries.ledger.full')}</Checkbox>
            </Form.Item>
          )}
        </ModalForm>
      </Modal>
    </>
  );
}
