import { Create } from '@refinedev/antd';
import { useGetIdentity, useList } from '@refinedev/core';
import { type CurrentUser, RESPONSIBILITY_TABLE_DUE, type ResponsibilityTableRecord } from '@yibao/shared';
import { Alert, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RegionLabel } from '../../../components/RegionName';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import type { ApiError } from '../../../providers/http';
import { thisYear } from '../../../components/dates';
import { RESOURCE, STANDARD_ROWS, tableTitle } from '../components/responsibility-tables';

interface CreateValues {
  regionCode: string;
  year: number;
}

/**
 * A unit's table for a year: always the user's own unit (only the filing unit files), created as a draft
 * with the 14 standard roles, then opened in the editor. An existing table for that year is linked to.
 */
export default function ResponsibilityTableCreate() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { formProps, saveButtonProps, form } = useVersionedForm<ResponsibilityTableRecord, CreateValues>({ redirect: 'edit' });
  const year = Form.useWatch('year', form);
  const { result: existing } = useList<ResponsibilityTableRecord, ApiError>({
    resource: RESOURCE,
    filters: [
      { field: 'regionCode', operator: 'eq', value: me?.regionCode },
      { field: 'year', operator: 'eq', value: year },
    ],
    pagination: { currentPage: 1, pageSize: 1 },
    queryOptions: { enabled: Boolean(me && year) },
  });
  const taken = year ? existing?.data?.[0] : undefined;

  return (
    <Create saveButtonProps={{ ...saveButtonProps, disabled: Boolean(taken) || saveButtonProps.disabled }}>
      {me && (
        <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }} initialValues={{ regionCode: me.regionCode, year: thisYear() }}>
          <Form.Item label={t('responsibility-tables.fields.region')} extra={t('responsibility-tables.hints.ownUnit')}>
            <RegionLabel name={me.regionName} code={me.regionCode} />
          </Form.Item>
          <Form.Item name="regionCode" hidden>
            <Input type="hidden" />
          </Form.Item>
          <Form.Item
            label={t('responsibility-tables.fields.year')}
            name="year"
            extra={t('responsibility-tables.hints.due', { monthDay: RESPONSIBILITY_TABLE_DUE.monthDay, rows: STANDARD_ROWS })}
            rules={[{ required: true, message: t('responsibility-tables.rules.year') }]}
          >
            <InputNumber min={2019} max={2100} precision={0} style={{ width: 160 }} />
          </Form.Item>
          {taken && (
            <Alert
              type="info"
              showIcon
              data-testid="table-exists"
              message={t('responsibility-tables.exists', { title: tableTitle(t, taken) })}
              description={<Link to={`/responsibility-tables/show/${taken.id}`}>{t('responsibility-tables.openExisting')}</Link>}
            />
          )}
        </Form>
      )}
    </Create>
  );
}
