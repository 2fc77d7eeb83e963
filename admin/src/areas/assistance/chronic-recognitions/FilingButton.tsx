import { FileExcelOutlined } from '@ant-design/icons';
import { useCan } from '@refinedev/core';
import { Button, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDownloadButton } from '../../../components/DownloadButton';
import { ModalForm } from '../../../components/FormModal';
import { RESOURCE } from './common';

/** 备案名单 (S1 §三(九)): one hospital's recognitions of a month as XLSX (`GET /api/chronic-recognitions/filing`). */
export function FilingButton() {
  const { t } = useTranslation();
  const { data: can } = useCan({ resource: RESOURCE, action: 'export' });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ hospitalCode: string; month: Dayjs }>();
  const hospitalCode = (Form.useWatch('hospitalCode', form) ?? '').trim();
  const month = Form.useWatch('month', form) as Dayjs | undefined;
  const valid = /^[A-Za-z0-9]{4,32}$/.test(hospitalCode) && Boolean(month);
  if (!can?.can) return null;
  return (
    <>
      <Button icon={<FileExcelOutlined />} onClick={() => setOpen(true)} data-testid="filing-open">
        {t('chronic-recognitions.filing.button')}
      </Button>
      <Modal open={open} title={t('chronic-recognitions.filing.title')} footer={null} onCancel={() => setOpen(false)} forceRender>
        <ModalForm form={form} initialValues={{ month: dayjs() }}>
          <p className="yb-muted">{t('chronic-recognitions.filing.hint')}</p>
          <Form.Item
            label={t('chronic-recognitions.fields.hospitalCode')}
            name="hospitalCode"
            rules={[{ required: true, pattern: /^[A-Za-z0-9]{4,32}$/, message: t('chronic-recognitions.rules.hospitalCode') }]}
          >
            <Input maxLength={32} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label={t('chronic-recognitions.filing.month')} name="month" rules={[{ required: true, message: t('chronic-recognitions.rules.month') }]}>
            <DatePicker picker="month" allowClear={false} />
          </Form.Item>
          <FileDownloadButton
            type="primary"
            disabled={!valid}
            path={`/${RESOURCE}/filing?hospitalCode=${encodeURIComponent(hospitalCode)}&month=${month ? month.format('YYYY-MM') : ''}`}
            fallbackName={`filing-${hospitalCode}-${month ? month.format('YYYY-MM') : ''}.xlsx`}
            label={t('chronic-recognitions.filing.download')}
            testId="filing-download"
          />
        </ModalForm>
      </Modal>
    </>
  );
}
