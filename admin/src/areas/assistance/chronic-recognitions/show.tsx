import { DateField, Show } from '@refinedev/antd';
import { useCan } from '@refinedev/core';
import { Alert, Button, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../../components/BackIcon';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { FormModal } from '../../../components/FormModal';
import { RegionName } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { useRecordAction } from '../../../hooks/useRecordAction';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { RESOURCE, RecognitionStatusTag } from './common';
import type { ChronicRecognitionRecord as RecognitionRecord } from '@yibao/shared';

/** 取消认定 with the reason (S1 §三(九) 事后监管), for those with the revoke permission. */
function RevokeButton({ record }: { record: RecognitionRecord }) {
  const { t } = useTranslation();
  const { data: can } = useCan({ resource: RESOURCE, action: 'revoke' });
  const { run, running } = useRecordAction(RESOURCE);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  if (!can?.can || record.status !== 'active') return null;
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="revoke-open">
        {t('chronic-recognitions.actions.revoke')}
      </Button>
      <FormModal
        open={open}
        title={t('chronic-recognitions.actions.revokeTitle', { name: record.name })}
        okText={t('chronic-recognitions.actions.revoke')}
        danger
        loading={running}
        onCancel={() => setOpen(false)}
        form={form}
        onFinish={async (v) => {
          if (await run(record.id, 'revoke', { reason: v.reason.trim(), version: record.version })) setOpen(false);
        }}
      >
        <Form.Item
          label={t('chronic-recognitions.fields.revokeReason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('chronic-recognitions.rules.reason') }, { max: 500 }]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** One recognition: the person, the disease, the hospital and both physicians; revoked ones with the reason. */
export default function ChronicRecognitionShow() {
  const { t } = useTranslation();
  const { query, record: r, notFound } = useRecordShow<RecognitionRecord>();
  if (notFound) return <StatusPage status={404} />;
  return (
    <Show
      goBack={<BackIcon />}
      isLoading={query.isLoading}
      title={
        r ? t('chronic-recognitions.recordTitle', { name: r.name, disease: t(`chronicDiseases.${r.diseaseCode}`, { defaultValue: r.diseaseCode }) }) : undefined
      }
      canEdit={false}
      canDelete={false}
      headerButtons={({ defaultButtons }) => (
        <>
          {r && <RevokeButton record={r} />}
          {defaultButtons}
        </>
      )}
    >
      {r && (
        <>
          {r.status === 'revoked' && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="revoked-banner"
              message={t('chronic-recognitions.revokedOn', { date: r.revokedOn ?? '' })}
              description={r.revokeReason}
            />
          )}
          <DetailDescriptions>
            <Descriptions.Item label={t('chronic-recognitions.fields.name')}>{r.name}</Descriptions.Item>
            <Descriptions.Item label={t('chronic-recognitions.fields.idNumber')}>
              <span className="yb-mono">{r.idNumber}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('chronic-recognitions.fields.region')}>
              <RegionName code={r.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('chronic-recognitions.fields.status')}>
              <RecognitionStatusTag status={r.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('chronic-recognitions.fields.disease')}>
              {r.diseaseCode} {t(`chronicDiseases.${r.diseaseCode}`, { defaultValue: r.diseaseName ?? '' })}
            </Descriptions.Item>
            <Descriptions.Item label={t('chronic-recognitions.fields.recognizedOn')}>{r.recognizedOn}</Descriptions.Item>
            <Descriptions.Item label={t('chronic-recognitions.fields.hospitalName')}>
              {r.hospitalName} <span className="yb-muted">{r.hospitalCode}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('chronic-recognitions.fields.hospitalLevel')}>{t(`hospitalLevels.${r.hospitalLevel}`)}</Descriptions.Item>
            <Descriptions.Item label={t('chronic-recognitions.fields.physicians')} span={2}>
              {r.physicians.map((p) => `${p.name}（${t(`physicianTitles.${p.title}`)}）`).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('chronic-recognitions.fields.createdAt')}>
              <DateField value={r.createdAt} format="YYYY-MM-DD HH:mm" />
            </Descriptions.Item>
          </DetailDescriptions>
        </>
      )}
    </Show>
  );
}
