import { Create } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';
import { type CurrentUser, type ProblemType, type RectificationItemRecord, categoryOf, chinaDate, defaultDueOn } from '@yibao/shared';
import { DatePicker, Form, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { dateField } from '../../../components/dates';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { useCampaigns, useCodeOptions } from './common';
import { ItemFactFields, type ItemFactValues } from './form';

interface CreateValues extends ItemFactValues {
  campaignId: number;
  regionCode: string;
  problemType: ProblemType;
  identifiedOn?: string | null;
}

/**
 * 登记整改事项: the unit (the user's own, or a city/county below for 上级交办), the campaign and the problem type;
 * the category follows from the type (shown, never chosen) and the deadline defaults to the category's, and may
 * only be set earlier (the API refuses a later one: that is an extension).
 */
export default function RectificationItemCreate() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const codes = useCodeOptions();
  const campaigns = useCampaigns();
  const { formProps, saveButtonProps, form } = useVersionedForm<RectificationItemRecord, CreateValues>({ redirect: 'show' });
  const today = chinaDate(new Date());
  const campaignId = Form.useWatch('campaignId', form);
  const problemType = Form.useWatch('problemType', form);
  const identifiedOn = (Form.useWatch('identifiedOn', form) as string | undefined) ?? today;
  const campaign = campaigns.find((c) => c.id === campaignId);
  const category = problemType ? categoryOf(problemType) : undefined;
  const latest = campaign && category ? defaultDueOn({ category, identifiedOn }, campaign) : undefined;
  const onValuesChange = (changed: Partial<CreateValues>) => {
    // a new type, campaign or day found resets the deadline to its default
    if ('problemType' in changed || 'campaignId' in changed || 'identifiedOn' in changed) form.setFieldValue('dueOn', undefined);
  };
  return (
    <Create saveButtonProps={saveButtonProps}>
      {me && (
        <Form
          {...formProps}
          layout="vertical"
          style={{ maxWidth: 640 }}
          initialValues={{ regionCode: me.regionCode, campaignId: campaigns[0]?.id }}
          onValuesChange={onValuesChange}
          onFinish={(v) =>
            formProps.onFinish?.({
              ...v,
              identifiedOn: v.identifiedOn ?? undefined,
              dueOn: v.dueOn ?? latest,
            } as CreateValues)
          }
        >
          <Form.Item label={t('rectification-items.fields.campaign')} name="campaignId" rules={[{ required: true }]}>
            <Select options={campaigns.map((c) => ({ value: c.id, label: c.name }))} data-testid="campaign-select" />
          </Form.Item>
          <Form.Item label={t('rectification-items.fields.region')} name="regionCode" rules={[{ required: true }]} extra={t('rectification-items.hints.unit')}>
            <RegionTreeSelect selectableLevels={['city', 'county']} allowClear={false} />
          </Form.Item>
          <Form.Item label={t('rectification-items.fields.problemType')} name="problemType" rules={[{ required: true }]}>
            <Select options={codes.problemTypes} data-testid="problem-type-select" />
          </Form.Item>
          <Form.Item label={t('rectification-items.fields.category')} extra={t('rectification-items.hints.category')}>
            <span data-testid="derived-category">{category ? t(`rectificationCategories.${category}`) : '—'}</span>
          </Form.Item>
          <ItemFactFields
            earliest={identifiedOn}
            latest={latest}
            dueOnHint={latest ? t('rectification-items.hints.dueOn', { date: latest }) : undefined}
            identifiedOn={
              <Form.Item label={t('rectification-items.fields.identifiedOn')} name="identifiedOn" {...dateField}>
                <DatePicker placeholder={today} disabledDate={(d) => d.isAfter(dayjs(today), 'day')} />
              </Form.Item>
            }
          />
        </Form>
      )}
    </Create>
  );
}
