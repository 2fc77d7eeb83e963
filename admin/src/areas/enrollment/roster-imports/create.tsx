import { Create } from '@refinedev/antd';
import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../../components/BackIcon';
import { ImportStart } from '../../../components/imports/ImportJob';
import { ImportSummary, RESOURCE, TemplateLinks } from './common';

interface ImportValues {
  month: Dayjs;
}

/**
 * 新建比对: the month and one CSV or XLSX roster, uploaded as a job the server works through in batches;
 * the page follows it each second — progress, then the differences found and the rejected lines.
 */
export default function RosterImportCreate() {
  const { t } = useTranslation();
  return (
    <Create goBack={<BackIcon />} title={t('roster-imports.titles.create')} footerButtons={() => null} headerButtons={() => <TemplateLinks />}>
      <ImportStart<ImportValues>
        resource={RESOURCE}
        intro={t('roster-imports.hints.intro')}
        initialValues={{ month: dayjs() }}
        fields={({ month }) => ({ month: month.format('YYYY-MM') })}
        summary={(job) => <ImportSummary job={job} />}
      >
        <Form.Item label={t('roster-imports.fields.month')} name="month" rules={[{ required: true, message: t('roster-imports.rules.month') }]}>
          <DatePicker picker="month" allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'month')} data-testid="import-month" />
        </Form.Item>
      </ImportStart>
    </Create>
  );
}
