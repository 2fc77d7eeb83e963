import { Create } from '@refinedev/antd';
import { useGetIdentity, useList } from '@refinedev/core';
import { type CurrentUser, regionLevelOf } from '@yibao/shared';
import { Alert, Form, InputNumber, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackIcon } from '../../components/BackIcon';
import { RegionTreeSelect, useRegionTree } from '../../components/RegionTreeSelect';
import { RADIO_GROUP } from '../../components/a11y';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import type { ApiError } from '../../providers/http';
import { thisYear } from '../beneficiaries/common';
import { StandardsFields, type StandardsFormValues, checkBeforeSave, toStandards } from './StandardsFields';
import { RESOURCE, type SubsidyStandardsRecord, standardsTitle } from './common';
import { placeServerErrors } from './errors';

type CreateValues = StandardsFormValues & { regionCode: string; year: number; mode: 'copy' | 'fill' };

const BLANK: StandardsFormValues = {
  standards: { personalContribution: {}, dibaoFixed: {}, stablePhaseOut: { fen: [null, null, null] }, temporary: null, temporaryCap: null },
  enabled: { temporary: false, temporaryCap: false },
};

/**
 * 新建资助标准 for a pooling region (a city) and year: copied from the previous year (then edited), or
 * entered from scratch. An existing set for that year is linked to instead.
 */
export default function SubsidyStandardsCreate() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { names } = useRegionTree();
  const [problems, setProblems] = useState<string[]>([]);
  const { formProps, saveButtonProps, form } = useVersionedForm<SubsidyStandardsRecord, CreateValues>({
    redirect: 'show',
    onMutationError: (error) => setProblems(placeServerErrors(form, error.errors)),
  });
  const regionCode = Form.useWatch('regionCode', form);
  const year = Form.useWatch('year', form);
  const mode = Form.useWatch('mode', form);
  const { result: existing } = useList<SubsidyStandardsRecord, ApiError>({
    resource: RESOURCE,
    filters: [
      { field: 'regionCode', operator: 'eq', value: regionCode },
      { field: 'year', operator: 'eq', value: year },
    ],
    pagination: { currentPage: 1, pageSize: 1 },
    queryOptions: { enabled: Boolean(regionCode && year) },
  });
  const taken = regionCode && year ? existing?.data?.[0] : undefined;
  const ownCity = me && regionLevelOf(me.regionCode) === 'city' ? me.regionCode : undefined;

  return (
    <Create goBack={<BackIcon />} saveButtonProps={{ ...saveButtonProps, disabled: Boolean(taken) || saveButtonProps.disabled }}>
      {me && (
        <Form<CreateValues>
          {...formProps}
          layout="vertical"
          style={{ maxWidth: 900 }}
          initialValues={{ regionCode: ownCity, year: thisYear() + 1, mode: 'copy', ...BLANK }}
          onFinish={(v) => {
            setProblems([]);
            if (v.mode === 'copy') return formProps.onFinish?.({ regionCode: v.regionCode, year: v.year } as never);
            const standards = toStandards(v, v.regionCode, v.year);
            if (!checkBeforeSave(form, standards)) return;
            return formProps.onFinish?.({ regionCode: v.regionCode, year: v.year, standards } as never);
          }}
        >
          <Form.Item label={t('subsidy-standards.fields.region')} name="regionCode" extra={t('subsidy-standards.hints.region')} rules={[{ required: true, message: t('subsidy-standards.rules.region') }]}>
            <RegionTreeSelect selectableLevels={['city']} allowClear={false} style={{ maxWidth: 320 }} />
          </Form.Item>
          <Form.Item label={t('subsidy-standards.fields.year')} name="year" rules={[{ required: true, message: t('subsidy-standards.rules.year') }]}>
            <InputNumber min={2019} max={2100} precision={0} style={{ width: 160 }} />
          </Form.Item>
          {taken && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="standards-exist"
              message={t('subsidy-standards.exists', { title: standardsTitle(t, taken, names) })}
              description={<Link to={`/${RESOURCE}/show/${taken.id}`}>{t('subsidy-standards.openExisting')}</Link>}
            />
          )}
          <Form.Item label={t('subsidy-standards.fields.mode')} name="mode">
            <Radio.Group {...RADIO_GROUP}
              options={[
                { value: 'copy', label: t('subsidy-standards.modes.copy', { year: (year ?? thisYear()) - 1 }) },
                { value: 'fill', label: t('subsidy-standards.modes.fill') },
              ]}
            />
          </Form.Item>
          {problems.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('subsidy-standards.problems')} description={problems.join('；')} data-testid="standards-problems" />}
          {mode === 'fill' && <StandardsFields />}
        </Form>
      )}
    </Create>
  );
}
