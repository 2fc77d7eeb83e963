import { Create } from '@refinedev/antd';
import type { HolidayEntry, HolidayRecord } from '@yibao/shared';
import { Form } from 'antd';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { HolidayFields } from './form';

/** A day of the calendar: a day off, or a weekend made a working day (调休). */
export default function HolidayCreate() {
  const { formProps, saveButtonProps } = useVersionedForm<HolidayRecord, HolidayEntry>({ redirect: 'list' });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <Form {...formProps} layout="vertical" style={{ maxWidth: 560 }} initialValues={{ kind: 'holiday' }}>
        <HolidayFields />
      </Form>
    </Create>
  );
}
