import { Edit } from '@refinedev/antd';
import { type RectificationCategory, type RectificationItemRecord, defaultDueOn } from '@yibao/shared';
import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusPage } from '../../../components/StatusPage';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { useCampaigns } from '../components/campaigns';
import { ItemFactFields, type ItemFactValues } from './form';

/**
 * 编辑事项: the unit corrects its item's facts while it is 待整改 or 整改中 (the record's `editable`), with the
 * version read. The deadline may only move earlier — up to the category's default or a granted extension's date
 * (the API's dueOnRefusal); a later one is asked for with 申请延期. Campaign, unit, type and the day found stay.
 */
export default function RectificationItemEdit() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  const { formProps, saveButtonProps, query } = useVersionedForm<RectificationItemRecord, ItemFactValues & { version: number }>({ redirect: 'show' });
  const r = query?.data?.data;
  if (query?.error?.statusCode === 404) return <StatusPage status={404} />;
  const campaign = campaigns.find((c) => c.id === r?.campaignId);
  const fallback = r && campaign ? defaultDueOn({ category: r.category as RectificationCategory, identifiedOn: r.identifiedOn }, campaign) : undefined;
  // a granted extension (持续整改) is the later bound while it lies beyond the default
  const latest = r?.continuing && fallback && r.dueOn > fallback ? r.dueOn : fallback;
  return (
    <Edit saveButtonProps={{ ...saveButtonProps, disabled: saveButtonProps.disabled || (r && !r.editable) }} canDelete={false} isLoading={query?.isLoading}>
      {r && !r.editable && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('rectification-items.hints.notEditable')} />}
      {r && (
        <Form {...formProps} layout="vertical" style={{ maxWidth: 640 }} disabled={!r.editable}>
          <ItemFactFields
            earliest={r.identifiedOn}
            latest={latest}
            dueOnHint={latest ? t('rectification-items.hints.dueOnEdit', { date: latest }) : undefined}
          />
          <Form.Item name="version" hidden>
            <Input type="hidden" />
          </Form.Item>
        </Form>
      )}
    </Edit>
  );
}
